package org.interleave.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.interleave.engine.Choice;
import org.interleave.engine.Program;
import org.interleave.engine.model.Level;
import org.junit.jupiter.api.Test;

/**
 * A {@code ticks} finding's schedule is the scored run or there is no finding (issue 11): when the
 * run's visible schedule does not replay as the run, {@link Checker#replayable} says so as an
 * internal error naming the schedule, as {@code confirm} does for verify's findings, and never
 * falls back to a schedule that replays another run. The broken runs are built by hand from a
 * real one, since no known design gives one any more.
 */
class TicksFindingTruthTest {
    /** Two workers of 10 ticks each on one core, held to 5 ticks: main returns at about 21. */
    private static final Level SLOW = Designs.level(TimedRunTest.TWO_WORKERS, "{\"cores\":1,\"maxTicks\":5}");

    private static TimedRun.Result scored() {
        SearchBudget b = SearchBudget.of(SLOW.bounds());
        return new TimedRun(Designs.program(SLOW), SLOW.goal(), b.maxSteps(), b.limits()).run(TimedRun.SCORE_SEED);
    }

    private static org.interleave.engine.Schedule replayable(TimedRun.Result run) {
        return Checker.replayable(Designs.program(SLOW), SLOW.goal(), SearchBudget.of(SLOW.bounds()), run);
    }

    @Test
    void aFaithfulRun_givesItsVisibleSchedule_whichReplayRecognises() {
        TimedRun.Result run = scored();
        org.interleave.engine.Schedule s = replayable(run);
        assertEquals(VisibleSchedule.of(Designs.program(SLOW), SearchBudget.of(SLOW.bounds()).limits(), run), s);
        Execution e = new Replayer(Designs.program(SLOW), SLOW.goal(), 2000, SearchBudget.of(SLOW.bounds()).limits())
                .replay(s, true);
        assertTrue(Checker.ticksReplayed(SLOW, e) != null, "replay of " + s + " is the scored run");
    }

    @Test
    void aRunStepVerifyCannotTake_isAnInternalError_namingTheRun_notAFindingWithTheRunsSchedule() {
        TimedRun.Result run = scored();
        List<Choice> choices = new ArrayList<>(run.choices());
        // main's first step (add) said to be taken by a goroutine that does not exist
        choices.set(0, new Choice(7, Choice.NONE));
        TimedRun.Result broken = new TimedRun.Result(run.execution(), run.mainReturnedAt(), run.lastTick(), choices,
                run.mainReturnedStep(), run.timeouts());
        IllegalStateException x = assertThrows(IllegalStateException.class, () -> replayable(broken));
        assertTrue(x.getMessage().startsWith("internal error: the ticks finding does not replay: main returned at tick "
                + run.mainReturnedAt() + ", the goal is 5; the timed run took a step verify cannot take (the run: "
                + run.execution().schedule() + ")"), x.getMessage());
    }

    @Test
    void aScheduleThatReplaysAnotherRun_isAnInternalError_namingTheSchedule() {
        TimedRun.Result run = scored();
        // the run said to have ended with main unreturned: its schedule (main's return left out)
        // replays, but not as this run
        TimedRun.Result broken = new TimedRun.Result(run.execution(), run.mainReturnedAt(), run.lastTick(),
                run.choices(), -1, run.timeouts());
        org.interleave.engine.Schedule s = VisibleSchedule.of(Designs.program(SLOW), SearchBudget.of(SLOW.bounds()).limits(),
                broken);
        assertTrue(s != null);
        IllegalStateException x = assertThrows(IllegalStateException.class, () -> replayable(broken));
        assertEquals("internal error: the ticks finding does not replay: main returned at tick " + run.mainReturnedAt()
                + ", the goal is 5; its schedule " + s + " replays another run", x.getMessage());
    }

    @Test
    void check_ofADesignOverItsLimit_reportsTheTicksFinding_withTheVisibleSchedule() {
        Report r = Designs.check(SLOW);
        Program p = Designs.program(SLOW);
        org.interleave.engine.Finding f = r.findings().stream()
                .filter(g -> g.kind() == org.interleave.engine.Kind.TICKS).findFirst().orElseThrow();
        assertEquals(VisibleSchedule.of(p, SearchBudget.of(SLOW.bounds()).limits(), scored()), f.schedule());
    }

    /**
     * Found by the oracle's part-shape designs (L1 of session 21): a goroutine spawned by main's
     * last op works, then fails an assert. The run lets main return before the assert (a failed
     * assert after main's return is still a finding, DESIGN §5); verify runs work and the assert
     * at once within main's {@code go}, so its program crashes first and no verify schedule is the
     * run. {@code check} gave an internal error (exit 70); now the ticks finding is left to the
     * assert that speaks for it, and the verdict is that assert.
     */
    @Test
    void aRunWhoseWorkEndsInACrashVerifyTakesAtOnce_givesNoTicksFinding_andTheCrashIsReported() {
        Level level = Designs.level("""
                {"id":"g","type":"goroutine","start":"spawn","ops":[{"op":"work","ticks":1},
                  {"op":"assert","cond":"1 < 0","message":"never"}]},
                {"id":"main","type":"goroutine","start":"main","ops":[{"op":"sleep","ticks":2},{"op":"go","g":"g"}]}""",
                "{\"cores\":1,\"maxTicks\":1}");
        Program program = Designs.program(level);
        SearchBudget b = SearchBudget.of(level.bounds());
        TimedRun.Result run = new TimedRun(program, level.goal(), b.maxSteps(), b.limits()).run(TimedRun.SCORE_SEED);
        assertTrue(run.mainReturnedAt() > 1, "the run is over its limit: " + run.mainReturnedAt());
        assertTrue(VisibleSchedule.verifyCrashesFirst(program, b.limits(), run));
        assertEquals(null, Checker.ticks(level));
        Report r = new Checker(CheckOptions.DEFAULT, () -> false, Explorer.Progress.NONE, () -> 0).threads(1).check(level);
        assertEquals(Verdict.ASSERT, r.verdict(), () -> "findings: " + r.findings());
    }

    @Test
    void aSlowRunThatVerifyFollows_isNotSaidToCrashFirst() {
        assertTrue(!VisibleSchedule.verifyCrashesFirst(Designs.program(SLOW), SearchBudget.of(SLOW.bounds()).limits(), scored()));
        assertTrue(Checker.ticks(SLOW) != null);
    }
}
