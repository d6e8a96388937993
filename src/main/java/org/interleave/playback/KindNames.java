package org.interleave.playback;

import org.interleave.engine.Kind;

/** What each kind of finding is called on screen, in a few plain words. */
public final class KindNames {
    private KindNames() {}

    /** The name of a kind of finding as a heading: {@code Data race}, {@code Deadlock}. */
    public static String of(Kind kind) {
        return switch (kind) {
            case RACE -> "Data race";
            case PANIC -> "Panic";
            case DEADLOCK -> "Deadlock";
            case ASSERT -> "Failed assert";
            case LEAK -> "Goroutine leak";
            case HANG -> "Main cannot return";
            case OUTPUT -> "Wrong output";
            case TICKS -> "Too slow";
        };
    }
}
