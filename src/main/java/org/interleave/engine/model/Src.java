package org.interleave.engine.model;

/**
 * Where an op comes from: its path inside its goroutine ({@code ops[2].do[0]}) and, when it was
 * read from a file, its line and column (1-based; 0 when unknown).
 */
public record Src(String path, int line, int column) {
    /** A source position for ops built in code rather than read from a file. */
    public static Src of(String path) {
        return new Src(path, 0, 0);
    }
}
