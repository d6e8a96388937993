package org.interleave.gobridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.interleave.engine.model.Level;
import org.interleave.explore.CheckOptions;
import org.interleave.explore.Checker;
import org.interleave.explore.Explorer;
import org.interleave.explore.Verdict;
import org.interleave.level.LevelLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A select without {@code default} that has {@code after} cases polls its other cases first and only
 * then waits with the timers (see {@link GoSelectTimersTest}). It wrote its other cases' bodies in
 * both selects, so a select of that kind nested in such a body was written twice, and d of them
 * nested 2^d times: eight deep gave 2,000 lines of Go for a design of twenty ops. Nested ones now
 * note the case taken and run its body once, from a switch, so the program grows with the design.
 */
class GoNestedTimersTest {
    static final int RUNS = 60;

    /**
     * Goal [2, 3, 4, 7, 9, 8]: every select is reached with its other case ready (so no timer is
     * taken) except the last, which nobody can feed (so its timer is). The inner selects lie in the
     * outer one's receive body and in a loop; a received value and its ok are read in the bodies, and
     * a break leaves the inner select as it would in Go.
     */
    static final String NESTED = """
            {"format": 1, "id": "nested-timers", "title": "nested-timers", "mode": "fix",
             "goal": {"output": {"sink": "out", "expect": [2, 3, 4, 7, 9, 8]}},
             "design": {"parts": [{"id": "c", "type": "channel", "cap": 1}, {"id": "out", "type": "sink"},
              {"id": "main", "type": "goroutine", "start": "main", "ops": [
                {"op": "send", "ch": "c", "value": 1},
                {"op": "select", "cases": [
                  {"recv": "c", "to": "v", "do": [
                    {"op": "send", "ch": "c", "value": "v + 1"},
                    {"op": "select", "cases": [
                      {"recv": "c", "to": "w", "ok": "ok", "do": [
                        {"op": "if", "cond": "ok", "then": [{"op": "emit", "sink": "out", "value": "w"}]},
                        {"op": "send", "ch": "c", "value": "w + 1"},
                        {"op": "repeat", "times": 2, "do": [
                          {"op": "select", "cases": [
                            {"recv": "c", "to": "x", "do": [
                              {"op": "emit", "sink": "out", "value": "x"},
                              {"op": "send", "ch": "c", "value": "x + 1"}]},
                            {"after": 5, "do": [{"op": "emit", "sink": "out", "value": 0}]}]}]},
                        {"op": "recv", "ch": "c"},
                        {"op": "if", "cond": "w == 2", "then": [{"op": "break"}]},
                        {"op": "emit", "sink": "out", "value": -5}]},
                      {"after": 3, "do": [{"op": "emit", "sink": "out", "value": -1}]}]},
                    {"op": "emit", "sink": "out", "value": 7}]},
                  {"after": 2, "do": [{"op": "emit", "sink": "out", "value": -2}]}]},
                {"op": "emit", "sink": "out", "value": 9},
                {"op": "select", "cases": [
                  {"recv": "c", "do": [{"op": "emit", "sink": "out", "value": -3}]},
                  {"after": 1, "do": [{"op": "emit", "sink": "out", "value": 8}]}]}]}]}}
            """;

    @TempDir
    Path work;

    /** {@code depth} selects, each in the receive case of the one around it, each with an after case. */
    static String nested(int depth) {
        String inner = "{\"op\": \"emit\", \"sink\": \"out\", \"value\": 1}";
        for (int d = 0; d < depth; d++) {
            inner = "{\"op\": \"select\", \"cases\": [{\"recv\": \"c\", \"do\": [" + inner + "]},"
                    + " {\"after\": " + (d + 1) + ", \"do\": [{\"op\": \"emit\", \"sink\": \"out\", \"value\": 2}]}]}";
        }
        return """
                {"format": 1, "id": "nest", "title": "nest", "mode": "fix", "goal": {"output": {"sink": "out", "expect": [1]}},
                 "design": {"parts": [{"id": "c", "type": "channel", "cap": 1}, {"id": "out", "type": "sink"},
                  {"id": "main", "type": "goroutine", "start": "main", "ops": [{"op": "send", "ch": "c", "value": 1}, %s]}]}}
                """.formatted(inner);
    }

    private static int lines(int depth) throws Exception {
        return (int) GoExporter.export(LevelLoader.parse("nest.level.json", nested(depth))).lines().count();
    }

    @Test
    void timedSelectsNestedEightDeep_exportToAProgramThatGrowsLinearly() throws Exception {
        String program = GoExporter.export(LevelLoader.parse("nest.level.json", nested(8)));
        assertTrue(program.length() < 6_000, "depth 8: " + program.length() + " chars\n" + program);
        int step = lines(3) - lines(2);
        for (int d = 3; d < 8; d++) {
            assertEquals(step, lines(d + 1) - lines(d), "lines added by nesting level " + (d + 1));
        }
        assertEquals(8, program.split("time.After\\(", -1).length - 1, "each timer is written in one select only\n" + program);
    }

    @Test
    void aSelectWithoutNestedTimedSelects_isStillWrittenInline() throws Exception {
        String program = GoExporter.export(LevelLoader.parse("nest.level.json", nested(1)));
        assertTrue(program.contains("""
                \tselect {
                \tcase <-c:
                \t\tfmt.Println(1)
                \tdefault:
                \t\t// Nothing was ready when the select was reached: now the timers start.
                \t\tselect {
                \t\tcase <-c:
                \t\t\tfmt.Println(1)
                \t\tcase <-time.After(time.Millisecond):
                \t\t\tfmt.Println(2)
                \t\t}
                \t}
                """), program);
    }

    @Test
    void nestedTimedSelects_runUnderGoOnTwoCores_printingOnlyWhatCheckAllows() throws Exception {
        GoRunner go = GoOnPath.orSkip(work.resolve("gopath")).with("GOMAXPROCS", "2");
        Level level = LevelLoader.parse("nested-timers.level.json", NESTED);
        CheckOptions options = new CheckOptions(CheckOptions.StrategyKind.DFS, 1, 1000, 0, 3, true, 0);
        assertEquals(Verdict.CLEARED, new Checker(options, () -> false, Explorer.Progress.NONE, System::nanoTime)
                .check(GoSoundness.strict(level)).verdict(), "check allows only the goal's output");
        String program = GoExporter.export(level);
        assertTrue(program.contains("switch taken {") && program.contains("switch taken2 {"), program);
        Path dir = work.resolve("nested");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("go.mod"), "module nested\n\ngo 1.19\n");
        Files.writeString(dir.resolve("main.go"), program);
        GoRunner.Result vet = go.go(dir, Duration.ofMinutes(5), "vet", ".");
        assertTrue(vet.ok(), "go vet: " + vet.both() + "\n" + program);
        GoRunner.Result build = go.go(dir, Duration.ofMinutes(5), "build", GoOnPath.TRIMPATH, "-o", "prog", ".");
        assertTrue(build.ok(), "go build: " + build.both());
        Map<String, Integer> outputs = new TreeMap<>();
        for (int i = 0; i < RUNS; i++) {
            GoRunner.Result r = go.run(dir, Duration.ofSeconds(20), dir.resolve("prog").toString());
            outputs.merge((r.exit() == 0 ? "" : "exit " + r.exit() + ": ") + r.both().strip().replace('\n', ' '), 1, Integer::sum);
        }
        String allowed = level.goal().output().expect().stream().map(String::valueOf).collect(Collectors.joining(" "));
        assertEquals(Map.of(allowed, RUNS), outputs, "Go runs with GOMAXPROCS=2\n" + program);
    }
}
