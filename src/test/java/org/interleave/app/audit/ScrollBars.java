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
 * sideways, cut whether a bar shows or not: a rule of its own, not this one.)
 */
final class ScrollBars {
    private final PanelFit.Report report;

    ScrollBars(PanelFit.Report report) {
        this.report = report;
    }

    void check(ScrollPane pane, String prefix) {
        ScrollBar across = null;
        boolean down = false;
        for (Node n : pane.getChildrenUnmodifiable()) {
            if (n instanceof ScrollBar bar && bar.isVisible()) {
                if (bar.getOrientation() == Orientation.HORIZONTAL) {
                    across = bar;
                } else {
                    down = true;
                }
            }
        }
        Node content = pane.getContent();
        // a bar covers for good only where the other way does not scroll
        if (across != null && !down && content != null && content.isVisible()) {
            covered(pane, content, across, prefix);
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
