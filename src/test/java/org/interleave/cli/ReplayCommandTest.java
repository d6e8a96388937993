package org.interleave.cli;

import static org.interleave.cli.CliTest.assertExit;
import static org.interleave.cli.CliTest.concat;
import static org.interleave.cli.CliTest.file;
import static org.interleave.cli.CliTest.run;
import static org.interleave.cli.CliTest.samplers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.interleave.cli.CliTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code replay} as a user sees it (DESIGN §6): one line per step with goroutine, op, effect and
 * clock, the finding it ends on, exit codes for a schedule that cannot move, and that every
 * schedule {@code check} reports replays exactly.
 */
class ReplayCommandTest {
    private static final String NL = System.lineSeparator();
    private static final String RACE = "main main main worker#0 worker#0 worker#1";

    /** Every finding {@code check} reports for the fixtures, under each strategy, with its level. */
    static Stream<Arguments> reportedFindings() {
        List<Arguments> out = new ArrayList<>();
        List<String[]> strategies = new ArrayList<>();
        strategies.add(new String[] {});
        samplers().forEach(a -> strategies.add((String[]) a.get()[0]));
        for (String level : List.of("racy-counter.level.json", "two-ready-cases.level.json")) {
            for (String[] strategy : strategies) {
                Run r = run(concat(new String[] {"check", file(level), "--json"}, strategy));
                for (JsonNode f : r.json().get("findings")) {
                    out.add(Arguments.of(level, String.join(" ", strategy), f));
                }
            }
        }
        return out.stream();
    }

    @Test
    void printsOneLinePerStepWithGoroutineOpEffectAndClock() {
        Run r = run("replay", file("racy-counter.level.json"), "--schedule", RACE);
        assertExit(1, r);
        assertTrue(r.lines().get(0).matches("\\s*step\\s+goroutine\\s+op\\s+effect\\s+clock"), r::toString);
        List<Matcher> steps = r.steps();
        assertEquals(6, steps.size(), r::toString);
        for (int i = 0; i < steps.size(); i++) {
            assertEquals(i + 1, Integer.parseInt(steps.get(i).group(1)));
        }
        assertEquals("main", r.step(1).group(2));
        assertTrue(r.step(1).group(3).contains("wg.Add(2)"), r::toString);
        assertTrue(r.step(1).group(3).contains("wg counter = 2"), r::toString);
        assertTrue(r.step(2).group(3).contains("started worker#0"), r::toString);
        assertEquals("worker#0", r.step(4).group(2));
        assertTrue(r.step(4).group(3).contains("hits++"), r::toString);
        assertTrue(r.step(4).group(3).contains("read hits = 0"), r::toString);
        assertTrue(r.step(5).group(3).contains("wrote hits = 1"), r::toString);
        assertEquals("0", r.step(6).group(4));
    }

    @Test
    void endsWithTheFindingAndTheStepItHappenedAfter() {
        Run r = run("replay", file("racy-counter.level.json"), "--schedule", RACE);
        List<String> tail = r.lines().subList(r.steps().size() + 1, r.lines().size());
        assertEquals("", tail.get(0));
        assertTrue(tail.get(1).startsWith("end: ") || tail.get(1).startsWith("end of schedule"), r::toString);
        assertTrue(tail.get(2).startsWith("race after step 6: WARNING: DATA RACE: "), r::toString);
        tail.subList(3, tail.size()).forEach(l -> assertTrue(l.startsWith("  "), r::toString));
        assertEquals("", r.err());
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("reportedFindings")
    void reproducesTheExactScheduleCheckReported(String level, String strategy, JsonNode finding) {
        String schedule = finding.get("schedule").textValue();
        Run r = run("replay", file(level), "--schedule", schedule);
        assertExit(1, r);
        assertEquals(schedule, String.join(" ", r.steps().stream().map(m -> m.group(2)).toList()), r::toString);
        List<String> findings = r.lines().stream().filter(l -> l.matches("[a-z]+ after step \\d+: .*")).toList();
        int length = schedule.isEmpty() ? 0 : schedule.split(" ").length;
        assertEquals(finding.get("kind").textValue() + " after step " + length + ": "
                + finding.get("message").textValue(), findings.get(findings.size() - 1), r::toString);
    }

    @Test
    void checkOfASelectDesign_reportsSchedulesThatPickACaseAndFireATimeout() {
        // so that reproducesTheExactScheduleCheckReported also covers name:k and @ctx
        Run r = run("check", file("two-ready-cases.level.json"), "--json");
        assertExit(1, r);
        List<String> schedules = new ArrayList<>();
        r.json().get("findings").forEach(f -> schedules.add(f.get("schedule").textValue()));
        assertTrue(schedules.contains("main main main:1 main"), schedules::toString);
        assertTrue(schedules.contains("main main @ctx main:2"), schedules::toString);
    }

    @Test
    void tokenThatCannotMove_exits2NamingTheStepAndTheEnabledGoroutines() {
        Run r = run("replay", file("racy-counter.level.json"), "--schedule", "main worker#0");
        assertExit(2, r);
        assertEquals("schedule does not replay: step 2: 'worker#0' cannot move here (enabled: main)" + NL, r.err());
        assertEquals("", r.out());
    }

    @Test
    void blockedGoroutine_cannotMove() {
        Run r = run("replay", file("racy-counter.level.json"), "--schedule", "main main main main");
        assertExit(2, r);
        assertEquals("schedule does not replay: step 4: 'main' cannot move here (enabled: worker#0 worker#1)" + NL,
                r.err());
    }

    @Test
    void selectWithSeveralReadyCases_needsTheCaseNumber() {
        Run r = run("replay", file("two-ready-cases.level.json"), "--schedule", "main main main");
        assertExit(2, r);
        assertEquals("schedule does not replay: step 3: 'main' cannot move here (enabled: main:0 main:1 @ctx)" + NL,
                r.err());
    }

    @Test
    void selectCaseChoice_takesThatCase() {
        Run first = run("replay", file("two-ready-cases.level.json"), "--schedule", "main main main:0 main");
        assertExit(0, first);
        assertEquals("main:0", first.step(3).group(2));
        assertTrue(first.step(3).group(3).contains("received 1 from a"), first::toString);

        Run second = run("replay", file("two-ready-cases.level.json"), "--schedule", "main main main:1 main");
        assertExit(1, second);
        assertEquals("main:1", second.step(3).group(2));
        assertTrue(second.step(3).group(3).contains("received 2 from b"), second::toString);
        assertTrue(second.out().contains(NL + "assert after step 4: took b" + NL), second::toString);
    }

    @Test
    void atContext_firesThatContextsTimeout() {
        Run r = run("replay", file("two-ready-cases.level.json"), "--schedule", "main main @ctx main:2");
        assertExit(1, r);
        assertEquals("@ctx", r.step(3).group(2));
        assertTrue(r.step(3).group(3).contains("timeout of ctx fired"), r::toString);
        assertTrue(r.step(4).group(3).contains("ctx is done"), r::toString);
        assertTrue(r.out().contains(NL + "assert after step 4: timed out" + NL), r::toString);
    }

    @Test
    void withSolution_replaysTheSolutionsDesign() {
        Run r = run("replay", file("racy-counter.level.json"), "--solution", file("racy-counter.solution.json"),
                "--schedule", "main main main worker#0");
        assertExit(0, r);
        assertTrue(r.step(4).group(3).contains("mu.Lock()"), r::toString);
    }

    @Test
    void invalidLevel_exits2WithFileLineCol() {
        String level = file("unknown-field.level.json");
        Run r = run("replay", level, "--schedule", "main");
        assertExit(2, r);
        assertEquals(level + ":8:42: unknown field 'cpa' in part — did you mean 'cap'?" + NL, r.err());
    }

    @Test
    void missingSchedule_exits2() {
        Run r = run("replay", file("racy-counter.level.json"));
        assertExit(2, r);
        assertTrue(r.err().contains("--schedule"), r::toString);
    }
}
