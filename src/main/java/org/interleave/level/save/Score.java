package org.interleave.level.save;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How well a design did; lower is better on every count.
 *
 * @param ticks        virtual time the run took; on a break level, the steps of the player's schedule
 *                     that broke it (its best: the shortest, medalled against par.steps)
 * @param parts        parts in the design, a goroutine of N instances counting N ({@link org.interleave.level.PartCount})
 * @param verifyStates states the verifier explored to prove the design correct
 * @param ops          ops in the design, nested ones included; {@value #UNKNOWN} in a score saved
 *                     before ops were counted
 */
public record Score(int ticks, int parts, long verifyStates, int ops) {
    /** The ops of a score saved before ops were counted. */
    public static final int UNKNOWN = -1;

    public Score {
        if (ticks < 0 || parts < 0 || verifyStates < 0 || ops < UNKNOWN) {
            throw new IllegalArgumentException("a score cannot be negative: " + ticks + " ticks, "
                    + parts + " parts, " + verifyStates + " verify states, " + ops + " ops");
        }
    }

    /** A score whose ops are not known. */
    public Score(int ticks, int parts, long verifyStates) {
        this(ticks, parts, verifyStates, UNKNOWN);
    }

    /** How Jackson reads a file: ops are optional (files from before they were counted). */
    @JsonCreator
    static Score read(@JsonProperty(value = "ticks", required = true) int ticks,
                      @JsonProperty(value = "parts", required = true) int parts,
                      @JsonProperty(value = "verifyStates", required = true) long verifyStates,
                      @JsonProperty("ops") Integer ops) {
        return new Score(ticks, parts, verifyStates, ops == null ? UNKNOWN : ops);
    }

    /** The better of the two on each count: the bests need not come from one design. */
    public Score bestOf(Score other) {
        return new Score(Math.min(ticks, other.ticks), Math.min(parts, other.parts),
                Math.min(verifyStates, other.verifyStates), ops == UNKNOWN ? other.ops
                        : other.ops == UNKNOWN ? ops : Math.min(ops, other.ops));
    }
}
