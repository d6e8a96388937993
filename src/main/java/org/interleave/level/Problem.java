package org.interleave.level;

/** One mistake in a level or solution file, at a 1-based line and column. */
public record Problem(String file, int line, int column, String message) {
    /** {@code file:line:col: message}, the form editors and compilers use. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
