package org.interleave.level.save;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One run of a level, for the history graph: its ticks and parts, and whether it cleared. */
public record Attempt(
        @JsonProperty(required = true) int ticks,
        @JsonProperty(required = true) int parts,
        @JsonProperty(required = true) boolean cleared) {

    public Attempt {
        if (ticks < 0 || parts < 0) {
            throw new IllegalArgumentException("an attempt cannot have negative ticks or parts: "
                    + ticks + " ticks, " + parts + " parts");
        }
    }
}
