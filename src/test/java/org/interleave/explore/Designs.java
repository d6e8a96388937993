package org.interleave.explore;

import org.interleave.engine.Program;
import org.interleave.engine.model.Level;
import org.interleave.level.LevelException;
import org.interleave.level.LevelLoader;

/** Builds levels from compact JSON for tests, and checks them. */
final class Designs {
    private Designs() {}

    /** A level around the given parts (a JSON array body) and optional goal object. */
    static Level level(String parts, String goal) {
        String json = "{\"format\":1,\"id\":\"t\",\"title\":\"t\",\"mode\":\"build\",\"design\":{\"parts\":["
                + parts + "]}" + (goal == null ? "" : ",\"goal\":" + goal) + "}";
        try {
            return LevelLoader.parse("test.level.json", json);
        } catch (LevelException e) {
            throw new AssertionError("invalid test design: " + e.problems(), e);
        }
    }

    static Level level(String parts) {
        return level(parts, null);
    }

    static Report check(Level level) {
        return new Checker(CheckOptions.DEFAULT, () -> false, Explorer.Progress.NONE, () -> 0).check(level);
    }

    static Report check(String parts) {
        return check(level(parts));
    }

    static Report check(String parts, String goal) {
        return check(level(parts, goal));
    }

    static Program program(Level level) {
        return new Program(level.design());
    }
}
