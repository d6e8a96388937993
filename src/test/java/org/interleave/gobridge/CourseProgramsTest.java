package org.interleave.gobridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.interleave.engine.model.Goal;
import org.interleave.explore.Report;
import org.interleave.explore.Verdict;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Go course's own example programs (examples/) import, verify, and get the verdict that Go
 * agrees with: a race that {@code go run -race} reports, and clean programs that run to the end
 * both under the race detector and with Go's deadlock detector on. The Go side runs when
 * {@code go} is on the PATH: one plain and one {@code -race} build of all the programs, as one
 * program ({@link GoDriver}).
 */
class CourseProgramsTest {
    /** Each course program and the verdict the engine gives it. */
    static final Map<String, Verdict> PROGRAMS = new LinkedHashMap<>();

    static {
        PROGRAMS.put("concurrency/basic.go", Verdict.CLEARED);
        PROGRAMS.put("concurrency/race.go", Verdict.RACE);
        PROGRAMS.put("concurrency/waitgroup.go", Verdict.CLEARED);
        PROGRAMS.put("concurrency/mutex.go", Verdict.CLEARED);
        PROGRAMS.put("channels/channel_basics.go", Verdict.CLEARED);
        PROGRAMS.put("channels/buffered_channels.go", Verdict.CLEARED);
        PROGRAMS.put("channels/select.go", Verdict.CLEARED);
        PROGRAMS.put("context/cancel.go", Verdict.CLEARED);
        PROGRAMS.put("context/timeout.go", Verdict.CLEARED);
        PROGRAMS.put("concurrency/workerpool/main.go", Verdict.CLEARED);
    }

    private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration RUN_TIMEOUT = Duration.ofSeconds(10);
    private static final int RUNS = 3;
    private static final int MAX_RACE_RUNS = 10;

    @TempDir
    static Path work;

    private static GoRunner go;
    private static GoRunner.Result plainBuild;
    private static GoRunner.Result raceBuild;

    @BeforeAll
    static void build() throws Exception {
        go = GoOnPath.find(work.resolve("gopath")).orElse(null);
        if (go == null) {
            return;
        }
        Path module = work.resolve("course");
        Files.createDirectories(module);
        Files.writeString(module.resolve("go.mod"), "module interleave.course\n\ngo 1.19\n");
        List<String> dirs = new ArrayList<>();
        for (String program : PROGRAMS.keySet()) {
            Path dir = module.resolve("designs").resolve(dirName(program));
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("main.go"),
                    GoDriver.asPackage(Files.readString(Path.of("examples", program)), program));
            dirs.add(dirName(program));
        }
        Files.createDirectories(module.resolve("driver"));
        Files.writeString(module.resolve("driver").resolve("main.go"), GoDriver.source("interleave.course", dirs, true));
        plainBuild = go.go(module, BUILD_TIMEOUT, "build", GoOnPath.TRIMPATH, "-o", work.resolve("plain").toString(),
                "./driver");
        raceBuild = go.go(module, BUILD_TIMEOUT, "build", GoOnPath.TRIMPATH, "-race", "-o", work.resolve("race").toString(),
                "./driver");
    }

    private static String dirName(String program) {
        return program.replace(".go", "").replace("/main", "").replace('/', '-').replace('_', '-');
    }

    @TestFactory
    Stream<DynamicTest> courseProgram_importsAndVerifies_asGoAgrees() {
        return PROGRAMS.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            Path file = Path.of("examples", e.getKey());
            GoImporter.Imported imported = GoImporter.importGo(Files.readString(file));
            GoLevel.Made level = GoLevel.make(imported, file.toString(), Goal.Mode.FIX, null);
            Report report = GoRoundTripTest.check(level.level());
            assertEquals(e.getValue(), report.verdict(), e.getKey() + ": " + report.findings());
            assertTrue(report.exhaustive(), "the verdict comes from an exhaustive search");
            if (go != null) {
                agreeWithGo(e.getKey(), e.getValue());
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> goSide() {
        return Stream.of(DynamicTest.dynamicTest("Go builds the course programs", () -> {
            Assumptions.assumeTrue(go != null, "skipped: no 'go' command on the PATH");
            assertTrue(plainBuild.ok(), plainBuild.both());
            assertTrue(raceBuild.ok(), raceBuild.both());
        }));
    }

    private static void agreeWithGo(String program, Verdict verdict) {
        assertTrue(plainBuild.ok() && raceBuild.ok(), "go build: " + plainBuild.both() + raceBuild.both());
        String name = dirName(program);
        String plain = work.resolve("plain").toString();
        String race = work.resolve("race").toString();
        if (verdict == Verdict.RACE) {
            boolean reported = false;
            for (int i = 0; i < MAX_RACE_RUNS && !reported; i++) {
                // every other run on one core, where main runs until it returns and its goroutines after it
                GoRunner.Result r = (i % 2 == 0 ? go.with("GOMAXPROCS", "1") : go).run(work, RUN_TIMEOUT, race, name);
                reported = r.both().contains("WARNING: DATA RACE");
            }
            assertTrue(reported, program + ": go run -race reports the race the engine finds");
            return;
        }
        for (int i = 0; i < RUNS; i++) {
            GoRunner.Result p = go.run(work, RUN_TIMEOUT, plain, name);
            assertTrue(p.ok() && !p.both().contains("all goroutines are asleep"), program + " runs cleanly: " + p.both());
            GoRunner.Result r = go.run(work, RUN_TIMEOUT, race, name);
            assertTrue(r.ok() && !r.both().contains("DATA RACE"), program + " runs cleanly under -race: " + r.both());
        }
    }
}
