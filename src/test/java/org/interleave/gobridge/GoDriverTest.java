package org.interleave.gobridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The driver runs a design's copies one after the other in one process, each with fresh package
 * variables; built with {@code -race}, it says when every goroutine is blocked for good.
 */
class GoDriverTest {
    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    @TempDir
    Path work;

    /** The {@code go} command on the PATH (the test is skipped without one). */
    private GoRunner go() throws Exception {
        return GoOnPath.orSkip(work.resolve("gopath"));
    }

    /** An empty module {@code interleave.drivertest} with a driver directory, in {@code work}. */
    private Path module() throws Exception {
        Path module = work.resolve("module");
        Files.createDirectories(module.resolve("driver"));
        Files.writeString(module.resolve("go.mod"), "module interleave.drivertest\n\ngo 1.19\n");
        return module;
    }

    @Test
    void copiesRunOneAfterAnother_eachWithFreshPackageVariables() throws Exception {
        GoRunner go = go();
        Path module = module();
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

    @Test
    void raceDriver_saysWhenEveryGoroutineIsBlocked_andNotWhileOneStillRuns() throws Exception {
        GoRunner go = go();
        Path module = module();
        Map<String, String> programs = Map.of(
                // main waits on a wait group, one goroutine on a lock main holds, one on a channel
                "stuck", "// Command stuck blocks for good.\npackage main\n\nimport \"sync\"\n\nvar mu sync.Mutex\nvar wg sync.WaitGroup\n\n"
                        + "func main() {\n\tc := make(chan int)\n\tmu.Lock()\n\twg.Add(1)\n"
                        + "\tgo func() { mu.Lock(); wg.Done() }()\n\tgo func() { <-c }()\n\twg.Wait()\n}\n",
                // main waits on a goroutine that computes for a while before it sends
                "busy", "// Command busy computes, then returns.\npackage main\n\nimport \"fmt\"\n\nfunc main() {\n\tdone := make(chan int)\n"
                        + "\tgo func() {\n\t\ts := 0\n\t\tfor i := 0; i < 400000000; i++ {\n\t\t\ts += i % 7\n\t\t}\n"
                        + "\t\tdone <- s\n\t}()\n\tfmt.Println(<-done > 0)\n}\n");
        for (Map.Entry<String, String> p : programs.entrySet()) {
            Files.createDirectories(module.resolve("designs").resolve(p.getKey()));
            Files.writeString(module.resolve("designs").resolve(p.getKey()).resolve("design.go"),
                    GoDriver.asPackage(p.getValue(), p.getKey()));
        }
        Files.writeString(module.resolve("driver").resolve("main.go"),
                GoDriver.source("interleave.drivertest", List.copyOf(new java.util.TreeSet<>(programs.keySet()))));
        Files.writeString(module.resolve("driver").resolve(GoDriver.ASLEEP_WATCH_FILE), GoDriver.ASLEEP_WATCH);
        for (String flavour : List.of("plain", "race")) {
            List<String> args = new java.util.ArrayList<>(List.of("build", GoOnPath.TRIMPATH, "-o",
                    work.resolve(flavour).toString(), "./driver"));
            if (flavour.equals("race")) {
                args.add(1, "-race");
            }
            GoRunner.Result build = go.go(module, TIMEOUT, args.toArray(String[]::new));
            assertTrue(build.ok(), build::both);
        }
        java.util.function.Predicate<String> asleep = err -> err.contains(GoDriver.ASLEEP);

        GoRunner.Result stuck = go.run(work, TIMEOUT, asleep, work.resolve("race").toString(), "stuck");
        assertTrue(stuck.stopped(), "under -race, where Go reports no deadlock, the driver does: " + stuck);
        GoRunner.Result busy = go.run(work, TIMEOUT, asleep, work.resolve("race").toString(), "busy");
        assertTrue(busy.ok() && busy.out().strip().equals("true") && !asleep.test(busy.err()),
                "a goroutine that still computes keeps the others from being asleep: " + busy);
        GoRunner.Result plain = go.run(work, TIMEOUT, work.resolve("plain").toString(), "stuck");
        assertTrue(plain.err().contains("all goroutines are asleep - deadlock!") && !asleep.test(plain.err()),
                "without -race the watch is not built in, and Go's own detector reports the deadlock: " + plain);
    }
}
