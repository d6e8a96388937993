package org.interleave.cli;

import static org.interleave.cli.CliTest.assertExit;
import static org.interleave.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.interleave.cli.CliTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code replay} of a schedule that stops before main is blocked or looping: where main can
 * never return from the state the schedule ends in, that state hangs (DESIGN §4) and replay
 * says so, as it does for check's own, longer schedule; where main may still return, it does not.
 */
class ReplayPrefixTest {
    /** main adds 1 to wg, starts spin (which polls d for ever) and waits on wg: every schedule hangs. */
    private static final String SPIN = "{'id': 'spin', 'type': 'goroutine', 'start': 'spawn', 'ops': [{'op': 'loop', 'do': ["
            + "{'op': 'select', 'cases': [{'recv': 'd', 'do': [{'op': 'return'}]}], 'default': []}]}]}";
    private static final String HANGS = level(SPIN,
            "{'id': 'main', 'type': 'goroutine', 'start': 'main', 'ops': [{'op': 'add', 'wg': 'wg', 'n': 1},"
                    + " {'op': 'go', 'g': 'spin'}, {'op': 'wait', 'wg': 'wg'}]}");
    /** The same, but main first polls c, which w fills: main returns if it finds the value there. */
    private static final String MAY_RETURN = level(SPIN,
            "{'id': 'w', 'type': 'goroutine', 'ops': [{'op': 'send', 'ch': 'c', 'value': 1}]}",
            "{'id': 'main', 'type': 'goroutine', 'start': 'main', 'ops': [{'op': 'add', 'wg': 'wg', 'n': 1},"
                    + " {'op': 'go', 'g': 'spin'}, {'op': 'select', 'cases': [{'recv': 'c', 'do': [{'op': 'return'}]}],"
                    + " 'default': []}, {'op': 'wait', 'wg': 'wg'}]}");

    /** main polls c, which w fills, then waits on wg: if it finds c empty, it blocks and w finishes: a deadlock. */
    private static final String DEADLOCKS = level(
            "{'id': 'w', 'type': 'goroutine', 'ops': [{'op': 'send', 'ch': 'c', 'value': 1}]}",
            "{'id': 'main', 'type': 'goroutine', 'start': 'main', 'ops': [{'op': 'add', 'wg': 'wg', 'n': 1},"
                    + " {'op': 'select', 'cases': [{'recv': 'c', 'do': [{'op': 'return'}]}], 'default': []},"
                    + " {'op': 'wait', 'wg': 'wg'}]}");

    @TempDir
    Path dir;

    private static String level(String... goroutines) {
        return ("{'format': 1, 'id': 'prefix', 'title': 'prefix', 'mode': 'fix', 'goal': {}, 'design': {'parts': ["
                + "{'id': 'wg', 'type': 'waitgroup'}, {'id': 'c', 'type': 'channel', 'cap': 1},"
                + " {'id': 'd', 'type': 'channel', 'cap': 0}, " + String.join(", ", goroutines) + "]}}").replace('\'', '"');
    }

    private String file(String json) throws IOException {
        Path p = dir.resolve("prefix.level.json");
        Files.writeString(p, json);
        return p.toString();
    }

    /** What replay says after its steps: the end line, then each finding with its explanation. */
    private static List<String> tail(Run r) {
        return r.lines().subList(r.steps().size() + 2, r.lines().size());
    }

    @Test
    void checksHangSchedule_isLongerThanThePrefixes() throws IOException {
        Run r = run("check", file(HANGS), "--json");
        assertExit(1, r);
        assertEquals("main main", r.json().get("findings").get(0).get("schedule").asText(), r::toString);
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource({"'', 0", "main, 1"})
    void prefixOfAHangsSchedule_reportsTheHangAfterItsLastStep(String schedule, int steps) throws IOException {
        Run r = run("replay", file(HANGS), "--schedule", schedule);
        assertExit(1, r);
        assertEquals(steps, r.steps().size(), r::toString);
        List<String> tail = tail(r);
        assertEquals("end of schedule; the program could go on", tail.get(0), r::toString);
        assertEquals("hang after step " + steps + ": main cannot return: blocked on wg.Wait (counter 1) while spin#0 loops",
                tail.get(1), r::toString);
        assertTrue(tail.contains("  main can never return, however the scheduler chooses."), r::toString);
        String rest = steps == 0 ? "main main" : "main";
        assertEquals("  Going on with '" + rest + "', for one, gets there.", tail.get(tail.size() - 1), r::toString);
    }

    @Test
    void prefixFromWhichMainMayStillReturn_reportsNoHang() throws IOException {
        String level = file(MAY_RETURN);
        Run before = run("replay", level, "--schedule", "main main");
        assertExit(0, before);
        assertEquals(List.of("end of schedule; the program could go on"), tail(before), before::toString);

        Run after = run("replay", level, "--schedule", "main main main");
        assertExit(1, after);
        assertTrue(after.step(3).group(3).contains("default"), after::toString);
        assertTrue(tail(after).get(1).startsWith("hang after step 3: main cannot return: blocked on wg.Wait"), after::toString);
        assertFalse(after.out().contains("Going on with"), after::toString);
    }

    /** Main blocked for good while w can still finish is a deadlock to come, not a hang (DESIGN §4: a stuck state is reachable). */
    @Test
    void prefixFromWhichEveryScheduleDeadlocks_reportsNoHang() throws IOException {
        String level = file(DEADLOCKS);
        Run before = run("replay", level, "--schedule", "main main");
        assertExit(0, before);
        assertTrue(before.step(2).group(3).contains("default"), before::toString);
        assertEquals(List.of("end of schedule; the program could go on"), tail(before), before::toString);

        Run after = run("replay", level, "--schedule", "main main w");
        assertExit(1, after);
        assertTrue(tail(after).get(1).startsWith("deadlock after step 3: "), after::toString);
    }
}
