package org.interleave.app.level;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Pane;

/**
 * A list in a scroll pane that shows its rows whole: its view ends at a row's foot, and the wheel
 * scrolls it a row at a time, each step bringing a row's top to the view's top. The goal list
 * showed a goal half cut at its foot when the column was short (1280×720, projector mode).
 */
final class WholeRows {
    private WholeRows() {}

    /**
     * How much to take off the foot of {@code scroll}'s view so that it ends at the foot of the
     * last row of {@code rows} that shows whole from the top; 0 when the rows all show, or not even
     * the first does (a view shorter than one row scrolls as it is).
     */
    static double cut(ScrollPane scroll, Pane rows) {
        double room = scroll.getHeight() - scroll.snappedTopInset() - scroll.snappedBottomInset();
        double all = rows.getHeight();
        if (room <= 0 || all <= room + 0.5) {
            return 0;
        }
        double whole = 0;
        for (Node r : rows.getChildren().filtered(Node::isManaged)) {
            double foot = r.getBoundsInParent().getMaxY() + rows.snappedBottomInset();
            if (foot <= room + 0.5) {
                whole = Math.max(whole, foot);
            }
        }
        return whole <= 0 ? 0 : Math.floor(room - whole);
    }

    /**
     * Which edges of {@code scroll}'s view, {@code view} high, cut a row of {@code rows} as it is
     * scrolled now: [top, bottom]. Such an edge fades (GoalColumn), so the row reads as going on.
     */
    static boolean[] cutEdges(ScrollPane scroll, Pane rows, double view) {
        double range = rows.getHeight() - view;
        if (range <= 0.5 || view <= 0) {
            return new boolean[] {false, false};
        }
        double top = scroll.getVvalue() * range;
        double foot = top + view;
        boolean[] cut = {false, false};
        for (Node r : rows.getChildren().filtered(Node::isManaged)) {
            javafx.geometry.Bounds b = r.getBoundsInParent();
            cut[0] |= b.getMinY() < top - 0.5 && b.getMaxY() > top + 0.5;
            cut[1] |= b.getMinY() < foot - 0.5 && b.getMaxY() > foot + 0.5;
        }
        return cut;
    }

    /** Scrolls {@code scroll} so that the next row's top (or, {@code step} negative, the previous one's) is at the view's top. */
    static void step(ScrollPane scroll, Pane rows, int step) {
        double view = scroll.getViewportBounds().getHeight();
        double range = rows.getHeight() - view;
        if (range <= 0) {
            return;
        }
        double top = scroll.getVvalue() * range;
        double to = step > 0 ? range : 0;
        boolean first = true;
        for (Node r : rows.getChildren().filtered(Node::isManaged)) {
            double y = first ? 0 : r.getBoundsInParent().getMinY();  // the first row from the list's top, padding and all
            first = false;
            if (step > 0 && y > top + 0.5) {
                to = Math.min(range, y);
                break;
            }
            if (step < 0 && y < top - 0.5) {
                to = Math.max(0, y);
            }
        }
        scroll.setVvalue(to / range);
    }
}
