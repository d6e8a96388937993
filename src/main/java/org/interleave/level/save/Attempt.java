package org.interleave.level.save;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One run of a level, for the history graphs: its ticks, parts and ops, and whether it cleared.
 * Ops are {@value Score#UNKNOWN} in attempts saved before ops were counted.
 */
public record Attempt(int ticks, int parts, boolean cleared, int ops) {

    public Attempt {
        if (ticks < 0 || parts < 0 || ops < Score.UNKNOWN) {
            throw new IllegalArgumentException("an attempt cannot have negative ticks, parts or ops: "
                    + ticks + " ticks, " + parts + " parts, " + ops + " ops");
        }
    }

    /** An attempt whose ops are not known. */
    public Attempt(int ticks, int parts, boolean cleared) {
        this(ticks, parts, cleared, Score.UNKNOWN);
    }

    /** How Jackson reads a file: ops are optional. */
    @JsonCreator
    static Attempt read(@JsonProperty(value = "ticks", required = true) int ticks,
                        @JsonProperty(value = "parts", required = true) int parts,
                        @JsonProperty(value = "cleared", required = true) boolean cleared,
                        @JsonProperty("ops") Integer ops) {
        return new Attempt(ticks, parts, cleared, ops == null ? Score.UNKNOWN : ops);
    }
}
