package org.interleave.gobridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The driver runs a design's copies one after the other in one process, each with fresh package variables. */
class GoDriverTest {
    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    @TempDir
    Path work;

    @Test
    void copiesRunOneAfterAnother_eachWithFreshPackageVariables() throws Exception {
        GoRunner go = GoOnPath.find(work.resolve("gopath")).orElse(null);
        Assumptions.assumeTrue(go != null, "no 'go' command on the PATH");
        Path module = work.resolve("module");
        Files.createDirectories(module.resolve("driver"));
        Files.writeString(module.resolve("go.mod"), "module interleave.drivertest\n\ngo 1.19\n");
        String program = "// Command counter counts its runs.\npackage main\n\nimport \"fmt\"\n\n"
                + "var hits int\n\nfunc main() {\n\thits++\n\tfmt.Println(hits)\n}\n";
        String design = GoDriver.asPackage(program, "counter");
        for (String dir : List.of("counter", "counter/" + GoDriver.copy(1), "counter/" + GoDriver.copy(2))) {
            Files.createDirectories(module.resolve("designs").resolve(dir));
            Files.writeString(module.resolve("designs").resolve(dir).resolve("design.go"), design);
        }
        Files.writeString(module.resolve("driver").resolve("main.go"),
                GoDriver.source("interleave.drivertest", Map.of("counter", 3)));
        GoRunner.Result build = go.go(module, TIMEOUT, "build", GoOnPath.TRIMPATH, "-o", work.resolve("driver").toString(),
                "./driver");
        assertTrue(build.ok(), build::both);

        GoRunner.Result r = go.run(work, TIMEOUT, work.resolve("driver").toString(), "counter", "3");
        assertTrue(r.ok(), r::both);
        assertEquals(List.of("1", "1", "1"), r.out().lines().toList(), "each run counts from a fresh hits");
        assertEquals(List.of(GoDriver.RETURNED + 0, GoDriver.RETURNED + 1, GoDriver.RETURNED + 2), r.err().lines().toList());
        RunTally t = RunTally.ofProcess(r, 3, TIMEOUT, r.millis());
        assertEquals(3, t.clean());

        GoRunner.Result one = go.run(work, TIMEOUT, work.resolve("driver").toString(), "counter");
        assertTrue(one.ok() && one.out().strip().equals("1") && one.err().isEmpty(), one::both);
        GoRunner.Result tooMany = go.run(work, TIMEOUT, work.resolve("driver").toString(), "counter", "4");
        assertEquals(64, tooMany.exit(), "no fourth copy: " + tooMany.both());
    }
}
