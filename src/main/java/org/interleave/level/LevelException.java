package org.interleave.level;

import java.util.List;
import java.util.stream.Collectors;

/** A level or solution file that cannot be used, with every problem found in it. */
public final class LevelException extends Exception {
    private final transient List<Problem> problems;

    public LevelException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a LevelException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** The problems in file order. */
    public List<Problem> problems() {
        return problems;
    }
}
