package org.interleave.app.canvas;

import java.util.List;
import java.util.Map;

/**
 * What has moved and what moves on the board, as seen from outside the canvas (tests and tours):
 * each resource piece's motions, and a deadlock's freeze.
 *
 * @param pieces         each resource part's motions so far, by part id
 * @param frozen         whether the board is frozen (a moment where nothing can move is shown)
 * @param cycle          the goroutine instances of the wait-for cycle shown, in its order
 * @param lockCycle      whether that is a cycle of lock holders (else everyone stuck)
 * @param ringed         the parts ringed as the cycle's
 * @param cycleWires     how many wires are marked as the cycle's
 * @param pulsing        whether the rings pulse
 * @param pulseMillis    how long one pulse takes (0 when none)
 */
public record BoardMoves(Map<String, PieceMoves> pieces, boolean frozen, List<String> cycle, boolean lockCycle,
                         List<String> ringed, int cycleWires, boolean pulsing, double pulseMillis) {
    /** How long a lock's shackle takes to snap shut (and to spring open) at normal speed. */
    public static final double SNAP_MILLIS = 140;
    /** How long a value takes to ease into its slot (and the values left to slide along) at normal speed. */
    public static final double FILL_MILLIS = 260;
    /** How long one pulse of a deadlock's wait-for cycle (bright to faint) takes at normal speed. */
    public static final double PULSE_MILLIS = 650;
    /** How long a step's token takes to travel its wire at normal speed. */
    public static final double TOKEN_MILLIS = 450;
    /** How long the part a token reaches takes to swell (and as long to settle) at normal speed. */
    public static final double ARRIVAL_MILLIS = 160;
    /**
     * How much the part a token reaches swells, about its middle: a little, so that a card 500 px
     * wide (projector mode) does not reach over the 16 px to its neighbour.
     */
    public static final double ARRIVAL_SCALE = 1.03;
    /** How long one flicker of a race's spark (bright to faint) takes at normal speed. */
    public static final double SPARK_MILLIS = 260;

    public BoardMoves {
        pieces = Map.copyOf(pieces);
        cycle = List.copyOf(cycle);
        ringed = List.copyOf(ringed);
    }

    /**
     * A resource piece's motions so far.
     *
     * @param snaps      times its lock snapped shut
     * @param opens      times its lock sprang open
     * @param fills      times a value eased into one of its slots
     * @param slides     times its values slid along after a receive
     * @param lastMillis how long its last motion took (at the speed it played at)
     */
    public record PieceMoves(int snaps, int opens, int fills, int slides, double lastMillis) {}
}
