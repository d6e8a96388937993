package org.interleave.oracle;

import org.interleave.engine.model.Level;
import org.interleave.level.LevelException;
import org.interleave.level.LevelLoader;

/**
 * Small levels for the oracle's tests, written as level JSON with single quotes (turned into
 * double quotes) and loaded through the product's loader and validator, so every op gets the
 * path a level file gives it.
 */
final class OracleLevels {
    private OracleLevels() {}

    /** A {@code fix} level (everything forbidden) with this goal body and these parts. */
    static Level fix(String goal, String... parts) {
        return level("fix", goal, null, parts);
    }

    /** A level of any mode, with optional {@code verify} bounds. */
    static Level level(String mode, String goal, String verify, String... parts) {
        String json = "{'format': 1, 'id': 'oracle', 'title': 'oracle', 'mode': '" + mode + "', 'goal': {" + goal + "}, "
                + (verify == null ? "" : "'verify': {" + verify + "}, ")
                + "'design': {'parts': [" + String.join(", ", parts) + "]}}";
        return parse(json.replace('\'', '"'));
    }

    static Level parse(String json) {
        try {
            return LevelLoader.parse("oracle.level.json", json);
        } catch (LevelException e) {
            throw new IllegalArgumentException(e.getMessage() + "\n" + json, e);
        }
    }

    static String main(String... ops) {
        return "{'id': 'main', 'type': 'goroutine', 'start': 'main', 'ops': [" + String.join(", ", ops) + "]}";
    }

    static String auto(String id, String... ops) {
        return "{'id': '" + id + "', 'type': 'goroutine', 'ops': [" + String.join(", ", ops) + "]}";
    }

    static String spawn(String id, String... ops) {
        return "{'id': '" + id + "', 'type': 'goroutine', 'start': 'spawn', 'ops': [" + String.join(", ", ops) + "]}";
    }

    static String part(String id, String type, String more) {
        return "{'id': '" + id + "', 'type': '" + type + "'" + (more.isEmpty() ? "" : ", " + more) + "}";
    }

    static String chan(String id, int cap) {
        return part(id, "channel", "'cap': " + cap);
    }
}
