package org.interleave.app.canvas;

import java.util.Map;

/**
 * The card the canvas keeps whole in view when it cannot show every card at a readable zoom: the
 * card a run's or a reveal's step ran in, else a goroutine a finding flags, else the selected card,
 * else the player's first editable goroutine (what a level opens on). The canvas pans, the least it
 * can, to show it whole; the other cards may be cut (the player pans for them). At 1280×720 a level
 * opened on its top left with the goroutine the player edits cut at the canvas's right edge.
 */
public final class CardFocus {
    /**
     * The key in the properties of the card in focus that marks it (the layout audit checks that it
     * shows whole). Not a style class: the mark changes as the canvas lays out, and a style class
     * changed then reset the styles of the card's whole subtree until the next pulse's, so the frame
     * showed the card's ops unstyled, in the default 13 px font (a level's first frame, in projector
     * mode 13 px for 48).
     */
    public static final String MARK = "canvas-focus";

    /** The margin the canvas keeps round the card it pans into view (the layout audit measures against it). */
    public static final double MARGIN = CanvasViewport.MARGIN;

    private final Map<String, PartNode> nodes;
    private final CanvasViewport viewport;
    private final EditModel model;
    private PartNode marked;
    /** False once the player pans the canvas by hand: a resize then leaves the view where they put it. */
    private boolean held = true;

    CardFocus(Map<String, PartNode> nodes, CanvasViewport viewport, EditModel model) {
        this.nodes = nodes;
        this.viewport = viewport;
        this.model = model;
    }

    /** The player took the canvas over (pressed its background, not a card): no card is held in view until the next focus. */
    void release() {
        held = false;
        mark(null);
    }

    /** The canvas opened, or the player chose a card: the card in focus is held in view again. */
    void hold() {
        held = true;
    }

    /** The card in focus now, with no step followed (see the class comment); null when none. */
    PartNode pick(CanvasView.Selection selection) {
        for (PartNode n : nodes.values()) {
            if (n instanceof GoroutineNode g && !g.siteFlags().isEmpty()) {
                return n;
            }
        }
        if (selection != null && nodes.containsKey(selection.part())) {
            return nodes.get(selection.part());
        }
        if (model.rules() != null && model.rules().readOnly()) {
            return null;
        }
        for (PartNode n : nodes.values()) {
            if (n instanceof GoroutineNode && !n.locked()) {
                return n;
            }
        }
        return null;
    }

    /**
     * Marks {@code card} as in focus and pans, the least, so that it shows whole, if it fits the
     * canvas; false when there is none to show or it is larger than the canvas.
     */
    boolean show(PartNode card) {
        if (!held || card == null || card.getParent() == null) {
            mark(null);
            return false;
        }
        mark(card);
        return viewport.keepWhole(card, nodes.values());
    }

    private void mark(PartNode card) {
        if (marked != null && marked != card) {
            marked.getProperties().remove(MARK);
        }
        if (card != null) {
            card.getProperties().put(MARK, Boolean.TRUE);
        }
        marked = card;
    }

    /** Whether {@code card} is the card in focus. */
    public static boolean inFocus(javafx.scene.Node card) {
        return Boolean.TRUE.equals(card.getProperties().get(MARK));
    }

    /** The card in focus among the cards of {@code canvas}, or null. */
    public static javafx.scene.Node in(javafx.scene.Node canvas) {
        return canvas.lookupAll(".part-node").stream().filter(CardFocus::inFocus).findFirst().orElse(null);
    }
}
