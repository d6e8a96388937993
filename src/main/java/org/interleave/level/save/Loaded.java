package org.interleave.level.save;

import java.util.Objects;
import java.util.Optional;

/**
 * What {@link SafeFile#load} found.
 *
 * @param value    the saved value, or the fresh one when there was nothing usable
 * @param source   where the value came from
 * @param recovery what was done about damaged files, to tell the player; empty when nothing was
 * @param <T>      the saved value's type
 */
public record Loaded<T>(T value, Source source, Optional<Recovery> recovery) {

    /** Where a loaded value came from. */
    public enum Source {
        /** The save file itself. */
        FILE,
        /** The backup, kept from before the last save, because the file was damaged or missing. */
        BACKUP,
        /** Nothing usable: a first start, or every copy was damaged and set aside. */
        FRESH
    }

    public Loaded {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(recovery, "recovery");
    }
}
