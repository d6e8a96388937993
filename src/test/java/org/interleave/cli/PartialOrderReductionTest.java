package org.interleave.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.interleave.engine.Kind;
import org.interleave.engine.Limits;
import org.interleave.engine.Machine;
import org.interleave.engine.Program;
import org.interleave.engine.Schedule;
import org.interleave.engine.Timing;
import org.interleave.engine.model.Level;
import org.interleave.explore.Explorer;
import org.interleave.explore.SearchBudget;
import org.interleave.explore.SearchResult;
import org.interleave.level.LevelException;
import org.interleave.level.LevelLoader;
import org.junit.jupiter.api.Test;

/** The partial-order reduction on the benchmark families: far fewer states, the same answers. */
class PartialOrderReductionTest {
    static SearchResult search(String json, boolean partialOrder) throws LevelException {
        Level level = LevelLoader.parse("family.level.json", json);
        Machine start = new Machine(new Program(level.design()), Timing.VERIFY, Limits.DEFAULT);
        start.drainFaults();
        return new Explorer(level.goal(), SearchBudget.DEFAULT, () -> false, Explorer.Progress.NONE)
                .partialOrder(partialOrder).explore(start, Schedule.EMPTY);
    }

    @Test
    void orderedPhilosophers_areClearedFromAFractionOfTheStates() throws LevelException {
        String json = DesignFamilies.philosophers(5).json();
        SearchResult full = search(json, false);
        SearchResult reduced = search(json, true);
        assertTrue(full.complete() && reduced.complete());
        assertEquals(0, full.findings().size());
        assertEquals(0, reduced.findings().size());
        assertTrue(reduced.states() * 3 < full.states(), reduced.states() + " vs " + full.states());
    }

    @Test
    void mutexCounter_isClearedFromAFractionOfTheStates() throws LevelException {
        String json = DesignFamilies.counter(6).json();
        SearchResult full = search(json, false);
        SearchResult reduced = search(json, true);
        assertEquals(0, reduced.findings().size());
        assertTrue(reduced.states() * 3 < full.states(), reduced.states() + " vs " + full.states());
    }

    @Test
    void philosophersWhoAllTakeTheLeftForkFirst_deadlockWithTheSameShortestSchedule() throws LevelException {
        // Philosopher 2 takes fork2 then fork0: a cycle of waits once everybody holds one fork.
        String json = DesignFamilies.philosophers(3).json()
                .replace("{\"op\":\"lock\",\"mu\":\"fork0\"},{\"op\":\"lock\",\"mu\":\"fork2\"}",
                        "{\"op\":\"lock\",\"mu\":\"fork2\"},{\"op\":\"lock\",\"mu\":\"fork0\"}");
        assertTrue(json.contains("\"fork2\"},{\"op\":\"lock\",\"mu\":\"fork0\""), "the design was rewired");
        SearchResult full = search(json, false);
        SearchResult reduced = search(json, true);
        assertEquals(Kind.DEADLOCK, reduced.findings().get(0).kind());
        assertEquals(full.findings().stream().map(f -> f.key() + " " + f.schedule()).sorted().toList(),
                reduced.findings().stream().map(f -> f.key() + " " + f.schedule()).sorted().toList());
    }
}
