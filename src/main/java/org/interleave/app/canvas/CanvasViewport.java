package org.interleave.app.canvas;

import java.util.Collection;
import javafx.beans.property.DoubleProperty;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;

/**
 * Which part of the design the canvas shows: a zoom and a pan applied to the world the cards
 * stand in. It zooms about a point (the wheel) or the middle, fits the design (readable text
 * first), pans a card into view, and pans with a drag of the background.
 */
final class CanvasViewport {
    static final double MIN_ZOOM = 0.35;
    static final double MAX_ZOOM = 2.0;
    /** The zoom at which canvas text is at its readable size. */
    static final double READABLE_ZOOM = 1.0;

    private final Region canvas;
    private final Scale zoom = new Scale(1, 1, 0, 0);
    private final Translate pan = new Translate();
    private Point2D panFrom;
    private Point2D panStart;
    /** How much of the canvas's left and right a panel over it (the inspector) covers: a card there is not in view. */
    private double coverLeft;
    private double coverRight;
    /** Whether a card may swell as a step's token reaches it (a run or a reveal shows its moments). */
    private final java.util.function.BooleanSupplier pulses;

    /**
     * A viewport onto {@code canvas}'s world, showing it at 100 % from its top left; {@code pulses}
     * says whether its cards may swell now (see {@link #uncutTops}).
     */
    CanvasViewport(Region canvas, java.util.function.BooleanSupplier pulses) {
        this.canvas = canvas;
        this.pulses = pulses;
    }

    /** The transforms to put on the world: the pan, then the zoom. */
    Translate pan() {
        return pan;
    }

    Scale scale() {
        return zoom;
    }

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
        zoomAt(zoom.getX() * factor, canvas.getWidth() / 2, canvas.getHeight() / 2);
    }

    double zoom() {
        return zoom.getX();
    }

    DoubleProperty zoomProperty() {
        return zoom.xProperty();
    }

    /** The margin kept round a card panned into view. */
    static final double MARGIN = 16;

    /**
     * Pans (at the same zoom) so that {@code n} (a card, or a line of one) shows whole, if it fits,
     * and then so that none of {@code cards} is cut by the canvas's top edge, if a pan can keep
     * {@code n} in view: such a card shows its top (its title says what it is), or else goes out
     * of view whole. The least pan to a step's op, at the foot of a design taller than the canvas
     * (projector mode), showed the cards above it without their names.
     */
    void panIntoView(javafx.scene.Node n, Collection<PartNode> cards) {
        panIntoView(n);
        uncutTops(n, cards);
    }

    /**
     * Keeps a step's op {@code op} in view: pans to it when it is out of view (no further: the
     * cards the player knows stay near where they were), else uncuts the cards' tops only (a
     * canvas that shrank may have cut one).
     */
    void follow(javafx.scene.Node op, Collection<PartNode> cards) {
        if (!inView(op)) {
            panIntoView(op, cards);
        } else {
            uncutTops(op, cards);
        }
    }

    /**
     * After {@link #follow} panned to a step's op {@code op} in {@code card}, a card larger than the
     * canvas: pans back, each way on its own and only as far as the op's line still shows (its start
     * and its whole height), so that the card shows as the card in focus must ({@link CardFocus}):
     * whole the way it fits, and, wider than the canvas, with its left edge, where its title and
     * lines begin, in view even as it swells. The least pan to the line left write-under-rlock's
     * lookup card, wider than projector mode's canvas at 200 %, with its left edge a pixel or more
     * out, by where the step before had left the view.
     */
    void keepAround(PartNode card, javafx.scene.Node op, Collection<PartNode> cards) {
        Bounds place = placed(card);
        Bounds t = canvas.sceneToLocal(op.localToScene(op.getLayoutBounds()));
        if (place == null || t == null) {
            return;
        }
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        double swell = pulses.getAsBoolean() ? (BoardMoves.ARRIVAL_SCALE - 1) / 2 : 0;
        double gx = swell * place.getWidth();
        double gy = swell * place.getHeight();
        double dx = place.getWidth() > w - 2 * MARGIN
                ? (place.getMinX() - gx < 0 && place.getMaxX() > 0 ? MARGIN + gx - place.getMinX() : 0)
                : place.getMinX() - gx < 0 || place.getMaxX() + gx > w ? intoView(place.getMinX(), place.getWidth(), w) : 0;
        if (dx != 0 && t.getMinX() + dx >= 0 && t.getMinX() + dx < w - MARGIN) {
            pan.setX(pan.getX() + dx);
        }
        if (place.getHeight() <= h - 2 * MARGIN && (place.getMinY() - gy < 0 || place.getMaxY() + gy > h)) {
            double dy = intoView(place.getMinY(), place.getHeight(), h);
            // not at the cost of another card's top (see uncutTops)
            boolean cuts = cards.stream().filter(c -> c != card).map(this::swollen).filter(java.util.Objects::nonNull)
                    .anyMatch(b -> b.getHeight() < h && b.getMaxX() > 0 && b.getMinX() < w
                            && b.getMinY() + dy < -0.5 && b.getMaxY() + dy > 0.5);
            if (t.getMinY() + dy >= 0 && t.getMaxY() + dy <= h && !cuts) {
                pan.setY(pan.getY() + dy);
            }
        }
    }

    /**
     * Pans, the least it can, so that none of {@code cards} is cut by the canvas's top edge (each
     * shows its top or none of it), keeping {@code n} in view if not null; after a resize too, when
     * the canvas shrank under a design it showed (a timeline that opened under it). A card is judged
     * by its place, not by its size mid-pulse, and one out of view stays out while it swells (a token
     * reached it): put with its foot on the edge, its pulse showed a 1.4 px sliver of it. With no
     * run or reveal shown no card swells, and a card is judged by its own box: grown by a pulse that
     * never comes, the mutex's foot 7 px into the level editor's canvas could be put out of view by
     * no pan that kept the goroutine the author selected whole and its neighbour's top uncut.
     */
    void uncutTops(javafx.scene.Node n, Collection<PartNode> cards) {
        Bounds t = n == null ? null : canvas.sceneToLocal(n.localToScene(n.getLayoutBounds()));
        if (n != null && t == null) {
            return;
        }
        double h = canvas.getHeight();
        java.util.List<Bounds> shown = new java.util.ArrayList<>();
        for (PartNode c : cards) {
            Bounds b = swollen(c);
            if (b != null && b.getHeight() < h && b.getMaxX() > 0 && b.getMinX() < canvas.getWidth()) {
                shown.add(b);  // a card taller than the canvas is cut wherever it is panned
            }
        }
        if (shown.stream().noneMatch(b -> b.getMinY() < -0.5 && b.getMaxY() > 0.5)) {
            return;
        }
        // the least further pan (none, or one that brings a card's top to the margin or puts it past the edge) that cuts no card's top
        java.util.List<Double> pans = new java.util.ArrayList<>(java.util.List.of(0.0));
        for (Bounds b : shown) {
            pans.add(MARGIN - b.getMinY());
            pans.add(-b.getMaxY());
        }
        pans.sort(java.util.Comparator.comparingDouble(Math::abs));
        // first with the followed line clear of the edges; failing that, with it merely in view (a
        // card that shows a sliver above a line at the canvas's top goes out of view whole)
        for (boolean clear : new boolean[] {true, false}) {
            for (double d : pans) {
                if ((t == null || (clear ? keepsInView(t, d, h) : staysShown(t, d, h)))
                        && shown.stream().noneMatch(b -> b.getMinY() + d < -0.5 && b.getMaxY() + d > 0.5)) {
                    pan.setY(pan.getY() + d);
                    return;
                }
            }
        }
    }

    /**
     * Where card {@code c} stands on the canvas, unscaled (a card mid-pulse is judged by its place),
     * grown by as much as its arrival pulse swells it on each side when cards may pulse now; null when
     * it is not on the canvas.
     */
    private Bounds swollen(PartNode c) {
        Bounds b = placed(c);
        if (b == null) {
            return null;
        }
        double g = pulses.getAsBoolean() ? (BoardMoves.ARRIVAL_SCALE - 1) / 2 * b.getHeight() : 0;
        return new BoundingBox(b.getMinX(), b.getMinY() - g, b.getWidth(), b.getHeight() + 2 * g);
    }

    /** Where card {@code c} stands on the canvas, unscaled (judged by its place, not its size mid-pulse); null when it is not on it. */
    private Bounds placed(PartNode c) {
        if (c.getParent() == null) {
            return null;
        }
        Bounds l = c.getLayoutBounds();
        return canvas.sceneToLocal(c.getParent().localToScene(new BoundingBox(c.getLayoutX() + c.getTranslateX() + l.getMinX(),
                c.getLayoutY() + c.getTranslateY() + l.getMinY(), l.getWidth(), l.getHeight())));
    }

    /** Whether {@code t} still shows panned down by {@code d}: whole, or its top when it is taller than the canvas. */
    private static boolean staysShown(Bounds t, double d, double h) {
        return t.getMinY() + d >= 0 && (t.getHeight() > h ? t.getMinY() + d < h : t.getMaxY() + d <= h);
    }

    /**
     * Whether {@code t} stays in view panned down by {@code d}: whole and clear of the edges; whole,
     * when it is too tall to be clear of them (a card kept in focus); or its top in the upper half
     * when it is taller than the canvas.
     */
    private static boolean keepsInView(Bounds t, double d, double h) {
        return t.getHeight() > h ? t.getMinY() + d >= 0 && t.getMinY() + d <= h / 2
                : t.getHeight() > h - 2 * MARGIN ? t.getMinY() + d >= 0 && t.getMaxY() + d <= h
                : t.getMinY() + d >= MARGIN / 2 && t.getMaxY() + d <= h - MARGIN / 2;
    }

    /** Pans (at the same zoom) so that {@code n} (a card, or a line of one) shows whole, if it fits. */
    private void panIntoView(javafx.scene.Node n) {
        Bounds b = canvas.sceneToLocal(n.localToScene(n.getLayoutBounds()));
        if (b == null) {
            return;
        }
        double margin = MARGIN;
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        double dx = b.getMinX() < margin ? margin - b.getMinX()
                : b.getMaxX() > w - margin ? Math.max(w - margin - b.getMaxX(), margin - b.getMinX()) : 0;
        double dy = b.getMinY() < margin ? margin - b.getMinY()
                : b.getMaxY() > h - margin ? Math.max(h - margin - b.getMaxY(), margin - b.getMinY()) : 0;
        pan.setX(pan.getX() + dx);
        pan.setY(pan.getY() + dy);
    }

    /**
     * After a resize: the cards that would all show at this zoom, but lie partly past an edge (a pan
     * made in a smaller window), are brought back in; a design larger than the canvas stays as panned.
     */
    void keepWithin(Collection<PartNode> cards) {
        Bounds all = null;
        for (PartNode n : cards) {
            Bounds b = canvas.sceneToLocal(n.localToScene(n.getLayoutBounds()));
            all = b == null ? all : all == null ? b : union(all, b);
        }
        if (all == null) {
            return;
        }
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        if (all.getWidth() + 2 * MARGIN <= w) {
            pan.setX(pan.getX() + (all.getMinX() < MARGIN ? MARGIN - all.getMinX()
                    : all.getMaxX() > w - MARGIN ? w - MARGIN - all.getMaxX() : 0));
        }
        if (all.getHeight() + 2 * MARGIN <= h) {
            pan.setY(pan.getY() + (all.getMinY() < MARGIN ? MARGIN - all.getMinY()
                    : all.getMaxY() > h - MARGIN ? h - MARGIN - all.getMaxY() : 0));
        }
    }

    /**
     * Pans, the least it can, so that {@code card} shows whole, clear of the edges, when it fits the
     * canvas (and so that no card's top is cut, as {@link #panIntoView(javafx.scene.Node, Collection)});
     * false when it is larger than the canvas less its margins (the caller shows a line of it instead).
     * Such a card is still kept whole the way it fits ({@link #keepInPart}): a run's card taller than
     * projector mode's canvas showed the op that ran with the card's left edge, and its title's
     * start, cut; a card wider than it (at 200 %) lay with its foot below the canvas.
     */
    boolean keepWhole(PartNode card, Collection<PartNode> cards) {
        Bounds b = canvas.sceneToLocal(card.localToScene(card.getLayoutBounds()));
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        if (b == null) {
            return false;
        }
        boolean across = b.getWidth() <= w - 2 * MARGIN;
        boolean down = b.getHeight() <= h - 2 * MARGIN;
        if (!across || !down) {
            keepInPart(b, across, down);
            if (down) {
                uncutTops(card, cards);
            }
            return false;  // about as large as the canvas: it shows the line that matters instead
        }
        double open = w - coverLeft - coverRight;  // beside the inspector, when the card fits there
        boolean beside = b.getWidth() <= open && !(b.getMinX() >= coverLeft + MARGIN / 2 && b.getMaxX() <= w - coverRight - MARGIN / 2);
        if (beside) {
            pan.setX(pan.getX() + intoView(b.getMinX() - coverLeft, b.getWidth(), open));
            b = canvas.sceneToLocal(card.localToScene(card.getLayoutBounds()));
        }
        if (!inView(card)) {
            pan.setX(pan.getX() + intoView(b.getMinX(), b.getWidth(), w));
            pan.setY(pan.getY() + intoView(b.getMinY(), b.getHeight(), h));
        }
        uncutTops(card, cards);
        return true;
    }

    /**
     * Pans, the least it can, a card at {@code b} (canvas coordinates) larger than the canvas one way:
     * sideways so that it shows its whole width clear of the edges ({@code across}: beside a panel
     * over the canvas if it fits there) or, wider than the canvas, its left edge, where its title and
     * its lines begin; and up or down so that it shows its whole height ({@code down}), or, taller than
     * the canvas, not at all (the caller shows the line that matters).
     */
    private void keepInPart(Bounds b, boolean across, boolean down) {
        double w = canvas.getWidth();
        double open = w - coverLeft - coverRight;
        double dx = !across ? MARGIN - b.getMinX()
                : b.getWidth() <= open - 2 * MARGIN ? intoView(b.getMinX() - coverLeft, b.getWidth(), open)
                : intoView(b.getMinX(), b.getWidth(), w);
        pan.setX(pan.getX() + dx);
        if (down) {
            pan.setY(pan.getY() + intoView(b.getMinY(), b.getHeight(), canvas.getHeight()));
        }
    }

    /** The least shift that brings a span at {@code min} of {@code size} within {@code room}, clear of the margins if it can, else centred. */
    private static double intoView(double min, double size, double room) {
        if (size > room - 2 * MARGIN) {
            return (room - size) / 2 - min;
        }
        return min < MARGIN ? MARGIN - min : min + size > room - MARGIN ? room - MARGIN - (min + size) : 0;
    }

    /** A panel over the canvas (the inspector) covers {@code left} px of its left and {@code right} px of its right. */
    void cover(double left, double right) {
        coverLeft = left;
        coverRight = right;
    }

    /** Whether {@code n} (a card, or a line of one) shows whole, clear of the canvas's edges. */
    boolean inView(javafx.scene.Node n) {
        Bounds b = canvas.sceneToLocal(n.localToScene(n.getLayoutBounds()));
        return b != null && b.getMinX() >= MARGIN / 2 && b.getMinY() >= MARGIN / 2
                && b.getMaxX() <= canvas.getWidth() - MARGIN / 2 && b.getMaxY() <= canvas.getHeight() - MARGIN / 2;
    }

    /**
     * Shows the cards at the largest zoom, at most 100 %, that shows them all, but not below
     * {@code floor}: a design larger than that is shown from its top left (centred when it is
     * narrower), and the player pans for the rest.
     */
    void fit(Collection<PartNode> cards, double floor) {
        Bounds all = null;
        for (PartNode n : cards) {
            all = all == null ? n.getBoundsInParent() : union(all, n.getBoundsInParent());
        }
        double width = canvas.getWidth();
        double height = canvas.getHeight();
        if (all == null || width <= 0 || height <= 0) {
            zoom.setX(1);
            zoom.setY(1);
            pan.setX(0);
            pan.setY(0);
            return;
        }
        double margin = 24;
        double k = Math.min(1, Math.min((width - 2 * margin) / all.getWidth(), (height - 2 * margin) / all.getHeight()));
        k = Math.max(floor, k);
        zoom.setX(k);
        zoom.setY(k);
        pan.setX(margin - all.getMinX() * k + Math.max(0, (width - 2 * margin - all.getWidth() * k) / 2));
        pan.setY(margin - all.getMinY() * k);
    }

    private static Bounds union(Bounds a, Bounds b) {
        double x0 = Math.min(a.getMinX(), b.getMinX());
        double y0 = Math.min(a.getMinY(), b.getMinY());
        double x1 = Math.max(a.getMaxX(), b.getMaxX());
        double y1 = Math.max(a.getMaxY(), b.getMaxY());
        return new BoundingBox(x0, y0, x1 - x0, y1 - y0);
    }

    // ------------------------------------------------------------------ panning by the background

    /** The background was pressed at a scene point: a pan may start. */
    void pressed(double sceneX, double sceneY) {
        panFrom = new Point2D(sceneX, sceneY);
        panStart = new Point2D(pan.getX(), pan.getY());
    }

    /** The background is dragged: pans with the pointer. */
    void dragged(double sceneX, double sceneY) {
        if (panFrom == null) {
            return;
        }
        pan.setX(panStart.getX() + sceneX - panFrom.getX());
        pan.setY(panStart.getY() + sceneY - panFrom.getY());
        canvas.getStyleClass().remove("panning");
        canvas.getStyleClass().add("panning");
    }

    /** The background was released: true when it was a click rather than a pan. */
    boolean released(double sceneX, double sceneY) {
        if (panFrom == null) {
            return false;
        }
        boolean moved = panFrom.distance(sceneX, sceneY) > 3;
        panFrom = null;
        canvas.getStyleClass().remove("panning");
        return !moved;
    }

    /** Whether a press on the background is being followed. */
    boolean panning() {
        return panFrom != null;
    }
}
