package org.interleave.level;

/**
 * One mistake in a level or solution file, at a 1-based line and column. The file name and the
 * message never hold a control character (they are escaped on construction), so a problem always
 * prints as one line, whatever the file put in its names.
 *
 * @param detail the mistake in parts — what was expected there, what was found, the suggested
 *               name — as the loader knew them when it found it; null for a problem told only in
 *               words (a file that cannot be read, JSON that is not well-formed)
 */
public record Problem(String file, int line, int column, String message, Detail detail) {
    public Problem {
        file = Quote.oneLine(file);
        message = Quote.oneLine(message);
    }

    /**
     * What a problem says, in parts; each is empty when the problem does not say.
     *
     * @param expected   what the file should have there: {@code one of build, fix, break}
     * @param found      what it has there: {@code 'biuld'}
     * @param suggestion the name the message suggests ("did you mean 'build'?")
     */
    public record Detail(String expected, String found, String suggestion) {
        public Detail {
            expected = expected == null ? "" : expected;
            found = found == null ? "" : found;
            suggestion = suggestion == null ? "" : suggestion;
        }
    }

    /** A problem told only in words. */
    public Problem(String file, int line, int column, String message) {
        this(file, line, column, message, null);
    }

    /** {@code file:line:col: message}, the form editors and compilers use. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
