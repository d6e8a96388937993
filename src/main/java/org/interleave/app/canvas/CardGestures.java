package org.interleave.app.canvas;

import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;

/**
 * The player's hands on the cards: drag a card to move it (it snaps to the grid; a locked card
 * goes back), drag from an op's ● port to a part — or click the port, then the part — to wire the
 * op to it, and click a card or one of its ops to select it.
 */
final class CardGestures {
    /** An op reference waiting for its part: dragged from its port, or (port null) armed by a click. */
    private record PendingWire(String goroutine, String path, String field, Circle port) {}

    private final EditModel model;
    private final Pane canvas;
    private final Pane world;
    private final Map<String, PartNode> nodes;
    private final WireLayer wires;
    private final CanvasViewport viewport;
    private final ObjectProperty<CanvasView.Selection> selection;
    private final Runnable relayWires;
    private final Line rubberBand = new Line();

    private PendingWire pending;
    private boolean armed;
    private Point2D pressScene;
    private Point2D pressLayout;
    private boolean dragging;

    CardGestures(EditModel model, Pane canvas, Pane world, Map<String, PartNode> nodes, WireLayer wires,
                 CanvasViewport viewport, ObjectProperty<CanvasView.Selection> selection, Runnable relayWires) {
        this.model = model;
        this.canvas = canvas;
        this.world = world;
        this.nodes = nodes;
        this.wires = wires;
        this.viewport = viewport;
        this.selection = selection;
        this.relayWires = relayWires;
        rubberBand.getStyleClass().add("rubber-band");
        rubberBand.setVisible(false);
        rubberBand.setMouseTransparent(true);
    }

    /** The line drawn from a port to the pointer while a wire is dragged (for the overlay). */
    Line rubberBand() {
        return rubberBand;
    }

    /** Listens to the mouse on a card; hovering a card or a line lights its wires. */
    void hook(PartNode n) {
        n.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> pressed(n, e));
        n.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> dragged(n, e));
        n.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> released(n, e));
        n.hoverProperty().addListener((o, was, on) -> wires.light(w -> w.target().equals(n.part().id())
                || w.goroutine().equals(n.part().id()), on));
        if (n instanceof GoroutineNode gn) {
            for (GoroutineNode.Row r : gn.rows()) {
                r.hoverProperty().addListener((o, was, on) -> {
                    wires.light(w -> w.goroutine().equals(gn.part().id()) && r.line.path() != null
                            && w.path().equals(r.line.path()) && r.ports.containsKey(w.field()), on);
                });
                for (Circle port : r.ports.values()) {
                    javafx.scene.control.Tooltip.install(port, new javafx.scene.control.Tooltip("Drag to a part to wire "
                            + r.line.text().strip() + " (or click here, then click the part)"));
                }
            }
        }
    }

    /** What the keyboard steps through, in reading order: each part, then each op line of a goroutine (none with {@code partsOnly}). */
    static java.util.List<CanvasView.Selection> readingOrder(java.util.Collection<PartNode> nodes, boolean partsOnly) {
        java.util.List<CanvasView.Selection> items = new java.util.ArrayList<>();
        for (PartNode n : nodes) {
            items.add(new CanvasView.Selection(n.part().id(), null));
            if (!partsOnly && n instanceof GoroutineNode g) {
                for (GoroutineNode.Row r : g.rows()) {
                    if (r.line.head() && r.line.path() != null) {
                        items.add(new CanvasView.Selection(n.part().id(), r.line.path()));
                    }
                }
            }
        }
        return items;
    }

    /** Whether a card is under the player's hand, mid-drag. */
    boolean dragging() {
        return pressScene != null && dragging;
    }

    private void pressed(PartNode n, MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        e.consume();
        canvas.requestFocus();
        pressScene = new Point2D(e.getSceneX(), e.getSceneY());
        pressLayout = new Point2D(n.getLayoutX(), n.getLayoutY());
        dragging = false;
        Circle port = portAt(e);
        if (port != null && n instanceof GoroutineNode gn) {
            GoroutineNode.Row r = rowAt(e);
            pending = new PendingWire(gn.part().id(), r.line.path(), (String) port.getUserData(), port);
            Point2D p = wires.toWorld(port);
            rubberBand.setStartX(p.getX());
            rubberBand.setStartY(p.getY());
            rubberBand.setEndX(p.getX());
            rubberBand.setEndY(p.getY());
        }
    }

    private void dragged(PartNode n, MouseEvent e) {
        if (pressScene == null) {
            return;
        }
        e.consume();
        double dx = (e.getSceneX() - pressScene.getX()) / viewport.zoom();
        double dy = (e.getSceneY() - pressScene.getY()) / viewport.zoom();
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
            relayWires.run();
        }
    }

    private void released(PartNode n, MouseEvent e) {
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
                model.announce(new EditModel.Change.WireDropped());
            } else {
                wire(w, target.part().id());
            }
            return;
        }
        if (dragging) {
            dragging = false;
            if (n.locked() || model.rules().readOnly()) {
                model.apply(new Edit.MovePart(n.part().id(), n.getLayoutX() / CanvasView.UNIT, n.getLayoutY() / CanvasView.UNIT));
                return;
            }
            double x = CanvasView.snap(n.getLayoutX() / CanvasView.UNIT);
            double y = CanvasView.snap(n.getLayoutY() / CanvasView.UNIT);
            if (!model.apply(new Edit.MovePart(n.part().id(), x, y))) {
                n.relocate(pressLayout.getX(), pressLayout.getY());
                relayWires.run();
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
        selection.set(new CanvasView.Selection(n.part().id(), r != null && r.line.head() ? r.line.path() : null));
    }

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

    /** The player lets go of a wire being made (Esc, a click on the background): cancels it, and says so once; true if there was one. */
    boolean dropWire() {
        if (!cancelWire()) {
            return false;
        }
        model.announce(new EditModel.Change.WireDropped());
        return true;
    }

    /** Cancels a wire being made, without a word (a new design loaded, the wire made); true if there was one. */
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

    /** Whether a port was clicked and waits for its part. */
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
}
