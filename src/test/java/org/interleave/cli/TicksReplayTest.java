package org.interleave.cli;

import static org.interleave.cli.CliTest.assertExit;
import static org.interleave.cli.CliTest.file;
import static org.interleave.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.interleave.cli.CliTest.Run;
import org.interleave.engine.Finding;
import org.interleave.engine.Kind;
import org.interleave.engine.Program;
import org.interleave.engine.model.Goal;
import org.interleave.engine.model.Level;
import org.interleave.explore.Checker;
import org.interleave.explore.Execution;
import org.interleave.explore.Replayer;
import org.interleave.explore.SearchBudget;
import org.interleave.level.LevelLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A {@code ticks} finding's schedule replays (DESIGN §6: "replay with that schedule reproduces it
 * exactly"): it is the timed run's visible steps in replay's grammar, and replay of it reports the
 * same ticks finding. The three designs are the soundness test's of session 17, whose ticks
 * schedules (the run's, one entry per timed step) replay refused.
 */
class TicksReplayTest {
    @ParameterizedTest
    @ValueSource(strings = {"ticks/ticks-after-vs-recv.level.json", "ticks/ticks-ctx-timeout.level.json",
            "ticks/ticks-cores.level.json", "ticks/ticks-handoff-return.level.json",
            "ticks/ticks-parent-timeout.level.json"})
    void everyFindingOfCheck_replaysToTheSameFinding(String level) {
        Run check = run("check", file(level), "--json");
        assertExit(1, check);
        assertEquals("ticks", check.json().get("verdict").asText(), check::toString);
        int ticks = 0;
        for (JsonNode f : check.json().get("findings")) {
            ticks += f.get("kind").asText().equals("ticks") ? 1 : 0;
            Run replay = run("replay", file(level), "--schedule", f.get("schedule").asText());
            assertExit(1, replay);
            String said = f.get("kind").asText() + " after step " + f.get("schedule").asText().split(" ").length
                    + ": " + f.get("message").asText();
            assertTrue(replay.lines().contains(said), () -> "wanted '" + said + "' in " + replay);
        }
        assertEquals(1, ticks, check::toString);
    }

    /** The level screen reveals a finding by replaying its schedule: a ticks finding's too. */
    @ParameterizedTest
    @ValueSource(strings = {"ticks/ticks-after-vs-recv.level.json", "ticks/ticks-ctx-timeout.level.json",
            "ticks/ticks-cores.level.json", "ticks/ticks-handoff-return.level.json",
            "ticks/ticks-parent-timeout.level.json"})
    void levelScreenTrace_ofTheTicksFinding_playsItsSchedule(String level) throws Exception {
        Level l = LevelLoader.load(Path.of(file(level)));
        Finding f = Checker.ticks(l);
        org.interleave.playback.Trace t = org.interleave.playback.Trace.of(l, f);
        assertEquals(f.schedule().length(), t.length(), f::toString);
        assertTrue(t.execution().last().mainReturned(), f::toString);
    }

    /**
     * A scored run is cut where verify's count of its steps (timeouts fired among them) reaches the
     * step bound, so its schedule is as long as the bound; the level screen replays it whole, as
     * check and replay do, instead of calling it not the scored run.
     */
    @Test
    void levelScreenTrace_ofARunCutAtTheStepBound_replaysTheWholeSchedule() throws Exception {
        Level l = LevelLoader.load(Path.of(file("ticks/ticks-cut-at-step-bound.level.json")));
        Finding f = Checker.ticks(l);
        assertEquals(org.interleave.explore.SearchBudget.of(l.bounds()).maxSteps(), f.schedule().length(), f::toString);
        org.interleave.playback.Trace t = org.interleave.playback.Trace.of(l, f);
        assertEquals(f.schedule().length(), t.length(), f::toString);
    }

    /** Another schedule of the same design is not the scored run: replay does not call it slow. */
    @ParameterizedTest
    @ValueSource(strings = {"ticks/ticks-after-vs-recv.level.json"})
    void otherSchedule_isNoTicksFinding(String level) {
        Run replay = run("replay", file(level), "--schedule", "main:1 main main");
        assertFalse(replay.out().contains("ticks after"), replay::toString);
    }

    /**
     * Main's last op is a receive that b's send completes: in the run main returns inside b's
     * step, so the schedule has main's return right after it, and its replay ends with main
     * returned. Replay of b's step alone is not the scored run.
     */
    @Test
    void mainReturningInsideItsPartnersStep_isInTheSchedule_andOnlyThatReplayIsTheScoredRun() {
        String level = file("ticks/ticks-handoff-return.level.json");
        Run check = run("check", level, "--json");
        assertEquals("b main", check.json().get("findings").get(0).get("schedule").asText(), check::toString);
        Run replay = run("replay", level, "--schedule", "b main");
        assertExit(1, replay);
        assertTrue(replay.lines().contains("end: nothing can move any more (main returned)"), replay::toString);
        assertTrue(replay.lines().contains("ticks after step 2: main returned at tick 3, the goal is 1"), replay::toString);
        Run shorter = run("replay", level, "--schedule", "b");
        assertExit(0, shorter);
        assertFalse(shorter.out().contains("ticks after"), shorter::toString);
    }

    /**
     * Child context c (timeout 3) times out before its parent p (timeout 10, declared first): the
     * run fires c, prints 1 then 4, and main returns at tick 9. The schedule fires c, not p (which
     * would also let main's first select take its case), and its replay prints what the run
     * printed; a replay that fires p instead is not the scored run.
     */
    @Test
    void ticksSchedule_firesTheTimeoutTheRunFired_andAnotherTimeoutIsNotTheScoredRun() {
        String level = file("ticks/ticks-parent-timeout.level.json");
        Run check = run("check", level, "--json");
        String schedule = check.json().get("findings").get(0).get("schedule").asText();
        assertTrue(schedule.startsWith("@c "), check::toString);
        Run replay = run("replay", level, "--schedule", schedule);
        assertExit(1, replay);
        List<String> printed = replay.lines().stream().filter(l -> l.contains("printed ")).toList();
        assertEquals(2, printed.size(), replay::toString);
        assertTrue(printed.get(0).contains("printed 1 to out") && printed.get(1).contains("printed 4 to out"),
                replay::toString);
        assertTrue(replay.out().contains("ticks after step " + schedule.split(" ").length
                + ": main returned at tick 9, the goal is 2"), replay::toString);
        Run other = run("replay", level, "--schedule", "@p main main");
        assertExit(0, other);
        assertFalse(other.out().contains("ticks after"), other::toString);
    }

    /**
     * Replay recognises the scored run by the steps it took, not by how the schedule is spelled:
     * {@code main:0} names the same step as {@code main} where the select has one ready case.
     */
    @Test
    void scoredRun_isRecognisedHoweverItsScheduleIsSpelled() {
        String level = file("ticks/ticks-parent-timeout.level.json");
        String schedule = run("check", level, "--json").json().get("findings").get(0).get("schedule").asText();
        String respelled = schedule.replaceFirst(" main ", " main:0 ");
        assertFalse(respelled.equals(schedule), schedule);
        Run replay = run("replay", level, "--schedule", respelled);
        assertExit(1, replay);
        assertTrue(replay.out().contains("ticks after step"), replay::toString);
    }

    static Stream<Path> campaign() throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("levels"))) {
            s.filter(p -> p.toString().endsWith(".level.json")).sorted().forEach(out::add);
        }
        return out.stream();
    }

    /**
     * Every campaign level's design and solution, held to one tick on one and on two cores so that
     * nearly every run overshoots: the ticks finding's schedule replays without a mismatch, main
     * has returned at its end exactly when it returned in the run, and the level screen's trace of
     * a finding (its reveal) plays it step by step.
     */
    @ParameterizedTest
    @MethodSource("campaign")
    void campaignTicksFindings_replay(Path file) throws Exception {
        Level level = LevelLoader.load(file);
        List<org.interleave.engine.model.Design> designs = new ArrayList<>(List.of(level.design()));
        if (level.solution() != null) {
            designs.add(level.solution());
        }
        for (org.interleave.engine.model.Design d : designs) {
            for (int cores : new int[] {1, 2}) {
                Goal g = level.goal();
                Goal tight = new Goal(g.noRace(), g.noDeadlock(), g.noLeak(), g.noPanic(), g.output(), 1, cores, null);
                Level l = new Level(level.format(), level.id(), level.title(), level.brief(), level.chapter(),
                        level.concepts(), Goal.Mode.FIX, d, level.palette(), tight, level.bounds(), level.hints(),
                        level.par(), level.solution());
                Finding f = Checker.ticks(l);
                if (f == null) {
                    continue;
                }
                assertEquals(Kind.TICKS, f.kind());
                SearchBudget b = SearchBudget.of(l.bounds());
                Execution e = new Replayer(new Program(d), tight, Math.max(b.maxSteps(), f.schedule().length()),
                        b.limits()).replay(f.schedule(), false);
                assertEquals(f.message().startsWith("main returned"), e.last().mainReturned(), f::toString);
                // the level screen reveals a finding by this trace of its schedule
                assertEquals(f.schedule().length(), org.interleave.playback.Trace.of(l, f).length(), f::toString);
            }
        }
    }
}
