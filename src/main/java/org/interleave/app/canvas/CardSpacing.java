package org.interleave.app.canvas;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Keeps the canvas's cards apart. Cards stand where the design puts them, unless their text (a
 * larger font in projector mode, a long op) made one reach over a card before it: then it moves
 * right, past every card it would overlap. The design keeps its positions; only the view makes room.
 */
final class CardSpacing {
    /** The room kept between two cards that had to move apart. */
    static final double CARD_GAP = 16;

    private CardSpacing() {}

    /** Places each card, in order, at its home or right of the cards placed before it that it would meet. */
    static void spreadOut(Collection<PartNode> cards) {
        List<PartNode> placed = new ArrayList<>();
        for (PartNode n : cards) {
            double x = n.homeX();
            double y = n.homeY();
            for (int tries = 0; tries < cards.size(); tries++) {
                PartNode hit = null;
                for (PartNode o : placed) {
                    if (x < o.getLayoutX() + o.getWidth() + CARD_GAP && o.getLayoutX() < x + n.getWidth() + CARD_GAP
                            && y < o.getLayoutY() + o.getHeight() + CARD_GAP && o.getLayoutY() < y + n.getHeight() + CARD_GAP) {
                        hit = o;
                        break;
                    }
                }
                if (hit == null) {
                    break;
                }
                x = hit.getLayoutX() + hit.getWidth() + CARD_GAP;
            }
            if (n.getLayoutX() != x || n.getLayoutY() != y) {
                n.relocate(x, y);
            }
            placed.add(n);
        }
    }
}
