package org.interleave.level.save;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How well a design did; lower is better on every count.
 *
 * @param ticks        virtual time the run took
 * @param parts        parts the player placed
 * @param verifyStates states the verifier explored to prove the design correct
 */
public record Score(
        @JsonProperty(required = true) int ticks,
        @JsonProperty(required = true) int parts,
        @JsonProperty(required = true) long verifyStates) {

    public Score {
        if (ticks < 0 || parts < 0 || verifyStates < 0) {
            throw new IllegalArgumentException("a score cannot be negative: " + ticks + " ticks, "
                    + parts + " parts, " + verifyStates + " verify states");
        }
    }

    /** The better of the two on each count: the bests need not come from one design. */
    public Score bestOf(Score other) {
        return new Score(Math.min(ticks, other.ticks), Math.min(parts, other.parts),
                Math.min(verifyStates, other.verifyStates));
    }
}
