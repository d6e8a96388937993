package org.interleave.explore;

import static org.interleave.explore.ExactnessTest.after;
import static org.interleave.explore.ExactnessTest.bothSay;
import static org.interleave.explore.ExactnessTest.reduced;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.interleave.engine.Finding;
import org.interleave.engine.Kind;
import org.interleave.engine.Machine;
import org.junit.jupiter.api.Test;

/**
 * A WaitGroup reused before the previous Wait has returned (issue 11, Go-soundness finding G3):
 * when the counter reaches zero Go wakes every Wait parked on it, and a woken Wait that runs only
 * after an Add has taken the counter up again panics. A goroutine that stood at its Wait when the
 * counter reached zero may have parked (then it is woken) or not yet (then it waits for the next
 * zero): both are choices. Go 1.19 panicked in 40 of 40 runs of a design the checker used to clear.
 */
class WaitGroupReuseTest {
    /** main takes the counter to zero and up again while b stands at its Wait. */
    static final String REUSED = """
            {"id":"wg","type":"waitgroup"},
            {"id":"b","type":"goroutine","start":"spawn","ops":[{"op":"wait","wg":"wg"}]},
            {"id":"main","type":"goroutine","start":"main","ops":[
              {"op":"add","wg":"wg","n":1},{"op":"go","g":"b"},{"op":"done","wg":"wg"},
              {"op":"add","wg":"wg","n":1},{"op":"done","wg":"wg"}]}
            """;

    @Test
    void aWaitWokenByAZero_panicsWhenAnAddTookTheCounterUpBeforeItReturned() {
        // Both searches: the reduction once took main's last Done first, which takes the panic away.
        bothSay(REUSED, "{}", Verdict.PANIC, Kind.PANIC);
        Finding f = reduced(REUSED, "{}").findings().get(0);
        assertEquals("panic: sync: WaitGroup is reused before previous Wait has returned", f.message());
        Machine m = after(REUSED, f.schedule().toString());
        assertTrue(m.crashed(), "the schedule replays to the panic: " + f.schedule());
    }

    @Test
    void aWokenWait_offersToPanicOrToWaitOn_andReturnsWhenTheCounterIsZero() {
        // After main's Done (zero) and Add (one again): b may panic (:0) or had not parked (:1).
        Machine m = after(REUSED, "main main main main");
        assertEquals(List.of("main", "b#0:0", "b#0:1"), tokens(m));
        Machine waitsOn = after(REUSED, "main main main main b#0:1");
        assertEquals(List.of("main"), tokens(waitsOn), "having not parked, b waits for the next zero");
        Machine returns = after(REUSED, "main main main main main b#0");
        assertTrue(returns.done(1));
        // Woken and the counter still at zero: the Wait simply returns.
        Machine early = after(REUSED, "main main main b#0");
        assertTrue(early.done(1));
    }

    @Test
    void aWokenWaitThatHadNotParked_canDeadlock() {
        // main waits on the second round itself, which nobody ends: Go deadlocks (20 of 20 runs
        // here) when b had not parked before main's Done, and b panics when it had.
        String parts = """
                {"id":"wg","type":"waitgroup"},
                {"id":"b","type":"goroutine","start":"spawn","ops":[{"op":"wait","wg":"wg"}]},
                {"id":"main","type":"goroutine","start":"main","ops":[
                  {"op":"add","wg":"wg","n":1},{"op":"go","g":"b"},{"op":"done","wg":"wg"},
                  {"op":"add","wg":"wg","n":1},{"op":"wait","wg":"wg"}]}
                """;
        bothSay(parts, "{}", Verdict.PANIC, Kind.PANIC, Kind.DEADLOCK);
    }

    @Test
    void reuseAfterTheWaitHasReturned_isCleared() {
        // b reports back on c after its Wait returned, and only then does main add again.
        String parts = """
                {"id":"wg","type":"waitgroup"},
                {"id":"c","type":"channel","cap":0},
                {"id":"b","type":"goroutine","start":"spawn","ops":[{"op":"wait","wg":"wg"},{"op":"send","ch":"c","value":1}]},
                {"id":"main","type":"goroutine","start":"main","ops":[
                  {"op":"add","wg":"wg","n":1},{"op":"go","g":"b"},{"op":"done","wg":"wg"},
                  {"op":"recv","ch":"c"},{"op":"add","wg":"wg","n":1},{"op":"done","wg":"wg"}]}
                """;
        bothSay(parts, "{}", Verdict.CLEARED);
    }

    @Test
    void aWaitGroupNobodyCanAddToAgain_leavesItsWaitersUnmarked() {
        // The usual fan-out: after main's Add nobody adds again, so whether b stood at its Wait
        // when the counter reached zero cannot matter, and both orders reach one state (no extra
        // states for the common case). With an Add still to come, they are two states.
        String once = """
                {"id":"wg","type":"waitgroup"},
                {"id":"b","type":"goroutine","start":"spawn","ops":[{"op":"sleep","ticks":1},{"op":"wait","wg":"wg"}]},
                {"id":"main","type":"goroutine","start":"main","ops":[
                  {"op":"add","wg":"wg","n":1},{"op":"go","g":"b"},{"op":"done","wg":"wg"}]}
                """;
        assertEquals(after(once, "main main b#0 main").key(), after(once, "main main main b#0").key());
        String twice = once.replace("{\"op\":\"done\",\"wg\":\"wg\"}]}",
                "{\"op\":\"done\",\"wg\":\"wg\"},{\"op\":\"add\",\"wg\":\"wg\",\"n\":1}]}");
        assertNotEquals(after(twice, "main main b#0 main").key(), after(twice, "main main main b#0").key());
    }

    private static List<String> tokens(Machine m) {
        return m.enabled().stream().map(m::token).toList();
    }
}
