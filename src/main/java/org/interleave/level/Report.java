package org.interleave.level;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.interleave.engine.model.DesignValidator;
import org.interleave.level.JsonTree.Pos;

/**
 * The problems found in one file so far. The kinds of mistake the loader explains in parts
 * (an unknown name, an unknown or missing field, a value of the wrong type) are reported through
 * their own methods, which write the message and its {@link Problem.Detail} together.
 */
final class Report {
    private final String file;
    private final List<Problem> problems = new ArrayList<>();

    Report(String file) {
        this.file = file;
    }

    void at(Pos pos, String message) {
        at(pos.line(), pos.column(), message);
    }

    void at(int line, int column, String message) {
        problems.add(new Problem(file, line, column, message));
    }

    void at(Pos pos, String message, Problem.Detail detail) {
        problems.add(new Problem(file, pos.line(), pos.column(), message, detail));
    }

    /** {@code unknown <what> '<value>'}, which should be one of {@code choices}, with the closest as a suggestion. */
    void unknown(Pos pos, String what, String value, Collection<String> choices) {
        String close = DesignValidator.closest(value, choices);
        at(pos, "unknown " + what + " " + Quote.quote(value) + Fields.didYouMean(close),
                new Problem.Detail(choices.isEmpty() ? "" : "one of " + String.join(", ", choices), Quote.quote(value),
                        close));
    }

    /** {@code unknown field '<field>' in <in>}, where {@code fields} are the ones it may have. */
    void unknownField(Pos pos, String field, String in, Collection<String> fields) {
        String close = DesignValidator.closest(field, fields);
        at(pos, "unknown field " + Quote.quote(field) + " in " + in + Fields.didYouMean(close),
                new Problem.Detail(fields.isEmpty() ? "a field that " + in + " has" : "one of its fields: "
                        + String.join(", ", fields), "field " + Quote.quote(field), close));
    }

    /** {@code missing field '<field>' in <in>}. */
    void missingField(Pos pos, String field, String in) {
        at(pos, "missing field '" + field + "' in " + in,
                new Problem.Detail("field '" + field + "'", "no '" + field + "' in " + in, null));
    }

    /** {@code '<name>' must be <expected>, not <found>}. */
    void wrongType(Pos pos, String name, String expected, String found) {
        at(pos, "'" + name + "' must be " + expected + ", not " + found, new Problem.Detail(expected, found, null));
    }

    /** Whether any problem was reported so far. */
    boolean any() {
        return !problems.isEmpty();
    }

    /** Throws the problems, in file order, if there are any. */
    void throwIfAny() throws LevelException {
        if (!problems.isEmpty()) {
            List<Problem> sorted = new ArrayList<>(problems);
            sorted.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
            throw new LevelException(sorted);
        }
    }
}
