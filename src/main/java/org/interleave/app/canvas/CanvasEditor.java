package org.interleave.app.canvas;

import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.interleave.engine.Finding;
import org.interleave.engine.model.Design;
import org.interleave.engine.model.DesignValidator;
import org.interleave.engine.model.Part;
import org.interleave.playback.Trace;

/**
 * The canvas editor of a level: the palette of parts the level offers, the canvas, the inspector
 * of what is selected, and a status line that says why an edit was refused or what the design
 * still lacks. Undo/redo, zoom and the keyboard shortcuts (Ctrl+Z, Ctrl+Shift+Z or Ctrl+Y, Delete,
 * + − 0, Esc) live here. Given a reveal's moment and finding, the canvas shows them.
 */
public final class CanvasEditor extends BorderPane {
    private final EditModel model;
    private final CanvasView canvas;
    private final PaletteBar palette;
    private final Inspector inspector;
    private final Button undo = new Button("↶");
    private final Button redo = new Button("↷");
    private final Button zoomOut = new Button("−");
    private final Button zoomIn = new Button("+");
    private final Button fit = new Button("⬚");
    private final Label zoomLabel = new Label();
    private final Label message = new Label();
    private final Label problems = new Label();

    /** An editor of {@code design} under {@code rules}. */
    public CanvasEditor(Design design, LevelRules rules) {
        this.model = new EditModel(design, rules);
        this.canvas = new CanvasView(model);
        this.palette = new PaletteBar(model, canvas::drop);
        this.inspector = new Inspector(model, canvas);
        createView();
        initListeners();
    }

    private void createView() {
        getStyleClass().add("canvas-editor");
        getStylesheets().add(CanvasEditor.class.getResource("canvas.css").toExternalForm());
        setId("canvas-editor");
        undo.setId("undo");
        redo.setId("redo");
        zoomOut.setId("zoom-out");
        zoomIn.setId("zoom-in");
        fit.setId("zoom-fit");
        zoomLabel.setId("zoom-level");
        zoomLabel.getStyleClass().add("zoom-level");
        for (Button b : List.of(undo, redo, zoomOut, zoomIn, fit)) {
            b.getStyleClass().addAll("flat", "tool");
            b.setFocusTraversable(true);
        }
        zoomOut.setTooltip(new Tooltip("Zoom out (−)"));
        zoomIn.setTooltip(new Tooltip("Zoom in (+)"));
        fit.setTooltip(new Tooltip("Show the whole design (0)"));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox tools = new HBox(undo, redo, zoomOut, zoomLabel, zoomIn, fit);
        tools.getStyleClass().add("canvas-tools");
        tools.setAlignment(Pos.CENTER_RIGHT);
        tools.setMinWidth(Region.USE_PREF_SIZE);
        // a long palette (an author's, with every part) scrolls instead of widening the editor, its
        // bar under the tiles rather than over their names
        var paletteScroll = new org.interleave.app.shared.SidewaysScroll(palette, "palette-scroll");
        paletteScroll.setMinWidth(0);
        HBox.setHgrow(paletteScroll, Priority.ALWAYS);
        HBox top = new HBox(paletteScroll, tools);
        top.getStyleClass().add("canvas-top");
        top.setAlignment(Pos.CENTER_LEFT);
        setTop(top);
        StackPane.setAlignment(inspector, Pos.TOP_RIGHT);
        StackPane.setMargin(inspector, new javafx.geometry.Insets(8));
        StackPane middle = new StackPane(canvas, inspector);
        middle.getStyleClass().add("canvas-stack");
        setCenter(middle);
        message.setId("canvas-message");
        message.getStyleClass().add("canvas-message");
        message.setWrapText(true);
        message.setMinWidth(0);
        problems.setId("canvas-problems");
        problems.getStyleClass().add("canvas-problems");
        // wraps rather than widen the design column past its room (projector mode's large text)
        problems.setWrapText(true);
        problems.setMinHeight(Region.USE_PREF_SIZE);
        problems.setMaxWidth(26 * 15);
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);
        HBox status = new HBox(message, problems);
        status.getStyleClass().add("canvas-status");
        status.setAlignment(Pos.CENTER_LEFT);
        setBottom(status);
    }

    private void initListeners() {
        undo.setOnAction(e -> model.undo());
        redo.setOnAction(e -> model.redo());
        zoomOut.setOnAction(e -> canvas.zoomBy(1 / 1.2));
        zoomIn.setOnAction(e -> canvas.zoomBy(1.2));
        fit.setOnAction(e -> canvas.fitAll());
        undo.disableProperty().bind(model.canUndoProperty().not());
        redo.disableProperty().bind(model.canRedoProperty().not());
        model.undoLabelProperty().addListener((o, a, l) -> undo.setTooltip(new Tooltip(l.isEmpty() ? "Undo (Ctrl+Z)" : "Undo: " + l + " (Ctrl+Z)")));
        model.redoLabelProperty().addListener((o, a, l) -> redo.setTooltip(new Tooltip(l.isEmpty() ? "Redo (Ctrl+Shift+Z)" : "Redo: " + l + " (Ctrl+Shift+Z)")));
        undo.setTooltip(new Tooltip("Undo (Ctrl+Z)"));
        redo.setTooltip(new Tooltip("Redo (Ctrl+Shift+Z)"));
        canvas.zoomProperty().addListener((o, a, z) -> zoomLabel.setText(Math.round(z.doubleValue() * 100) + "%"));
        zoomLabel.setText("100%");
        model.messageProperty().addListener((o, a, m) -> showMessage());
        model.problemsProperty().addListener((o, a, p) -> showProblems(p));
        problems.setOnMouseClicked(e -> selectFirstProblem());
        canvas.selectionProperty().addListener((o, a, sel) -> placeInspector(sel));
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (handleKey(e)) {
                e.consume();
            }
        });
        showMessage();
        showProblems(model.problemsProperty().get());
    }

    /**
     * Puts the inspector on the side of the canvas away from the selected part, and pans the part
     * out from under it when it does not fit beside it (at 1280×720 it covered the card it edited).
     */
    private void placeInspector(CanvasView.Selection sel) {
        if (sel == null) {
            canvas.cover(0, 0);
            return;
        }
        canvas.node(sel.part()).ifPresent(n -> {
            javafx.geometry.Bounds b = canvas.sceneToLocal(n.localToScene(n.getBoundsInLocal()));
            boolean right = b != null && b.getCenterX() > canvas.getWidth() / 2;
            StackPane.setAlignment(inspector, right ? Pos.TOP_LEFT : Pos.TOP_RIGHT);
            double covered = inspector.prefWidth(-1) + 8;  // and its margin from the canvas's edge
            canvas.cover(right ? covered : 0, right ? 0 : covered);
        });
    }

    private void showMessage() {
        String m = model.messageProperty().get();
        boolean refused = model.refusedProperty().get();
        message.getStyleClass().removeAll("refused", "info", "idle");
        if (m.isEmpty()) {
            message.setText(model.rules().readOnly() ? "Read-only: the reference solution. Switch to Design to edit yours."
                    : model.rules().palette().values().stream().anyMatch(n -> n > 0)
                    ? "Drag parts in · drag an op's ● onto a part to wire it · click a line to edit it"
                    : "Click a line to edit it · drag an op's ● onto a part to wire it");
            message.getStyleClass().add("idle");
        } else {
            message.setText(refused ? "✗ " + m : m);
            message.getStyleClass().add(refused ? "refused" : "info");
        }
    }

    private void showProblems(List<DesignValidator.Problem> p) {
        problems.setVisible(!p.isEmpty());
        problems.setManaged(!p.isEmpty());
        if (p.isEmpty()) {
            problems.setText("");
            problems.setTooltip(null);
            return;
        }
        problems.setText("⚠ " + (p.size() == 1 ? "1 problem: " : p.size() + " problems: ") + where(p.get(0)) + p.get(0).message());
        problems.setTooltip(new Tooltip(p.stream().map(x -> "⚠ " + where(x) + x.message()).collect(Collectors.joining("\n"))));
    }

    private static String where(DesignValidator.Problem p) {
        Part part = p.where().part();
        return part == null ? "" : part.id() + (p.where().path() == null ? "" : " " + p.where().path()) + ": ";
    }

    private void selectFirstProblem() {
        List<DesignValidator.Problem> p = model.problemsProperty().get();
        if (!p.isEmpty() && p.get(0).where().part() != null) {
            String path = p.get(0).where().path();
            if (path != null && path.contains(".cases[") && !path.contains(".do[")) {
                path = path.substring(0, path.indexOf(".cases["));
            }
            canvas.selectionProperty().set(new CanvasView.Selection(p.get(0).where().part().id(), path));
        }
    }

    /**
     * Handles a key the editor has a shortcut for; false for any other key, or when a text field
     * has the focus (it keeps its own undo and Delete).
     */
    public boolean handleKey(KeyEvent e) {
        if (getScene() != null && getScene().getFocusOwner() instanceof TextInputControl) {
            return false;
        }
        boolean shortcut = e.isShortcutDown() || e.isControlDown();
        if (shortcut && e.getCode() == KeyCode.Z) {
            if (e.isShiftDown()) {
                model.redo();
            } else {
                model.undo();
            }
            return true;
        }
        if (shortcut && e.getCode() == KeyCode.Y) {
            model.redo();
            return true;
        }
        if (shortcut) {
            return false;
        }
        if (canvas.isFocused() && navigate(e)) {
            return true;
        }
        switch (e.getCode()) {
            case DELETE, BACK_SPACE -> {
                deleteSelected();
                return true;
            }
            case PLUS, ADD, EQUALS -> {
                canvas.zoomBy(1.2);
                return true;
            }
            case MINUS, SUBTRACT -> {
                canvas.zoomBy(1 / 1.2);
                return true;
            }
            case DIGIT0, NUMPAD0 -> {
                canvas.fitAll();
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    /**
     * The canvas's keys while it has the focus: Tab and Shift+Tab (or ↓ and ↑) go through the parts
     * and their ops, ← and → from part to part, Alt+↑ and Alt+↓ move the selected op, Enter goes into
     * the inspector, A opens its "+ Add op" menu. Tab past the last item leaves the canvas.
     */
    private boolean navigate(KeyEvent e) {
        switch (e.getCode()) {
            case TAB -> {
                return canvas.selectNext(e.isShiftDown() ? -1 : 1, false);
            }
            case DOWN, UP -> {
                int step = e.getCode() == KeyCode.DOWN ? 1 : -1;
                if (e.isAltDown()) {
                    return fireInInspector(step < 0 ? "#op-up" : "#op-down");
                }
                canvas.selectNext(step, false);
                return true;
            }
            case RIGHT, LEFT -> {
                canvas.selectNext(e.getCode() == KeyCode.RIGHT ? 1 : -1, true);
                return true;
            }
            case ENTER -> {
                return focusInspector();
            }
            case A -> {
                if (inspector.lookup("#add-op") instanceof javafx.scene.control.MenuButton add && !add.isDisabled()) {
                    add.requestFocus();
                    add.show();
                    return true;
                }
                return false;
            }
            default -> {
                return false;
            }
        }
    }

    private boolean fireInInspector(String selector) {
        if (inspector.lookup(selector) instanceof Button b && !b.isDisabled() && b.isVisible()) {
            b.fire();
            canvas.requestFocus();
            return true;
        }
        return false;
    }

    /** Puts the focus on the inspector's first control; false when no inspector is open. */
    private boolean focusInspector() {
        if (!inspector.isVisible()) {
            return false;
        }
        for (javafx.scene.Node n : inspector.lookupAll("*")) {
            if (n.isFocusTraversable() && !n.isDisabled() && n.isVisible()
                    && (n instanceof javafx.scene.control.Control)) {
                n.requestFocus();
                return true;
            }
        }
        return false;
    }

    private void deleteSelected() {
        CanvasView.Selection s = canvas.selectionProperty().get();
        if (s == null) {
            model.say("Select a part or an op to delete it");
            return;
        }
        if (s.path() != null) {
            if (model.apply(new Edit.RemoveOp(s.part(), s.path()))) {
                canvas.selectionProperty().set(new CanvasView.Selection(s.part(), null));
            }
        } else {
            model.apply(new Edit.DeletePart(s.part()));
        }
    }

    /** The id of the part selected on the canvas, or null. */
    public String selectedPart() {
        CanvasView.Selection s = canvas.selectionProperty().get();
        return s == null ? null : s.part();
    }

    /** Esc: cancels a wire being made, else closes the inspector; false when there was nothing to cancel. */
    public boolean cancel() {
        if (canvas.dropWire()) {
            return true;
        }
        if (inspector.isFocusWithin()) {
            canvas.requestFocus();  // back from the inspector to the canvas, with the same selection
            return true;
        }
        if (canvas.selectionProperty().get() != null) {
            canvas.selectionProperty().set(null);
            return true;
        }
        return false;
    }

    /** Edits another design under other rules (history starts over); the view shows it whole. */
    public void load(Design design, LevelRules rules) {
        canvas.selectionProperty().set(null);
        canvas.cancelWire();
        model.load(design, rules);
        palette.rebuild();
        showMessage();
        canvas.fit();
        javafx.application.Platform.runLater(canvas::fit);  // again once laid out at its new size
    }

    /** The canvas itself (without the palette, tools and status around it). */
    public javafx.scene.layout.Region view() {
        return canvas;
    }

    public EditModel model() {
        return model;
    }

    /** The design as edited. */
    public ReadOnlyObjectProperty<Design> designProperty() {
        return model.designProperty();
    }

    /** The moment of a reveal to show on the canvas, or null. */
    public ObjectProperty<Trace.Moment> momentProperty() {
        return canvas.momentProperty();
    }

    /** The finding whose places to flag on the canvas, or null. */
    public ObjectProperty<Finding> findingProperty() {
        return canvas.findingProperty();
    }

    /** Whether the op at {@code path} of goroutine {@code goroutine} is flagged as a place of the finding. */
    public boolean flaggedAt(String goroutine, String path) {
        return canvas.node(goroutine).filter(GoroutineNode.class::isInstance)
                .map(n -> ((GoroutineNode) n).flaggedAt(path)).orElse(false);
    }

    /** The marks shown on the line of an op ({@code ● main}, {@code ▶ worker#0}). */
    public String marksAt(String goroutine, String path) {
        return canvas.node(goroutine).filter(GoroutineNode.class::isInstance)
                .map(n -> ((GoroutineNode) n).marksAt(path)).orElse("");
    }

    /** The state of a resource as its tooltip says it. */
    public String stateOf(String part) {
        return canvas.node(part).map(PartNode::tooltipText).orElse("");
    }

    /** The creature of goroutine instance {@code instance} on the card of goroutine part {@code part}, while a moment is shown. */
    public java.util.Optional<org.interleave.app.shared.cast.Creature> creature(String part, String instance) {
        return canvas.node(part).filter(GoroutineNode.class::isInstance)
                .flatMap(n -> ((GoroutineNode) n).creature(instance));
    }

    /** How many shapes the spark of the race shown draws between its two accesses (0: no race shown). */
    public int raceSparkShapes() {
        return canvas.spark().shapes();
    }

    /**
     * Stops the board's endless animations (a race's flicker, a deadlock's pulse) for good: they
     * would keep a closed screen alive and JavaFX's animation timer running.
     */
    public void stopMotion() {
        canvas.stopMotion();
    }

    /** Whether the spark of the race shown flickers (never with reduced motion). */
    public boolean raceSparkling() {
        return canvas.spark().sparkling();
    }

    /** How long one flicker of the race's spark takes, at the animation speed; 0 when it does not flicker. */
    public double raceSparkMillis() {
        return canvas.spark().flickerMillis();
    }

    /** What has moved on the board (locks snapping, slots filling) and a deadlock's freeze shown now. */
    public BoardMoves moves() {
        java.util.Map<String, BoardMoves.PieceMoves> pieces = new java.util.LinkedHashMap<>();
        for (var p : model().design().parts()) {
            canvas.node(p.id()).filter(ResourceNode.class::isInstance).map(n -> ((ResourceNode) n).motion())
                    .ifPresent(m -> pieces.put(p.id(), new BoardMoves.PieceMoves(m.snaps(), m.opens(), m.fills(),
                            m.slides(), m.last().toMillis())));
        }
        DeadlockFreeze f = canvas.freeze();
        return new BoardMoves(pieces, canvas.getStyleClass().contains("frozen"),
                f.cycle().map(WaitCycle::instances).orElse(java.util.List.of()),
                f.cycle().map(WaitCycle::lockCycle).orElse(false), f.ringed(),
                (int) canvas.wires().stream().filter(w -> w.curve().getStyleClass().contains("wait-cycle")).count(),
                f.pulsing(), f.pulseDuration().toMillis());
    }

    /** How many steps' effects the canvas has animated along their wires. */
    public int stepAnimations() {
        return canvas.animation().played();
    }

    /** How long the last step's token took to travel its wire, at the animation speed; 0 before any. */
    public double stepAnimationMillis() {
        return canvas.animation().lastMillis();
    }

    /** How long the part the last step's token reached pulses, at the animation speed; 0 for none. */
    public double stepArrivalMillis() {
        return canvas.animation().arrivalMillis();
    }

    /** How many wires the canvas draws. */
    public int wireCount() {
        return canvas.wires().size();
    }

    /** Zooms and pans so the whole design shows. */
    public void fitView() {
        canvas.fit();
    }
}
