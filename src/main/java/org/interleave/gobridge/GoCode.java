package org.interleave.gobridge;

/** Go source being written line by line, indented with tabs as gofmt indents. */
final class GoCode {
    private final StringBuilder out = new StringBuilder();
    private int indent;
    private int lines;

    /** A line at the current indentation. */
    GoCode line(String text) {
        out.append("\t".repeat(indent)).append(text).append('\n');
        lines++;
        return this;
    }

    /** A line that opens a block: what follows is one tab deeper. */
    GoCode open(String text) {
        line(text);
        indent++;
        return this;
    }

    /** A line that closes a block, one tab shallower. */
    GoCode close(String text) {
        indent--;
        return line(text);
    }

    /** A line between two blocks, such as {@code } else {}: one tab shallower, and what follows as deep as before. */
    GoCode reopen(String text) {
        indent--;
        line(text);
        indent++;
        return this;
    }

    /** An empty line between declarations. */
    GoCode blank() {
        out.append('\n');
        lines++;
        return this;
    }

    /** Runs {@code body} one tab deeper, for the statements of a select case. */
    GoCode indented(Runnable body) {
        indent++;
        body.run();
        indent--;
        return this;
    }

    /** The number of lines written so far: the 0-based index of the next line. */
    int lineCount() {
        return lines;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
