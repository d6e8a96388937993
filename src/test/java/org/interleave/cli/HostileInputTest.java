package org.interleave.cli;

import static org.interleave.cli.CliTest.file;
import static org.interleave.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs a hostile or careless user gives the commands: special files, forged names, solutions
 * that do not fit their level, options out of range. Each ends with a clean message and exit 2
 * (never a hang, a trace or a message that passes for another).
 */
class HostileInputTest {
    @TempDir
    Path dir;

    /** Every line of stderr is one {@code file:line:col: message} about {@code file}. */
    private static void assertOnlyProblemsAbout(String file, String err) {
        assertFalse(err.isEmpty(), "no problem printed");
        for (String line : err.lines().toList()) {
            assertTrue(line.startsWith(file + ":") && line.substring(file.length()).matches(":\\d+:\\d+: .+"),
                    () -> "not a problem about " + file + ": " + line);
            assertTrue(line.chars().noneMatch(c -> c < 0x20 || c == 0x7f), () -> "control character in: " + line);
        }
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void fifoAsLevelOrSolution_isRefusedWithoutOpeningIt() throws Exception {
        Path fifo = dir.resolve("pipe.level.json");
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(p.waitFor() == 0, "mkfifo is not available");
        CliTest.Run r = run("check", fifo.toString());
        assertEquals(2, r.exit(), r::toString);
        assertEquals(fifo + ":1:1: cannot read file: it is a named pipe (FIFO), not a regular file", r.err().strip());
        r = run("check", file("racy-counter.level.json"), "--solution", fifo.toString());
        assertEquals(2, r.exit(), r::toString);
        assertEquals(fifo + ":1:1: cannot read file: it is a named pipe (FIFO), not a regular file", r.err().strip());
        r = run("validate", dir.toString());
        assertEquals(2, r.exit(), r::toString);
        assertOnlyProblemsAbout(fifo.toString(), r.err());
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void linkToDevZero_isRefusedSayingWhatItIs() throws IOException {
        assumeTrue(Files.exists(Path.of("/dev/zero")), "no /dev/zero here");
        Path link = Files.createSymbolicLink(dir.resolve("zero.level.json"), Path.of("/dev/zero"));
        CliTest.Run r = run("validate", link.toString());
        assertEquals(2, r.exit(), r::toString);
        assertEquals(link + ":1:1: cannot read file: it is a link to a character device (/dev/zero), not a regular file",
                r.err().strip());
    }

    @Test
    void folderAsLevelOfCheck_saysItIsAFolder() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("a.level.json"));
        CliTest.Run r = run("check", folder.toString());
        assertEquals(2, r.exit(), r::toString);
        assertEquals(folder + ":1:1: cannot read file: it is a folder, not a regular file", r.err().strip());
    }

    @Test
    void unreadableFolder_isSaidInWords_andTheRestIsChecked() throws IOException {
        Path locked = Files.createDirectories(dir.resolve("locked"));
        Files.writeString(dir.resolve("ok.level.json"), Files.readString(Path.of(file("racy-counter.level.json"))));
        locked.toFile().setReadable(false);
        try {
            assumeTrue(!Files.isReadable(locked), "this user reads every folder (root)");
            CliTest.Run r = run("validate", dir.toString());
            assertEquals(2, r.exit(), r::toString);
            assertEquals(locked + ":1:1: cannot read folder: permission denied", r.err().strip());
            assertEquals("ok: 1 levels", r.out().strip());
        } finally {
            locked.toFile().setReadable(true);
        }
    }

    @Test
    void newlineAndEscapeCodesInNames_printAsOneEscapedLine() throws IOException {
        Path level = dir.resolve("forged.level.json");
        String forged = "x\\nother.level.json:1:1: cleared\\u001b[2J\\u0007";
        Files.writeString(level, """
                {"format":1,"id":"forged","title":"t","mode":"fix","design":{"parts":[
                  {"id":"main","type":"goroutine","start":"main","ops":[{"op":"%s"}], "%s": 1}]}}"""
                .formatted(forged, forged));
        CliTest.Run r = run("validate", level.toString());
        assertEquals(2, r.exit(), r::toString);
        assertOnlyProblemsAbout(level.toString(), r.err());
        List<String> lines = r.err().lines().toList();
        assertEquals(2, lines.size(), r::toString);
        assertTrue(lines.get(0).endsWith("unknown op 'x\\nother.level.json:1:1: cleared\\u001b[2J\\u0007'"), lines.get(0));
        assertTrue(lines.get(1).endsWith("unknown field 'x\\nother.level.json:1:1: cleared\\u001b[2J\\u0007' in part"),
                lines.get(1));
    }

    @Test
    void hugeUnknownReference_isRefusedAsTooLong_inOneShortLine() throws IOException {
        Path level = dir.resolve("long.level.json");
        String name = "c".repeat(300_000);
        Files.writeString(level, """
                {"format":1,"id":"long","title":"t","mode":"fix","design":{"parts":[
                  {"id":"%s","type":"channel"},
                  {"id":"main","type":"goroutine","start":"main","ops":[{"op":"close","ch":"%sd"}]}]}}"""
                .formatted(name, name));
        CliTest.Run r = run("validate", level.toString());
        assertEquals(2, r.exit(), r::toString);
        assertOnlyProblemsAbout(level.toString(), r.err());
        assertEquals(List.of(level + ":2:9: 'id' is too long: 300000 characters (names have at most 64)",
                level + ":3:76: 'ch' is too long: 300001 characters (names have at most 64)"), r.err().lines().toList());
    }

    @Test
    void solutionWithoutTheGoalsSink_isAProblemInTheSolutionFile() throws IOException {
        Path solution = dir.resolve("empty.solution.json");
        Files.writeString(solution, """
                {"format":1,"level":"racy-counter","design":{"parts":[
                  {"id":"main","type":"goroutine","start":"main","ops":[]}]}}""");
        for (String command : List.of("check", "run", "replay", "export-go")) {
            CliTest.Run r = command.equals("replay")
                    ? run(command, file("racy-counter.level.json"), "--solution", solution.toString(), "--schedule", "main")
                    : run(command, file("racy-counter.level.json"), "--solution", solution.toString());
            assertEquals(2, r.exit(), r::toString);
            assertEquals(solution + ":1:45: the design has no sink 'out', which the level's output goal reads:"
                    + " add a sink part with that id", r.err().strip(), command);
        }
    }

    @Test
    void solutionWhoseSinkIdIsAnotherPart_isAProblem() throws IOException {
        Path solution = dir.resolve("wrong.solution.json");
        Files.writeString(solution, """
                {"format":1,"level":"racy-counter","design":{"parts":[{"id":"out","type":"mutex"},
                  {"id":"main","type":"goroutine","start":"main","ops":[]}]}}""");
        CliTest.Run r = run("check", file("racy-counter.level.json"), "--solution", solution.toString());
        assertEquals(2, r.exit(), r::toString);
        assertEquals(solution + ":1:45: 'out' is a mutex in this design; the level's output goal needs a sink",
                r.err().strip());
    }

    @Test
    void optionsOutOfRange_areRefusedWithTheirRange() {
        String level = file("racy-counter.level.json");
        CliTest.Run r = run("check", level, "--strategy", "pct", "--pct-depth", "2147483647");
        assertEquals(2, r.exit(), r::toString);
        assertEquals("--pct-depth must be between 1 and 1000, not 2147483647", r.err().strip());
        r = run("check", level, "--max-millis", "-1");
        assertEquals(2, r.exit(), r::toString);
        assertEquals("--max-millis must be at least 0 (0 = no time bound), not -1", r.err().strip());
    }

    @Test
    void hugeTimeBound_saturatesInsteadOfOverflowing() {
        CliTest.Run r = run("check", file("racy-counter.solution.json").replace(".solution", ".level"),
                "--solution", file("racy-counter.solution.json"), "--max-millis", Long.toString(Long.MAX_VALUE));
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("cleared"), r::toString);
    }

    @Test
    void escapeCodesInAnOption_areEscapedInTheMessage() {
        CliTest.Run r = run("check", file("racy-counter.level.json"), "--\u001b[31mred\u0007");
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("\\u001b[31mred\\u0007"), r::toString);
        assertTrue(r.err().chars().noneMatch(c -> c == 0x1b || c == 0x07), r::toString);
    }

    @Test
    void numberOfAThousandAndOneDigits_isCalledTooLong_notTooDeep() throws IOException {
        Path level = dir.resolve("digits.level.json");
        Files.writeString(level, "{\"format\":" + "9".repeat(1001) + "}");
        CliTest.Run r = run("validate", level.toString());
        assertEquals(2, r.exit(), r::toString);
        assertOnlyProblemsAbout(level.toString(), r.err());
        assertTrue(r.err().contains("number is too long: JSON numbers have at most 1000 digits"), r::toString);
    }
}
