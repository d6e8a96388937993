package org.interleave.playback;

import javafx.beans.Observable;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.interleave.engine.StepRecord;

/**
 * The controls of a reveal that sit over the design: ◀ "step 3 of 12" ▶, what that step did
 * (who ran which op, with what effect, and the problem it raised, if any), and a legend of the
 * marks the design view shows. Hidden while there is nothing to step through.
 */
public final class StepBar extends VBox {
    private final RevealModel model;
    private final Button previous = new Button("◀");
    private final Button next = new Button("▶");
    private final Label position = new Label();
    private javafx.scene.layout.FlowPane nav;
    private final Label actor = new Label();
    private final Label op = new Label();
    private final Label effect = new Label();
    private final VBox faults = new VBox();

    /** Creates the bar of {@code model}. */
    public StepBar(RevealModel model) {
        this.model = model;
        createView();
        initListeners();
        show();
    }

    private void createView() {
        getStyleClass().add("step-bar");
        getStylesheets().add(StepBar.class.getResource("playback.css").toExternalForm());
        previous.setId("step-previous");
        next.setId("step-next");
        previous.setTooltip(new Tooltip("Previous step (←)"));
        next.setTooltip(new Tooltip("Next step (→)"));
        previous.getStyleClass().add("step-button");
        next.getStyleClass().add("step-button");
        position.setId("step-position");
        position.getStyleClass().add("step-position");
        actor.setId("step-actor");
        actor.getStyleClass().add("step-actor");
        op.setId("step-op");
        op.getStyleClass().add("step-op");
        effect.setId("step-effect");
        effect.getStyleClass().add("step-effect");
        effect.setWrapText(true);
        effect.setMinHeight(Region.USE_PREF_SIZE);
        position.setMinWidth(Region.USE_PREF_SIZE);
        actor.setMinWidth(Region.USE_PREF_SIZE);
        Label legend = new Label("▶ ran this step   ● can run next   ⊘ blocked");
        legend.getStyleClass().add("step-legend");
        legend.setMinWidth(Region.USE_PREF_SIZE);
        // wraps the goroutine and its op under the buttons when the bar is narrow (projector mode's large text)
        nav = new javafx.scene.layout.FlowPane(previous, position, next, actor, op);
        nav.setAlignment(Pos.CENTER_LEFT);
        nav.getStyleClass().add("step-nav");
        HBox.setHgrow(effect, Priority.ALWAYS);
        effect.setMaxWidth(Double.MAX_VALUE);
        HBox below = new HBox(effect, legend);
        below.setAlignment(Pos.TOP_LEFT);
        below.getStyleClass().add("step-below");
        faults.getStyleClass().add("step-faults");
        getChildren().addAll(nav, below, faults);
    }

    private void initListeners() {
        previous.setOnAction(e -> model.previous());
        next.setOnAction(e -> model.next());
        previous.disableProperty().bind(model.atStartBinding());
        next.disableProperty().bind(model.atEndBinding());
        // Invalidation, not change: the first steps of two findings can be equal records, and
        // "step 1 of 18" must still follow the trace shown.
        model.momentProperty().addListener((Observable o) -> show());
        model.traceProperty().addListener((Observable o) -> show());
    }

    private void show() {
        Trace t = model.traceProperty().get();
        Trace.Moment m = model.momentProperty().get();
        boolean shown = t != null && m != null;
        setVisible(shown);
        setManaged(shown);
        faults.getChildren().clear();
        if (!shown) {
            position.setText("");
            actor.setText("");
            op.setText("");
            effect.setText("");
            return;
        }
        position.setText("step " + model.stepProperty().get() + " of " + t.length());
        StepRecord s = m.step();
        actor.setText(s.actor().equals("timer") ? "a timer fires:" : s.actor() + " runs");
        op.setText(s.path().isEmpty() ? s.op() : s.op() + "  (" + s.path() + ")");
        effect.setText(s.effect().isEmpty() ? "" : "→ " + s.effect());
        for (String fault : m.faults()) {
            faults.getChildren().add(fault("⚠ this step: " + fault));
        }
        if (model.stepProperty().get() == t.length() && m.faults().isEmpty()) {
            faults.getChildren().add(fault("⚠ after the last step: " + t.finding().message()));
        }
    }

    private static Label fault(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.getStyleClass().add("step-fault");
        return l;
    }

    /** Moves focus to ▶ (or ◀ at the end), so the arrow keys and Space step at once. */
    public void focusNext() {
        (next.isDisabled() ? previous : next).requestFocus();
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
