package org.interleave.level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The loader's did-you-mean suggestions for misspelt names, and how {@link Diagnosis} explains a
 * problem for the game: JSON path, expected vs found, the suggestion and the source line.
 */
class DiagnosisTest {
    private static final String HEAD = "{\n  \"format\": 1, \"id\": \"typo\", \"title\": \"Typos\", \"mode\": \"fix\",\n";

    private static List<Problem> problems(String json) {
        return assertThrows(LevelException.class, () -> LevelLoader.parse("t.level.json", json)).problems();
    }

    private static Diagnosis only(String json) {
        List<Problem> ps = problems(json);
        assertEquals(1, ps.size(), ps.toString());
        return Diagnosis.of(ps.get(0), json);
    }

    private static String design(String parts) {
        return HEAD + "  \"design\": {\"parts\": [\n" + parts + "\n  ]}\n}\n";
    }

    private static final String MAIN_OPEN = "    {\"id\": \"main\", \"type\": \"goroutine\", \"start\": \"main\", \"ops\": [\n";

    @Test
    void unknownPartType_suggestsTheClosestType_withItsPathAndTheChoices() {
        String json = design("    {\"id\": \"mu\", \"type\": \"mutexx\"},\n" + MAIN_OPEN + "    ]}");
        Diagnosis d = only(json);
        assertEquals("t.level.json:4:26: unknown part type 'mutexx' — did you mean 'mutex'?", d.problem().toString());
        assertEquals("$.design.parts[0].type", d.jsonPath());
        assertEquals("mutex", d.suggestion());
        assertEquals("'mutexx'", d.found());
        assertTrue(d.expected().startsWith("one of channel, mutex, rwmutex"), d.expected());
        assertEquals("    {\"id\": \"mu\", \"type\": \"mutexx\"},", d.sourceLine());
    }

    @Test
    void undefinedLocal_suggestsALocalTheGoroutineAssigns() {
        String json = design(MAIN_OPEN
                + "      {\"op\": \"let\", \"to\": \"count\", \"value\": 1},\n"
                + "      {\"op\": \"assert\", \"cond\": \"cuont > 0\"}\n    ]}");
        Diagnosis d = only(json);
        assertEquals("undefined: cuont — did you mean 'count'?", d.problem().message());
        assertEquals("count", d.suggestion());
        assertEquals("$.design.parts[0].ops[1].cond", d.jsonPath());
        assertEquals("a local this goroutine assigns", d.expected());
    }

    @Test
    void unknownPartReference_suggestsAPartThatDidNotLoadItself() {
        String json = design("    {\"id\": \"mu\", \"type\": \"mutex\", \"bogus\": 1},\n" + MAIN_OPEN
                + "      {\"op\": \"lock\", \"mu\": \"mv\"}\n    ]}");
        List<Problem> ps = problems(json);
        assertTrue(ps.stream().anyMatch(p -> p.message().equals("unknown part 'mv' — did you mean 'mu'?")), ps.toString());
    }

    @Test
    void unknownOpField_listsTheFieldsOfThatOp() {
        String json = design("    {\"id\": \"mu\", \"type\": \"mutex\"},\n" + MAIN_OPEN
                + "      {\"op\": \"lock\", \"mux\": \"mu\"}\n    ]}");
        List<Diagnosis> ds = Diagnosis.of(problems(json), json);
        Diagnosis d = ds.stream().filter(x -> x.problem().message().startsWith("unknown field")).findFirst().orElseThrow();
        assertEquals("unknown field 'mux' in op 'lock' — did you mean 'mu'?", d.problem().message());
        assertEquals("$.design.parts[1].ops[0].mux", d.jsonPath());
        assertEquals("field 'mux'", d.found());
        assertTrue(d.expected().contains("mu"), d.expected());
    }

    @Test
    void wrongType_saysExpectedAndFound() {
        String json = design("    {\"id\": \"c\", \"type\": \"channel\", \"cap\": \"two\"},\n" + MAIN_OPEN + "    ]}");
        Diagnosis d = only(json);
        assertEquals("$.design.parts[0].cap", d.jsonPath());
        assertEquals("an integer", d.expected());
        assertEquals("a string", d.found());
        assertEquals("", d.suggestion());
    }

    @Test
    void unknownMode_suggestsTheMode_andListsTheModes() {
        String json = "{\"format\": 1, \"id\": \"m\", \"title\": \"M\", \"mode\": \"fixx\", \"design\": {\"parts\": [{\"id\": \"main\", \"type\": \"goroutine\", \"start\": \"main\"}]}}";
        Diagnosis d = only(json);
        assertEquals("$.mode", d.jsonPath());
        assertEquals("fix", d.suggestion());
        assertEquals("one of build, fix, break", d.expected());
    }

    @Test
    void loaderProblems_carryTheirPartsFromWhereTheyWereFound() {
        String json = design("    {\"id\": \"c\", \"type\": \"channel\", \"capp\": 1},\n" + MAIN_OPEN + "    ]}");
        List<Problem> ps = problems(json);
        Problem p = ps.stream().filter(x -> x.message().startsWith("unknown field")).findFirst().orElseThrow();
        assertTrue(p.message().endsWith(" — did you mean 'cap'?"), ps.toString());
        assertEquals("field 'capp'", p.detail().found());
        assertEquals("cap", p.detail().suggestion());
        assertTrue(p.detail().expected().startsWith("one of its fields: ") && p.detail().expected().contains("cap"),
                p.detail().expected());
    }

    @Test
    void aNameThatOnlyLooksLikeAMessage_isTakenAsAName() {
        // the value itself reads like one of the loader's sentences; its parts are still the loader's
        String json = "{\"format\": 1, \"id\": \"m\", \"title\": \"M\", \"mode\": \"x' must be a, not b\","
                + " \"design\": {\"parts\": [{\"id\": \"main\", \"type\": \"goroutine\", \"start\": \"main\"}]}}";
        Diagnosis d = only(json);
        // quoted as the loader quotes every name: its own quote escaped, so it cannot end the name early
        assertEquals("'x\\' must be a, not b'", d.found());
        assertEquals("one of build, fix, break", d.expected());
    }

    @Test
    void syntaxError_hasNoPathButItsLine() {
        String json = "{\n  \"format\": 1,\n  \"id\": \"x\" \"title\": 2\n}";
        Diagnosis d = only(json);
        assertEquals("", d.jsonPath());
        assertEquals(3, d.problem().line());
        assertEquals("  \"id\": \"x\" \"title\": 2", d.sourceLine());
    }
}
