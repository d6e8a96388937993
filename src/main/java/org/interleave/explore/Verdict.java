package org.interleave.explore;

import java.util.Locale;
import org.interleave.engine.Kind;

/** The answer of a check: cleared, the kind of the problem that decides it, or inconclusive. */
public enum Verdict {
    CLEARED, RACE, PANIC, DEADLOCK, ASSERT, LEAK, HANG, OUTPUT, TICKS, INCONCLUSIVE;

    public static Verdict of(Kind k) {
        return valueOf(k.name());
    }

    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
