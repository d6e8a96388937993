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
                GoDriver.source("interleave.drivertest", Map.of("counter", 3), false));
        GoRunner.Result build = go.go(module, TIMEOUT, "build", GoOnPath.TRIMPATH, "-o", work.resolve("driver").toString(),
                "./driver");
        assertTrue(build.ok(), build::both);

        GoRunner.Result r = go.run(work, TIMEOUT, work.resolve("driver").toString(), GoDriver.runs("counter", 3));
        assertTrue(r.ok(), r::both);
        assertEquals(List.of("1", "1", "1"), r.out().lines().toList(), "each run counts from a fresh hits");
        assertEquals(GoDriver.returned("counter", 0) + GoDriver.returned("counter", 1) + GoDriver.returned("counter", 2),
                r.err());
        RunTally t = RunTally.ofProcess(r, "counter", 3, TIMEOUT, r.millis());
        assertEquals(3, t.clean());

        GoRunner.Result one = go.run(work, TIMEOUT, work.resolve("driver").toString(), "counter");
        assertTrue(one.ok() && one.out().strip().equals("1") && one.err().isEmpty(), one::both);
        GoRunner.Result tooMany = go.run(work, TIMEOUT, work.resolve("driver").toString(), GoDriver.runs("counter", 4));
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

    /** Builds the driver of these programs, with their goroutines let run on, with {@code -race} into {@code race}. */
    private Path raceDriver(GoRunner go, Map<String, String> programs) throws Exception {
        Path module = module();
        for (Map.Entry<String, String> p : programs.entrySet()) {
            Files.createDirectories(module.resolve("designs").resolve(p.getKey()));
            Files.writeString(module.resolve("designs").resolve(p.getKey()).resolve("design.go"),
                    GoDriver.asPackage(p.getValue(), p.getKey()));
        }
        Files.writeString(module.resolve("driver").resolve("main.go"),
                GoDriver.source("interleave.drivertest", List.copyOf(programs.keySet()), true));
        Path race = work.resolve("race");
        GoRunner.Result build = go.go(module, TIMEOUT, "build", GoOnPath.TRIMPATH, "-race", "-o", race.toString(), "./driver");
        assertTrue(build.ok(), build::both);
        return race;
    }

    /**
     * crdb-4407: main's Wait returns at once (gossip has not yet called Add), main reads info and
     * returns, and then the worker writes it. A program exits when main returns, so in a CI run 20
     * runs never showed this race; with main's goroutines let run on, on one core (where main runs
     * until it returns, and they after it), every run does.
     */
    @Test
    void aRaceWithAWriteAfterMainReturned_isReportedInEveryRun_onOneCoreWithTheGoroutinesLetRunOn() throws Exception {
        GoRunner go = go();
        Path file = Path.of("src/test/resources/realworld/crdb-4407-add-inside-goroutine.buggy.level.json");
        Path race = raceDriver(go, Map.of("crdb", GoExporter.export(CrossCheckCase.load(file))));
        GoRunner oneCore = go.with("GOMAXPROCS", "1").with("GORACE", "history_size=7");
        int reported = 0;
        int runs = 10;
        for (int i = 0; i < runs; i++) {
            GoRunner.Result r = oneCore.run(work, TIMEOUT, race.toString(), "crdb");
            String err = r.err();
            // the worker's write, racing with main's earlier read
            boolean theRace = err.contains("WARNING: DATA RACE\nWrite at") && err.contains("designs/crdb.worker()")
                    && err.contains("Previous read at") && err.contains("designs/crdb.Main()");
            assertTrue(theRace || !RunTally.Sign.RACE.in(r), () -> "another race: " + err);
            reported += theRace ? 1 : 0;
        }
        assertEquals(runs, reported, "runs that reported the worker's write racing with main's read");
    }

    @Test
    void severalDesignsInOneProcess_areTalliedEachAsIfAlone_andARaceFailsOnlyTheDesignThatRaced() throws Exception {
        GoRunner go = go();
        String clean = "// Command %s returns.\npackage main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(1)\n}\n";
        String racy = "// Command racy races.\npackage main\n\nvar n int\n\nfunc main() {\n\tgo func() { n++ }()\n\tn++\n}\n";
        Map<String, String> programs = new java.util.LinkedHashMap<>();
        programs.put("a", clean.formatted("a"));
        programs.put("racy", racy);
        programs.put("c", clean.formatted("c"));
        Path race = raceDriver(go, programs);
        Map<String, Integer> once = new java.util.LinkedHashMap<>();
        programs.keySet().forEach(d -> once.put(d, 1));

        Map<String, RunTally> t = RunTally.inOneProcess(go.with("GOMAXPROCS", "1"), work, race.toString(), once, TIMEOUT);
        assertEquals(List.of("a", "racy", "c"), List.copyOf(t.keySet()));
        assertEquals(1, t.get("a").clean(), t::toString);
        assertEquals(1, t.get("racy").race(), t::toString);
        assertEquals(0, t.get("racy").clean(), t::toString);
        assertEquals(1, t.get("c").clean(), "the design after the race runs again, in a process of its own: " + t);
    }
}
