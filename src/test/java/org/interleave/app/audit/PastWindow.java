package org.interleave.app.audit;

import static org.interleave.app.audit.Boxes.intersect;
import static org.interleave.app.audit.Boxes.rect;
import static org.interleave.app.audit.Boxes.within;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;

/**
 * The rule "past-window": a visible node whose box reaches past the window, uncut by any clip of
 * its own or its ancestors' (a scroll pane's viewport, the canvas's view) inside the window. The
 * window itself cuts it, so no text rule sees it: a level screen laid out 1134 px tall in a 1080 px
 * window (projector mode at 200 %, timeline open) had the timeline's foot under the window's, and
 * the audit said nothing. Only the outermost such node is named, not each node inside it.
 */
final class PastWindow {
    private final Reporter report;

    interface Reporter {
        void add(String rule, String node, String figure);
    }

    PastWindow(Reporter report) {
        this.report = report;
    }

    /** Checks {@code node} against {@code window}, the scene's box (the scene's root is the window's size). */
    void visit(Node node, Bounds window, String prefix) {
        Bounds shown = uncut(node);
        if (shown == null || shown.getWidth() <= 2 || shown.getHeight() <= 2 || within(shown, window)) {
            return;
        }
        Parent parent = node.getParent();
        Bounds around = parent == null ? null : uncut(parent);
        if (around != null && !within(around, window)) {
            return;  // its parent is past the window already, and named
        }
        report.add("past-window", prefix + LayoutAudit.describe(node), rect(shown) + " reaches past the window " + rect(window));
    }

    /** The part of {@code node}'s box, in the scene, that no clip on it or its ancestors cuts; null if none shows. */
    private static Bounds uncut(Node node) {
        Bounds b = node.localToScene(node.getLayoutBounds());
        for (Node n = node; n != null && b != null; n = n.getParent()) {
            if (n.getClip() != null) {
                b = intersect(b, n.localToScene(n.getClip().getBoundsInParent()));
            }
        }
        return b;
    }
}
