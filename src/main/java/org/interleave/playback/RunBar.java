package org.interleave.playback;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.Observable;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.interleave.engine.StepRecord;

/**
 * The controls of a run that sit over the design: Restart, step back, Play/Pause, step,
 * the speed, the virtual clock ("tick 7") and the step ("step 12 of 40"), what the step did, and
 * how the run ended. A timeline drives {@link RunModel#frame()} while the model plays.
 */
public final class RunBar extends VBox {
    private final RunModel model;
    private final Button restart = new Button("Restart");
    private final Button back = new Button("◀ Back");
    private final Button play = new Button();
    private final Button forward = new Button("Step ▶");
    private final ComboBox<Double> speed = new ComboBox<>();
    private final Label clock = new Label();
    private final Label position = new Label();
    private javafx.scene.layout.FlowPane nav;
    private final Label what = new Label();
    private final Label summary = new Label();
    private final Button close = new Button("✕ Stop run");
    private final Timeline timeline = new Timeline();
    private Runnable onClose = () -> { };

    /** Creates the bar of {@code model}. */
    public RunBar(RunModel model) {
        this.model = model;
        createView();
        initListeners();
        show();
    }

    private void createView() {
        getStyleClass().addAll("step-bar", "run-bar");
        getStylesheets().add(RunBar.class.getResource("playback.css").toExternalForm());
        restart.setId("run-restart");
        back.setId("run-back");
        play.setId("run-play");
        forward.setId("run-step");
        speed.setId("run-speed");
        clock.setId("run-tick");
        position.setId("run-position");
        what.setId("run-what");
        summary.setId("run-summary");
        close.setId("run-close");
        restart.setTooltip(new Tooltip("Back to the start (Home)"));
        back.setTooltip(new Tooltip("Step back (←)"));
        play.setTooltip(new Tooltip("Play or pause (Space)"));
        forward.setTooltip(new Tooltip("One step (→)"));
        speed.setTooltip(new Tooltip("Playback speed"));
        close.setTooltip(new Tooltip("Leave the run and go back to building"));
        for (Button b : new Button[] {restart, back, play, forward}) {
            b.getStyleClass().add("step-button");
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        play.getStyleClass().add("primary");
        close.getStyleClass().add("flat");
        close.setMinWidth(Region.USE_PREF_SIZE);
        speed.getItems().setAll(RunModel.SPEEDS);
        speed.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Double v) {
                return v == null ? "" : speedText(v) + " speed";
            }

            @Override
            public Double fromString(String text) {
                return model.speedProperty().get();
            }
        });
        speed.setValue(model.speedProperty().get());
        clock.getStyleClass().addAll("run-tick");
        clock.setMinWidth(Region.USE_PREF_SIZE);
        position.getStyleClass().add("step-position");
        position.setMinWidth(Region.USE_PREF_SIZE);
        what.getStyleClass().add("step-effect");
        what.setWrapText(true);
        what.setMinHeight(Region.USE_PREF_SIZE);
        summary.getStyleClass().add("run-summary");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        // the controls wrap rather than widen the design column
        nav = new javafx.scene.layout.FlowPane(restart, back, play, forward, speed, clock,
                position, close);
        nav.setAlignment(Pos.CENTER_LEFT);
        nav.getStyleClass().addAll("step-nav", "run-nav");
        nav.setMinWidth(0);
        nav.setPrefWidth(0);
        Label legend = new Label("▶ running   ● runnable (waiting for a core)   ⊘ blocked   ✓ done");
        legend.getStyleClass().add("step-legend");
        legend.setWrapText(true);
        getChildren().addAll(nav, what, summary, legend);
        setFocusTraversable(false);
    }

    private void initListeners() {
        restart.setOnAction(e -> model.restart());
        back.setOnAction(e -> model.stepBack());
        forward.setOnAction(e -> model.stepForward());
        play.setOnAction(e -> model.togglePlay());
        close.setOnAction(e -> onClose.run());
        back.disableProperty().bind(model.atStartBinding());
        restart.disableProperty().bind(model.atStartBinding());
        forward.disableProperty().bind(model.atEndBinding());
        speed.valueProperty().addListener((obs, old, v) -> {
            if (v != null) {
                model.speedProperty().set(v);
            }
        });
        model.speedProperty().addListener((obs, old, v) -> {
            speed.setValue(v.doubleValue());
            restartTimeline();
        });
        model.playingProperty().addListener((obs, old, on) -> {
            if (on) {
                restartTimeline();
            } else {
                timeline.stop();
            }
            show();
        });
        model.momentProperty().addListener((Observable o) -> show());
        model.resultProperty().addListener((Observable o) -> show());
        timeline.setCycleCount(Timeline.INDEFINITE);
    }

    private void restartTimeline() {
        timeline.stop();
        timeline.getKeyFrames().setAll(new KeyFrame(Duration.millis(model.frameMillis()), e -> model.frame()));
        if (model.playingProperty().get()) {
            timeline.play();
        }
    }

    private void show() {
        boolean shown = model.resultProperty().get() != null;
        setVisible(shown);
        setManaged(shown);
        play.setText(model.playingProperty().get() ? "Pause" : "▶ Play");
        if (!shown) {
            return;
        }
        clock.setText("tick " + model.tickProperty().get());
        position.setText("step " + model.stepProperty().get() + " of " + model.length());
        Trace.Moment m = model.momentProperty().get();
        if (m == null) {
            what.setText("Ready: nothing has run yet. Play, or step through it one step at a time.");
        } else {
            StepRecord s = m.step();
            String faults = m.faults().isEmpty() ? "" : "  ⚠ " + String.join("; ", m.faults());
            what.setText(s.actor() + " runs " + s.op() + (s.effect().isEmpty() ? "" : " → " + s.effect()) + faults);
        }
        boolean end = model.atEndBinding().get();
        summary.setText(end ? "End of the run: " + model.summary() + "." : "");
        summary.setVisible(end);
        summary.setManaged(end);
    }

    /** What to do when the player stops the run. */
    public void setOnClose(Runnable onClose) {
        this.onClose = onClose;
    }

    /** Moves the keyboard focus to Play. */
    public void focusPlay() {
        play.requestFocus();
    }

    /** Stops the timeline (the screen is being left). */
    public void stop() {
        timeline.stop();
    }

    /** "1×", "0.5×". */
    static String speedText(double v) {
        return (v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v)) + "×";
    }


    /**
     * The height, at {@code width}, of the bar down to the end of its row of controls: what stays
     * in view when the bar scrolls (a short window, projector mode's large text), the rest below.
     */
    public double controlsHeight(double width) {
        if (!isVisible() || !isManaged()) {
            return 0;
        }
        return snappedTopInset() + nav.prefHeight(width - snappedLeftInset() - snappedRightInset());
    }
}
