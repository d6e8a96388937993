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
}
