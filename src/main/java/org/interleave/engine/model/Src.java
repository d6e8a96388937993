package org.interleave.engine.model;

/**
 * Where an op comes from: its path inside its goroutine ({@code ops[2].do[0]}) and, when it was
 * read from a file, its line and column (1-based; 0 when unknown); and whether the level locks it
 * ({@code "locked": true} on the op: the player may not remove, change or move it), as
 * {@link Layout} says of a part. The engine runs a locked op like any other.
 */
public record Src(String path, int line, int column, boolean locked) {
    /** An unlocked op's source. */
    public Src(String path, int line, int column) {
        this(path, line, column, false);
    }

    /** A source position for ops built in code rather than read from a file. */
    public static Src of(String path) {
        return new Src(path, 0, 0);
    }

    /** The same op renumbered to {@code path} (an editor moved ops around it): still locked if it was. */
    public Src at(String path) {
        return new Src(path, 0, 0, locked);
    }
}
