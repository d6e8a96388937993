package org.interleave.app.audit;

import static org.interleave.app.audit.Boxes.fmt;
import static org.interleave.app.audit.Boxes.rect;

import javafx.geometry.Bounds;
import javafx.scene.Node;

/**
 * The layout audit's rules for the cards on a canvas, seen through the canvas's view: no card's
 * title cut off at the top, and the card in focus whole where it fits.
 */
final class CanvasCards {
    private final PanelFit.Report report;

    CanvasCards(PanelFit.Report report) {
        this.report = report;
    }

    /**
     * A card on the canvas whose top the canvas's edge cuts: its title, which says what the card
     * is, lies out of view while the rest of it shows ("value 0" under a cut-off name, after a
     * run's step panned the canvas down to the op it ran). A card cut at another edge shows its
     * title, and the canvas pans for the rest; a card taller than the canvas is cut wherever it
     * is panned, and the canvas shows the op a step ran in it rather than its title. A card in focus
     * (a run's, the selected one, the one the player edits) does not exempt the others: the canvas
     * keeps it whole and every other card's top uncut. Only the card in focus that fits the canvas is
     * left to {@link #focus}, which holds it to more (whole, not just its top).
     */
    void top(Node card, Bounds clip, String prefix) {
        Bounds b = card.localToScene(card.getLayoutBounds());
        if (org.interleave.app.canvas.CardFocus.inFocus(card) && fitsCanvas(b, clip)) {
            return;  // focus judges it whole
        }
        if (b.getHeight() < clip.getHeight() && b.getMinY() < clip.getMinY() - Boxes.TOLERANCE && b.getMaxY() > clip.getMinY() + Boxes.TOLERANCE
                && b.getMaxX() > clip.getMinX() && b.getMinX() < clip.getMaxX()) {
            report.add("card-top-cut", prefix + LayoutAudit.describe(card), "its top " + fmt(clip.getMinY() - b.getMinY())
                    + " px above the canvas's edge at y " + fmt(clip.getMinY()) + ": " + rect(b));
        }
    }

    /** The margin the canvas keeps round a card it pans into view: a card larger than the canvas less it is not kept whole. */
    static final double CANVAS_MARGIN = org.interleave.app.canvas.CardFocus.MARGIN;

    /**
     * The card the canvas keeps in focus (the one a step ran in, a finding flags, the player selected,
     * or the goroutine the player edits, at open) cut by the canvas's edge though it fits the canvas:
     * the card that matters shows as a sliver (at 1280×720 a level opened with the player's goroutine
     * cut at the right). Each way on its own: a card taller than the canvas is still cut at neither
     * side when it fits across (projector mode's run showed a tall worker's card with its left edge
     * cut), and one wider than the canvas shows its left edge, where its title and lines begin. Other
     * cards may be cut; the player pans for them.
     */
    void focus(Node card, Bounds clip, String prefix) {
        if (!org.interleave.app.canvas.CardFocus.inFocus(card)) {
            return;
        }
        Bounds b = card.localToScene(card.getLayoutBounds());
        double t = Boxes.TOLERANCE;
        boolean across = b.getWidth() <= clip.getWidth() - 2 * CANVAS_MARGIN;
        boolean down = b.getHeight() <= clip.getHeight() - 2 * CANVAS_MARGIN;
        boolean cutAcross = across ? b.getMinX() < clip.getMinX() - t || b.getMaxX() > clip.getMaxX() + t
                : b.getMinX() < clip.getMinX() - t && b.getMaxX() > clip.getMinX();
        boolean cutDown = down && (b.getMinY() < clip.getMinY() - t || b.getMaxY() > clip.getMaxY() + t);
        if (cutAcross || cutDown) {
            report.add("focus-card-cut", prefix + LayoutAudit.describe(card), rect(b) + " cut " + (cutAcross ? "at a side" : "at the top or foot")
                    + " by the canvas " + rect(clip));
        }
    }

    /** Whether a card at {@code b} fits the canvas's view {@code clip} less the margin the canvas keeps round it. */
    private static boolean fitsCanvas(Bounds b, Bounds clip) {
        return b.getWidth() <= clip.getWidth() - 2 * CANVAS_MARGIN && b.getHeight() <= clip.getHeight() - 2 * CANVAS_MARGIN;
    }
}
