package org.interleave.level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.interleave.engine.expr.Expr;
import org.interleave.engine.expr.ExprException;
import org.interleave.engine.expr.ExprParser;

/** Fixture files under src/test/resources/levels and assertions on their problems. */
final class Fixtures {
    private Fixtures() {}

    static Path path(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/levels/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The problems of loading a level file, as {@code file:line:col: message} strings. */
    static List<String> problems(Path file) {
        LevelException e = assertThrows(LevelException.class, () -> LevelLoader.load(file));
        return e.problems().stream().map(Problem::toString).toList();
    }

    /** Asserts that the fixture has exactly one problem, at line:col with the message. */
    static void assertOneProblem(String fixture, int line, int column, String message) {
        Path file = path(fixture);
        assertEquals(List.of(file + ":" + line + ":" + column + ": " + message), problems(file));
    }

    /** Asserts that level text (named {@code t.level.json}) has exactly one problem. */
    static void assertOneProblemIn(String json, int line, int column, String message) {
        LevelException e = assertThrows(LevelException.class, () -> LevelLoader.parse("t.level.json", json));
        assertEquals(List.of("t.level.json:" + line + ":" + column + ": " + message),
                e.problems().stream().map(Problem::toString).toList());
    }

    /**
     * A fix level whose design holds {@code parts} (JSON text); the first part starts on line 4,
     * and each line of {@code parts} is one more line.
     */
    static String level(String parts) {
        return "{ \"format\": 1, \"id\": \"t\", \"title\": \"T\", \"mode\": \"fix\",\n"
                + "  \"design\": {\n"
                + "    \"parts\": [\n"
                + parts + "\n"
                + "    ] } }\n";
    }

    /** A main goroutine part on one line with the given ops (JSON text) and extra parts after. */
    static String mainWith(String ops) {
        return "{ \"id\": \"main\", \"type\": \"goroutine\", \"start\": \"main\", \"ops\": [ " + ops + " ] }";
    }

    static Expr expr(String source) {
        try {
            return ExprParser.parse(source);
        } catch (ExprException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
