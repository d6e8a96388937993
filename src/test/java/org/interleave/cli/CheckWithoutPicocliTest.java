package org.interleave.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code check} on its plain command lines is read without picocli (issue 17): it prints, to the
 * same stream, and exits as picocli's run of the same line; every other line is left to picocli.
 */
class CheckWithoutPicocliTest {
    private static String resource(String name) {
        try {
            return Path.of(CheckWithoutPicocliTest.class.getResource("/cli/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The words of a line, with {@code R:name} a test resource under /cli. */
    private static String[] words(String line) {
        String[] words = line.split(" ");
        for (int i = 0; i < words.length; i++) {
            if (words[i].startsWith("R:")) {
                words[i] = resource(words[i].substring(2));
            }
        }
        return words;
    }

    private static String withoutTimes(String text) {
        return text.replaceAll("\\(\\d+ ms, ", "(# ms, ").replaceAll("\"millis\" ?: ?\\d+", "\"millis\": #");
    }

    /** Exit code, stdout and stderr of Main's run of the line, with System.out and System.err captured. */
    private static CommandRun viaMain(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            assertNotNull(CheckCommand.plain(args), "read without picocli");
            int exit = Main.execute(args);
            return new CommandRun(exit, withoutTimes(o.toString(StandardCharsets.UTF_8)),
                    withoutTimes(e.toString(StandardCharsets.UTF_8)));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "check levels/30-size-the-pool.level.json",
            "check levels/24-worker-pool.level.json --solution levels/solutions/worker-pool.ticks.solution.json",
            "check --solution=levels/solutions/worker-pool.ops.solution.json levels/24-worker-pool.level.json",
            "check --json levels/04-lost-update.level.json",
            "check levels/35-fan-in.level.json --json --solution levels/solutions/fan-in.ticks.solution.json",
            "check R:racy-counter.level.json --solution R:racy-counter.solution.json",
            "check R:racy-counter.level.json --solution R:other-level.solution.json",
            "check R:unknown-field.level.json",
            "check R:malformed.level.json --json",
            "check no-such.level.json",
            "check levels"})
    void plainLine_printsAndExitsAsPicocliRunsIt(String line) {
        String[] args = words(line);
        CommandRun picocli = CommandRun.of(Main.commandLine(args), args);
        CommandRun plain = viaMain(args);
        assertEquals(new CommandRun(picocli.exit(), withoutTimes(picocli.out()), withoutTimes(picocli.err())), plain);
    }

    @ParameterizedTest
    @ValueSource(strings = {"check", "check --help", "check -V", "check a.json b.json", "check --json --json a.json",
            "check a.json --solution", "check a.json --solution s.json --solution t.json", "check --threads=1 a.json",
            "check --strategy random a.json", "check @args.txt", "check -- a.json", "check a.json --solution=",
            "check a.json --solution -x", "check --solution=@s a.json", "replay a.json", "check a.json --Json"})
    void anyOtherLine_isLeftToPicocli(String line) {
        assertNull(CheckCommand.plain(line.split(" ")));
    }
}
