package org.interleave.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.interleave.engine.Finding;
import org.interleave.engine.Kind;
import org.interleave.engine.Limits;
import org.interleave.engine.Program;
import org.interleave.engine.Site;
import org.interleave.engine.model.Level;
import org.junit.jupiter.api.Test;

/**
 * A hang's message says truly how main fails to return (DESIGN §5): blocked for good while the
 * goroutines that really run forever loop, or looping itself. It names no goroutine that can
 * finish, and the reduced search, the plain one and a replay of its schedule all say the same.
 */
class HangMessageTest {
    /** The hang's message from the reduced search, the plain one and the replay of its schedule. */
    private static List<String> messages(String parts) {
        Level level = Designs.level(parts, null);
        Finding reduced = hang(ExactnessTest.reduced(parts, null));
        Finding plain = hang(ExactnessTest.plain(parts, null));
        Replayer replayer = new Replayer(new Program(level.design()), level.goal(), 2000, Limits.DEFAULT);
        Finding replayed = hang(replayer.livenessAtEnd(replayer.replay(reduced.schedule(), false)));
        return List.of(reduced.message(), plain.message(), replayed.message());
    }

    private static Finding hang(Report r) {
        assertEquals(Verdict.HANG, r.verdict(), () -> "findings: " + r.findings());
        return hang(r.findings());
    }

    private static Finding hang(List<Finding> findings) {
        return findings.stream().filter(f -> f.kind() == Kind.HANG).findFirst()
                .orElseThrow(() -> new AssertionError("no hang in " + findings));
    }

    private static void allSay(String expected, String parts) {
        for (String m : messages(parts)) {
            assertEquals(expected, m);
        }
    }

    /**
     * hunt19 q1: main polls c in a loop and never parks, so w's select never finds c ready and
     * sends to d's free slot, finishing at once. Main is the one that loops; w does not.
     */
    @Test
    void mainThatPollsForever_isSaidToLoop_andAGoroutineThatFinishesIsNotNamed() {
        allSay("main cannot return: it loops polling select (receive from c), never finding a case ready", """
                {"id":"c","type":"channel","cap":0},{"id":"d","type":"channel","cap":1},
                {"id":"w","type":"goroutine","start":"auto","ops":[{"op":"select","cases":[
                  {"send":"c","value":1},{"send":"d","value":2}]}]},
                {"id":"main","type":"goroutine","start":"main","ops":[{"op":"loop","do":[
                  {"op":"select","cases":[{"recv":"c","do":[{"op":"return"}]}],"default":[]}]}]}""");
    }

    /**
     * Two polling loops never pair (neither parks): main polls for ever, and w, which polls too,
     * is named as looping beside it. (The replay says so too, though the code alone proves only
     * that both loop: w's loop has no way out.)
     */
    @Test
    void mainPollingBesideAPollingSender_isSaidToPoll_andTheSenderToLoop() {
        allSay("main cannot return: it loops polling select (receive from c), never finding a case ready, while w loops",
                """
                {"id":"c","type":"channel"},
                {"id":"w","type":"goroutine","ops":[{"op":"loop","do":[
                  {"op":"select","cases":[{"send":"c","value":1}],"default":[]}]}]},
                {"id":"main","type":"goroutine","start":"main","ops":[{"op":"loop","do":[
                  {"op":"select","cases":[{"recv":"c","do":[{"op":"return"}]}],"default":[]}]}]}""");
    }

    /** DESIGN §5's own example: main blocked on wg.Wait while a spinner loops keeps that form. */
    @Test
    void mainBlockedWhileASpinnerLoops_keepsTheNormativeForm() {
        allSay("main cannot return: blocked on wg.Wait (counter 1) while spinner#0 loops", """
                {"id":"wg","type":"waitgroup"},{"id":"n","type":"atomic","init":0},
                {"id":"spinner","type":"goroutine","start":"spawn","ops":[{"op":"loop","do":[
                  {"op":"atomic.load","var":"n","to":"v"}]}]},
                {"id":"main","type":"goroutine","start":"main","ops":[{"op":"add","wg":"wg","n":1},
                  {"op":"go","g":"spinner"},{"op":"wait","wg":"wg"}]}""");
    }

    /** Main blocked for good: the spinner loops, w (one buffered send) finishes and is not named. */
    @Test
    void mainBlockedForGood_namesOnlyTheGoroutineThatLoops() {
        allSay("main cannot return: blocked on receive from never while spinner loops", """
                {"id":"never","type":"channel","cap":0},{"id":"d","type":"channel","cap":1},
                {"id":"n","type":"atomic","init":0},
                {"id":"w","type":"goroutine","start":"auto","ops":[{"op":"send","ch":"d","value":1}]},
                {"id":"spinner","type":"goroutine","start":"auto","ops":[{"op":"loop","do":[
                  {"op":"atomic.load","var":"n","to":"v"}]}]},
                {"id":"main","type":"goroutine","start":"main","ops":[{"op":"recv","ch":"never"}]}""");
    }

    /** Main and another goroutine both loop: main is said to loop, and so is the other. */
    @Test
    void mainThatLoopsBesideAnotherLooper_namesBoth() {
        allSay("main cannot return: it loops forever while spinner loops", """
                {"id":"n","type":"atomic","init":0},{"id":"m","type":"atomic","init":0},
                {"id":"spinner","type":"goroutine","start":"auto","ops":[{"op":"loop","do":[
                  {"op":"atomic.load","var":"n","to":"v"}]}]},
                {"id":"main","type":"goroutine","start":"main","ops":[{"op":"loop","do":[
                  {"op":"atomic.load","var":"m","to":"v"}]}]}""");
    }

    /** Two spinners around a blocked main: the verb agrees with the number named. */
    @Test
    void twoLoopers_takeThePluralVerb() {
        String msg = messages("""
                {"id":"never","type":"channel","cap":0},{"id":"n","type":"atomic","init":0},
                {"id":"a","type":"goroutine","start":"auto","ops":[{"op":"loop","do":[{"op":"atomic.load","var":"n","to":"v"}]}]},
                {"id":"b","type":"goroutine","start":"auto","ops":[{"op":"loop","do":[{"op":"atomic.load","var":"n","to":"v"}]}]},
                {"id":"main","type":"goroutine","start":"main","ops":[{"op":"recv","ch":"never"}]}""").get(0);
        assertEquals("main cannot return: blocked on receive from never while a, b loop", msg);
        assertFalse(msg.contains("main loop"), msg);
    }

    /**
     * The looper is spawned only later in the hang's future (w starts it after the state the hang
     * is found in): it is named all the same. Naming it by its index in that earlier state threw
     * IndexOutOfBoundsException (ParallelSearchProperties, ReductionProperties).
     */
    @Test
    void aLooperSpawnedLaterInTheHangsFuture_isNamed() {
        allSay("main cannot return: blocked on receive from never while spinner#0 loops", """
                {"id":"never","type":"channel","cap":0},{"id":"n","type":"atomic","init":0},
                {"id":"spinner","type":"goroutine","start":"spawn","ops":[{"op":"loop","do":[
                  {"op":"atomic.load","var":"n","to":"v"}]}]},
                {"id":"w","type":"goroutine","start":"auto","ops":[{"op":"atomic.load","var":"n","to":"v"},
                  {"op":"go","g":"spinner"}]},
                {"id":"main","type":"goroutine","start":"main","ops":[{"op":"recv","ch":"never"}]}""");
    }

    /**
     * A goroutine that spins is placed at the loop it runs round, by the reduced search and the
     * plain one, not at an "end spin" it never reaches: the game highlights that loop.
     */
    @Test
    void aSpinningMain_isPlacedAtTheLoopItRunsRound() {
        String parts = """
                {"id":"main","type":"goroutine","start":"main","ops":[{"op":"let","to":"i","value":0},
                  {"op":"while","cond":"i < 2","do":[{"op":"continue"},{"op":"let","to":"i","value":"i + 1"}]}]}""";
        for (Finding f : List.of(hang(ExactnessTest.reduced(parts, null)), hang(ExactnessTest.plain(parts, null)))) {
            assertEquals(List.of(new Site("main", "ops[1]", "while", null)), f.where());
        }
    }
}
