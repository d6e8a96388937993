package org.interleave.app.canvas;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;

/**
 * Lays the canvas's cards out whole in the layout that lays them out, so that one pulse settles
 * them: no line of a card is left needing a layout that no pulse comes to give it.
 *
 * <p>In JavaFX 21 a node moved by its own parent's layout asks that parent for another layout and
 * forces one of the grandparent, mid-pulse (JDK-8360940, fixed in JavaFX 26): a card's line moves
 * its op text, marks and ports when a reveal's mark or the bold of the op that ran changes their
 * widths, and a line's ⚠ label, as the ⚠ appears, makes its text node managed and moves it. The
 * line (or the label) and the card's list of lines are then marked as needing a layout while the
 * card lays them out, and the list's request to the card, itself laying out its children, is
 * dropped: they stayed marked with no pulse to come, until something else laid that card out
 * again (the ⚠ of a reveal's finding for good). Such a mark is mostly stale — the line was laid
 * out after the move — but it is also how a change made during the layout (a text set by a
 * listener) goes unseen, and a wait for the canvas to settle never ended. The world lays out each
 * card itself, then again whatever in it is still marked, the topmost first, until none is.
 */
final class CardSettling {
    /** Rounds at most: a second round finds what the first moved again; none has needed a third. */
    private static final int MAX_ROUNDS = 4;

    private CardSettling() {}

    /**
     * Lays out {@code cards}, each at its preferred size, and then again what in each is still
     * marked as needing a layout; true when a card's size changed meanwhile (the cards then need
     * spacing again).
     */
    static boolean settle(Collection<PartNode> cards) {
        boolean resized = false;
        for (PartNode card : cards) {
            for (int round = 0; round < MAX_ROUNDS; round++) {
                double w = card.getWidth();
                double h = card.getHeight();
                card.autosize();
                resized |= w != card.getWidth() || h != card.getHeight();
                List<Parent> marked = new ArrayList<>();
                topmostMarked(card, marked);
                if (marked.isEmpty()) {
                    break;
                }
                marked.forEach(Parent::layout);
            }
        }
        return resized;
    }

    /** The parents under {@code n} (itself included) that need a layout, none under another. */
    private static void topmostMarked(Node n, List<Parent> marked) {
        if (n instanceof Parent p) {
            if (p.isNeedsLayout()) {
                marked.add(p);
                return;
            }
            for (Node c : p.getChildrenUnmodifiable()) {
                topmostMarked(c, marked);
            }
        }
    }
}
