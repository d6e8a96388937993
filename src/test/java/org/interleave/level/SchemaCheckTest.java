package org.interleave.level;

import static org.interleave.level.Fixtures.assertOneProblemIn;
import static org.interleave.level.Fixtures.level;
import static org.interleave.level.Fixtures.mainWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The loader applies the level schema to the files it accepts: what only the schema finds is
 * reported like the loader's own problems, and nothing the loader reports is reported again.
 */
class SchemaCheckTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{ \"id\": \"p\", \"type\": \"producer\", \"ch\": \"c\" }                     | values",
            "{ \"id\": \"p\", \"type\": \"producer\", \"values\": [1] }                  | ch",
            "{ \"id\": \"p\", \"type\": \"consumer\", \"sink\": \"out\" }                | ch",
            "{ \"id\": \"p\", \"type\": \"worker\", \"wg\": \"wg\" }                     | in",
            "{ \"id\": \"p\", \"type\": \"closer\", \"wg\": \"wg\" }                     | ch"})
    void presetWithoutAFieldPresetsNeed_isOneMissingFieldAtThePart(String part, String field) {
        String parts = mainWith("") + ",\n{ \"id\": \"c\", \"type\": \"channel\" }, { \"id\": \"wg\", \"type\": \"waitgroup\" },"
                + " { \"id\": \"out\", \"type\": \"sink\" },\n" + part;
        assertOneProblemIn(level(parts), 6, 1, "missing field '" + field + "' in part");
    }

    @Test
    void closerWithoutBothFields_isOneProblemPerMissingField() {
        String parts = mainWith("") + ",\n{ \"id\": \"p\", \"type\": \"closer\" }";
        LevelException e = assertThrows(LevelException.class, () -> LevelLoader.parse("t.level.json", level(parts)));
        assertEquals(List.of("t.level.json:5:1: missing field 'wg' in part", "t.level.json:5:1: missing field 'ch' in part"),
                e.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void mistakeTheLoaderReports_isNotReportedAgainByTheSchema() {
        String ops = "{ \"op\": \"lock\", \"mu\": \"mu\", \"timeout\": 5 }";
        assertOneProblemIn(level(mainWith(ops) + ",\n{ \"id\": \"mu\", \"type\": \"mutex\" }"),
                4, mainWith(ops).indexOf("\"timeout\"") + 1, "unknown field 'timeout' in op 'lock'");
    }

    /** The problems the schema alone finds in level text, without the loader's checks first. */
    private static List<String> schemaProblems(String json) throws JsonTree.SyntaxError {
        Report r = new Report("t.level.json");
        SchemaCheck.check((JsonTree.Obj) JsonTree.parse(json), r);
        LevelException e = assertThrows(LevelException.class, r::throwIfAny);
        return e.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void schemaAlone_namesAnUnknownFieldAtItsName_withASuggestion() throws JsonTree.SyntaxError {
        String ops = "{ \"op\": \"send\", \"ch\": \"c\", \"valeu\": 1 }";
        String json = level(mainWith(ops) + ",\n{ \"id\": \"c\", \"type\": \"channel\" }");
        int op = mainWith(ops).indexOf("{ \"op\"") + 1;
        assertEquals(List.of("t.level.json:4:" + op + ": missing field 'value' in op 'send'",
                "t.level.json:4:" + (mainWith(ops).indexOf("\"valeu\"") + 1)
                        + ": unknown field 'valeu' in op 'send' — did you mean 'value'?"),
                schemaProblems(json));
    }

    @Test
    void schemaAlone_reportsOtherKeywordsAtTheValue_namingTheField() throws JsonTree.SyntaxError {
        String part = "{ \"id\": \"w\", \"type\": \"goroutine\", \"count\": \"3\" }";
        assertEquals(List.of("t.level.json:5:" + (part.indexOf("\"3\"") + 1) + ": 'count': string found, integer expected"),
                schemaProblems(level(mainWith("") + ",\n" + part)));
    }

    @Test
    void buildLevelWithAnEmptyDesign_passesTheSchema() throws LevelException {
        LevelLoader.parse("t.level.json", "{ \"format\": 1, \"id\": \"t\", \"title\": \"T\", \"mode\": \"build\", \"design\": {} }");
    }
}
