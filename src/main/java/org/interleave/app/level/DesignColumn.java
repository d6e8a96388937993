package org.interleave.app.level;

import org.interleave.app.shared.FitRow;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.interleave.app.canvas.CanvasEditor;
import org.interleave.engine.model.Level;
import org.interleave.playback.GoCodeView;
import org.interleave.playback.RunBar;
import org.interleave.playback.StepBar;

/**
 * The middle column of a level, laid out: the design-or-solution choice, the note, Run, the best
 * designs kept, Start over and Go code in a row that shortens its buttons rather than elide them;
 * the step and run bars, which scroll rather than squeeze the design; and the design (with its Go
 * program beside it).
 * {@link LevelScreen} owns the controls and what they do.
 */
record DesignColumn(Level level, ToggleGroup designChoice, ToggleButton showDesign, ToggleButton showSolution,
                    Label designNote, Button runButton, ToggleButton showGo, Button startOver, MenuButton bestDesigns,
                    GoCodeView goView, SplitPane designSplit, CanvasEditor canvas, StepBar stepBar, RunBar runBar) {

    VBox build() {
        showDesign.setId("show-design");
        showSolution.setId("show-solution");
        showDesign.setToggleGroup(designChoice);
        showSolution.setToggleGroup(designChoice);
        showDesign.setSelected(true);
        showSolution.setDisable(level.solution() == null);
        showDesign.getStyleClass().add("left-pill");
        showSolution.getStyleClass().add("right-pill");
        HBox choice = new HBox(showDesign, showSolution);
        choice.getStyleClass().add("design-choice");
        designNote.setId("design-note");
        designNote.getStyleClass().add("muted");
        designNote.setWrapText(true);
        HBox.setHgrow(designNote, Priority.ALWAYS);
        showGo.setId("show-go");
        runButton.setId("run");
        runButton.setTooltip(new javafx.scene.control.Tooltip(
                "Play one execution on the virtual clock with " + level.goal().cores() + " cores"));
        FitRow top = new FitRow(choice, designNote, runButton, showGo);
        top.setAlignment(Pos.CENTER_LEFT);
        top.getStyleClass().add("design-top");
        startOver.setId("start-over");
        startOver.getStyleClass().add("flat");
        startOver.setTooltip(new javafx.scene.control.Tooltip("Put the level's starting design back (Ctrl+Z brings yours back)"));
        top.getChildren().add(top.getChildren().size() - 1, startOver);
        top.getChildren().add(top.getChildren().indexOf(startOver), bestDesigns);  // shown once the level has a best design
        bestDesigns.getStyleClass().add("flat");
        // a narrow design column (folded sides or not, projector mode's large text) keeps every button whole
        top.flexible(designNote).hideWhenTight(designNote).shortenWhenTight(showSolution, "Solution")
                .shortenWhenTight(startOver, "⟲").shortenWhenTight(bestDesigns, "★").shortenWhenTight(showGo, "Go")
                .shortenWhenTight(runButton, "▶");
        for (Region r : List.of(showDesign, showSolution, showGo, runButton, startOver, bestDesigns)) {
            r.setMinWidth(Region.USE_PREF_SIZE);  // buttons keep their words; the note beside them wraps
        }
        goView.setId("go-view");
        designSplit.getItems().add(canvas);
        designSplit.getStyleClass().add("design-split");
        VBox.setVgrow(designSplit, Priority.ALWAYS);
        stepBar.setId("step-bar");
        runBar.setId("run-bar");
        // the step and run bars scroll when they would leave the design less than half the column
        // (a short window, projector mode's large text): the design keeps its room...
        VBox barsBox = new VBox(stepBar, runBar);
        barsBox.getStyleClass().add("design-bars");
        // as tall as the bars are at the column's width (no gap under a step bar laid out for another width)
        org.interleave.app.shared.WidthFitScroll bars = new org.interleave.app.shared.WidthFitScroll(barsBox, "design-bars-scroll");
        bars.setFocusTraversable(false);
        // ... but never past the controls of the bars: ◀ step ▶ and Play/Step stay in view, the
        // canvas and the timeline below give up the room first (LevelScreen's middle slack)
        bars.setLeastHeight(w -> {
            double inside = w - barsBox.snappedLeftInset() - barsBox.snappedRightInset();
            return barsBox.snappedTopInset() + (stepBar.isManaged() ? stepBar.controlsHeight(inside) : runBar.controlsHeight(inside));
        });
        bars.visibleProperty().bind(stepBar.managedProperty().or(runBar.managedProperty()));
        bars.managedProperty().bind(bars.visibleProperty());
        VBox box = new VBox(top, bars, designSplit);
        bars.maxHeightProperty().bind(box.heightProperty().multiply(0.45));
        box.getStyleClass().add("design-column");
        return box;
    }
}
