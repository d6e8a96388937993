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

    /** Draws every wire again, from where its port and its part stand now. */
    void draw() {
        group.getChildren().clear();
        wires.clear();
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
                    CubicCurve c = curve(from, target.getBoundsInParent());
                    c.getStyleClass().add("wire");
                    c.setStyle("-fx-stroke: " + gn.colour() + ";");
                    String words = gn.part().id() + ": " + r.line.text().strip() + "  →  " + ref.target();
                    Tooltip.install(c, new Tooltip(words));
                    c.setUserData(words);
                    Wire w = new Wire(gn.part().id(), r.line.path(), ref.field(), ref.target(), c);
                    c.hoverProperty().addListener((o, was, on) -> light(x -> x == w, on));
                    wires.add(w);
                    group.getChildren().add(c);
                }
            }
        }
    }

    /** The centre of {@code n} in the world's coordinates, or null when it shows nowhere. */
    Point2D toWorld(Node n) {
        Bounds b = n.localToScene(n.getBoundsInLocal());
        if (b == null) {
            return null;
        }
        return world.sceneToLocal(b.getCenterX(), b.getCenterY());
    }

    /**
     * A curve from a port to the nearest side of a card: its top or bottom when the port is
     * clearly above or below it, else its left or right side.
     */
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

    /** Marks the wire of the op the shown step ran as active (wider and dashed, not by hue alone). */
    void markActive(Trace.Moment m, String mainId) {
        String template = m == null ? null : m.step().actor().equals("main") ? mainId
                : m.goroutine(m.step().actor()).map(Trace.GoroutineView::template).orElse(null);
        for (Wire w : wires) {
            w.curve().getStyleClass().remove("active");
            if (template != null && w.goroutine().equals(template) && w.path().equals(m.step().path())) {
                w.curve().getStyleClass().add("active");
            }
        }
    }

    /** Marks the wires of the ops a finding names. */
    void markSites(List<Site> where, String mainId) {
        for (Wire w : wires) {
            boolean site = where.stream().anyMatch(s -> w.path().equals(s.path())
                    && w.goroutine().equals(s.goroutine().equals("main") ? mainId : s.template()));
            w.curve().getStyleClass().remove("site");
            if (site) {
                w.curve().getStyleClass().add("site");
            }
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
