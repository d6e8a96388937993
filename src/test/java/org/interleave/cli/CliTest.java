package org.interleave.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * The command line as a user sees it (DESIGN §6): exit codes, what {@code check} prints on stdout
 * and stderr, the {@code --json} object, solutions and the sampling strategies. {@code replay} is
 * in {@link ReplayCommandTest}; the helpers here run a command line as a user would.
 */
class CliTest {
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final String NL = System.lineSeparator();
    private static final Set<String> VERDICTS = Set.of("cleared", "race", "deadlock", "leak", "panic", "assert",
            "hang", "output", "inconclusive");
    /** A step line of {@code replay}: number, schedule token, op and effect, clock. */
    private static final Pattern STEP = Pattern.compile("^\\s*(\\d+)\\s+(\\S+)\\s+(.+?)\\s+t=(\\d+)$");

    /** What one command line did: its exit code and everything it printed. */
    record Run(int exit, String out, String err) {
        JsonNode json() {
            try {
                return JSON.readTree(out);
            } catch (IOException e) {
                throw new UncheckedIOException("stdout is not one JSON value:\n" + out, e);
            }
        }

        List<String> lines() {
            return out.lines().toList();
        }

        /** The steps {@code replay} printed, one matcher per line, in order. */
        List<Matcher> steps() {
            List<Matcher> steps = new ArrayList<>();
            for (String line : lines().subList(1, lines().size())) {
                if (line.isEmpty()) {
                    break;
                }
                Matcher m = STEP.matcher(line);
                assertTrue(m.matches(), () -> "not a step line: '" + line + "'");
                steps.add(m);
            }
            return steps;
        }

        Matcher step(int number) {
            return steps().get(number - 1);
        }

        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    /** Runs one command line as {@link Main#execute} does, with stdout and stderr captured. */
    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    /** The path of a fixture under {@code src/test/resources/cli}. */
    static String file(String name) {
        URL url = CliTest.class.getResource("/cli/" + name);
        assertNotNull(url, () -> "no fixture " + name);
        try {
            return Path.of(url.toURI()).toString();
        } catch (URISyntaxException e) {
            throw new AssertionError(e);
        }
    }

    static void assertExit(int expected, Run r) {
        assertEquals(expected, r.exit(), r::toString);
    }

    /** Removes the one field that may differ between two identical checks. */
    static JsonNode withoutMillis(JsonNode report) {
        JsonNode copy = report.deepCopy();
        ((ObjectNode) copy.get("stats")).remove("millis");
        return copy;
    }

    @Nested
    class CheckExitCodes {
        @Test
        void correctDesign_exits0AsCleared() {
            Run r = run("check", file("locked-counter.level.json"));
            assertExit(0, r);
            assertEquals("locked-counter: cleared", r.lines().get(0));
            assertTrue(r.lines().get(1).matches("  all [0-9,]+ interleavings checked .*"), r::toString);
            assertEquals("cleared: no schedule breaks this design.", r.lines().get(r.lines().size() - 1));
            assertEquals("", r.err());
        }

        @Test
        void racyCounter_exits1WithEachFindingAndItsSchedule() {
            Run r = run("check", file("racy-counter.level.json"));
            assertExit(1, r);
            assertEquals("racy-counter: race", r.lines().get(0));
            assertTrue(r.lines().stream().anyMatch(l -> l.startsWith("race: WARNING: DATA RACE: ")), r::toString);
            assertTrue(r.lines().stream().anyMatch(l -> l.equals("output: output of out: expected [2], got [1]")),
                    r::toString);
            assertTrue(r.lines().stream().anyMatch(l -> l.startsWith("  schedule: main main main worker#")),
                    r::toString);
            assertEquals("", r.err());
        }

        @Test
        void malformedJson_exits2WithFileLineColOnStderr() {
            String level = file("malformed.level.json");
            Run r = run("check", level);
            assertExit(2, r);
            assertEquals(level + ":6:1: invalid JSON: Unexpected character ('}'): was expecting double-quote"
                    + " to start field name" + NL, r.err());
            assertEquals("", r.out());
        }

        @Test
        void unknownField_exits2WithFileLineColAndASuggestion() {
            String level = file("unknown-field.level.json");
            Run r = run("check", level);
            assertExit(2, r);
            assertEquals(level + ":8:42: unknown field 'cpa' in part — did you mean 'cap'?" + NL, r.err());
            assertEquals("", r.out());
        }

        @Test
        void missingFile_exits2NamingTheFile() {
            String level = Path.of(file("racy-counter.level.json")).resolveSibling("no-such.level.json").toString();
            Run r = run("check", level);
            assertExit(2, r);
            assertEquals(level + ":1:1: cannot read file: no such file" + NL, r.err());
            assertEquals("", r.out());
        }

        @Test
        void solutionForAnotherLevel_exits2AtItsLevelField() {
            String solution = file("other-level.solution.json");
            Run r = run("check", file("racy-counter.level.json"), "--solution", solution);
            assertExit(2, r);
            assertEquals(solution + ":3:12: solution is for level 'another-level', not 'racy-counter'" + NL, r.err());
            assertEquals("", r.out());
        }

        @Test
        void unknownStrategy_exits2NamingTheChoices() {
            Run r = run("check", file("racy-counter.level.json"), "--strategy", "bfs");
            assertExit(2, r);
            assertEquals("Invalid value for option '--strategy': unknown strategy 'bfs': use dfs, random, pct"
                    + " or round-robin", r.err().lines().findFirst().orElse(""), r::toString);
            assertEquals("", r.out());
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "--seed x", "--runs 0", "--budget -1", "--pct-depth 0", "--no-such-option",
                "--solution"})
        void badCommandLine_exits2(String extra) {
            List<String> args = new ArrayList<>(List.of("check", file("racy-counter.level.json")));
            if (extra.isEmpty()) {
                args.remove(1); // no LEVEL.json at all
            } else {
                args.addAll(List.of(extra.split(" ")));
            }
            Run r = run(args.toArray(String[]::new));
            assertExit(2, r);
            assertFalse(r.err().isBlank(), r::toString);
            assertEquals("", r.out());
        }

        @Test
        void budgetExhaustedWithoutAVerdict_exits3() {
            Run r = run("check", file("many-states.level.json"), "--budget", "5");
            assertExit(3, r);
            assertEquals("many-states: inconclusive", r.lines().get(0));
            assertTrue(r.out().contains("state budget of 5 exhausted"), r::toString);
            assertFalse(r.out().contains("cleared"), r::toString);
        }

        @Test
        void sameDesignWithItsOwnBounds_isCleared() {
            // so the 3 above comes from the budget, not from the design
            assertExit(0, run("check", file("many-states.level.json")));
        }
    }

    @Nested
    class CheckJson {
        @Test
        void printsExactlyOneObjectWithTheFieldsOfDesign6() {
            Run r = run("check", file("racy-counter.level.json"), "--json");
            assertExit(1, r);
            assertEquals("", r.err());
            JsonNode o = r.json(); // fails on anything after the object
            assertTrue(o.isObject(), r::toString);
            assertEquals("racy-counter", o.get("level").textValue());
            assertEquals("race", o.get("verdict").textValue());
            assertTrue(o.get("exhaustive").isBoolean() && o.get("exhaustive").booleanValue(), r::toString);
            assertTrue(o.get("findings").isArray() && !o.get("findings").isEmpty(), r::toString);
            for (JsonNode f : o.get("findings")) {
                for (String field : List.of("kind", "message", "schedule")) {
                    assertTrue(f.path(field).isTextual(), () -> field + " in " + f);
                }
                assertTrue(VERDICTS.contains(f.get("kind").textValue()), f::toString);
                assertTrue(f.path("where").isArray(), f::toString);
                f.get("where").forEach(w -> assertTrue(w.isTextual(), f::toString));
            }
            JsonNode race = o.get("findings").get(0);
            assertEquals("race", race.get("kind").textValue());
            assertTrue(race.get("message").textValue().startsWith("WARNING: DATA RACE"), race::toString);
            assertEquals(2, race.get("where").size());
            race.get("where").forEach(w -> assertTrue(w.textValue().matches("worker#[01] ops\\[0] (read|write) hits"),
                    w::toString));
            for (String field : List.of("executions", "states", "steps", "millis")) {
                assertTrue(o.path("stats").path(field).isIntegralNumber(), () -> field + " in " + o.get("stats"));
            }
        }

        @Test
        void clearedDesign_hasVerdictClearedAndNoFindings() {
            Run r = run("check", file("locked-counter.level.json"), "--json");
            assertExit(0, r);
            JsonNode o = r.json();
            assertEquals("cleared", o.get("verdict").textValue());
            assertTrue(o.get("exhaustive").booleanValue());
            assertTrue(o.get("findings").isArray() && o.get("findings").isEmpty(), r::toString);
            assertTrue(o.get("stats").get("executions").longValue() > 0, r::toString);
        }

        @Test
        void budgetExhausted_isInconclusiveAndNotExhaustive() {
            Run r = run("check", file("many-states.level.json"), "--budget", "5", "--json");
            assertExit(3, r);
            JsonNode o = r.json();
            assertEquals("inconclusive", o.get("verdict").textValue());
            assertFalse(o.get("exhaustive").booleanValue());
            assertTrue(o.get("findings").isEmpty());
        }

        @Test
        void invalidInput_printsNoJsonAndTheProblemOnStderr() {
            String level = file("malformed.level.json");
            Run r = run("check", level, "--json");
            assertExit(2, r);
            assertEquals("", r.out());
            assertTrue(r.err().startsWith(level + ":6:1: invalid JSON"), r::toString);
        }
    }

    @Nested
    class CheckSolution {
        @Test
        void correctSolutionOfABuggyLevel_isCheckedInsteadOfTheLevelsDesign() {
            Run r = run("check", file("racy-counter.level.json"), "--solution", file("racy-counter.solution.json"),
                    "--json");
            assertExit(0, r);
            JsonNode o = r.json();
            assertEquals("racy-counter", o.get("level").textValue());
            assertEquals("cleared", o.get("verdict").textValue());
            assertTrue(o.get("exhaustive").booleanValue());
        }

        @Test
        void solutionIsCheckedAgainstTheLevelsGoal() {
            // the solution of the racy counter cleared above; the level alone still races
            assertExit(1, run("check", file("racy-counter.level.json")));
        }
    }

    /** The sampling strategies with the options a user would type. */
    static Stream<Arguments> samplers() {
        return Stream.of(Arguments.of((Object) new String[] {"--strategy", "random", "--seed", "7", "--runs", "200"}),
                Arguments.of((Object) new String[] {"--strategy", "pct"}),
                Arguments.of((Object) new String[] {"--strategy", "pct", "--seed", "7", "--runs", "200"}));
    }

    static String[] concat(String[] head, String... tail) {
        return Stream.concat(Stream.of(head), Stream.of(tail)).toArray(String[]::new);
    }

    @Nested
    class Sampling {
        @ParameterizedTest
        @MethodSource("org.interleave.cli.CliTest#samplers")
        void racyCounter_raceIsFoundButTheSearchIsNotExhaustive(String[] strategy) {
            Run r = run(concat(new String[] {"check", file("racy-counter.level.json"), "--json"}, strategy));
            assertExit(1, r);
            JsonNode o = r.json();
            assertEquals("race", o.get("verdict").textValue());
            assertFalse(o.get("exhaustive").booleanValue());
            assertTrue(o.get("findings").get(0).get("message").textValue().startsWith("WARNING: DATA RACE"), r::toString);
        }

        @ParameterizedTest
        @MethodSource("org.interleave.cli.CliTest#samplers")
        void sameSeed_givesIdenticalJsonApartFromMillis(String[] strategy) {
            String[] args = concat(new String[] {"check", file("racy-counter.level.json"), "--json"}, strategy);
            assertEquals(withoutMillis(run(args).json()), withoutMillis(run(args).json()));
        }

        @ParameterizedTest
        @MethodSource("org.interleave.cli.CliTest#samplers")
        void correctDesign_isInconclusiveAndExits3_becauseSamplingNeverProvesCorrectness(String[] strategy) {
            Run r = run(concat(new String[] {"check", file("locked-counter.level.json"), "--json"}, strategy));
            assertExit(3, r);
            JsonNode o = r.json();
            assertEquals("inconclusive", o.get("verdict").textValue());
            assertFalse(o.get("exhaustive").booleanValue());
            assertTrue(o.get("findings").isEmpty(), r::toString);
        }

        @Test
        void randomSeed7With200Runs_doesExactly200Executions() {
            Run r = run("check", file("locked-counter.level.json"), "--json", "--strategy", "random", "--seed", "7",
                    "--runs", "200");
            assertEquals(200, r.json().get("stats").get("executions").intValue(), r::toString);
        }
    }
}
