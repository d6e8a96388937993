package org.interleave.app.audit;

import java.util.Locale;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;

/** Boxes in scene coordinates: where two meet, whether one holds another, and how the report writes them. */
final class Boxes {
    /** How far, in px, a box may reach past another before it counts (rounding of a layout). */
    static final double TOLERANCE = 1.0;

    private Boxes() {}

    static Bounds intersect(Bounds a, Bounds b) {
        double x0 = Math.max(a.getMinX(), b.getMinX());
        double y0 = Math.max(a.getMinY(), b.getMinY());
        double x1 = Math.min(a.getMaxX(), b.getMaxX());
        double y1 = Math.min(a.getMaxY(), b.getMaxY());
        return x1 <= x0 || y1 <= y0 ? null : new BoundingBox(x0, y0, x1 - x0, y1 - y0);
    }

    static boolean within(Bounds inner, Bounds outer) {
        return inner.getMinX() >= outer.getMinX() - TOLERANCE && inner.getMinY() >= outer.getMinY() - TOLERANCE
                && inner.getMaxX() <= outer.getMaxX() + TOLERANCE && inner.getMaxY() <= outer.getMaxY() + TOLERANCE;
    }

    static String rect(Bounds b) {
        return "[" + fmt(b.getMinX()) + "," + fmt(b.getMinY()) + " " + fmt(b.getWidth()) + "×" + fmt(b.getHeight()) + "]";
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
