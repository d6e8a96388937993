package org.interleave.app.results;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.interleave.app.rewards.Medal;
import org.interleave.app.rewards.MedalRow;
import org.interleave.app.rewards.ScoreHistogram;
import org.interleave.app.rewards.ScoreKind;
import org.interleave.app.shared.CampaignCatalog;
import org.interleave.app.shared.Theme;
import org.interleave.engine.model.Level;
import org.interleave.level.save.LevelProgress;
import org.interleave.level.save.Score;

/**
 * The results of a cleared level: the run's ticks and the design's parts against par, the best
 * so far, a chart of this player's attempts on the level, and where to go next — the next level,
 * back to the levels, or stay to improve the score: buttons always in view, under the rest, which
 * scrolls when the window is too short for it all.
 */
public final class ResultsView extends VBox {
    private final Button next = new Button("Next level ▶");
    private final Button levels = new Button("Back to levels");
    private final Button stay = new Button("Stay and improve");
    private final Celebration celebration;

    /**
     * Creates the results of clearing {@code entry} with {@code score}; {@code record} is the
     * player's record on the level with this run in it; {@code nextLevel} may be null (the last level);
     * {@code saved} says whether the record reached the disk.
     */
    public ResultsView(CampaignCatalog.Entry entry, Score score, LevelProgress record, CampaignCatalog.Entry nextLevel,
                       boolean saved, Runnable onNext, Runnable onLevels, Runnable onStay) {
        Theme.apply(this, ResultsView.class, "results.css");
        getStyleClass().add("results");
        getStylesheets().add(org.interleave.app.rewards.Medal.STYLESHEET);
        setId("results");
        setAlignment(Pos.TOP_LEFT);
        Level level = entry.level();

        Label title = new Label("✓ Level cleared");
        title.getStyleClass().addAll("dialog-title", "results-title");
        celebration = new Celebration(cast(level), CAST_COLOURS);
        javafx.scene.layout.Region titleGap = new javafx.scene.layout.Region();
        HBox.setHgrow(titleGap, javafx.scene.layout.Priority.ALWAYS);
        HBox titleRow = new HBox(title, titleGap, celebration.cast());
        titleRow.setAlignment(Pos.BOTTOM_LEFT);
        Label name = new Label(entry.label() + " · " + level.title());
        name.getStyleClass().add("results-level");
        boolean isBreak = level.mode() == org.interleave.engine.model.Goal.Mode.BREAK;
        Label proof = new Label((isBreak
                ? "You were the scheduler and made it break, as the goal asks."
                : "Every goal holds in every interleaving.")
                + (saved ? " Your progress is saved." : " Your progress is kept for this session."));
        proof.getStyleClass().add("muted");
        proof.setWrapText(true);

        GridPane scores = new GridPane();
        scores.getStyleClass().add("results-scores");
        Score best = record.bestScore().orElse(score);
        // rows that wrap: in projector mode at a large scale the three histograms, and the three
        // buttons, are wider than the window, and the dialog is never scrolled sideways (Overlay)
        FlowPane histograms = new FlowPane();
        histograms.getStyleClass().add("histograms");
        if (isBreak) {
            // the player made a schedule, not a design: its length is the score, against the level's par of steps
            Medal medal = Medal.steps(level, best);
            Label m = new Label(medal.symbol() + " " + medal.word());
            m.setId("medal-steps");
            m.getStyleClass().addAll("medal", medal.styleClass());
            scores.addRow(0, header(""), header("This schedule"), header("Par"), header("Your best"), header("Medal"));
            scores.addRow(1, header("Steps"), value("result-steps", String.valueOf(score.ticks())),
                    value("par-steps", parText(level.par().steps())), value("best-steps", String.valueOf(best.ticks())), m);
        } else {
            scores.addRow(0, header(""), header("This design"), header("Par"), header("Your best"), header("Medal"));
            MedalRow medals = new MedalRow(best, level.par());
            int row = 1;
            for (ScoreKind k : ScoreKind.values()) {
                Label medal = new Label(medals.medal(k).symbol() + " " + medals.medal(k).word());
                medal.setId("medal-" + k.unit());
                medal.getStyleClass().addAll("medal", medals.medal(k).styleClass());
                scores.addRow(row++, header(k.title()), value("result-" + k.unit(), known(k.of(score))),
                        value("par-" + k.unit(), parText(k.par(level.par()))), value("best-" + k.unit(), known(k.of(best))),
                        medal);
                histograms.getChildren().add(new ScoreHistogram(k, record.attempts(), k.par(level.par()), k.of(score)));
            }
        }
        Label verdict = new Label(isBreak
                ? "The fewer the steps, the sharper the counterexample: Stay and undo to find a shorter one."
                : verdict(score, level.par()));
        verdict.setId("par-verdict");
        verdict.getStyleClass().add("par-verdict");
        verdict.setWrapText(true);

        Label histogramTitle = new Label("YOUR CLEARS AGAINST PAR");
        histogramTitle.getStyleClass().add("column-title");
        for (javafx.scene.Node n : new javafx.scene.Node[] {histogramTitle, histograms}) {
            n.setVisible(!isBreak);  // a schedule has no par to chart clears against
            n.setManaged(!isBreak);
        }
        Label chartTitle = new Label(isBreak ? "YOUR SCHEDULES ON THIS LEVEL" : "YOUR ATTEMPTS ON THIS LEVEL");
        chartTitle.getStyleClass().add("column-title");
        AttemptsChart chart = new AttemptsChart(record.attempts(), isBreak ? 0 : level.par().ticks(), isBreak);

        next.setId("results-next");
        levels.setId("results-levels");
        stay.setId("results-stay");
        next.getStyleClass().add("primary");
        next.setDefaultButton(nextLevel != null);
        next.setDisable(nextLevel == null);
        if (nextLevel != null) {
            next.setText("Next: " + nextLevel.label() + " " + nextLevel.level().title() + " ▶");
        } else {
            next.setText("That was the last level");
        }
        stay.setCancelButton(true);
        next.setOnAction(e -> onNext.run());
        levels.setOnAction(e -> onLevels.run());
        stay.setOnAction(e -> onStay.run());
        for (Button b : new Button[] {next, levels, stay}) {
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        FlowPane buttons = new FlowPane(next, levels, stay);
        buttons.getStyleClass().addAll("dialog-buttons", "results-buttons");
        // the buttons stay in view under the rest, which scrolls when the window is too short for it all
        org.interleave.app.shared.ButtonsInView.layOut(this, buttons, titleRow, name, proof, scores, verdict, histogramTitle,
                histograms, chartTitle, chart);
        getChildren().add(celebration.confetti());
        // played once the cast is in the scene, not when this view is: the body (the cast in its title
        // row) lies in a scroll pane, which takes it into the scene at its first layout, and played
        // before that the creatures did not hop and the motion settings were not found (confetti fell
        // with reduced motion)
        celebration.cast().sceneProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends javafx.scene.Scene> o,
                    javafx.scene.Scene was, javafx.scene.Scene now) {
                if (now != null) {
                    celebration.cast().sceneProperty().removeListener(this);
                    javafx.application.Platform.runLater(() -> celebration.play(getWidth(), getHeight()));
                }
            }
        });
    }

    /** Okabe–Ito, the goroutine colours of the canvas, in the same order. */
    private static final java.util.List<String> CAST_COLOURS = java.util.List.of("#E69F00", "#56B4E9", "#009E73",
            "#F0E442", "#0072B2", "#D55E00", "#CC79A7");

    /** The goroutines of the level (of its solution when it starts with none), at most five. */
    private static java.util.List<String> cast(Level level) {
        java.util.List<String> names = level.design().goroutines().stream().map(g -> g.id()).toList();
        if (names.isEmpty() && level.solution() != null) {
            names = level.solution().goroutines().stream().map(g -> g.id()).toList();
        }
        return names.subList(0, Math.min(5, names.size()));
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        celebration.confetti().resizeRelocate(0, 0, getWidth(), getHeight());
    }

    /** The celebration of this clear. */
    public Celebration celebration() {
        return celebration;
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("score-header");
        return l;
    }

    private static Label value(String id, String text) {
        Label l = new Label(text);
        l.setId(id);
        l.getStyleClass().add("score-value");
        return l;
    }

    private static String known(long value) {
        return value >= 0 ? String.valueOf(value) : "—";
    }

    private static String parText(long par) {
        return par > 0 ? String.valueOf(par) : "—";
    }

    /** "★ At or under par on every score." or what is left to beat on each. */
    static String verdict(Score score, Level.Par par) {
        java.util.List<String> over = new java.util.ArrayList<>();
        for (ScoreKind k : ScoreKind.values()) {
            long p = k.par(par);
            long v = k.of(score);
            if (p > 0 && v > p) {
                long by = v - p;
                over.add(by + " " + (by == 1 ? k.unit().substring(0, k.unit().length() - 1) : k.unit())
                        + (k == ScoreKind.TICKS ? " too slow" : " too many"));
            }
        }
        if (over.isEmpty()) {
            return "★ At or under par on every score.";
        }
        return "Over par: " + String.join(", ", over) + ". Stay to improve it, or move on.";
    }

    /** Puts the focus on Next level (or Back to levels after the last one). */
    public void focusDefault() {
        (next.isDisabled() ? levels : next).requestFocus();
    }
}
