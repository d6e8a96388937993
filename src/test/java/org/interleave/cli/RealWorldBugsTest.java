package org.interleave.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * Regression tests of the command line's verdicts on a corpus of designs modelled on real-world Go
 * concurrency bugs (Tu et al., ASPLOS'19; the GoBench suite, CGO'21; and a few upstream issues).
 *
 * <p>Each {@code src/test/resources/realworld/*.level.json} is listed in {@code expected.json} with the
 * verdict Go's semantics (DESIGN §4) call for, every finding kind the check should report, and a piece
 * of the deciding finding's message. {@code *.buggy.level.json} files must fail ({@code check} exits 1),
 * {@code *.fixed.level.json} files must be cleared (exit 0). Cases whose engine verdict is known to be
 * wrong would be listed in {@code expected-failing.json}, which this test does not read.
 */
class RealWorldBugsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path DIR = resourceDir();
    private static final Map<String, Run> CHECKS = new ConcurrentHashMap<>();

    /** One entry of the index: a level file and what {@code check} must say about it. */
    record Case(String file, String verdict, List<String> kinds, String messageContains) {
        boolean buggy() {
            return file.contains(".buggy.");
        }

        @Override
        public String toString() {
            return file.replace(".level.json", "") + " → " + verdict;
        }
    }

    /** The result of one command line: exit code, standard output and standard error. */
    record Run(int exit, String out, String err) {}

    static Stream<Case> cases() {
        return index("expected.json").stream();
    }

    @ParameterizedTest(name = "{0}: check --json gives this verdict, exhaustively, with the matching exit code")
    @MethodSource("cases")
    void checkGivesTheVerdictOfGoSemantics(Case c) {
        Run run = check(c);
        JsonNode report = parse(run);
        assertEquals(c.verdict(), report.path("verdict").asText(), () -> describe(c, run));
        assertTrue(report.path("exhaustive").asBoolean(false), () -> "search was not exhaustive: " + describe(c, run));
        assertEquals(c.buggy() ? ExitCodes.FINDING : ExitCodes.CLEARED, run.exit(), () -> describe(c, run));
        if (c.messageContains() != null) {
            JsonNode deciding = findings(report).stream()
                    .filter(f -> f.path("kind").asText().equals(c.verdict()))
                    .findFirst().orElseThrow(() -> new AssertionError("no " + c.verdict() + " finding: " + describe(c, run)));
            assertTrue(deciding.path("message").asText().contains(c.messageContains()),
                    () -> "message '" + deciding.path("message").asText() + "' lacks '" + c.messageContains() + "'");
        }
    }

    @ParameterizedTest(name = "{0}: check reports exactly the expected kinds of finding")
    @MethodSource("cases")
    void checkReportsEveryExpectedKindAndNoOther(Case c) {
        Run run = check(c);
        Set<String> found = new TreeSet<>();
        for (JsonNode f : findings(parse(run))) {
            found.add(f.path("kind").asText());
        }
        Set<String> expected = new TreeSet<>(c.kinds());
        assertTrue(found.containsAll(expected), () -> "missing kinds " + minus(expected, found) + ": " + describe(c, run));
        assertEquals(expected, found, () -> "unexpected kinds " + minus(found, expected) + ": " + describe(c, run));
    }

    @ParameterizedTest(name = "{0}: replay with each finding's schedule reproduces that finding")
    @MethodSource("cases")
    void replayReproducesEveryFinding(Case c) {
        List<JsonNode> findings = findings(parse(check(c)));
        assertEquals(c.buggy(), !findings.isEmpty(), () -> "findings: " + findings);
        for (JsonNode f : findings) {
            String kind = f.path("kind").asText();
            String message = f.path("message").asText();
            String schedule = f.path("schedule").asText();
            Run replay = run("replay", DIR.resolve(c.file()).toString(), "--schedule", schedule);
            String what = c.file() + " " + kind + " with schedule \"" + schedule + "\"\n" + replay.out() + replay.err();
            assertEquals(ExitCodes.FINDING, replay.exit(), () -> "replay did not end in a finding: " + what);
            Pattern line = Pattern.compile("(?m)^" + Pattern.quote(kind) + " after step \\d+: " + Pattern.quote(message) + "$");
            assertTrue(line.matcher(replay.out()).find(), () -> "replay does not reproduce '" + message + "': " + what);
        }
    }

    @Test
    void everyRealWorldLevelIsIndexedAndEveryIndexedLevelExists() throws IOException {
        Set<String> indexed = new TreeSet<>();
        cases().forEach(c -> indexed.add(c.file()));
        Set<String> failing = new TreeSet<>();
        if (Files.exists(DIR.resolve("expected-failing.json"))) {
            index("expected-failing.json").forEach(c -> failing.add(c.file()));
        }
        Set<String> onDisk = new TreeSet<>();
        try (Stream<Path> files = Files.list(DIR)) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".level.json")).forEach(onDisk::add);
        }
        Set<String> known = new TreeSet<>(indexed);
        known.addAll(failing);
        assertEquals(onDisk, known, "level files and index entries differ");
        assertTrue(indexed.size() >= 24, "the corpus has at least 24 checked levels, not " + indexed.size());
        assertTrue(indexed.stream().allMatch(f -> f.endsWith(".buggy.level.json") || f.endsWith(".fixed.level.json")),
                "every level is named *.buggy.level.json or *.fixed.level.json");
    }

    @Test
    void buggyLevelsExpectAFindingAndFixedLevelsExpectNone() {
        for (Case c : cases().toList()) {
            if (c.buggy()) {
                assertFalse(c.verdict().equals("cleared") || c.kinds().isEmpty(), c.file());
                assertTrue(c.kinds().contains(c.verdict()), c.file() + ": the verdict is one of the expected kinds");
            } else {
                assertEquals("cleared", c.verdict(), c.file());
                assertTrue(c.kinds().isEmpty(), c.file());
            }
        }
    }

    // ------------------------------------------------------------------------------------------

    private static Run check(Case c) {
        return CHECKS.computeIfAbsent(c.file(), f -> run("check", DIR.resolve(f).toString(), "--json"));
    }

    /** Runs one command line in-process, capturing what it prints; internal errors fail the test. */
    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new InterleaveCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            throw e;
        });
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private static JsonNode parse(Run run) {
        try {
            return JSON.readTree(run.out());
        } catch (IOException e) {
            throw new AssertionError("check --json did not print JSON (exit " + run.exit() + "):\n" + run.out() + run.err(), e);
        }
    }

    private static List<JsonNode> findings(JsonNode report) {
        List<JsonNode> l = new ArrayList<>();
        report.path("findings").forEach(l::add);
        return l;
    }

    private static List<Case> index(String name) {
        try {
            JsonNode root = JSON.readTree(DIR.resolve(name).toFile());
            List<Case> l = new ArrayList<>();
            root.properties().forEach(e -> {
                JsonNode v = e.getValue();
                List<String> kinds = new ArrayList<>();
                v.path("kinds").forEach(k -> kinds.add(k.asText()));
                String msg = v.hasNonNull("messageContains") ? v.get("messageContains").asText() : null;
                l.add(new Case(e.getKey(), v.path("verdict").asText(), List.copyOf(kinds), msg));
            });
            return l;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(Case c, Run run) {
        return c.file() + " (exit " + run.exit() + ")\n" + run.out() + run.err();
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }

    private static Path resourceDir() {
        URL url = RealWorldBugsTest.class.getResource("/realworld/expected.json");
        if (url == null) {
            throw new IllegalStateException("realworld/expected.json is not on the test class path");
        }
        try {
            return Path.of(url.toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
