package org.interleave.app.canvas;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.animation.PathTransition;
import javafx.animation.ScaleTransition;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.CubicCurve;
import javafx.scene.shape.CubicCurveTo;
import javafx.scene.shape.Line;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;
import javafx.util.Duration;
import org.interleave.app.shared.cast.Motion;
import org.interleave.engine.Finding;
import org.interleave.engine.OpText;
import org.interleave.engine.ResourceSnapshot;
import org.interleave.engine.Site;
import org.interleave.engine.StepRecord;
import org.interleave.engine.model.Design;
import org.interleave.engine.model.Op;
import org.interleave.engine.model.Part;
import org.interleave.playback.Trace;

/**
 * The canvas: every part of the design at its position, a wire from each op to the part it uses,
 * and the player's hands on it — move parts, wire by dragging from an op's port (or clicking the
 * port, then the part), select, pan by dragging the background, zoom with the wheel. A reveal's
 * moment shows on it: each goroutine's current op, what every resource holds, the finding's
 * places; a step forward animates its effect along the wire.
 */
final class CanvasView extends Pane {
    /** Pixels (at 100%) per unit of a part's layout x and y, so the levels' layouts leave room between pieces. */
    static final double UNIT = 1.25;
    /** Parts snap to this grid, in layout units. */
    static final double GRID = 10;
    static final double MIN_ZOOM = 0.35;
    static final double MAX_ZOOM = 2.0;

    /** What is selected: a part, and maybe one of its ops. */
    record Selection(String part, String path) {}

    /** A wire drawn from an op's port to a part. */
    record Wire(String goroutine, String path, String field, String target, CubicCurve curve) {}

    /** An op reference waiting for its part to be clicked. */
    private record PendingWire(String goroutine, String path, String field, Circle port) {}

    private final EditModel model;
    private final Pane world = new Pane();
    private final Group wireLayer = new Group();
    private final Group overlay = new Group();
    private final Scale zoom = new Scale(1, 1, 0, 0);
    private final Translate pan = new Translate();
    private final Map<String, PartNode> nodes = new LinkedHashMap<>();
    private final List<Wire> wires = new ArrayList<>();
    private final ObjectProperty<Trace.Moment> moment = new SimpleObjectProperty<>(this, "moment");
    private final ObjectProperty<Finding> finding = new SimpleObjectProperty<>(this, "finding");
    private final ObjectProperty<Selection> selection = new SimpleObjectProperty<>(this, "selection");
    private final Line rubberBand = new Line();

    private PendingWire pending;
    private Point2D pressScene;
    private Point2D pressLayout;
    private boolean dragging;
    private boolean fitted;
    private Trace.Moment shownMoment;
    private int animations;
    /** A race's spark between its two accesses, while a race is shown. */
    private final RaceSpark spark = new RaceSpark();
    /** A deadlock's freeze and its pulsing wait-for cycle, while a frozen moment is shown. */
    private final DeadlockFreeze freeze = new DeadlockFreeze();

    CanvasView(EditModel model) {
        this.model = model;
        getStyleClass().add("canvas");
        setId("canvas");
        setFocusTraversable(true);  // Tab reaches the canvas; its keys then go through parts and ops
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        world.getTransforms().setAll(pan, zoom);
        world.setPickOnBounds(false);
        world.getStyleClass().add("canvas-world");
        world.setManaged(false);
        rubberBand.getStyleClass().add("rubber-band");
        rubberBand.setVisible(false);
        rubberBand.setMouseTransparent(true);
        overlay.setMouseTransparent(true);
        overlay.getChildren().addAll(rubberBand, spark, freeze);
        getChildren().add(world);
        initListeners();
        rebuild();
    }

    private void initListeners() {
        model.designProperty().addListener((o, old, d) -> rebuild());
        moment.addListener((o, old, m) -> showMoment(m));
        finding.addListener((o, old, f) -> showFinding(f));
        selection.addListener((o, old, s) -> showSelection(s));
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::backgroundPressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::backgroundDragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, this::backgroundReleased);
        addEventHandler(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() != 0) {
                zoomAt(zoom.getX() * (e.getDeltaY() > 0 ? 1.1 : 1 / 1.1), e.getX(), e.getY());
                e.consume();
            }
        });
        widthProperty().addListener((o, a, b) -> fitOnce());
        heightProperty().addListener((o, a, b) -> fitOnce());
    }

    // ------------------------------------------------------------------ building

    private void rebuild() {
        Design d = model.design();
        nodes.clear();
        world.getChildren().clear();
        world.getChildren().add(wireLayer);
        int g = 0;
        for (Part p : d.parts()) {
            PartNode n = p instanceof Part.Goroutine gr ? new GoroutineNode(gr, g++) : new ResourceNode(p);
            nodes.put(p.id(), n);
            hook(n);
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
        freeze.thaw(this);  // its rings followed the cards just replaced
        shownMoment = null;
        showMoment(moment.get());
        showFinding(finding.get());
        world.applyCss();
        world.layout();
        layoutWires();
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
        if (pressScene == null || !dragging) {
            spreadOut();  // never under the player's hand mid-drag
        }
        layoutWires();
    }

    /** The room kept between two cards that had to move apart. */
    private static final double CARD_GAP = 16;

    /**
     * Cards stand where the design puts them, unless their text (a larger font in projector mode,
     * a long op) made one reach over a card before it: then it moves right, past every card it
     * would overlap. The design keeps its positions; only the view makes room.
     */
    private void spreadOut() {
        List<PartNode> placed = new ArrayList<>();
        for (PartNode n : nodes.values()) {
            double x = n.homeX();
            double y = n.homeY();
            for (int tries = 0; tries < nodes.size(); tries++) {
                PartNode hit = null;
                for (PartNode o : placed) {
                    if (x < o.getLayoutX() + o.getWidth() + CARD_GAP && o.getLayoutX() < x + n.getWidth() + CARD_GAP
                            && y < o.getLayoutY() + o.getHeight() + CARD_GAP && o.getLayoutY() < y + n.getHeight() + CARD_GAP) {
                        hit = o;
                        break;
                    }
                }
                if (hit == null) {
                    break;
                }
                x = hit.getLayoutX() + hit.getWidth() + CARD_GAP;
            }
            if (n.getLayoutX() != x || n.getLayoutY() != y) {
                n.relocate(x, y);
            }
            placed.add(n);
        }
    }

    private void hook(PartNode n) {
        n.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> nodePressed(n, e));
        n.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> nodeDragged(n, e));
        n.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> nodeReleased(n, e));
        n.hoverProperty().addListener((o, was, on) -> lightWires(w -> w.target().equals(n.part().id())
                || w.goroutine().equals(n.part().id()), on));
        if (n instanceof GoroutineNode gn) {
            for (GoroutineNode.Row r : gn.rows()) {
                r.hoverProperty().addListener((o, was, on) -> {
                    lightWires(w -> w.goroutine().equals(gn.part().id()) && r.line.path() != null
                            && w.path().equals(r.line.path()) && r.ports.containsKey(w.field()), on);
                });
                for (Circle port : r.ports.values()) {
                    Tooltip.install(port, new Tooltip("Drag to a part to wire " + r.line.text().strip()
                            + " (or click here, then click the part)"));
                }
            }
        }
    }

    /** Draws every wire from its op's port to its part. */
    void layoutWires() {
        wireLayer.getChildren().clear();
        wires.clear();
        Design d = model.design();
        for (PartNode n : nodes.values()) {
            if (!(n instanceof GoroutineNode gn)) {
                continue;
            }
            for (GoroutineNode.Row r : gn.rows()) {
                if (r.line.path() == null) {
                    continue;
                }
                Op op = OpTree.find(gn.goroutine().ops(), r.line.path());
                if (op == null) {
                    continue;
                }
                for (OpFields.Ref ref : OpFields.refs(op)) {
                    Circle port = r.ports.get(ref.field());
                    PartNode target = ref.target() == null ? null : nodes.get(ref.target());
                    if (port == null || target == null || port.getScene() == null && getScene() != null) {
                        continue;
                    }
                    Point2D from = toWorld(port);
                    if (from == null) {
                        continue;
                    }
                    CubicCurve c = curve(from, target.getBoundsInParent());
                    c.getStyleClass().add("wire");
                    c.setStyle("-fx-stroke: " + gn.colour() + ";");
                    String words = gn.part().id() + ": " + r.line.text().strip() + "  →  " + ref.target();
                    Tooltip.install(c, new Tooltip(words));
                    c.setUserData(words);
                    Wire w = new Wire(gn.part().id(), r.line.path(), ref.field(), ref.target(), c);
                    c.hoverProperty().addListener((o, was, on) -> lightWires(x -> x == w, on));
                    wires.add(w);
                    wireLayer.getChildren().add(c);
                }
            }
        }
        if (d != null) {
            showFinding(finding.get());
            markActive(moment.get());
        }
    }

    /** Marks the wire of the op the shown step ran as active (wider and dashed, not by hue alone). */
    private void markActive(Trace.Moment m) {
        String template = m == null ? null : m.step().actor().equals("main") ? mainId()
                : m.goroutine(m.step().actor()).map(Trace.GoroutineView::template).orElse(null);
        for (Wire w : wires) {
            w.curve().getStyleClass().remove("active");
            if (template != null && w.goroutine().equals(template) && w.path().equals(m.step().path())) {
                w.curve().getStyleClass().add("active");
            }
        }
        freeze.markWires(wires);
    }

    private Point2D toWorld(Node n) {
        Bounds b = n.localToScene(n.getBoundsInLocal());
        if (b == null) {
            return null;
        }
        return world.sceneToLocal(b.getCenterX(), b.getCenterY());
    }

    private static CubicCurve curve(Point2D from, Bounds to) {
        double tx;
        double ty;
        double nx = 0;
        double ny = 0;
        if (from.getY() > to.getMaxY() + 10) {
            tx = to.getCenterX();
            ty = to.getMaxY();
            ny = 1;
        } else if (from.getY() < to.getMinY() - 10) {
            tx = to.getCenterX();
            ty = to.getMinY();
            ny = -1;
        } else if (from.getX() < to.getCenterX()) {
            tx = to.getMinX();
            ty = to.getCenterY();
            nx = -1;
        } else {
            tx = to.getMaxX();
            ty = to.getCenterY();
            nx = 1;
        }
        double reach = Math.max(40, Math.min(140, from.distance(tx, ty) / 2));
        return new CubicCurve(from.getX(), from.getY(), from.getX() + reach, from.getY(),
                tx + nx * reach, ty + ny * reach, tx, ty);
    }

    private void lightWires(java.util.function.Predicate<Wire> which, boolean on) {
        for (Wire w : wires) {
            if (which.test(w)) {
                w.curve().getStyleClass().remove("lit");
                if (on) {
                    w.curve().getStyleClass().add("lit");
                    w.curve().toFront();
                }
                PartNode t = nodes.get(w.target());
                if (t != null) {
                    t.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("highlit"), on || t.isHover());
                }
            }
        }
    }

    // ------------------------------------------------------------------ mouse on parts

    private void nodePressed(PartNode n, MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        e.consume();
        requestFocus();
        pressScene = new Point2D(e.getSceneX(), e.getSceneY());
        pressLayout = new Point2D(n.getLayoutX(), n.getLayoutY());
        dragging = false;
        Circle port = portAt(e);
        if (port != null && n instanceof GoroutineNode gn) {
            GoroutineNode.Row r = rowAt(e);
            pending = new PendingWire(gn.part().id(), r.line.path(), (String) port.getUserData(), port);
            Point2D p = toWorld(port);
            rubberBand.setStartX(p.getX());
            rubberBand.setStartY(p.getY());
            rubberBand.setEndX(p.getX());
            rubberBand.setEndY(p.getY());
        }
    }

    private void nodeDragged(PartNode n, MouseEvent e) {
        if (pressScene == null) {
            return;
        }
        e.consume();
        double dx = (e.getSceneX() - pressScene.getX()) / zoom.getX();
        double dy = (e.getSceneY() - pressScene.getY()) / zoom.getY();
        if (!dragging && Math.hypot(dx, dy) < 4) {
            return;
        }
        dragging = true;
        if (pending != null && pending.port() != null) {
            Point2D p = world.sceneToLocal(e.getSceneX(), e.getSceneY());
            rubberBand.setEndX(p.getX());
            rubberBand.setEndY(p.getY());
            rubberBand.setVisible(true);
            rubberBand.setStyle("-fx-stroke: " + ((GoroutineNode) nodes.get(pending.goroutine())).colour() + ";");
            return;
        }
        if (!model.rules().readOnly() && !n.locked()) {
            n.relocate(pressLayout.getX() + dx, pressLayout.getY() + dy);
            layoutWires();
        }
    }

    private void nodeReleased(PartNode n, MouseEvent e) {
        if (pressScene == null) {
            return;
        }
        e.consume();
        pressScene = null;
        if (pending != null && pending.port() != null && dragging) {
            rubberBand.setVisible(false);
            PendingWire w = pending;
            pending = null;
            PartNode target = nodeAtScene(e.getSceneX(), e.getSceneY(), w.goroutine());
            if (target == null) {
                model.say("Drop the wire on a part to connect it (or click the ● port, then the part)");
            } else {
                wire(w, target.part().id());
            }
            return;
        }
        if (dragging) {
            dragging = false;
            if (n.locked() || model.rules().readOnly()) {
                model.apply(new Edit.MovePart(n.part().id(), n.getLayoutX() / UNIT, n.getLayoutY() / UNIT));
                return;
            }
            double x = snap(n.getLayoutX() / UNIT);
            double y = snap(n.getLayoutY() / UNIT);
            if (!model.apply(new Edit.MovePart(n.part().id(), x, y))) {
                n.relocate(pressLayout.getX(), pressLayout.getY());
                layoutWires();
            }
            return;
        }
        clicked(n, e);
    }

    private void clicked(PartNode n, MouseEvent e) {
        if (pending != null && pending.port() != null && rowAt(e) != null && portAt(e) == pending.port()) {
            // a click on a port: wait for the part to wire it to
            n.getStyleClass().add("wiring");
            pending.port().getStyleClass().add("armed");
            model.say("Now click the part to wire " + lineText(pending) + " to (Esc cancels)");
            pending = new PendingWire(pending.goroutine(), pending.path(), pending.field(), null);
            armed = true;
            return;
        }
        if (armed && pending != null) {
            PendingWire w = pending;
            cancelWire();
            wire(w, n.part().id());
            return;
        }
        pending = null;
        GoroutineNode.Row r = rowAt(e);
        selection.set(new Selection(n.part().id(), r != null && r.line.head() ? r.line.path() : null));
    }

    private boolean armed;

    private String lineText(PendingWire w) {
        PartNode n = nodes.get(w.goroutine());
        if (n instanceof GoroutineNode gn) {
            GoroutineNode.Row r = gn.row(w.path(), w.field());
            if (r != null) {
                return r.line.text().strip();
            }
        }
        return w.path();
    }

    private void wire(PendingWire w, String target) {
        model.apply(new Edit.Wire(w.goroutine(), w.path(), w.field(), target));
    }

    /** Cancels a wire being made; true if there was one. */
    boolean cancelWire() {
        boolean had = pending != null || armed;
        pending = null;
        armed = false;
        rubberBand.setVisible(false);
        nodes.values().forEach(n -> n.getStyleClass().remove("wiring"));
        world.lookupAll(".port").forEach(p -> p.getStyleClass().remove("armed"));
        if (had) {
            model.say("");
        }
        return had;
    }

    boolean wiring() {
        return armed;
    }

    private static Circle portAt(MouseEvent e) {
        Node n = e.getPickResult() == null ? null : e.getPickResult().getIntersectedNode();
        while (n != null) {
            if (n instanceof Circle c && c.getStyleClass().contains("port")) {
                return c;
            }
            n = n.getParent();
        }
        return null;
    }

    private static GoroutineNode.Row rowAt(MouseEvent e) {
        Node n = e.getPickResult() == null ? null : e.getPickResult().getIntersectedNode();
        while (n != null) {
            if (n instanceof GoroutineNode.Row r) {
                return r;
            }
            n = n.getParent();
        }
        return null;
    }

    private PartNode nodeAtScene(double x, double y, String except) {
        PartNode found = null;
        for (PartNode n : nodes.values()) {
            Bounds b = n.localToScene(n.getBoundsInLocal());
            if (b.contains(x, y) && (!n.part().id().equals(except) || found == null)) {
                found = n;
            }
        }
        return found;
    }

    private static double snap(double v) {
        return Math.max(0, Math.round(v / GRID) * GRID);
    }

    // ------------------------------------------------------------------ background: pan, deselect

    private Point2D panFrom;
    private Point2D panStart;

    private void backgroundPressed(MouseEvent e) {
        if (e.isConsumed()) {
            return;
        }
        requestFocus();
        panFrom = new Point2D(e.getSceneX(), e.getSceneY());
        panStart = new Point2D(pan.getX(), pan.getY());
    }

    private void backgroundDragged(MouseEvent e) {
        if (panFrom == null || e.isConsumed()) {
            return;
        }
        pan.setX(panStart.getX() + e.getSceneX() - panFrom.getX());
        pan.setY(panStart.getY() + e.getSceneY() - panFrom.getY());
        getStyleClass().remove("panning");
        getStyleClass().add("panning");
    }

    private void backgroundReleased(MouseEvent e) {
        if (panFrom == null || e.isConsumed()) {
            return;
        }
        boolean moved = panFrom.distance(e.getSceneX(), e.getSceneY()) > 3;
        panFrom = null;
        getStyleClass().remove("panning");
        if (!moved) {
            if (!cancelWire()) {
                selection.set(null);
            }
        }
    }

    // ------------------------------------------------------------------ zoom

    /** Zooms to {@code z} keeping the canvas point (x, y) in place. */
    void zoomAt(double z, double x, double y) {
        double k = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, z));
        double r = k / zoom.getX();
        pan.setX(x - (x - pan.getX()) * r);
        pan.setY(y - (y - pan.getY()) * r);
        zoom.setX(k);
        zoom.setY(k);
    }

    void zoomBy(double factor) {
        zoomAt(zoom.getX() * factor, getWidth() / 2, getHeight() / 2);
    }

    double zoom() {
        return zoom.getX();
    }

    javafx.beans.property.DoubleProperty zoomProperty() {
        return zoom.xProperty();
    }

    // ------------------------------------------------------------------ keyboard

    /**
     * Selects the next (or, for a negative step, the previous) item in reading order: each part,
     * then each op line of a goroutine; with {@code partsOnly}, the next part. The selection is
     * panned into view. False when the step would go past either end (Tab then leaves the canvas).
     */
    boolean selectNext(int step, boolean partsOnly) {
        List<Selection> items = new ArrayList<>();
        for (PartNode n : nodes.values()) {
            items.add(new Selection(n.part().id(), null));
            if (!partsOnly && n instanceof GoroutineNode g) {
                for (GoroutineNode.Row r : g.rows()) {
                    if (r.line.head() && r.line.path() != null) {
                        items.add(new Selection(n.part().id(), r.line.path()));
                    }
                }
            }
        }
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
        node(s.part()).ifPresent(this::panIntoView);
        return true;
    }

    /** Pans (at the same zoom) so that {@code n} shows whole, if it fits. */
    private void panIntoView(PartNode n) {
        Bounds b = sceneToLocal(n.localToScene(n.getLayoutBounds()));
        if (b == null) {
            return;
        }
        double margin = 16;
        double dx = b.getMinX() < margin ? margin - b.getMinX()
                : b.getMaxX() > getWidth() - margin ? Math.max(getWidth() - margin - b.getMaxX(), margin - b.getMinX()) : 0;
        double dy = b.getMinY() < margin ? margin - b.getMinY()
                : b.getMaxY() > getHeight() - margin ? Math.max(getHeight() - margin - b.getMaxY(), margin - b.getMinY()) : 0;
        pan.setX(pan.getX() + dx);
        pan.setY(pan.getY() + dy);
    }

    /**
     * The view a level opens at: readable text first. At 100 % every canvas text is at least the
     * readable size (12 px, 22 px in projector mode), so the fit never zooms out below it; a design
     * larger than the canvas is shown from its top left (centred when it is narrower), and the
     * player pans for the rest.
     */
    void fit() {
        fit(READABLE_ZOOM);
    }

    /** Zooms out (down to the smallest zoom if need be) until the whole design shows, at most 100 %. */
    void fitAll() {
        fit(MIN_ZOOM);
    }

    /** The zoom at which canvas text is at its readable size. */
    static final double READABLE_ZOOM = 1.0;

    private void fit(double floor) {
        Bounds all = null;
        for (PartNode n : nodes.values()) {
            all = all == null ? n.getBoundsInParent() : union(all, n.getBoundsInParent());
        }
        if (all == null || getWidth() <= 0 || getHeight() <= 0) {
            zoom.setX(1);
            zoom.setY(1);
            pan.setX(0);
            pan.setY(0);
            return;
        }
        double margin = 24;
        double k = Math.min(1, Math.min((getWidth() - 2 * margin) / all.getWidth(), (getHeight() - 2 * margin) / all.getHeight()));
        k = Math.max(floor, k);
        zoom.setX(k);
        zoom.setY(k);
        pan.setX(margin - all.getMinX() * k + Math.max(0, (getWidth() - 2 * margin - all.getWidth() * k) / 2));
        pan.setY(margin - all.getMinY() * k);
    }

    private void fitOnce() {
        if (!fitted && getWidth() > 50 && getHeight() > 50) {
            fitted = true;
            applyCss();
            layout();
            fit();
        }
    }

    private static Bounds union(Bounds a, Bounds b) {
        double x0 = Math.min(a.getMinX(), b.getMinX());
        double y0 = Math.min(a.getMinY(), b.getMinY());
        double x1 = Math.max(a.getMaxX(), b.getMaxX());
        double y1 = Math.max(a.getMaxY(), b.getMaxY());
        return new javafx.geometry.BoundingBox(x0, y0, x1 - x0, y1 - y0);
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

    private String mainId() {
        return model.design().goroutines().stream().filter(g -> g.start() == Part.Start.MAIN)
                .map(Part::id).findFirst().orElse("main");
    }

    private void showMoment(Trace.Moment m) {
        Design d = model.design();
        for (PartNode n : nodes.values()) {
            if (n instanceof ResourceNode r) {
                ResourceSnapshot s = m == null ? null : m.resource(n.part().id()).orElse(null);
                r.show(s, m, d);
            } else if (n instanceof GoroutineNode g) {
                g.mark(m, mainId());
            }
        }
        Trace.Moment before = shownMoment;
        shownMoment = m;
        freeze.show(WaitCycle.at(m, d, mainId()), this, nodes, Motion.of(this));
        markActive(m);
        if (m != null && before != null && m.step().number() == before.step().number() + 1 && getScene() != null) {
            world.applyCss();
            world.layout();
            layoutWires();
            animate(m);
        }
    }

    private void showFinding(Finding f) {
        List<Site> where = f == null ? List.of() : f.where();
        for (PartNode n : nodes.values()) {
            if (n instanceof GoroutineNode g) {
                g.flag(where, mainId());
            } else {
                n.setSite(where.stream().anyMatch(s -> n.part().id().equals(s.part())));
            }
        }
        for (Wire w : wires) {
            boolean site = where.stream().anyMatch(s -> w.path().equals(s.path())
                    && w.goroutine().equals(s.goroutine().equals("main") ? mainId() : s.template()));
            w.curve().getStyleClass().remove("site");
            if (site) {
                w.curve().getStyleClass().add("site");
            }
        }
        showSpark(f);
    }

    /** A race sparks between its two flagged accesses (see {@link RaceSpark}). */
    private void showSpark(Finding f) {
        List<Point2D> at = new ArrayList<>();
        if (f != null && f.kind() == org.interleave.engine.Kind.RACE && getScene() != null) {
            nodes.values().stream().filter(n -> n instanceof GoroutineNode).flatMap(n -> ((GoroutineNode) n).siteFlags().stream())
                    .map(this::toWorld).filter(p -> p != null).forEach(at::add);
        }
        spark.show(at, Motion.of(this));
    }

    /** The shapes of the race's spark now shown (none without a race). */
    int sparkShapes() {
        return spark.shapes();
    }

    /** Whether the race's spark flickers now. */
    boolean sparkling() {
        return spark.sparkling();
    }

    /** The deadlock's freeze on the board (its cycle, rings and pulse). */
    DeadlockFreeze freeze() {
        return freeze;
    }

    /** Shows the step's effect: a value token travelling along the op's wire, a lock changing hands. */
    private void animate(Trace.Moment m) {
        StepRecord step = m.step();
        String template = step.actor().equals("main") ? mainId()
                : m.goroutine(step.actor()).map(Trace.GoroutineView::template).orElse(null);
        if (template == null) {
            return;
        }
        Optional<Wire> wire = wires.stream().filter(w -> w.goroutine().equals(template) && w.path().equals(step.path()))
                .findFirst();
        if (wire.isEmpty()) {
            return;
        }
        Motion motion = Motion.of(this);
        if (motion.reduced()) {
            return; // the parts show the step's effect as it stands; nothing travels
        }
        Wire w = wire.get();
        Part.Goroutine g = (Part.Goroutine) model.design().part(template).orElse(null);
        Op op = g == null ? null : OpTree.find(g.ops(), step.path());
        PartNode target = nodes.get(w.target());
        boolean outward = !(op instanceof Op.Recv || op instanceof Op.Range || op instanceof Op.Select);
        String value = tokenValue(op, m, w.target());
        CubicCurve c = w.curve();
        Path path = new Path(new MoveTo(c.getStartX(), c.getStartY()), new CubicCurveTo(c.getControlX1(), c.getControlY1(),
                c.getControlX2(), c.getControlY2(), c.getEndX(), c.getEndY()));
        if (!outward) {
            path = new Path(new MoveTo(c.getEndX(), c.getEndY()), new CubicCurveTo(c.getControlX2(), c.getControlY2(),
                    c.getControlX1(), c.getControlY1(), c.getStartX(), c.getStartY()));
        }
        StackPane token = new StackPane(new Circle(10), new Label(value));
        token.getStyleClass().add("token");
        token.getChildren().get(0).setStyle("-fx-fill: " + ((GoroutineNode) nodes.get(template)).colour() + ";");
        token.setMouseTransparent(true);
        overlay.getChildren().add(token);
        token.setLayoutX(-10);
        token.setLayoutY(-10);
        PathTransition move = new PathTransition(Duration.millis(450 / motion.speed()), path, token);
        animations++;
        move.setOnFinished(e -> {
            overlay.getChildren().remove(token);
            if (target != null) {
                pulse(target);
            }
        });
        move.play();
    }

    private static String tokenValue(Op op, Trace.Moment m, String target) {
        if (op instanceof Op.Send && m.resource(target).orElse(null) instanceof ResourceSnapshot.Channel ch
                && !ch.buffer().isEmpty()) {
            return Long.toString(ch.buffer().get(ch.buffer().size() - 1));
        }
        if (op instanceof Op.Send s && s.value() instanceof org.interleave.engine.expr.Expr.IntLit v) {
            return Long.toString(v.value());
        }
        return op == null ? "•" : switch (op) {
            case Op.Lock l -> "L";
            case Op.Unlock l -> "U";
            case Op.Done d -> "−1";
            case Op.Add a -> "+";
            case Op.Emit e -> "•";
            default -> "•";
        };
    }

    private static void pulse(Node n) {
        ScaleTransition s = new ScaleTransition(Duration.millis(160), n);
        s.setFromX(1);
        s.setFromY(1);
        s.setToX(1.06);
        s.setToY(1.06);
        s.setAutoReverse(true);
        s.setCycleCount(2);
        s.play();
    }

    // ------------------------------------------------------------------ access

    /** How many step effects have been animated (a token sent along a wire) since the canvas was made. */
    int animations() {
        return animations;
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

    List<Wire> wires() {
        return List.copyOf(wires);
    }

    /** The words of an op for messages. */
    static String words(Op op) {
        return OpText.of(op);
    }
}
