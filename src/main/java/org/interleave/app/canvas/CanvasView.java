package org.interleave.app.canvas;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;
import org.interleave.engine.Finding;
import org.interleave.engine.model.Design;
import org.interleave.engine.model.Part;
import org.interleave.playback.Trace;

/**
 * The canvas: every part of the design as a card at its position, a wire from each op to the part
 * it uses ({@link WireLayer}), and the player's hands on it ({@link CardGestures}: move cards, wire,
 * select); the background pans and the wheel zooms ({@link CanvasViewport}). A reveal's moment
 * and its finding show on the cards ({@link BoardMarks}); the card that matters is kept in view
 * ({@link CardFocus}), and a run's or a reveal's step is followed.
 */
final class CanvasView extends Pane {
    /** Pixels (at 100%) per unit of a part's layout x and y, so the levels' layouts leave room between pieces. */
    static final double UNIT = 1.25;
    /** Parts snap to this grid, in layout units. */
    static final double GRID = 10;

    /** What is selected: a part, and maybe one of its ops. */
    record Selection(String part, String path) {}

    private final EditModel model;
    /** The cards and wires, under the viewport's pan and zoom; it keeps the cards apart whenever one changes size. */
    private final Pane world = new Pane() {
        @Override
        protected void layoutChildren() {
            super.layoutChildren();  // each card at its preferred size
            arrangeCards();
            if (nodes != null && CardSettling.settle(nodes.values())) {  // each card laid out whole now, not left to this pulse's rest
                arrangeCards();
            }
        }
    };
    private final Group overlay = new Group();
    private final Map<String, PartNode> nodes = new LinkedHashMap<>();
    private final ObjectProperty<Trace.Moment> moment = new SimpleObjectProperty<>(this, "moment");
    private final ObjectProperty<Finding> finding = new SimpleObjectProperty<>(this, "finding");
    private final ObjectProperty<Selection> selection = new SimpleObjectProperty<>(this, "selection");
    private final CanvasViewport viewport = new CanvasViewport(this, () -> moment.get() != null);
    private final WireLayer wires = new WireLayer(nodes, world);
    private final CardGestures gestures;
    private final StepAnimation animation;

    private boolean fitted;
    /** The step whose line the canvas keeps in view, or null (see {@link #follow}). */
    private Trace.Moment following;
    /** Whether the canvas's next layout pans to the followed step's line, once its cards are laid out ({@link #layoutChildren}). */
    private boolean stepToShow;
    private final BoardMarks marks;
    private final StickyTitles sticky = new StickyTitles();
    private final CardFocus focus;

    CanvasView(EditModel model) {
        this.model = model;
        this.gestures = new CardGestures(model, this, world, nodes, wires, viewport, selection, this::layoutWires);
        this.animation = new StepAnimation(this, overlay, nodes, wires);
        this.marks = new BoardMarks(this, world, model, nodes, wires, animation);
        this.focus = new CardFocus(nodes, viewport, model);
        getStyleClass().add("canvas");
        setId("canvas");
        setFocusTraversable(true);  // Tab reaches the canvas; its keys then go through parts and ops
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        world.getTransforms().setAll(viewport.pan(), viewport.scale());
        world.setPickOnBounds(false);
        world.getStyleClass().add("canvas-world");
        world.setManaged(false);
        overlay.setMouseTransparent(true);
        overlay.setManaged(false);  // a token travelling on it does not lay the cards out again
        overlay.getChildren().addAll(gestures.rubberBand(), marks.spark(), marks.freeze());
        getChildren().addAll(world, sticky);
        initListeners();
        rebuild();
    }

    private void initListeners() {
        model.designProperty().addListener((o, old, d) -> rebuild());
        moment.addListener((o, old, m) -> {
            marks.showMoment(m);
            follow(m);
        });
        addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {  // the player takes the canvas over
            following = null;
            if (cardUnder(e) == null) {
                focus.release();  // a press on a card (the selected one too) keeps it in focus: it may grow as it is edited
            }
        });
        finding.addListener((o, old, f) -> {
            marks.showFinding(f);
            keepFocus();
        });
        selection.addListener((o, old, s) -> {
            showSelection(s);
            if (s != null) {
                focus.hold();
                keepFocus();
            }
        });
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (!e.isConsumed()) {
                requestFocus();
                viewport.pressed(e.getSceneX(), e.getSceneY());
            }
        });
        addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (!e.isConsumed()) {
                viewport.dragged(e.getSceneX(), e.getSceneY());
            }
        });
        addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            // a click on the background (not a pan) cancels a wire being made, or else deselects
            if (!e.isConsumed() && viewport.released(e.getSceneX(), e.getSceneY()) && !gestures.dropWire()) {
                selection.set(null);
            }
        });
        addEventHandler(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() != 0) {
                viewport.zoomAt(viewport.zoom() * (e.getDeltaY() > 0 ? 1.1 : 1 / 1.1), e.getX(), e.getY());
                e.consume();
            }
        });
        for (var p : List.of(viewport.pan().xProperty(), viewport.pan().yProperty(), viewport.zoomProperty())) {
            p.addListener(o -> sticky.update(this, nodes.values()));
        }
        widthProperty().addListener((o, a, b) -> resized());
        heightProperty().addListener((o, a, b) -> resized());
    }

    /**
     * Fits the design the first time; later brings back in a design that now fits (a larger window),
     * and keeps a step's line in view (a step bar that grew took height).
     */
    private void resized() {
        fitOnce();
        if (fitted && getScene() != null) {
            viewport.keepWithin(nodes.values());
        }
        if (following != null && following == moment.get()) {
            showStepLaidOut();
        } else if (fitted && getScene() != null && !keepFocus()) {
            viewport.uncutTops(null, nodes.values());
        }
    }

    /** The card a press landed on, or null (the background, a wire). */
    private static PartNode cardUnder(MouseEvent e) {
        Node n = e.getPickResult() == null ? null : e.getPickResult().getIntersectedNode();
        while (n != null && !(n instanceof PartNode)) {
            n = n.getParent();
        }
        return (PartNode) n;
    }

    /** A panel over the canvas (the inspector) covers this much of its left and right: the card in focus shows beside it. */
    void cover(double left, double right) {
        viewport.cover(left, right);
        keepFocus();
    }

    /** Keeps the card in focus ({@link CardFocus}) whole in view, with no step followed; false when none is. */
    private boolean keepFocus() {
        return (following == null || following != moment.get()) && fitted && !gestures.dragging()
                && focus.show(focus.pick(selection.get()));
    }

    // ------------------------------------------------------------------ building

    private void rebuild() {
        following = null;  // an edit: the canvas stays where the player works
        Design d = model.design();
        nodes.clear();
        world.getChildren().clear();
        world.getChildren().add(wires.group());
        int g = 0;
        for (Part p : d.parts()) {
            PartNode n = p instanceof Part.Goroutine gr ? new GoroutineNode(gr, g++) : new ResourceNode(p);
            nodes.put(p.id(), n);
            gestures.hook(n);
            world.getChildren().add(n);
        }
        world.getChildren().add(overlay);
        Selection s = selection.get();
        if (s != null && !nodes.containsKey(s.part())) {
            selection.set(null);
        } else if (s != null && s.path() != null && d.part(s.part()).filter(Part.Goroutine.class::isInstance)
                .map(p -> OpTree.find(((Part.Goroutine) p).ops(), s.path()) == null).orElse(true)) {
            selection.set(new Selection(s.part(), null));
        }
        showSelection(selection.get());
        marks.rebuilt(moment.get(), finding.get());
        world.applyCss();
        world.layout();
        layoutWires();
        keepFocus();  // an edit that grew the card in focus past the canvas's edge: it shows whole again
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        world.resize(Math.max(getWidth(), 1), Math.max(getHeight(), 1));
        for (Node n : world.getChildren()) {
            if (n instanceof PartNode p) {
                p.autosize();
            }
        }
        arrangeCards();
        if (stepToShow || marks.toAnimate()) {
            // the cards and their lines laid out as the step marked them, here, within the pulse's
            // layout, the world not yet laid out in it: a layout forced from the step's listener
            // (world.layout() outside the pulse) left the lines it created or changed needing a
            // layout that no pulse came to give (a request made as an ancestor lays out is dropped),
            // and panned by the cards' sizes of the step before: stepped back from lost-update's
            // last step in projector mode at 1280×720, main's card grew after the pan and lay cut
            // 75 px at the canvas's right edge
            world.layout();
            layoutWires();  // from the ports where the lines now stand
            marks.playLaidOut();
            if (stepToShow) {
                stepToShow = false;
                if (following != null && following == moment.get()) {
                    keepStepInView();
                }
            }
        }
    }

    /**
     * Moves apart the cards that meet and draws the wires again. The world lays itself out (the
     * canvas does not) when a card's text changes its size — a step of a reveal names the holder
     * of a lock, a goroutine's current op is marked — so it calls this too.
     */
    private void arrangeCards() {
        if (gestures != null && !gestures.dragging()) {
            CardSpacing.spreadOut(nodes.values());  // never under the player's hand mid-drag
        }
        layoutWires();
    }

    /** Draws every wire from its op's port to its part, marked for the finding and the step shown. */
    void layoutWires() {
        wires.draw();
        sticky.update(this, nodes.values());
        marks.markWires(moment.get(), finding.get());
    }

    /** Cancels a wire being made; true if there was one. */
    boolean cancelWire() {
        return gestures.cancelWire();
    }

    /** The player lets go of a wire being made: cancelled and announced once; true if there was one. */
    boolean dropWire() {
        return gestures.dropWire();
    }

    /** Whether a port was clicked and waits for the part to wire it to. */
    boolean wiring() {
        return gestures.wiring();
    }

    /** {@code v} (layout units) on the grid, and never negative. */
    static double snap(double v) {
        return Math.max(0, Math.round(v / GRID) * GRID);
    }

    // ------------------------------------------------------------------ zoom

    /** Zooms to {@code z} keeping the canvas point (x, y) in place. */
    void zoomAt(double z, double x, double y) {
        viewport.zoomAt(z, x, y);
    }

    void zoomBy(double factor) {
        viewport.zoomBy(factor);
    }

    double zoom() {
        return viewport.zoom();
    }

    javafx.beans.property.DoubleProperty zoomProperty() {
        return viewport.zoomProperty();
    }

    /**
     * The view a level opens at: readable text first (at 100 % canvas text is 12 px, 22 px in projector
     * mode), never zoomed out below it; a larger design shows the card in focus whole ({@link CardFocus}).
     */
    void fit() {
        if (getScene() != null) {
            applyCss();  // cards not yet laid out have no size: the fit and the focus would miss them
            layout();
        }
        viewport.fit(nodes.values(), CanvasViewport.READABLE_ZOOM);
        focus.hold();
        keepFocus();
    }

    /** Zooms out (down to the smallest zoom if need be) until the whole design shows, at most 100 %. */
    void fitAll() {
        viewport.fit(nodes.values(), CanvasViewport.MIN_ZOOM);
    }

    private void fitOnce() {
        if (!fitted && getWidth() > 50 && getHeight() > 50) {
            fitted = true;
            applyCss();
            layout();
            fit();
        }
    }

    // ------------------------------------------------------------------ keyboard

    /**
     * Selects the next (or, for a negative step, the previous) item in reading order: each part,
     * then each op line of a goroutine; with {@code partsOnly}, the next part. The selection is
     * panned into view. False when the step would go past either end (Tab then leaves the canvas).
     */
    boolean selectNext(int step, boolean partsOnly) {
        List<Selection> items = CardGestures.readingOrder(nodes.values(), partsOnly);
        if (items.isEmpty()) {
            return false;
        }
        Selection now = selection.get();
        int at = now == null ? -1 : items.indexOf(partsOnly ? new Selection(now.part(), null) : now);
        int next = at < 0 ? (step > 0 ? 0 : items.size() - 1) : at + step;
        if (next < 0 || next >= items.size()) {
            return false;
        }
        Selection s = items.get(next);
        selection.set(s);
        node(s.part()).ifPresent(n -> viewport.panIntoView(n, nodes.values()));
        return true;
    }

    /** Adds a part from the palette where it was dropped (scene coordinates), or at the middle when null. */
    boolean drop(String type, Point2D scene) {
        Point2D at;
        if (scene == null) {
            at = world.sceneToLocal(localToScene(getWidth() / 2, getHeight() / 2));
        } else {
            Bounds mine = localToScene(getBoundsInLocal());
            if (!mine.contains(scene)) {
                return false;
            }
            at = world.sceneToLocal(scene);
        }
        return model.apply(new Edit.AddPart(type, snap(at.getX() / UNIT), snap(at.getY() / UNIT)));
    }

    /** Whether a scene point is over the canvas. */
    boolean over(Point2D scene) {
        return localToScene(getBoundsInLocal()).contains(scene);
    }

    // ------------------------------------------------------------------ state

    private void showSelection(Selection s) {
        for (PartNode n : nodes.values()) {
            boolean on = s != null && n.part().id().equals(s.part());
            n.setSelected(on);
            if (n instanceof GoroutineNode gn) {
                gn.select(on ? s.path() : null);
            }
        }
    }

    /**
     * Follows a reveal's or a run's new step: its line is kept in view, as the canvas is resized
     * too, until the player presses on the canvas or edits the design.
     */
    private void follow(Trace.Moment m) {
        following = m;
        focus.hold();
        if (m != null) {
            showStepLaidOut();
        }
    }

    /** Pans to the followed step's line in the canvas's next layout, once its cards are laid out ({@link #layoutChildren}). */
    private void showStepLaidOut() {
        stepToShow = true;
        requestLayout();
    }

    /**
     * Pans, at the same zoom, to the line of the op the step just ran, when it lies out of view (a
     * design larger than the canvas at a readable zoom, as in projector mode, opens on its top
     * left): the least pan that shows the op's text on that line.
     */
    private void keepStepInView() {
        if (getScene() == null || getWidth() <= 0 || getHeight() <= 0) {
            return;
        }
        for (PartNode n : nodes.values()) {
            javafx.scene.Node op = n instanceof GoroutineNode g ? g.ranOp() : null;
            if (op != null) {
                if (!focus.show(n)) {
                    viewport.follow(op, nodes.values());  // a card larger than the canvas: its line
                    viewport.keepAround(n, op, nodes.values());  // and the card as much as that line allows
                }
                return;
            }
        }
        // a step no card's line ran (a reveal's last, where the finding stands): the card in focus, as
        // with no step followed; else the card the step before ran in, still marked, was left where
        // the cards' new sizes put it (lost-update's last step, gone to from its first in projector mode
        // at 1280×720: main's card lay cut 75 px at the canvas's right edge, though it fits across)
        focus.show(focus.pick(selection.get()));
    }

    /** Stops a race's flicker and a deadlock's pulse for good (the screen closes): redrawn, they stand still. */
    void stopMotion() {
        marks.stopMotion();
    }

    /** The race's spark between its two accesses, as shown now. */
    RaceSpark spark() {
        return marks.spark();
    }

    /** The deadlock's freeze on the board (its cycle, rings and pulse). */
    DeadlockFreeze freeze() {
        return marks.freeze();
    }

    // ------------------------------------------------------------------ access

    /** What a step's effect does on the canvas: how many were animated, how long a token and a pulse took. */
    StepAnimation animation() {
        return animation;
    }

    ObjectProperty<Trace.Moment> momentProperty() {
        return moment;
    }

    ObjectProperty<Finding> findingProperty() {
        return finding;
    }

    ObjectProperty<Selection> selectionProperty() {
        return selection;
    }

    Optional<PartNode> node(String id) {
        return Optional.ofNullable(nodes.get(id));
    }

    List<WireLayer.Wire> wires() {
        return wires.all();
    }
}
