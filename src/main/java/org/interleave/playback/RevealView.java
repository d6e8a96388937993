package org.interleave.playback;

import java.util.List;
import javafx.beans.Observable;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.interleave.engine.Finding;
import org.interleave.engine.StepRecord;

/**
 * The counterexample reveal: a finding in Go's words, why it happens, and its schedule step by
 * step — "step 3 of 12" with ◀ ▶, what the step did, and where every goroutine stands after it.
 * It shows a {@link RevealModel}; {@link DesignView} marks the same moment on the design.
 */
public final class RevealView extends VBox {
    private final RevealModel model;

    private final FlowPane findingChoice = new FlowPane();
    private final ToggleGroup findingGroup = new ToggleGroup();
    private final Label kind = new Label();
    private final Label message = new Label();
    private final VBox explanation = new VBox();
    private final Button previous = new Button("◀");
    private final Button next = new Button("▶");
    private final Label position = new Label();
    private final Label stepActor = new Label();
    private final Label stepOp = new Label();
    private final Label stepEffect = new Label();
    private final VBox stepFaults = new VBox();
    private final VBox goroutines = new VBox();
    private final Label schedule = new Label();

    /** Creates the view of {@code model}. */
    public RevealView(RevealModel model) {
        this.model = model;
        createView();
        initListeners();
        showTrace(model.traceProperty().get());
        showMoment(model.momentProperty().get());
    }

    private void createView() {
        getStyleClass().add("reveal-view");
        getStylesheets().add(RevealView.class.getResource("playback.css").toExternalForm());

        findingChoice.getStyleClass().add("finding-choice");
        kind.getStyleClass().add("finding-kind");
        kind.setId("finding-kind");
        message.getStyleClass().add("finding-message");
        message.setId("finding-message");
        message.setWrapText(true);
        explanation.getStyleClass().add("finding-explanation");
        explanation.setId("finding-explanation");

        previous.setId("step-previous");
        next.setId("step-next");
        previous.setTooltip(new Tooltip("Previous step (←)"));
        next.setTooltip(new Tooltip("Next step (→)"));
        previous.getStyleClass().add("step-button");
        next.getStyleClass().add("step-button");
        position.setId("step-position");
        position.getStyleClass().add("step-position");
        HBox nav = new HBox(previous, position, next);
        nav.setAlignment(Pos.CENTER_LEFT);
        nav.getStyleClass().add("step-nav");

        stepActor.setId("step-actor");
        stepActor.getStyleClass().add("step-actor");
        stepOp.setId("step-op");
        stepOp.getStyleClass().add("step-op");
        stepOp.setWrapText(true);
        stepEffect.setId("step-effect");
        stepEffect.getStyleClass().add("step-effect");
        stepEffect.setWrapText(true);
        stepFaults.getStyleClass().add("step-faults");
        VBox step = new VBox(stepActor, stepOp, stepEffect, stepFaults);
        step.getStyleClass().add("step-detail");

        goroutines.setId("step-goroutines");
        goroutines.getStyleClass().add("step-goroutines");
        schedule.getStyleClass().add("schedule");
        schedule.setWrapText(true);

        Label stepsTitle = new Label("The schedule, step by step");
        stepsTitle.getStyleClass().add("reveal-section");
        Label whereTitle = new Label("After this step");
        whereTitle.getStyleClass().add("reveal-section");
        getChildren().addAll(findingChoice, kind, message, explanation, stepsTitle, nav, step, whereTitle,
                goroutines, schedule);
    }

    private void initListeners() {
        previous.setOnAction(e -> model.previous());
        next.setOnAction(e -> model.next());
        previous.disableProperty().bind(model.atStartBinding());
        next.disableProperty().bind(model.atEndBinding());
        model.tracesProperty().addListener((obs, old, list) -> showChoices(list));
        model.traceProperty().addListener((obs, old, t) -> showTrace(t));
        // Invalidation, not change: the first steps of two findings can be equal records, and the
        // position ("step 1 of 18") must still follow the trace shown.
        model.momentProperty().addListener((Observable o) -> showMoment(model.momentProperty().get()));
        findingGroup.selectedToggleProperty().addListener((obs, old, t) -> {
            if (t == null) {
                // a finding stays chosen: clicking the chosen one again does not clear it
                if (old != null && model.tracesProperty().get().contains((Trace) old.getUserData())) {
                    findingGroup.selectToggle(old);
                }
            } else if (t.getUserData() != model.traceProperty().get()) {
                model.select((Trace) t.getUserData());
            }
        });
    }

    private void showChoices(List<Trace> traces) {
        findingChoice.getChildren().clear();
        findingGroup.getToggles().clear();
        if (traces.size() < 2) {
            findingChoice.setVisible(false);
            findingChoice.setManaged(false);
            return;
        }
        for (int i = 0; i < traces.size(); i++) {
            Trace t = traces.get(i);
            ToggleButton b = new ToggleButton((i + 1) + " · " + KindNames.of(t.finding().kind()));
            b.setId("finding-" + (i + 1));
            b.getStyleClass().add("finding-toggle");
            b.setUserData(t);
            b.setToggleGroup(findingGroup);
            b.setSelected(t == model.traceProperty().get());
            findingChoice.getChildren().add(b);
        }
        findingChoice.setVisible(true);
        findingChoice.setManaged(true);
    }

    private void showTrace(Trace t) {
        explanation.getChildren().clear();
        if (t == null) {
            kind.setText("");
            message.setText("");
            schedule.setText("");
            return;
        }
        Finding f = t.finding();
        kind.setText("⚠ " + KindNames.of(f.kind()));
        message.setText(f.message());
        for (String line : f.explanation()) {
            Label l = new Label("• " + line);
            l.setWrapText(true);
            l.getStyleClass().add("explanation-line");
            explanation.getChildren().add(l);
        }
        schedule.setText("Schedule: " + f.schedule());
        findingGroup.getToggles().stream().filter(b -> b.getUserData() == t).findFirst()
                .ifPresent(findingGroup::selectToggle);
    }

    private void showMoment(Trace.Moment m) {
        stepFaults.getChildren().clear();
        goroutines.getChildren().clear();
        Trace t = model.traceProperty().get();
        if (m == null || t == null) {
            position.setText(t == null ? "" : "no steps");
            stepActor.setText("");
            stepOp.setText("");
            stepEffect.setText("");
            return;
        }
        position.setText("step " + model.stepProperty().get() + " of " + t.length());
        StepRecord s = m.step();
        stepActor.setText(s.actor().equals("timer") ? "a timer fires" : s.actor() + " runs");
        stepOp.setText(s.path().isEmpty() ? s.op() : s.op() + "    (" + s.path() + ")");
        stepEffect.setText(s.effect().isEmpty() ? "" : "→ " + s.effect());
        for (String fault : m.faults()) {
            Label l = new Label("⚠ here: " + fault);
            l.setWrapText(true);
            l.getStyleClass().add("step-fault");
            stepFaults.getChildren().add(l);
        }
        boolean last = model.stepProperty().get() == t.length();
        if (last && m.faults().isEmpty()) {
            Label l = new Label("⚠ after the last step: " + t.finding().message());
            l.setWrapText(true);
            l.getStyleClass().add("step-fault");
            stepFaults.getChildren().add(l);
        }
        for (Trace.GoroutineView g : m.goroutines()) {
            Label l = new Label(GoroutineCard.symbol(g.status()) + " " + g.name() + " — " + g.status().words()
                    + (g.status() == Trace.Status.DONE ? "" : ": " + g.detail().replaceFirst("^blocked on ", "")
                            .replaceFirst("^next: ", "next ")));
            l.setWrapText(true);
            l.getStyleClass().addAll("goroutine-status", "status-" + g.status().name().toLowerCase(java.util.Locale.ROOT));
            goroutines.getChildren().add(l);
        }
    }

    public RevealModel model() {
        return model;
    }
}
