package org.interleave.level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.interleave.engine.model.Design;
import org.interleave.engine.model.Level;
import org.junit.jupiter.api.Test;

/**
 * A sealed part that relays ({@code "relay": true}) takes, besides what the level's locked ops send,
 * a value the player's op passes on unchanged from a sealed channel, and nothing else: so a level can
 * leave the plumbing between its stages to the player (fan-in) but not the values that arrive.
 */
class SealedRelayTest {
    /** A producer sends 1 and 2 on sealed {@code a}; {@code m} and {@code out} relay; main is the player's. */
    private static final String LEVEL = """
            { "format": 1, "id": "t", "title": "T", "mode": "build",
              "design": { "parts": [
                { "id": "a", "type": "channel", "locked": true, "sealed": true },
                { "id": "m", "type": "channel", "locked": true, "sealed": true, "relay": true },
                { "id": "out", "type": "sink", "locked": true, "sealed": true, "relay": true },
                { "id": "p", "type": "goroutine", "start": "auto", "locked": true, "ops": [
                  { "op": "send", "ch": "a", "value": 1 }, { "op": "send", "ch": "a", "value": 2 },
                  { "op": "close", "ch": "a" } ] },
                { "id": "main", "type": "goroutine", "start": "main", "ops": [] } ] },
              "palette": { "goroutine": 2, "channel": 1,
                "ops": ["go", "send", "recv", "range", "repeat", "emit", "let"] },
              "goal": { "output": { "sink": "out", "expect": [1, 2], "order": "any" } } }
            """;

    private static final String PARTS = """
                { "id": "a", "type": "channel", "locked": true, "sealed": true },
                { "id": "m", "type": "channel", "locked": true, "sealed": true, "relay": true },
                { "id": "out", "type": "sink", "locked": true, "sealed": true, "relay": true },
                { "id": "p", "type": "goroutine", "start": "auto", "locked": true, "ops": [
                  { "op": "send", "ch": "a", "value": 1 }, { "op": "send", "ch": "a", "value": 2 },
                  { "op": "close", "ch": "a" } ] },
            """;

    /** A solution whose main has these ops, after any other parts (the extras on line 8, main on line 9). */
    private static String solution(String extraParts, String mainOps) {
        return "{ \"format\": 1, \"level\": \"t\", \"design\": { \"parts\": [\n" + PARTS
                + extraParts + "\n"
                + "    { \"id\": \"main\", \"type\": \"goroutine\", \"start\": \"main\", \"ops\": [ " + mainOps + " ] } ] } }\n";
    }

    private static Level level() throws LevelException {
        return LevelLoader.parse("t.level.json", LEVEL);
    }

    private static Design loads(String extraParts, String mainOps) throws LevelException {
        return LevelLoader.parseSolution("s.json", solution(extraParts, mainOps), level());
    }

    private static List<String> refused(String extraParts, String mainOps) throws LevelException {
        Level level = level();
        LevelException e = assertThrows(LevelException.class,
                () -> LevelLoader.parseSolution("s.json", solution(extraParts, mainOps), level));
        return e.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void relay_isReadAndWrittenBack() throws LevelException {
        Design d = level().design();
        assertTrue(d.part("m").orElseThrow().layout().relay());
        assertTrue(!d.part("a").orElseThrow().layout().relay());
        assertTrue(DesignWriter.write(d).toString().contains("\"id\":\"m\",\"type\":\"channel\",\"x\":0,\"y\":0,"
                + "\"locked\":true,\"sealed\":true,\"relay\":true"), DesignWriter.write(d).toString());
    }

    @Test
    void valueReceivedFromASealedChannel_passesOnToARelay() throws LevelException {
        Design d = loads("", "{ \"op\": \"range\", \"ch\": \"a\", \"to\": \"v\", \"do\": ["
                + " { \"op\": \"emit\", \"sink\": \"out\", \"value\": \"v\" } ] }");
        assertTrue(d.part("main").isPresent());
    }

    @Test
    void forwarderThroughARelayChannel_loads_asDoesTheReaderThatPrintsWhatArrives() throws LevelException {
        String forward = "    { \"id\": \"f\", \"type\": \"goroutine\", \"start\": \"auto\", \"ops\": ["
                + " { \"op\": \"range\", \"ch\": \"a\", \"to\": \"v\", \"do\": ["
                + " { \"op\": \"send\", \"ch\": \"m\", \"value\": \"v\" } ] } ] },";
        Design d = loads(forward, "{ \"op\": \"repeat\", \"times\": 2, \"do\": ["
                + " { \"op\": \"recv\", \"ch\": \"m\", \"to\": \"w\" }, { \"op\": \"emit\", \"sink\": \"out\", \"value\": \"w\" } ] }");
        assertTrue(d.part("f").isPresent());
    }

    @Test
    void constantPrintedOnARelay_isRefused_atTheOp() throws LevelException {
        assertEquals(List.of("s.json:9:92: main: 'fmt.Println(1)' sends to out, which the level seals: only the"
                        + " level's locked ops send there, or yours passing on, unchanged, a value received from a"
                        + " sealed channel"),
                refused("", "{ \"op\": \"emit\", \"sink\": \"out\", \"value\": 1 }"));
    }

    @Test
    void valueChangedOnTheWay_isRefused() throws LevelException {
        assertEquals(1, refused("", "{ \"op\": \"range\", \"ch\": \"a\", \"to\": \"v\", \"do\": ["
                + " { \"op\": \"emit\", \"sink\": \"out\", \"value\": \"v + 1\" } ] }").size());
    }

    @Test
    void variableAlsoBoundByALet_isRefused() throws LevelException {
        assertEquals(1, refused("", "{ \"op\": \"range\", \"ch\": \"a\", \"to\": \"v\", \"do\": ["
                + " { \"op\": \"let\", \"to\": \"v\", \"value\": 7 },"
                + " { \"op\": \"emit\", \"sink\": \"out\", \"value\": \"v\" } ] }").size());
    }

    @Test
    void valueReceivedFromAnUnsealedChannel_isRefused() throws LevelException {
        String fake = "    { \"id\": \"x\", \"type\": \"channel\", \"cap\": 2 },\n"
                + "    { \"id\": \"g\", \"type\": \"goroutine\", \"start\": \"auto\", \"ops\": ["
                + " { \"op\": \"send\", \"ch\": \"x\", \"value\": 1 }, { \"op\": \"send\", \"ch\": \"x\", \"value\": 2 } ] },";
        assertEquals(1, refused(fake, "{ \"op\": \"repeat\", \"times\": 2, \"do\": ["
                + " { \"op\": \"recv\", \"ch\": \"x\", \"to\": \"v\" }, { \"op\": \"emit\", \"sink\": \"out\", \"value\": \"v\" } ] }")
                .size());
    }

    @Test
    void okOfAReceive_andAnArgumentOfGo_areNotPassedOnValues() throws LevelException {
        assertTrue(refused("", "{ \"op\": \"recv\", \"ch\": \"a\", \"to\": \"w\", \"ok\": \"v\" },"
                + " { \"op\": \"emit\", \"sink\": \"out\", \"value\": \"v\" }").stream()
                .anyMatch(p -> p.contains("'fmt.Println(v)' sends to out")));
        String g = "    { \"id\": \"g\", \"type\": \"goroutine\", \"start\": \"spawn\", \"ops\": ["
                + " { \"op\": \"recv\", \"ch\": \"a\", \"to\": \"v\" }, { \"op\": \"emit\", \"sink\": \"out\", \"value\": \"v\" } ] },";
        assertTrue(loads(g, "{ \"op\": \"go\", \"g\": \"g\" }").part("g").isPresent());
        assertEquals(1, refused(g, "{ \"op\": \"go\", \"g\": \"g\", \"args\": { \"v\": 2 } }").size());
    }

    @Test
    void relayWithoutSeal_isALevelError() {
        String unsealed = LEVEL.replace("{ \"id\": \"m\", \"type\": \"channel\", \"locked\": true, \"sealed\": true, \"relay\": true }",
                "{ \"id\": \"m\", \"type\": \"channel\", \"locked\": true, \"relay\": true }");
        LevelException e = assertThrows(LevelException.class, () -> LevelLoader.parse("t.level.json", unsealed));
        assertEquals(List.of("t.level.json:4:62: only a sealed part relays (\"sealed\": true): an unsealed one takes"
                + " anything the player sends"), e.problems().stream().map(Problem::toString).toList());
    }
}
