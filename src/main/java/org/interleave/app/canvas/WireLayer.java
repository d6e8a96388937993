package org.interleave.app.canvas;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.CubicCurve;
import org.interleave.engine.Site;
import org.interleave.engine.model.Op;
import org.interleave.playback.Trace;

/**
 * The canvas's wires: a curve from each op's port to the part the op uses, in its goroutine's
 * colour. A wire lights up while the pointer is over it, its op or either end; it is marked
 * active when the step shown ran its op, and as a site when a finding names its op.
 */
final class WireLayer {
    /** A wire drawn from an op's port to a part. */
    record Wire(String goroutine, String path, String field, String target, CubicCurve curve) {}

    private final Group group = new Group();
    private final List<Wire> wires = new ArrayList<>();
    private final Map<String, PartNode> nodes;
    private final Pane world;

    /** Wires between the cards of {@code nodes}, drawn in {@code world}'s coordinates. */
    WireLayer(Map<String, PartNode> nodes, Pane world) {
        this.nodes = nodes;
        this.world = world;
        // drawn anew on every layout of the world: unmanaged, so that does not ask for another one
        group.setManaged(false);
    }

    /** The wires' group, to put under the cards. */
    Group group() {
        return group;
    }

    /**
     * Draws every wire from where its port and its part stand now. A layout pass (every step of a
     * reveal, every card that changes size) calls this: when the same ports lead to the same parts
     * as before, the curves are only moved, so a layout makes no new nodes, tooltips or styles.
     */
    void draw() {
        List<Planned> plan = plan();
        if (plan.size() == wires.size() && sameWires(plan)) {
            for (int i = 0; i < plan.size(); i++) {
                shape(wires.get(i).curve(), plan.get(i).from(), plan.get(i).target().getBoundsInParent());
            }
            return;
        }
        group.getChildren().clear();
        wires.clear();
        for (Planned p : plan) {
            CubicCurve c = new CubicCurve();
            shape(c, p.from(), p.target().getBoundsInParent());
            c.getStyleClass().add("wire");
            c.setStyle("-fx-stroke: " + p.card().colour() + ";");
            Tooltip.install(c, new Tooltip(p.words()));
            c.setUserData(p.words());
            Wire w = new Wire(p.card().part().id(), p.row().line.path(), p.field(), p.targetId(), c);
            c.hoverProperty().addListener((o, was, on) -> light(x -> x == w, on));
            wires.add(w);
            group.getChildren().add(c);
        }
    }

    /** A wire to draw: from a port of a card's row to a part. */
    private record Planned(GoroutineNode card, GoroutineNode.Row row, String field, Circle port, String targetId,
                           PartNode target, Point2D from, String words) {}

    /** The wires the cards ask for now, in drawing order. */
    private List<Planned> plan() {
        List<Planned> plan = new ArrayList<>();
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
                    if (port == null || target == null || port.getScene() == null && world.getScene() != null) {
                        continue;
                    }
                    Point2D from = toWorld(port);
                    if (from == null) {
                        continue;
                    }
                    String words = gn.part().id() + ": " + r.line.text().strip() + "  →  " + ref.target();
                    plan.add(new Planned(gn, r, ref.field(), port, ref.target(), target, from, words));
                }
            }
        }
        return plan;
    }

    /** Whether the wires drawn now are those of {@code plan}: the same ports of the same cards to the same parts. */
    private boolean sameWires(List<Planned> plan) {
        for (int i = 0; i < plan.size(); i++) {
            Planned p = plan.get(i);
            Wire w = wires.get(i);
            if (!(p.row().ports.get(w.field()) == p.port() && w.goroutine().equals(p.card().part().id())
                    && w.path().equals(p.row().line.path()) && w.target().equals(p.targetId())
                    && p.words().equals(w.curve().getUserData()) && group.getChildren().contains(w.curve()))) {
                return false;
            }
        }
        return true;
    }

    /** A point of the scene in the world's coordinates. */
    Point2D sceneToWorld(double x, double y) {
        return world.sceneToLocal(x, y);
    }

    /** The centre of {@code n} in the world's coordinates, or null when it shows nowhere. */
    Point2D toWorld(Node n) {
        Bounds b = n.localToScene(n.getBoundsInLocal());
        if (b == null) {
            return null;
        }
        return world.sceneToLocal(b.getCenterX(), b.getCenterY());
    }

    /** How far a wire to a part on the port's left runs out of the port before it turns. */
    static final double PORT_STUB = 24;

    /**
     * Shapes {@code c} as a curve from a port to the nearest side of a card: its top or bottom when
     * the port is clearly above or below it, else its left or right side.
     */
    private static void shape(CubicCurve c, Point2D from, Bounds to) {
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
        // the port is on the card's right edge: toward a part on the right the wire leaves it with
        // the full reach; toward one on the left only a stub out of the port, and then it turns (the
        // full reach swung it out past the card's edge and back, a loop beside the card)
        double out = tx > from.getX() + PORT_STUB ? Math.min(reach, Math.max(PORT_STUB, (tx - from.getX()) / 2)) : PORT_STUB;
        c.setStartX(from.getX());
        c.setStartY(from.getY());
        c.setControlX1(from.getX() + out);
        c.setControlY1(from.getY());
        // and it comes into the part no further out than half the way across: past the port, it looped back
        double in = Math.min(reach, Math.max(PORT_STUB, (ny != 0 ? Math.abs(from.getY() - ty) : Math.abs(from.getX() - tx)) / 2));
        c.setControlX2(tx + nx * in);
        c.setControlY2(ty + ny * in);
        c.setEndX(tx);
        c.setEndY(ty);
    }

    /** Marks the wire of the op the shown step ran as active (wider and dashed, not by hue alone). */
    void markActive(Trace.Moment m, String mainId) {
        String template = m == null ? null : m.step().actor().equals("main") ? mainId
                : m.goroutine(m.step().actor()).map(Trace.GoroutineView::template).orElse(null);
        for (Wire w : wires) {
            mark(w.curve(), "active", template != null && w.goroutine().equals(template) && w.path().equals(m.step().path()));
        }
    }

    /**
     * Gives {@code curve} the style class {@code mark} or takes it away, touching its classes only
     * when that changes them: every layout marks the wires again, and a class removed and added
     * back would have their styles worked out again on the next pulse.
     */
    static void mark(CubicCurve curve, String mark, boolean on) {
        if (curve.getStyleClass().contains(mark) != on) {
            if (on) {
                curve.getStyleClass().add(mark);
            } else {
                curve.getStyleClass().remove(mark);
            }
        }
    }

    /** Marks the wires of the ops a finding names. */
    void markSites(List<Site> where, String mainId) {
        for (Wire w : wires) {
            boolean site = where.stream().anyMatch(s -> w.path().equals(s.path())
                    && w.goroutine().equals(s.goroutine().equals("main") ? mainId : s.template()));
            mark(w.curve(), "site", site);
        }
    }

    /** Lights (or dims) the wires that {@code which} picks, and the parts they lead to. */
    void light(Predicate<Wire> which, boolean on) {
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

    /** The wire of a goroutine's op at {@code path}, if it has one. */
    Optional<Wire> of(String goroutine, String path) {
        return wires.stream().filter(w -> w.goroutine().equals(goroutine) && w.path().equals(path)).findFirst();
    }

    /** The wires drawn now. */
    List<Wire> all() {
        return List.copyOf(wires);
    }
}
