package org.interleave.gobridge;

import java.util.List;

/**
 * A Go program that import-go cannot turn into a design: syntax errors, or a construct outside the
 * subset. Each problem names its place and, for a construct outside the subset, what is supported
 * instead; {@link #lines(String)} prints them as {@code file:line:col: message}.
 */
public final class GoImportException extends Exception {
    private static final long serialVersionUID = 1L;

    /** One problem at a 1-based line and column. */
    public record Problem(int line, int column, String message) {
        /** {@code file:line:col: message}. */
        public String format(String file) {
            return file + ":" + line + ":" + column + ": " + message;
        }
    }

    private final transient List<Problem> problems;

    public GoImportException(List<Problem> problems) {
        super(problems.isEmpty() ? "cannot import" : problems.get(0).message());
        this.problems = List.copyOf(problems);
    }

    public GoImportException(int line, int column, String message) {
        this(List.of(new Problem(line, column, message)));
    }

    public List<Problem> problems() {
        return problems;
    }

    /** Every problem as {@code file:line:col: message}. */
    public List<String> lines(String file) {
        return problems.stream().map(p -> p.format(file)).toList();
    }
}
