package org.interleave.level;

/**
 * One mistake in a level or solution file, at a 1-based line and column. The file name and the
 * message never hold a control character (they are escaped on construction), so a problem always
 * prints as one line, whatever the file put in its names.
 */
public record Problem(String file, int line, int column, String message) {
    public Problem {
        file = Quote.oneLine(file);
        message = Quote.oneLine(message);
    }

    /** {@code file:line:col: message}, the form editors and compilers use. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
