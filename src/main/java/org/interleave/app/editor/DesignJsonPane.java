package org.interleave.app.editor;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.interleave.app.canvas.CanvasEditor;
import org.interleave.app.canvas.LevelRules;
import org.interleave.engine.model.Design;
import org.interleave.engine.model.Level;
import org.interleave.level.DesignWriter;
import org.interleave.level.LevelException;
import org.interleave.level.LevelLoader;
import org.interleave.level.Problem;

/**
 * A JSON text of a design, its problems beside it, and below it the same design on the canvas
 * editor: an edit on the canvas rewrites the text, and a text that loads redraws the canvas.
 * While the text has problems the canvas shows the last design that loaded and takes no
 * edits, so nothing typed is ever overwritten.
 */
final class DesignJsonPane extends SplitPane {
    private final LevelDraft draft;
    /** The design as JSON text (the editor reads and rewrites it, e.g. to set locks). */
    final TextArea text = new TextArea();
    private final ListView<Problem> problems = new ListView<>();
    private final CanvasEditor canvas = new CanvasEditor(new Design(List.of()), authoring(new Design(List.of())));
    private boolean fromCanvas;
    private final Label state = new Label();
    private final boolean asSolution;

    /** The least height of the canvas editor under the JSON (palette and status included). */
    static final double CANVAS_LEAST = 340;

    DesignJsonPane(LevelDraft draft, String id, String initial, boolean asSolution) {
        this.draft = draft;
        this.asSolution = asSolution;
        text.setId(id + "-json");
        text.getStyleClass().add("json-text");
        text.setText(initial);
        if (asSolution) {
            text.setPromptText("The reference design that clears the level: {\"parts\": [...]}. "
                    + "Copy the starting design here and fix it.");
        }
        problems.setId(id + "-problems");
        problems.setCellFactory(v -> new ProblemCell());
        problems.setOnMouseClicked(e -> jumpTo(problems.getSelectionModel().getSelectedItem()));
        problems.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                jumpTo(problems.getSelectionModel().getSelectedItem());
            }
        });
        state.setId(id + "-state");
        state.getStyleClass().add("json-state");
        state.setWrapText(true);
        state.setMinHeight(Region.USE_PREF_SIZE);  // wraps onto more lines rather than cutting its end
        VBox side = new VBox(state, problems);
        side.getStyleClass().add("json-side");
        VBox.setVgrow(problems, Priority.ALWAYS);
        // its width follows the text size (projector mode), and it scrolls when its words outgrow the pane
        side.setStyle("-fx-pref-width: 14em; -fx-min-width: 11em;");
        javafx.scene.control.ScrollPane sideScroll = new javafx.scene.control.ScrollPane(side);
        sideScroll.setFitToWidth(true);
        sideScroll.setFitToHeight(true);
        sideScroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        sideScroll.getStyleClass().add("json-side-scroll");
        HBox top = new HBox(text, sideScroll);
        HBox.setHgrow(text, Priority.ALWAYS);
        problems.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(problems.getItems()));
        problems.managedProperty().bind(problems.visibleProperty());
        canvas.setId(id + "-canvas");
        canvas.getStyleClass().add("design-preview");
        // a canvas to work on, not a strip: at 1280×720 the JSON took 40 % and left the canvas 130 px
        canvas.setMinHeight(CANVAS_LEAST);
        canvas.designProperty().addListener((o, a, d) -> canvasEdited(d));
        setOrientation(javafx.geometry.Orientation.VERTICAL);
        getItems().addAll(top, canvas);
        setDividerPositions(0.25);
    }

    /** The canvas changed the design: the text follows, one part per line. */
    private void canvasEdited(Design d) {
        if (fromCanvas || d == null || canvas.isDisabled()) {
            return;
        }
        try {
            fromCanvas = true;
            text.setText(LevelDraft.pretty(DesignWriter.write(d)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            state.setText("✗ The canvas's design could not be written: " + e.getOriginalMessage());
        } finally {
            fromCanvas = false;
        }
    }

    /** Shows a design that loaded on the canvas, unless the canvas already shows it (keeping its undo). */
    private void showOnCanvas(Design d) {
        canvas.setDisable(d == null);
        if (d != null && !d.equals(canvas.designProperty().get())) {
            fromCanvas = true;
            try {
                canvas.load(d, authoring(d));
            } finally {
                fromCanvas = false;
            }
        }
    }

    /** The canvas, for tests. */
    CanvasEditor canvas() {
        return canvas;
    }

    private void jumpTo(Problem p) {
        if (p == null) {
            return;
        }
        String t = text.getText();
        int pos = 0;
        for (int line = 1; line < p.line() && pos >= 0; line++) {
            pos = t.indexOf('\n', pos) + 1;
            if (pos == 0) {
                pos = t.length();
                break;
            }
        }
        text.requestFocus();
        text.positionCaret(Math.min(t.length(), pos + p.column() - 1));
    }

    /** Checks the text, shows its problems and, when it loads, its preview. */
    void validate() {
        String t = text.getText();
        if (asSolution && t.isBlank()) {
            problems.getItems().clear();
            state.setText("No reference solution yet (campaign levels need one).");
            setState("json-empty");
            showOnCanvas(new Design(List.of()));
            return;
        }
        List<Problem> ps = draft.designProblems(t, asSolution);
        problems.getItems().setAll(ps);
        if (ps.isEmpty()) {
            state.setText("✓ The " + (asSolution ? "solution" : "design") + " loads.");
            setState("json-ok");
            showOnCanvas(readDesign(t, asSolution));
        } else {
            state.setText("✗ " + ps.size() + (ps.size() == 1 ? " problem" : " problems")
                    + " (click one to go there); the canvas takes edits again once the text loads:");
            canvas.setDisable(true);
            setState("json-bad");
        }
    }

    private void setState(String styleClass) {
        state.getStyleClass().removeAll("json-ok", "json-bad", "json-empty");
        state.getStyleClass().add(styleClass);
    }

    /** The author may use every part and op, as many as a level can hold. */
    private static LevelRules authoring(Design start) {
        return LevelRules.open(start, 64);
    }

    private Design readDesign(String text, boolean asSolution) {
        try {
            Level l = LevelLoader.parse("preview", "{\"format\": 1, \"id\": \"p\", \"title\": \"p\", \"mode\": \""
                    + (asSolution ? "fix" : draft.modeProperty().get().json()) + "\", \"design\":\n" + text + "\n}");
            return l.design();
        } catch (LevelException e) {
            return null;
        }
    }

    /** A problem as {@code line:col  message}. */
    static final class ProblemCell extends ListCell<Problem> {
        @Override
        protected void updateItem(Problem p, boolean empty) {
            super.updateItem(p, empty);
            if (empty || p == null) {
                setText(null);
                setTooltip(null);
            } else {
                setText(p.line() + ":" + p.column() + "  " + p.message());
                setWrapText(true);
                setPrefWidth(0);
                setTooltip(new Tooltip(p.toString()));
            }
        }
    }
}
