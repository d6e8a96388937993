package org.interleave.app.level;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.interleave.engine.model.Level;

/**
 * The left column of a level: the brief, the coach of the first level of a mode, the hint offered
 * to a player who seems stuck, and the level's hints, one more at each press.
 */
final class BriefColumn extends ScrollPane {
    private final Level level;
    private final VBox hints = new VBox();
    private final Button hint = new Button();
    private int hintsShown;
    private final VBox coachSlot = new VBox();
    private final VBox stuckHint = new VBox();
    private final Label stuckTopic = new Label();
    private final Label stuckText = new Label();
    private final Label title = new Label("BRIEF");

    BriefColumn(Level level) {
        this.level = level;
        createView();
        hint.setOnAction(e -> showNextHint());
    }

    private void createView() {
        title.getStyleClass().add("column-title");
        hint.setId("hint");
        hint.getStyleClass().add("flat");
        hints.getStyleClass().add("hints");
        hints.setId("hints");
        updateHintButton();
        stuckHint.setId("stuck-hint");
        stuckHint.getStyleClass().add("stuck-hint");
        stuckTopic.setId("stuck-topic");
        stuckTopic.getStyleClass().add("stuck-topic");
        stuckTopic.setWrapText(true);
        stuckText.setId("stuck-text");
        stuckText.setWrapText(true);
        stuckText.setMinHeight(Region.USE_PREF_SIZE);
        Button dismiss = new Button("Got it");
        dismiss.setId("stuck-dismiss");
        dismiss.getStyleClass().add("flat");
        dismiss.setOnAction(e -> hideStuckHint());
        stuckHint.getChildren().addAll(stuckTopic, stuckText, dismiss);
        hideStuckHint();
        coachSlot.setManaged(false);
        VBox box = new VBox(title, coachSlot, stuckHint, new BriefView(level.brief()), hint, hints);
        box.getStyleClass().addAll("column", "brief-column");
        setContent(box);
        setFitToWidth(true);
        setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        getStyleClass().add("brief-scroll");
    }

    /** Puts the button that folds the column at the end of its title row. */
    void setFoldButton(Button fold) {
        VBox box = (VBox) getContent();
        int at = box.getChildren().indexOf(title);
        box.getChildren().remove(title);  // before the row takes it in, so the index stays right
        box.getChildren().add(at, SideColumns.titleRow(title, fold));
    }

    /** Shows the coach (or no coach, for null). */
    void showCoach(Coach c) {
        coachSlot.getChildren().setAll(c == null ? List.of() : List.of(new CoachView(c)));
        coachSlot.setManaged(c != null);
    }

    /** Offers the hint chosen for a stuck player. */
    void showStuckHint(StuckHints.Hint h) {
        stuckTopic.setText("Stuck? A hint on " + h.topic());
        stuckText.setText(h.text());
        stuckHint.setVisible(true);
        stuckHint.setManaged(true);
    }

    void hideStuckHint() {
        stuckHint.setVisible(false);
        stuckHint.setManaged(false);
    }

    private void showNextHint() {
        if (hintsShown < level.hints().size()) {
            Label l = new Label((hintsShown + 1) + ". " + level.hints().get(hintsShown));
            l.setWrapText(true);
            l.getStyleClass().add("hint");
            hints.getChildren().add(l);
            hintsShown++;
        }
        updateHintButton();
    }

    private void updateHintButton() {
        int n = level.hints().size();
        hint.setText(n == 0 ? "No hints for this level" : hintsShown < n
                ? "Show a hint (" + hintsShown + " of " + n + " shown)" : n == 1 ? "The hint is shown" : "All " + n + " hints shown");
        hint.setDisable(hintsShown >= n);
    }
}
