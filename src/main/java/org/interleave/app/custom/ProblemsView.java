package org.interleave.app.custom;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.interleave.app.shared.Theme;
import org.interleave.level.Diagnosis;

/**
 * The problems of a level file that does not load, each as a card: where (line:column and the
 * JSON path), the message, what was expected and found, the suggestion, and the source line with
 * a caret under the column. Shown in the game instead of a crash.
 */
public final class ProblemsView extends VBox {
    /** More problems than this are summed up in one line. */
    static final int MAX_SHOWN = 12;

    private final Label heading = new Label();
    private final Label note = new Label();
    private final VBox cards = new VBox();

    public ProblemsView() {
        Theme.apply(this, ProblemsView.class, "custom-level.css");
        getStyleClass().add("problems-view");
        heading.getStyleClass().add("problems-heading");
        heading.setWrapText(true);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        note.getStyleClass().addAll("problems-note", "muted");
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        cards.getStyleClass().add("problem-cards");
        getChildren().addAll(heading, note, cards);
    }

    /**
     * Shows the problems of {@code fileName}; {@code note} says what the game does meanwhile
     * ("The level keeps its last good version").
     */
    public void show(String fileName, List<Diagnosis> problems, String noteText) {
        int n = problems.size();
        heading.setText("⚠ " + fileName + " has " + n + (n == 1 ? " problem" : " problems"));
        note.setText(noteText);
        note.setVisible(!noteText.isEmpty());
        note.setManaged(!noteText.isEmpty());
        cards.getChildren().clear();
        for (int i = 0; i < Math.min(n, MAX_SHOWN); i++) {
            cards.getChildren().add(card(problems.get(i)));
        }
        if (n > MAX_SHOWN) {
            Label more = new Label("… and " + (n - MAX_SHOWN) + " more: `validate` lists them all.");
            more.getStyleClass().add("muted");
            cards.getChildren().add(more);
        }
    }

    private static VBox card(Diagnosis d) {
        Label where = new Label("line " + d.problem().line() + ":" + d.problem().column());
        where.getStyleClass().addAll("problem-where", "code");
        Label path = new Label(d.jsonPath().isEmpty() ? "not well-formed JSON" : d.jsonPath());
        path.getStyleClass().addAll("problem-path", "code");
        HBox top = new HBox(where, path);
        top.getStyleClass().add("problem-top");

        // the suggestion has its own line below
        String text = d.suggestion().isEmpty() ? d.problem().message()
                : d.problem().message().replace(" — did you mean '" + d.suggestion() + "'?", "");
        Label message = new Label(text);
        message.getStyleClass().add("problem-message");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        VBox card = new VBox(top, message);
        card.getStyleClass().add("problem-card");
        if (!d.expected().isEmpty()) {
            card.getChildren().add(field("expected", d.expected(), "problem-expected"));
        }
        if (!d.found().isEmpty()) {
            card.getChildren().add(field("found", d.found(), "problem-found"));
        }
        if (!d.suggestion().isEmpty()) {
            Label s = new Label("→ did you mean '" + d.suggestion() + "'?");
            s.getStyleClass().add("problem-suggestion");
            card.getChildren().add(s);
        }
        if (!d.sourceLine().isBlank()) {
            card.getChildren().add(source(d));
        }
        card.setAccessibleText(d.problem().toString());
        return card;
    }

    private static HBox field(String name, String value, String styleClass) {
        Label key = new Label(name);
        key.getStyleClass().add("problem-key");
        Label v = new Label(value);
        v.getStyleClass().add(styleClass);
        v.setWrapText(true);
        v.setMinHeight(Region.USE_PREF_SIZE);
        HBox row = new HBox(key, v);
        row.getStyleClass().add("problem-field");
        return row;
    }

    /** The source line, cut around the column when long, with a caret under the column. */
    private static javafx.scene.Node source(Diagnosis d) {
        String line = d.sourceLine().replace('\t', ' ');
        int col = Math.max(0, d.problem().column() - 1);
        int from = 0;
        if (line.length() > 70 && col > 40) {
            from = col - 30;
            line = "…" + line.substring(from);
            col = col - from + 1;
        }
        if (line.length() > 90) {
            line = line.substring(0, 89) + "…";
        }
        Label l = new Label(line + "\n" + " ".repeat(Math.min(col, line.length())) + "^");
        l.getStyleClass().addAll("problem-source", "code");
        l.setMinWidth(Region.USE_PREF_SIZE);
        // the caret must stay under its column, so the line never wraps: it scrolls sideways when wide
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(l);
        scroll.setVbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("problem-source-scroll");
        return scroll;
    }
}
