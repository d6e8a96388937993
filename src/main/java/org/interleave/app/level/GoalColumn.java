package org.interleave.app.level;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.interleave.engine.Kind;
import org.interleave.engine.model.Goal;
import org.interleave.engine.model.Level;
import org.interleave.explore.Verdict;
import org.interleave.playback.KindNames;
import org.interleave.playback.RevealModel;
import org.interleave.playback.RevealView;

/**
 * The right column of a level: the goal checklist, Verify (beside "You schedule") with its
 * progress and Cancel under them while it runs, the verdict in words with the scope of the search, and the
 * counterexample reveal of what it found.
 */
final class GoalColumn extends VBox {
    private final Level level;
    final Button verify = new Button("Verify");
    final Button cancel = new Button("Cancel");
    private final ProgressBar progressBar = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
    private final Label progressLabel = new Label();
    private final VBox progressRow = new VBox();
    private final Label verdict = new Label();
    private final Label scope = new Label();
    private final RevealView revealView;
    private final Label title = new Label("GOAL");
    private final ScrollPane results;
    private final ScrollPane goals;
    /** Fades over the goal list's top and bottom edges where a goal, scrolled, goes on past them. */
    private final javafx.scene.layout.Region[] fades = {new javafx.scene.layout.Region(), new javafx.scene.layout.Region()};

    GoalColumn(Level level, GoalChecklistView checklist, Button schedule, RevealModel reveal) {
        this.level = level;
        this.revealView = new RevealView(reveal);
        title.getStyleClass().add("column-title");
        verify.setId("verify");
        verify.setTooltip(new Tooltip("Check every interleaving against the goal (Ctrl+Enter)"));
        verify.getStyleClass().add("primary");
        cancel.setId("cancel");
        // Cancel goes with the progress, under Verify and You schedule: beside them, the three were
        // wider than the goal column in projector mode (59 px at 100 %, 124 px at 200 % in
        // 1920×1080), which cut the column's goals and buttons at its right edge
        HBox buttons = new HBox(verify, schedule);
        buttons.getStyleClass().add("verify-buttons");
        progressBar.setId("progress");
        progressBar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(progressBar, Priority.ALWAYS);
        cancel.getStyleClass().add("progress-cancel");
        cancel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox barLine = new HBox(progressBar, cancel);
        barLine.getStyleClass().add("progress-line");
        barLine.setAlignment(Pos.CENTER_LEFT);
        progressLabel.setId("progress-label");
        progressLabel.getStyleClass().add("progress-label");
        progressLabel.setWrapText(true);  // "1,204,318 states · 95,010 executions" in a narrow column
        progressRow.getChildren().addAll(barLine, progressLabel);
        progressRow.getStyleClass().add("progress-row");
        progressRow.setId("progress-row");
        verdict.setId("verdict");
        verdict.getStyleClass().add("verdict");
        verdict.setWrapText(true);
        scope.setId("scope");
        scope.getStyleClass().add("scope");
        scope.setWrapText(true);
        revealView.setId("reveal");
        // Verify stays in view between the goals and what it found: each of those scrolls on its own when
        // the column is short (a small window, projector mode's large text)
        // as tall as the goals are at the column's width: a goal whose words wrap must not make it scroll
        goals = new org.interleave.app.shared.WidthFitScroll(checklist, "goal-list-scroll");
        goals.addEventFilter(javafx.scene.input.ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() != 0) {
                WholeRows.step(goals, checklist, e.getDeltaY() < 0 ? 1 : -1);
                e.consume();
            }
        });
        VBox found = new VBox(verdict, scope, revealView);
        found.getStyleClass().add("goal-found");
        results = scroll(found, "goal-results-scroll");
        VBox.setVgrow(results, Priority.ALWAYS);
        getChildren().addAll(title, goals, buttons, progressRow, results);
        for (int i = 0; i < 2; i++) {
            fades[i].getStyleClass().addAll("goal-list-fade", i == 0 ? "goal-list-fade-top" : "goal-list-fade-bottom");
            fades[i].setManaged(false);
            fades[i].setMouseTransparent(true);
            fades[i].setVisible(false);
        }
        getChildren().addAll(fades);
        goals.vvalueProperty().addListener((o, a, v) -> requestLayout());
        getStyleClass().addAll("column", "goal-column", "goal-scroll");
    }

    /**
     * Lays the column out, then, when the goal list is too short for its goals, ends its view at
     * the foot of the last goal that shows whole and gives the rest to what Verify found: a goal
     * half shown at the list's edge read as cut. One pass, moving the boxes laid out, so no size
     * asked for changes and no second layout follows.
     */
    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        javafx.scene.layout.Pane rows = (javafx.scene.layout.Pane) goals.getContent();
        double cut = WholeRows.cut(goals, rows);
        if (cut > 0) {
            goals.resize(goals.getWidth(), goals.getHeight() - cut);
            boolean after = false;
            for (javafx.scene.Node c : getManagedChildren()) {
                if (after) {
                    c.setLayoutY(c.getLayoutY() - cut);
                }
                after |= c == goals;
            }
            results.resize(results.getWidth(), results.getHeight() + cut);
        }
        double view = goals.getHeight() - goals.snappedTopInset() - goals.snappedBottomInset();
        boolean[] edges = WholeRows.cutEdges(goals, rows, view);
        double high = Math.min(view / 3, verify.getFont().getSize() * 1.6);
        for (int i = 0; i < 2; i++) {
            fades[i].setVisible(edges[i]);
            fades[i].resizeRelocate(goals.getLayoutX() + goals.snappedLeftInset(),
                    i == 0 ? goals.getLayoutY() + goals.snappedTopInset() : goals.getLayoutY() + goals.snappedTopInset() + view - high,
                    rows.getWidth(), high);
        }
    }

    private static ScrollPane scroll(javafx.scene.Node content, String styleClass) {
        ScrollPane s = new ScrollPane(content);
        s.setFitToWidth(true);
        s.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        s.getStyleClass().add(styleClass);
        return s;
    }

    /** Puts the button that folds the column at the end of its title row. */
    void setFoldButton(Button fold) {
        int at = getChildren().indexOf(title);
        getChildren().remove(title);  // before the row takes it in, so the index stays right
        getChildren().add(at, SideColumns.titleRow(title, fold));
    }

    /** Brings the verdict into view (the top of what the verification found). */
    void scrollToVerdict() {
        results.setVvalue(0);
    }

    /**
     * The progress, with Cancel and the words of what it does, shows while a verification runs, and
     * Verify waits; else they take no room. Verify keeps its word: "Verifying…" did not fit beside
     * You schedule in projector mode ("Verif…" at 100 % and 200 %), and the progress says it.
     */
    void running(boolean running, boolean canVerify) {
        verify.setDisable(running || !canVerify);
        cancel.setDisable(!running);
        progressRow.setVisible(running);
        progressRow.setManaged(running);
        if (running) {
            progress("starting…");
        }
    }

    /** Shows how far the verification has gone ("1,204 states · 310 executions"). */
    void progress(String text) {
        progressLabel.setText("Verifying: " + text);
    }

    void showScope(String text) {
        scope.setText(text.isEmpty() ? "" : capitalize(text) + ".");
    }

    /** Shows the reveal when there is something to step through. */
    void showReveal(boolean any) {
        revealView.setVisible(any);
        revealView.setManaged(any);
    }

    /** The verdict of a finished verification, in words: a break level's asks the player to make it happen. */
    void headline(VerificationModel.Outcome o, List<GoalChecklist.Result> results) {
        boolean allMet = results.stream().allMatch(r -> r.status() == GoalChecklist.Status.MET);
        boolean anyFailed = results.stream().anyMatch(r -> r.status() == GoalChecklist.Status.FAILED);
        Verdict v = o.report().verdict();
        if (level.mode() == Goal.Mode.BREAK && level.goal().reach() != null) {
            String kind = KindNames.of(Kind.fromJson(level.goal().reach())).toLowerCase(Locale.ROOT);
            if (allMet) {
                setVerdict("⚡ Some schedule leads to a " + kind + ". Now make it happen yourself: You schedule.",
                        "verdict-info");
            } else if (anyFailed) {
                setVerdict("✓ Safe: no schedule leads to a " + kind + ".", "verdict-info");
            } else {
                setVerdict("? Not proven either way: the search did not finish.", "verdict-unproven");
            }
            return;
        }
        if (allMet && v == Verdict.CLEARED) {
            setVerdict("✓ Cleared! Every goal holds in every interleaving.", "verdict-cleared");
        } else if (v != Verdict.CLEARED && v != Verdict.INCONCLUSIVE) {
            setVerdict("✗ Not cleared: " + KindNames.of(Kind.valueOf(v.name())).toLowerCase(Locale.ROOT)
                    + ". Step through how it happens below.", "verdict-failed");
        } else if (anyFailed) {
            setVerdict("✗ Not cleared: a goal is not met.", "verdict-failed");
        } else {
            setVerdict("? Not proven: the search did not finish, so the level is not cleared.", "verdict-unproven");
        }
    }

    void setVerdict(String text, String styleClass) {
        verdict.setText(text);
        verdict.getStyleClass().removeIf(c -> c.startsWith("verdict-"));
        verdict.getStyleClass().add(styleClass);
        verdict.setVisible(!text.isEmpty());
        verdict.setManaged(!text.isEmpty());
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
