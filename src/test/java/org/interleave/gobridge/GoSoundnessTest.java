package org.interleave.gobridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Go as an oracle for soundness, a bounded subset of {@code scripts/go-soundness.sh} (issue 11):
 * a few fixed-seed random designs and a sample of the real-world corpus and the campaign, each run
 * a few times as a Go program, plain and with {@code -race}. Every outcome Go shows must be among
 * the findings of the engine's exhaustive check, and a design the engine clears must run clean.
 * Skipped, and says so, when {@code go} is not on the PATH.
 */
class GoSoundnessTest {
    static final long SEED = 20261206;
    static final int RANDOM = 10;
    /** Every CORPUS_STRIDE-th design of the corpus (real-world, then campaign solutions and starts). */
    static final int CORPUS_STRIDE = 40;
    static final int RUNS = 2;
    private static final String NO_GO = "skipped: no 'go' command on the PATH"
            + " (install Go, e.g. apt-get install golang-go, to run Go as an oracle)";

    @TempDir
    static Path work;

    private static List<GoSoundness.Result> results = List.of();
    private static boolean haveGo;

    @BeforeAll
    static void checkExportBuildAndRun() throws Exception {
        GoRunner go = GoSoundness.findGo(work).orElse(null);
        if (go == null) {
            System.out.println("GoSoundnessTest: " + NO_GO);
            return;
        }
        haveGo = true;
        List<GoSoundness.Subject> subjects = new ArrayList<>(GoSoundness.random(SEED, RANDOM));
        List<GoSoundness.Subject> corpus = GoSoundness.corpus();
        IntStream.range(0, corpus.size()).filter(i -> i % CORPUS_STRIDE == 0).forEach(i -> subjects.add(corpus.get(i)));
        GoSoundness soundness = new GoSoundness(go, work, RUNS, Duration.ofSeconds(4), 2, 200_000);
        results = soundness.run(subjects);
        System.out.print("GoSoundnessTest: " + GoSoundness.summary(results, RUNS));
        System.out.printf("GoSoundnessTest: engine and export %d ms, build %d ms, -race build %d ms, runs %d ms%n",
                soundness.checkMillis, soundness.buildMillis, soundness.raceBuildMillis, soundness.runMillis);
    }

    @TestFactory
    Stream<DynamicTest> everyOutcomeGoShows_isAmongTheEnginesFindings() {
        if (!haveGo) {
            return Stream.of(DynamicTest.dynamicTest("Go soundness", () -> Assumptions.assumeTrue(false, NO_GO)));
        }
        return results.stream().map(r -> DynamicTest.dynamicTest(
                r.subject().name() + " (" + r.report().verdict().json() + ")", () -> {
                    assertTrue(r.built(), () -> r.subject().name() + ": its exported program does not compile");
                    assertTrue(r.unsound().isEmpty(), () -> r.subject().name() + ": Go showed " + r.unsound()
                            + " (all runs: " + r.goOutcomes() + "), the engine's exhaustive check reported only "
                            + r.report().findings());
                }));
    }

    // Race reports as Go 1.19's race detector prints them (paths shortened), on the programs they came from.

    static final String CLOSE_VS_SEND_PROGRAM = String.join("\n", "package main", "", "import \"fmt\"", "",
            "var results = make(chan int, 2)", "", "func main() {", "\tgo worker(1)", "\tgo worker(2)",
            "\tr := <-results", "\tclose(results)", "\tfmt.Println(r)", "}", "", "func worker(k int) {",
            "\tresults <- k", "}", "");
    static final String CLOSE_VS_SEND = """
            ==================
            WARNING: DATA RACE
            Write at 0x00c0000ae010 by main goroutine:
              runtime.closechan()
                  /usr/lib/go-1.19/src/runtime/chan.go:357 +0x0
              main.main()
                  /tmp/c18/main.go:11 +0x86

            Previous read at 0x00c0000ae010 by goroutine 8:
              runtime.chansend()
                  /usr/lib/go-1.19/src/runtime/chan.go:160 +0x0
              main.worker()
                  /tmp/c18/main.go:16 +0x4b

            Goroutine 8 (finished) created at:
              main.main()
                  /tmp/c18/main.go:9 +0x3c
            ==================
            Found 1 data race(s)
            """;

    @Test
    void closeUnorderedWithASend_isAChannelRace_outsideTheModel() {
        assertEquals(java.util.Set.of(GoOutcomes.CHANNEL_RACE), GoOutcomes.races(CLOSE_VS_SEND_PROGRAM, CLOSE_VS_SEND));
    }

    static final String WAITGROUP_PROGRAM = String.join("\n", "package main", "", "import \"sync\"", "",
            "var wg sync.WaitGroup", "", "func main() {", "\tgo g0()", "\tgo g1()", "}", "", "func g0() {",
            "\twg.Add(1)", "}", "", "func g1() {", "\twg.Wait()", "}", "");
    static final String ADD_VS_WAIT = """
            ==================
            WARNING: DATA RACE
            Write at 0x0000005556a8 by goroutine 7:
              runtime.racewrite()
                  <autogenerated>:1 +0x24
              main.g1()
                  /tmp/wg/main.go:17 +0x29

            Previous read at 0x0000005556a8 by goroutine 6:
              runtime.raceread()
                  <autogenerated>:1 +0x24
              main.g0()
                  /tmp/wg/main.go:13 +0x2e

            Goroutine 7 (running) created at:
              main.main()
                  /tmp/wg/main.go:9 +0x35
            ==================
            """;

    @Test
    void addFromZeroUnorderedWithWait_isAWaitGroupRace_outsideTheModel() {
        assertEquals(java.util.Set.of(GoOutcomes.WAITGROUP_RACE), GoOutcomes.races(WAITGROUP_PROGRAM, ADD_VS_WAIT));
    }

    @Test
    void unorderedAccessesToAVar_areARace() {
        String program = String.join("\n", "package main", "", "import \"time\"", "", "var x int", "",
                "func main() {", "\tgo g()", "\tx++", "\ttime.Sleep(time.Millisecond)", "}", "", "func g() {",
                "\tx++", "}", "");
        String report = """
                ==================
                WARNING: DATA RACE
                Read at 0x000000552480 by goroutine 6:
                  main.g()
                      /tmp/vr/main.go:14 +0x29

                Previous write at 0x000000552480 by main goroutine:
                  main.main()
                      /tmp/vr/main.go:9 +0x4d

                Goroutine 6 (running) created at:
                  main.main()
                      /tmp/vr/main.go:8 +0x29
                ==================
                """;
        assertEquals(java.util.Set.of("race"), GoOutcomes.races(program, report));
        assertTrue(GoOutcomes.races(program, "").isEmpty());
    }
}
