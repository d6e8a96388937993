package org.interleave.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.interleave.engine.Limits;
import org.interleave.engine.model.Level;
import org.junit.jupiter.api.Test;

/** Runs on the virtual clock: work costs ticks, cores run in parallel, timers fire on time. */
class TimedRunTest {
    static TimedRun.Result run(String parts, String goal, long seed) {
        Level l = Designs.level(parts, goal);
        return new TimedRun(Designs.program(l), l.goal(), 2000, Limits.DEFAULT).run(seed);
    }

    static final String TWO_WORKERS = """
            {"id":"wg","type":"waitgroup"},
            {"id":"w","type":"goroutine","start":"spawn","ops":[{"op":"work","ticks":10},{"op":"done","wg":"wg"}]},
            {"id":"main","type":"goroutine","start":"main","ops":[{"op":"add","wg":"wg","n":2},
              {"op":"go","g":"w"},{"op":"go","g":"w"},{"op":"wait","wg":"wg"}]}""";

    @Test
    void workTakesItsTicks() {
        TimedRun.Result r = run("""
                {"id":"main","type":"goroutine","start":"main","ops":[{"op":"work","ticks":10}]}""", null, 1);
        assertEquals(10, r.mainReturnedAt());
    }

    @Test
    void twoCores_runTwoWorkersInParallel_oneCoreDoesNot() {
        long two = run(TWO_WORKERS, "{\"cores\":2}", 1).mainReturnedAt();
        long one = run(TWO_WORKERS, "{\"cores\":1}", 1).mainReturnedAt();
        assertTrue(two < 16, "two cores: " + two);
        assertTrue(one >= 20, "one core: " + one);
    }

    @Test
    void sleepWakesWhenTheClockReachesIt() {
        TimedRun.Result r = run("""
                {"id":"main","type":"goroutine","start":"main","ops":[{"op":"sleep","ticks":7}]}""", null, 1);
        assertEquals(8, r.mainReturnedAt());
    }

    @Test
    void contextTimeout_firesAtItsTick_andWinsOverASlowResult() {
        TimedRun.Result r = run("""
                {"id":"ctx","type":"context","timeout":5},
                {"id":"res","type":"channel","cap":1},
                {"id":"slow","type":"goroutine","ops":[{"op":"work","ticks":50},{"op":"send","ch":"res","value":1}]},
                {"id":"out","type":"sink"},
                {"id":"main","type":"goroutine","start":"main","ops":[{"op":"select","cases":[
                  {"recv":"res","to":"v","do":[{"op":"emit","sink":"out","value":"v"}]},
                  {"done":"ctx","do":[{"op":"emit","sink":"out","value":-1}]}]}]}""", null, 1);
        assertEquals(java.util.List.of(-1L), r.execution().last().output("out"));
        assertTrue(r.mainReturnedAt() >= 5 && r.mainReturnedAt() < 10, "returned at " + r.mainReturnedAt());
    }

    /**
     * DESIGN §4: an after case's timer starts when its select is reached, so a polling select takes
     * default, on the clock too, even when main reached the select a tick before it got a core
     * (the timed run took the timer, printing 1, which no interleaving check explores prints).
     */
    @Test
    void pollingSelect_takesDefault_evenWhenItsTimerIsDueByTheTimeItRuns() {
        String parts = """
                {"id":"out","type":"sink"},
                {"id":"main","type":"goroutine","start":"main","ops":[{"op":"emit","sink":"out","value":0},
                  {"op":"select","cases":[{"after":1,"do":[{"op":"emit","sink":"out","value":1}]}],
                   "default":[{"op":"emit","sink":"out","value":2}]}]}""";
        for (String goal : new String[] {"{\"cores\":1}", "{\"cores\":2}"}) {
            TimedRun.Result r = run(parts, goal, 1);
            assertEquals(java.util.List.of(0L, 2L), r.execution().last().output("out"), goal);
        }
    }

    @Test
    void selectTimeout_firesAfterItsTicks() {
        TimedRun.Result r = run("""
                {"id":"never","type":"channel","cap":0},
                {"id":"main","type":"goroutine","start":"main","ops":[{"op":"select","cases":[
                  {"recv":"never","do":[]},{"after":12,"do":[]}]}]}""", null, 1);
        assertEquals(13, r.mainReturnedAt());
    }

    @Test
    void sameSeed_sameRun() {
        String parts = """
                {"id":"a","type":"channel","cap":5},{"id":"b","type":"channel","cap":5},{"id":"out","type":"sink"},
                {"id":"p","type":"goroutine","ops":[{"op":"repeat","times":5,"to":"i","do":[
                  {"op":"send","ch":"a","value":"i"},{"op":"send","ch":"b","value":"i + 10"}]}]},
                {"id":"main","type":"goroutine","start":"main","ops":[{"op":"repeat","times":10,"do":[
                  {"op":"select","cases":[{"recv":"a","to":"v","do":[{"op":"emit","sink":"out","value":"v"}]},
                    {"recv":"b","to":"v","do":[{"op":"emit","sink":"out","value":"v"}]}]}]}]}""";
        for (long seed = 0; seed < 5; seed++) {
            assertEquals(run(parts, null, seed).execution().steps(), run(parts, null, seed).execution().steps());
        }
    }

    /**
     * Two goroutines each doing a million ticks of work twenty times on one core: the clock jumps
     * to the end of each piece of work instead of counting its ticks one by one (which took a
     * minute), and the result is what counting would give.
     */
    @Test
    void longWorkOnBusyCores_jumpsTheClock_andKeepsTheTicks() {
        TimedRun.Result r = run("""
                {"id":"wg","type":"waitgroup"},
                {"id":"w","type":"goroutine","start":"spawn","ops":[
                  {"op":"repeat","times":20,"do":[{"op":"work","ticks":1000000}]},{"op":"done","wg":"wg"}]},
                {"id":"main","type":"goroutine","start":"main","ops":[{"op":"add","wg":"wg","n":2},
                  {"op":"go","g":"w"},{"op":"go","g":"w"},{"op":"wait","wg":"wg"}]}""", "{\"cores\":1}", 1);
        assertTrue(r.mainReturnedAt() >= 40_000_000 && r.mainReturnedAt() < 40_000_100, "returned at " + r.mainReturnedAt());
        assertTrue(r.execution().steps().size() < 200, r.execution().steps().size() + " steps");
    }

    @Test
    void smallWorkOnOneCore_takesTheSameTicksAsCounting() {
        TimedRun.Result r = run(TWO_WORKERS, "{\"cores\":1}", 1);
        // 4 steps of main before it waits, then 10 ticks of each worker's work one after the other
        assertEquals(run(TWO_WORKERS, "{\"cores\":1}", 2).mainReturnedAt(), r.mainReturnedAt());
        assertTrue(r.mainReturnedAt() >= 20, "one core: " + r.mainReturnedAt());
    }
}
