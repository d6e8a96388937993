package org.interleave.playback;

import java.util.List;
import javafx.beans.Observable;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.interleave.engine.Finding;

/**
 * The counterexample reveal: a finding in Go's words, why it happens, and where every goroutine
 * stands after the step shown. It shows a {@link RevealModel}; {@link StepBar} steps through the
 * schedule and the canvas marks the same moment on the design.
 */
public final class RevealView extends VBox {
    private final RevealModel model;

    private final FlowPane findingChoice = new FlowPane();
    private final ToggleGroup findingGroup = new ToggleGroup();
    private final Label kind = new Label();
    private final Label message = new Label();
    private final VBox explanation = new VBox();
    private final VBox goroutines = new VBox();
    private final Label schedule = new Label();
    private final Label whereTitle = new Label();

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

        goroutines.setId("step-goroutines");
        goroutines.getStyleClass().add("step-goroutines");
        schedule.getStyleClass().add("schedule");
        schedule.setWrapText(true);

        whereTitle.getStyleClass().add("reveal-section");
        getChildren().addAll(findingChoice, kind, message, explanation, whereTitle, goroutines, schedule);
    }

    private void initListeners() {
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
        goroutines.getChildren().clear();
        Trace t = model.traceProperty().get();
        if (m == null || t == null) {
            whereTitle.setText("");
            return;
        }
        whereTitle.setText("After step " + model.stepProperty().get() + " of " + t.length());
        for (Trace.GoroutineView g : m.goroutines()) {
            Label l = new Label(g.statusLine());
            l.setWrapText(true);
            l.getStyleClass().addAll("goroutine-status", "status-" + g.status().name().toLowerCase(java.util.Locale.ROOT));
            goroutines.getChildren().add(l);
        }
    }

    public RevealModel model() {
        return model;
    }
}
