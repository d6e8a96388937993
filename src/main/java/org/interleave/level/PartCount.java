package org.interleave.level;

import org.interleave.engine.model.Design;
import org.interleave.engine.model.Part;

/**
 * The cost score of a design: its parts, a goroutine started as N instances counting N. An
 * instance is a goroutine as much as a part drawn twice is: counted once, five workers from one
 * card with one {@code go} cost no more than one worker, and beat every level's parts par.
 */
public final class PartCount {
    private PartCount() {}

    /** The parts of {@code design}, each goroutine as many times as it has instances. */
    public static int of(Design design) {
        int n = 0;
        for (Part p : design.parts()) {
            n += p instanceof Part.Goroutine g ? Math.max(1, g.count()) : 1;
        }
        return n;
    }
}
