package org.interleave.app.audit;

import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;

/**
 * Whether a scroll pane's sideways bar lies over its content where no scrolling moves the content
 * out from under it: a row taller than the view left above the bar, which cannot scroll up or
 * down (a palette whose tiles the bar cut at the foot of their names). Each node is there and
 * whole to the other rules, but the bar hides part of it whatever the reader does. (An upright
 * bar over a column wider than its view is content wider than a view that cannot scroll
 * sideways, cut whether a bar shows or not: a rule of its own, {@code cut-by-scroll}, which
 * reports content past its view in a way its pane never scrolls.)
 */
final class ScrollBars {
    private final PanelFit.Report report;

    ScrollBars(PanelFit.Report report) {
        this.report = report;
    }

    void check(ScrollPane pane, String prefix) {
        ScrollBar across = null;
        boolean down = false;
        Node viewport = null;
        for (Node n : pane.getChildrenUnmodifiable()) {
            if (n.getStyleClass().contains("viewport")) {
                viewport = n;
            }
            if (n instanceof ScrollBar bar && bar.isVisible()) {
                if (bar.getOrientation() == Orientation.HORIZONTAL) {
                    across = bar;
                } else {
                    down = true;
                }
            }
        }
        Node content = pane.getContent();
        if (viewport != null && content != null && content.isVisible()) {
            cut(pane, content, viewport, prefix);
        }
        // a bar covers for good only where the other way does not scroll
        if (across != null && !down && content != null && content.isVisible()) {
            covered(pane, content, across, prefix);
        }
    }

    /**
     * Content larger than the view in a way the pane does not scroll (its bar that way is never
     * shown): its far side is cut by the view's clip, which every other rule takes for a scroll.
     */
    private void cut(ScrollPane pane, Node content, Node viewport, String prefix) {
        Bounds c = content.localToScene(content.getLayoutBounds());
        Bounds v = viewport.localToScene(viewport.getLayoutBounds());
        String name = prefix + LayoutAudit.describe(content) + " in " + LayoutAudit.describe(pane);
        if (pane.getHbarPolicy() == ScrollPane.ScrollBarPolicy.NEVER && c.getWidth() > v.getWidth() + Boxes.TOLERANCE) {
            report.add("cut-by-scroll", name, Boxes.fmt(c.getWidth() - v.getWidth()) + " px of " + Boxes.rect(c)
                    + " past its view " + Boxes.rect(v) + ", which does not scroll sideways");
        }
        if (pane.getVbarPolicy() == ScrollPane.ScrollBarPolicy.NEVER && c.getHeight() > v.getHeight() + Boxes.TOLERANCE) {
            report.add("cut-by-scroll", name, Boxes.fmt(c.getHeight() - v.getHeight()) + " px of " + Boxes.rect(c)
                    + " past its view " + Boxes.rect(v) + ", which does not scroll up or down");
        }
    }

    private void covered(ScrollPane pane, Node content, ScrollBar bar, String prefix) {
        Bounds c = content.localToScene(content.getLayoutBounds());
        Bounds b = bar.localToScene(bar.getLayoutBounds());
        Bounds under = Boxes.intersect(c, b);
        if (under != null && under.getHeight() > Boxes.TOLERANCE) {
            report.add("under-scroll-bar", prefix + LayoutAudit.describe(content) + " in " + LayoutAudit.describe(pane),
                    "the sideways bar " + Boxes.rect(b) + " covers " + Boxes.fmt(under.getHeight()) + " px of "
                            + Boxes.rect(c) + ", which cannot scroll up");
        }
    }
}
