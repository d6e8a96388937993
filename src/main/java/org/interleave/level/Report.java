package org.interleave.level;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.interleave.level.JsonTree.Pos;

/** The problems found in one file so far. */
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

    /** Throws the problems, in file order, if there are any. */
    void throwIfAny() throws LevelException {
        if (!problems.isEmpty()) {
            List<Problem> sorted = new ArrayList<>(problems);
            sorted.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
            throw new LevelException(sorted);
        }
    }
}
