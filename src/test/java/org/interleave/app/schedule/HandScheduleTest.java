package org.interleave.app.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.interleave.app.shared.CampaignCatalog;
import org.interleave.engine.Finding;
import org.interleave.engine.Kind;
import org.interleave.engine.Program;
import org.interleave.engine.Schedule;
import org.interleave.engine.model.Level;
import org.interleave.explore.Execution;
import org.interleave.explore.Replayer;
import org.interleave.explore.SearchBudget;
import org.interleave.playback.Trace;
import org.junit.jupiter.api.Test;

/** The hand-made schedule: moves, undo by replay, wins on the engine's own findings. */
class HandScheduleTest {
    static final CampaignCatalog CATALOG = CampaignCatalog.fromClassPath();

    static Level level(String id) {
        return CATALOG.byId(id).orElseThrow().level();
    }

    static HandSchedule pick(HandSchedule h, String name) {
        HandSchedule.Actor a = h.actors().stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
        assertEquals(1, a.moves().size(), name + " has one move");
        return h.take(a.moves().get(0));
    }

    static Execution replay(Level level, Schedule s) {
        SearchBudget b = SearchBudget.of(level.bounds());
        return new Replayer(new Program(level.design()), level.goal(), b.maxSteps(), b.limits()).replay(s, true);
    }

    @Test
    void transferDeadlock_eachTakesItsFirstLock_reachesTheDeadlock_andTheScheduleReplaysToIt() {
        HandSchedule h = HandSchedule.start(level("transfer-deadlock"));
        assertEquals(Kind.DEADLOCK, h.target());
        assertEquals(List.of("main"), h.actors().stream().map(HandSchedule.Actor::name).toList());
        for (String who : List.of("main", "main", "main", "aToB#0", "bToA#0")) {
            h = pick(h, who);
        }
        assertTrue(h.won(), h.findings().toString());
        assertFalse(h.canMove());
        Finding f = h.reached().orElseThrow();
        assertEquals("fatal error: all goroutines are asleep - deadlock!", f.message());
        Execution again = replay(h.level(), h.schedule());
        assertTrue(again.findings().stream().anyMatch(x -> x.key().equals(f.key())));
    }

    @Test
    void actors_nameTheNextOpInGoWords_andWhatABlockedOneWaitsOn() {
        HandSchedule h = HandSchedule.start(level("transfer-deadlock"));
        for (String who : List.of("main", "main", "main", "aToB#0")) {
            h = pick(h, who);
        }
        HandSchedule.Actor main = h.actors().get(0);
        assertEquals(Trace.Status.BLOCKED, main.status());
        assertTrue(main.detail().startsWith("blocked on wg.Wait"), main.detail());
        HandSchedule.Actor b = h.actors().stream().filter(a -> a.name().equals("bToA#0")).findFirst().orElseThrow();
        assertEquals("muB.Lock()", b.next());
        assertEquals(Trace.Status.CAN_RUN, b.status());
    }

    @Test
    void undo_replaysThePrefix_andGivesTheSameStateAsNeverTakingTheStep() {
        HandSchedule h = HandSchedule.start(level("transfer-deadlock"));
        h = pick(pick(h, "main"), "main");
        HandSchedule once = pick(h, "main");
        HandSchedule back = once.undo();
        assertEquals(h.schedule(), back.schedule());
        assertEquals(h.actors(), back.actors());
        assertEquals(h.steps().size(), back.steps().size());
    }

    @Test
    void selectWithSeveralReadyCases_offersEachCase_andTheChosenCaseIsInTheToken() {
        HandSchedule h = HandSchedule.start(level("select-is-random"));
        h = pick(h, "main");
        h = pick(h, "main");
        h = pick(h, "main");
        HandSchedule.Actor worker = h.actors().stream().filter(a -> a.name().equals("worker")).findFirst().orElseThrow();
        assertEquals(2, worker.moves().size(), worker.toString());
        assertEquals("case j := <-jobs", worker.moves().get(0).label());
        assertEquals("case <-quit", worker.moves().get(1).label());
        h = h.take(worker.moves().get(1));
        assertEquals("worker:1", h.schedule().tokens().getLast());
    }

    @Test
    void sleepIsNotSync_theWriteAndTheReadUnordered_isARaceWin() {
        HandSchedule h = HandSchedule.start(level("sleep-is-not-sync"));
        for (String who : List.of("main", "main", "main", "loader#0", "loader#0")) {
            if (h.won()) {
                break;
            }
            h = pick(h, who);
        }
        assertTrue(h.won(), h.findings().toString());
        assertEquals(Kind.RACE, h.reached().orElseThrow().kind());
    }

    static java.util.stream.Stream<String> breakLevels() {
        return CATALOG.entries().stream().map(CampaignCatalog.Entry::level)
                .filter(l -> l.mode() == org.interleave.engine.model.Goal.Mode.BREAK && l.goal().reach() != null)
                .map(Level::id);
    }

    /** Every campaign break level is won by playing, move by move, the schedule verification finds for it. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("breakLevels")
    void everyBreakLevel_isWonByPlayingTheCounterexampleOfItsTarget(String id) {
        Level level = level(id);
        Kind target = Kind.fromJson(level.goal().reach());
        Finding f = new org.interleave.explore.Checker(org.interleave.explore.CheckOptions.DEFAULT, () -> false,
                org.interleave.explore.Explorer.Progress.NONE, () -> 0).check(level).findings().stream()
                .filter(x -> x.kind() == target).findFirst().orElseThrow();
        HandSchedule h = HandSchedule.start(level);
        for (String token : f.schedule().tokens()) {
            assertFalse(h.won(), "won before the end of " + f.schedule());
            HandSchedule now = h;
            HandSchedule.Move move = h.actors().stream().flatMap(a -> a.moves().stream())
                    .filter(m -> m.token().equals(token)).findFirst()
                    .orElseThrow(() -> new AssertionError("'" + token + "' is not offered after " + now.schedule()));
            h = h.take(move);
        }
        assertTrue(h.won(), id + ": " + h.findings());
        assertEquals(target, h.reached().orElseThrow().kind());
    }

    @Test
    void aMoveThatIsNotOffered_isRefused() {
        HandSchedule h = HandSchedule.start(level("transfer-deadlock"));
        assertThrows(IllegalArgumentException.class, () -> h.take(new HandSchedule.Move("aToB#0", "x")));
    }

    @Test
    void nonBreakLevel_isASandboxWithoutTarget() {
        HandSchedule h = HandSchedule.start(level("dining-philosophers"));
        assertNull(h.target());
        assertFalse(h.won());
        assertTrue(h.canMove());
    }

    @Test
    void aWokenWait_offersItsTwoChoicesInWords_andThePanicOneWins() throws Exception {
        // The wait group is reused while b may still be parked in its first round (issue 11, G3).
        Level level = org.interleave.level.LevelLoader.parse("reuse.level.json", """
                {"format":1,"id":"reuse","title":"reuse","mode":"break","goal":{"reach":"panic"},"design":{"parts":[
                  {"id":"wg","type":"waitgroup"},
                  {"id":"b","type":"goroutine","start":"spawn","ops":[{"op":"wait","wg":"wg"}]},
                  {"id":"main","type":"goroutine","start":"main","ops":[
                    {"op":"add","wg":"wg","n":1},{"op":"go","g":"b"},{"op":"done","wg":"wg"},
                    {"op":"add","wg":"wg","n":1},{"op":"done","wg":"wg"}]}]}}
                """);
        HandSchedule h = HandSchedule.start(level);
        for (String who : List.of("main", "main", "main", "main")) {
            h = pick(h, who);
        }
        HandSchedule.Actor b = h.actors().stream().filter(a -> a.name().equals("b#0")).findFirst().orElseThrow();
        assertEquals(List.of("wg.Wait(): woken at zero, finds it reused", "wg.Wait(): had not parked, waits on"),
                b.moves().stream().map(HandSchedule.Move::label).toList());
        HandSchedule panicked = h.take(b.moves().get(0));
        assertEquals("panic: sync: WaitGroup is reused before previous Wait has returned",
                panicked.findings().get(0).message());
        HandSchedule waits = h.take(b.moves().get(1));
        assertEquals(Trace.Status.BLOCKED, waits.actors().stream().filter(a -> a.name().equals("b#0")).findFirst()
                .orElseThrow().status());
    }
}
