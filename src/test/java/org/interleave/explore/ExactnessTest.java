package org.interleave.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.interleave.engine.Choice;
import org.interleave.engine.Finding;
import org.interleave.engine.Kind;
import org.interleave.engine.Limits;
import org.interleave.engine.Machine;
import org.interleave.engine.Program;
import org.interleave.engine.Schedule;
import org.interleave.engine.Timing;
import org.interleave.engine.model.Level;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Minimal designs on which an earlier engine gave a verdict that real Go contradicts (issue 11):
 * dead locals, main's return, {@code maxTicks}, the step budget, leaks and the preemption bound.
 * Each is checked with the reductions and without them, and both must give Go's answer. Hand-offs
 * are in {@link HandOffExactnessTest}, races in {@link RaceExactnessTest}; both use the helpers here.
 */
class ExactnessTest {
    static Report reduced(String parts, String goal) {
        return Designs.check(Designs.level(parts, goal));
    }

    static Report plain(String parts, String goal) {
        Level level = Designs.level(parts, goal);
        CheckOptions noReduction = new CheckOptions(CheckOptions.StrategyKind.DFS, 1, 1000, 0, 3, false, 0);
        return new Checker(noReduction, () -> false, Explorer.Progress.NONE, () -> 0).check(level);
    }

    static Set<Kind> kinds(Report r) {
        Set<Kind> out = new TreeSet<>();
        for (Finding f : r.findings()) {
            out.add(f.kind());
        }
        return out;
    }

    /** Both searches give this verdict and exactly these kinds of finding. */
    static void bothSay(String parts, String goal, Verdict verdict, Kind... kinds) {
        for (Report r : new Report[] {reduced(parts, goal), plain(parts, goal)}) {
            assertEquals(verdict, r.verdict(), () -> "findings: " + r.findings());
            assertEquals(new TreeSet<>(Set.of(kinds)), kinds(r), () -> "findings: " + r.findings());
            assertTrue(r.exhaustive());
        }
    }

    static final String OUT_IS_1 = "{\"output\":{\"sink\":\"out\",\"expect\":[1]}}";

    @Nested
    class DeadLocals {
        /**
         * main's select leaves v = 2 (default, before the cancel) or v = 1 (after it), and then
         * waits at a lock with v still to be printed. Every empty body was one shared list, and the
         * live-variable analysis took the continuation of the last one built (the trailing if,
         * after which nothing is read), so v counted as dead at the lock and the v = 1 state was
         * merged into the v = 2 one: the wrong output was never seen.
         */
        @Test
        void emptyBodies_keepTheirOwnContinuation_soAWrongOutputIsFound() {
            String parts = """
                    {"id":"ctx","type":"context"},
                    {"id":"mu","type":"mutex"},
                    {"id":"out","type":"sink"},
                    {"id":"main","type":"goroutine","start":"main","ops":[
                      {"op":"select","cases":[{"done":"ctx","do":[{"op":"let","to":"v","value":1}]}],
                       "default":[{"op":"let","to":"v","value":2}]},
                      {"op":"lock","mu":"mu"},
                      {"op":"if","cond":"true","then":[],"else":[]},
                      {"op":"emit","sink":"out","value":"v"},
                      {"op":"if","cond":"true","then":[],"else":[]}]},
                    {"id":"g","type":"goroutine","ops":[{"op":"cancel","ctx":"ctx"}]}
                    """;
            assertNotEquals(after(parts, "main g").key(true), after(parts, "g main").key(true),
                    "v = 2 and v = 1 at the lock have different futures");
            bothSay(parts, OUT_IS_1, Verdict.OUTPUT, Kind.OUTPUT);
        }

        /** Two ranges with empty bodies: the first range's head must not take the second's liveness. */
        @Test
        void emptyRangeBodies_keepTheirOwnHeads() {
            String parts = """
                    {"id":"ctx","type":"context"},
                    {"id":"b","type":"channel","cap":1},
                    {"id":"out","type":"sink"},
                    {"id":"main","type":"goroutine","start":"main","ops":[
                      {"op":"select","cases":[{"done":"ctx","do":[{"op":"let","to":"v","value":1}]}],
                       "default":[{"op":"let","to":"v","value":2}]},
                      {"op":"close","ch":"b"},
                      {"op":"range","ch":"b","do":[]},
                      {"op":"emit","sink":"out","value":"v"},
                      {"op":"range","ch":"b","do":[]}]},
                    {"id":"g","type":"goroutine","ops":[{"op":"cancel","ctx":"ctx"}]}
                    """;
            assertNotEquals(after(parts, "main g").key(true), after(parts, "g main").key(true),
                    "v = 2 and v = 1 at the range head have different futures");
            bothSay(parts, OUT_IS_1, Verdict.OUTPUT, Kind.OUTPUT);
        }
    }

    /** The state after a schedule. */
    static Machine after(String parts, String schedule) {
        Machine m = new Machine(new Program(Designs.level(parts).design()), Timing.VERIFY, Limits.DEFAULT);
        for (String t : Schedule.parse(schedule).tokens()) {
            Choice c = m.resolve(t);
            if (c == null) {
                throw new AssertionError("'" + t + "' cannot move in " + schedule);
            }
            m.step(c);
        }
        return m;
    }

    @Nested
    class MainReturn {
        /** After main's last send, w may print before main returns: Go prints "1 2" about half the time. */
        @Test
        void othersMayPrint_betweenMainsLastOpAndItsReturn() {
            String parts = """
                    {"id":"ch","type":"channel","cap":0},
                    {"id":"out","type":"sink"},
                    {"id":"main","type":"goroutine","start":"main","ops":[
                      {"op":"emit","sink":"out","value":1},
                      {"op":"send","ch":"ch","value":0}]},
                    {"id":"w","type":"goroutine","ops":[{"op":"recv","ch":"ch"},{"op":"emit","sink":"out","value":2}]}
                    """;
            bothSay(parts, "{\"output\":{\"sink\":\"out\",\"expect\":[1]}}", Verdict.OUTPUT, Kind.OUTPUT);
        }

        /** A main with no visible op still returns in a step of its own, and its output is checked. */
        @Test
        void mainWithoutVisibleOps_hasItsOutputChecked() {
            String parts = """
                    {"id":"out","type":"sink"},
                    {"id":"main","type":"goroutine","start":"main","ops":[{"op":"let","to":"x","value":1}]},
                    {"id":"w","type":"goroutine","ops":[{"op":"emit","sink":"out","value":1}]}
                    """;
            bothSay(parts, "{\"output\":{\"sink\":\"out\",\"expect\":[1]}}", Verdict.OUTPUT, Kind.OUTPUT);
        }
    }

    @Nested
    class MaxTicks {
        static final String SLOW = """
                {"id":"main","type":"goroutine","start":"main","ops":[{"op":"work","ticks":30}]}
                """;

        /** A design that verifies clean but whose scored run overshoots maxTicks is not cleared (DESIGN §5). */
        @Test
        void runOverMaxTicks_isATicksFinding() {
            Report r = reduced(SLOW, "{\"maxTicks\":10}");
            assertEquals(Verdict.TICKS, r.verdict(), () -> "findings: " + r.findings());
            Finding f = r.findings().get(0);
            assertEquals(Kind.TICKS, f.kind());
            assertEquals("main returned at tick 30, the goal is 10", f.message());
        }

        @Test
        void oneTickOverOnOneCore_saysOneCoreAndOneTick_notOneCoresAndOneTicks() {
            Report r = reduced(SLOW, "{\"maxTicks\":29,\"cores\":1}");
            assertEquals(List.of("On 1 core main returned at tick 30, 1 tick over the limit of 29: the design is correct but too slow."),
                    r.findings().get(0).explanation());
            Report two = reduced(SLOW, "{\"maxTicks\":28}");
            assertEquals(List.of("On 2 cores main returned at tick 30, 2 ticks over the limit of 28: the design is correct but too slow."),
                    two.findings().get(0).explanation());
        }

        @Test
        void runWithinMaxTicks_clears() {
            assertEquals(Verdict.CLEARED, reduced(SLOW, "{\"maxTicks\":30}").verdict());
        }
    }

    @Nested
    class StepBudget {
        /** 100,000 invisible ops in a loop that ends: the budget cuts it, the verdict is inconclusive, not hang. */
        @Test
        void longTerminatingLoop_isInconclusiveNotHang() {
            String parts = """
                    {"id":"main","type":"goroutine","start":"main","ops":[
                      {"op":"repeat","times":100000,"do":[{"op":"let","to":"x","value":1}]}]}
                    """;
            for (Report r : new Report[] {reduced(parts, null), plain(parts, null)}) {
                assertEquals(Verdict.INCONCLUSIVE, r.verdict(), () -> "findings: " + r.findings());
                assertTrue(r.findings().isEmpty(), () -> "findings: " + r.findings());
                assertTrue(r.stopReason().startsWith("step budget: main ran 2000 invisible ops"), r.stopReason());
            }
        }

        /** A `for {}` with nothing visible and no way out is proven endless: main cannot return. */
        @Test
        void endlessEmptyLoop_isAHang() {
            String parts = """
                    {"id":"main","type":"goroutine","start":"main","ops":[
                      {"op":"loop","do":[{"op":"let","to":"x","value":1}]}]}
                    """;
            bothSay(parts, null, Verdict.HANG, Kind.HANG);
        }
    }

    @Nested
    class Leaks {
        /**
         * Two receivers of one value: whichever gets it finishes, the other never can. The leak
         * names one goroutine, not both (each, alone, could still have finished earlier).
         */
        @Test
        void leak_namesOnlyGoroutinesThatCanNeverFinish() {
            String parts = """
                    {"id":"ch","type":"channel","cap":1},
                    {"id":"a","type":"goroutine","ops":[{"op":"loop","do":[
                      {"op":"select","cases":[{"recv":"ch","do":[{"op":"return"}]}],"default":[]}]}]},
                    {"id":"b","type":"goroutine","ops":[{"op":"loop","do":[
                      {"op":"select","cases":[{"recv":"ch","do":[{"op":"return"}]}],"default":[]}]}]},
                    {"id":"main","type":"goroutine","start":"main","ops":[{"op":"send","ch":"ch","value":1}]}
                    """;
            Report r = reduced(parts, null);
            assertEquals(Verdict.LEAK, r.verdict(), () -> "findings: " + r.findings());
            for (Finding f : r.findings()) {
                Machine m = after(parts, f.schedule().toString());
                String leaked = f.where().get(0).goroutine();
                assertTrue(m.status(m.goroutineIndex(leaked)) != org.interleave.engine.GoroutineStatus.DONE);
                String other = leaked.equals("a") ? "b" : "a";
                assertEquals(org.interleave.engine.GoroutineStatus.DONE, m.status(m.goroutineIndex(other)),
                        () -> "named " + leaked + " while " + other + " could still finish: " + f);
            }
        }
    }

    @Nested
    class PreemptionBound {
        static final String RACY = """
                {"id":"x","type":"var"},
                {"id":"w","type":"goroutine","count":2,"ops":[{"op":"inc","var":"x"}]},
                {"id":"main","type":"goroutine","start":"main","ops":[]}
                """;

        static Report bounded(String parts, int bound) {
            String json = "{\"format\":1,\"id\":\"t\",\"title\":\"t\",\"mode\":\"fix\",\"design\":{\"parts\":["
                    + parts + "]},\"goal\":{\"noLeak\":false},\"verify\":{\"preemptionBound\":" + bound + "}}";
            try {
                return Designs.check(org.interleave.level.LevelLoader.parse("t.level.json", json));
            } catch (org.interleave.level.LevelException e) {
                throw new AssertionError(String.valueOf(e.problems()), e);
            }
        }

        /** A bounded search still finds what lies within the bound... */
        @Test
        void boundedSearch_findsProblemsWithinTheBound() {
            assertEquals(Verdict.RACE, bounded(RACY, 1).verdict());
        }

        /** ...but never clears a design, and says what it covered. */
        @Test
        void boundedSearch_neverClears() {
            String safe = """
                    {"id":"a","type":"atomic"},
                    {"id":"w","type":"goroutine","count":3,"ops":[{"op":"atomic.add","var":"a","n":1},{"op":"atomic.add","var":"a","n":1}]},
                    {"id":"main","type":"goroutine","start":"main","ops":[]}
                    """;
            Report r = bounded(safe, 0);
            assertEquals(Verdict.INCONCLUSIVE, r.verdict());
            assertTrue(r.stopReason().startsWith("preemption bound of 0"), r.stopReason());
        }
    }
}
