package org.interleave.engine.model;

import java.util.List;
import java.util.Map;

/**
 * A level (DESIGN §2): metadata, the starting design, the palette, the goal and the bounds.
 * Optional strings are null when absent; {@code solution} is null when the level has none.
 */
public record Level(int format, String id, String title, String brief, String chapter,
                    List<String> concepts, Goal.Mode mode, Design design,
                    Map<String, Object> palette, Goal goal, Bounds bounds, List<String> hints,
                    Par par, Design solution) {
    public Level {
        concepts = List.copyOf(concepts);
        hints = List.copyOf(hints);
        palette = Map.copyOf(palette);
    }

    /** The same level with another design to verify (a player's or the reference solution). */
    public Level withDesign(Design d) {
        return new Level(format, id, title, brief, chapter, concepts, mode, d, palette, goal,
                bounds, hints, par, solution);
    }

    /**
     * The scores to beat — run ticks, parts, ops (nested ops included) and, for a {@code break}
     * level, the steps of the player's schedule that makes it break; 0 when absent.
     */
    public record Par(long ticks, int parts, int ops, int steps) {
        public static final Par NONE = new Par(0, 0, 0, 0);

        /** A par without a steps score (a build or fix level's). */
        public Par(long ticks, int parts, int ops) {
            this(ticks, parts, ops, 0);
        }

        /** A par without an ops score. */
        public Par(long ticks, int parts) {
            this(ticks, parts, 0);
        }
    }
}
