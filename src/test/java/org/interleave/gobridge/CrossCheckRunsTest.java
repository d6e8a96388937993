package org.interleave.gobridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.interleave.engine.Kind;
import org.interleave.explore.Verdict;
import org.junit.jupiter.api.Test;

/** The cross-check runs each Go binary as the engine's claim about the design needs. */
class CrossCheckRunsTest {
    /** Workers that race on hits and never call wg.Done: main waits forever in every execution. */
    private static CrossCheckCase guardTheCounterStart() {
        return CrossCheckCase.of("guard-the-counter (start)", "start-guard",
                CrossCheckCase.load(Path.of("levels", "05-guard-the-counter.level.json")));
    }

    @Test
    void raceRunsOfARacyDesignWhoseMainNeverReturns_areCutShort() {
        CrossCheckCase c = guardTheCounterStart();
        assertEquals(Verdict.RACE, c.verdict());
        assertTrue(c.report().findings().stream().anyMatch(f -> f.kind() == Kind.DEADLOCK), c.report()::toString);
        CrossCheckRuns.Runs race = CrossCheckRuns.of(c, true).race();
        assertEquals(RunTally.Sign.RACE, race.sign());
        // Go reports no deadlock under -race (golang/go#20588): every run would last the whole timeout
        assertTrue(race.timeout().compareTo(CrossCheckRuns.RUN_TIMEOUT) < 0,
                () -> "a race run that cannot end waits " + race.timeout());
    }

    @Test
    void plainRunsOfADesignWhoseEveryExecutionDeadlocks_waitForGosDeadlockReport_evenWhenItAlsoRaces() {
        CrossCheckCase c = guardTheCounterStart();
        assertTrue(c.alwaysDeadlocks(), "every execution of the starting design deadlocks");
        assertEquals(RunTally.Sign.DEADLOCK, CrossCheckRuns.of(c, true).plain().sign());
    }

    @Test
    void raceRunsOfARacyDesignWhoseMainReturns_keepTheLongTimeout() {
        CrossCheckCase c = CrossCheckCase.of("lost-update (start)", "start-lost",
                CrossCheckCase.load(Path.of("levels", "04-lost-update.level.json")));
        assertEquals(Verdict.RACE, c.verdict());
        CrossCheckRuns.Runs race = CrossCheckRuns.of(c, true).race();
        assertEquals(RunTally.Sign.RACE, race.sign());
        assertEquals(CrossCheckRuns.RUN_TIMEOUT, race.timeout());
    }

    @Test
    void aClearedDesign_runsFiveTimesEachWay_inOneProcessOfFiveCopies() {
        Path file = Path.of("levels", "05-guard-the-counter.level.json");
        var level = CrossCheckCase.load(file);
        CrossCheckCase c = CrossCheckCase.of("guard-the-counter (solution)", "solution-guard",
                level.withDesign(level.solution()));
        assertEquals(Verdict.CLEARED, c.verdict());
        CrossCheckRuns runs = CrossCheckRuns.of(c, true);
        for (CrossCheckRuns.Runs way : java.util.List.of(runs.plain(), runs.race())) {
            assertEquals(CrossCheckRuns.RUNS, way.runs());
            assertTrue(way.oneProcess(), way::toString);
        }
        assertEquals(CrossCheckRuns.RUNS, runs.packages(), "the design and four copies");
        assertEquals(1, CrossCheckRuns.of(guardTheCounterStart(), true).packages(), "runs that hunt a sign each take a process");
    }

    @Test
    void aClearedDesignWithAContextTimeout_takesAProcessARun_forItsTimerStartsWithTheProcess() {
        Path file = Path.of("levels", "23-deadline-worker.level.json");
        var level = CrossCheckCase.load(file);
        CrossCheckCase c = CrossCheckCase.of("deadline-worker (solution)", "solution-deadline", level.withDesign(level.solution()));
        assertEquals(Verdict.CLEARED, c.verdict());
        CrossCheckRuns runs = CrossCheckRuns.of(c, true);
        assertEquals(CrossCheckRuns.RUNS, runs.race().runs());
        assertTrue(!runs.plain().oneProcess() && !runs.race().oneProcess(), runs::toString);
        assertEquals(1, runs.packages());
    }
}
