package org.interleave.engine;

import java.util.Locale;

/**
 * The kinds of outcome a design can have (DESIGN §4), in the order a verdict prefers them when an
 * exploration finds several.
 */
public enum Kind {
    RACE, PANIC, DEADLOCK, ASSERT, LEAK, HANG, OUTPUT,
    /** The timed run overshoots the goal's {@code maxTicks} (DESIGN §5). */
    TICKS;

    /** The name used in JSON, goals and the command line. */
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Kind fromJson(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }
}
