package org.interleave.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * Minimal designs on which an earlier engine gave a verdict that real Go contradicts (issue 11).
 * Each is checked with the reductions and without them, and both must give Go's answer.
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
    class HandOffs {
        /** main polls ch once; a and b of different templates both stand at a send: either may be received. */
        @Test
        void pollingReceive_mayPairWithEitherSender() {
            String parts = """
                    {"id":"ch","type":"channel","cap":0},
                    {"id":"out","type":"sink"},
                    {"id":"main","type":"goroutine","start":"main","ops":[
                      {"op":"select","cases":[{"recv":"ch","to":"v","do":[{"op":"emit","sink":"out","value":"v"}]}],
                       "default":[{"op":"emit","sink":"out","value":1}]}]},
                    {"id":"a","type":"goroutine","ops":[{"op":"send","ch":"ch","value":1}]},
                    {"id":"b","type":"goroutine","ops":[{"op":"send","ch":"ch","value":2}]}
                    """;
            Report r = reduced(parts, "{\"output\":{\"sink\":\"out\",\"expect\":[1]},\"noLeak\":false}");
            assertEquals(Verdict.OUTPUT, r.verdict(), () -> "findings: " + r.findings());
            // The sender main did not take is left blocked: a leak, which this goal allows.
            bothSay(parts, "{\"output\":{\"sink\":\"out\",\"expect\":[1]},\"noLeak\":false}", Verdict.OUTPUT,
                    Kind.OUTPUT, Kind.LEAK);
        }

        /** A waiting select with two cases on one channel: a polling sender may complete either case. */
        @Test
        void waitingSelect_mayCompleteEitherCaseOnTheChannel() {
            String parts = """
                    {"id":"ch","type":"channel","cap":0},
                    {"id":"out","type":"sink"},
                    {"id":"main","type":"goroutine","start":"main","ops":[
                      {"op":"select","cases":[
                        {"recv":"ch","do":[{"op":"emit","sink":"out","value":1}]},
                        {"recv":"ch","do":[{"op":"emit","sink":"out","value":2}]}]}]},
                    {"id":"w","type":"goroutine","ops":[{"op":"loop","do":[
                      {"op":"select","cases":[{"send":"ch","value":0,"do":[{"op":"return"}]}],"default":[]}]}]}
                    """;
            bothSay(parts, "{\"output\":{\"sink\":\"out\",\"expect\":[1]}}", Verdict.OUTPUT, Kind.OUTPUT);
        }
    }

    /**
     * A hand-off needs a side that may be waiting (oracle finding F11): a plain send or receive
     * always may be, a select without default only if it may have parked (at some state since it
     * was reached none of its cases was ready by the resources' state), a polling select never.
     */
    @Nested
    class ParkedPartners {
        /**
         * main's select has c1's free slot from the moment it is reached, so Go takes that case at
         * once and never parks; g0 only polls. Neither waits for the other: no hand-off over c0, so
         * g0 never calls done (the negative WaitGroup counter is unreachable).
         */
        @Test
        void selectReadySinceReached_neverPairsWithAPollingSelect() {
            String parts = """
                    {"id":"c0","type":"channel"},{"id":"c1","type":"channel","cap":1},{"id":"wg","type":"waitgroup"},
                    {"id":"g0","type":"goroutine","ops":[
                      {"op":"select","cases":[{"recv":"c0","do":[{"op":"done","wg":"wg"}]}],"default":[]}]},
                    {"id":"main","type":"goroutine","start":"main","ops":[
                      {"op":"select","cases":[{"send":"c1","value":"1"},{"send":"c0","value":"1"}]}]}
                    """;
            bothSay(parts, null, Verdict.CLEARED);
        }

        /**
         * Twins each reach a select with c1's slot free: each takes c1 or, once the other filled
         * it, waits alone. They never hand a value to each other over c0 (both would have to be
         * at the select with c1 full, and only one can be), so main's receive on c1 always returns.
         */
        @Test
        void twoSelectsReadySinceReached_neverPairWithEachOther() {
            String parts = """
                    {"id":"c0","type":"channel"},{"id":"c1","type":"channel","cap":1},
                    {"id":"g1","type":"goroutine","start":"spawn","ops":[
                      {"op":"select","cases":[{"send":"c0","value":"1"},{"send":"c1","value":"0"},{"recv":"c0"}]}]},
                    {"id":"main","type":"goroutine","start":"main","ops":[
                      {"op":"go","g":"g1"},{"op":"go","g":"g1"},{"op":"recv","ch":"c1"}]}
                    """;
            bothSay(parts, null, Verdict.CLEARED);
        }

        static final String FILLER = """
                {"id":"f","type":"goroutine","ops":[{"op":"send","ch":"c1","value":0}]},
                """;

        static String pollAndSelect(String filler) {
            return """
                    {"id":"c0","type":"channel"},{"id":"c1","type":"channel","cap":1},{"id":"out","type":"sink"},
                    {"id":"g","type":"goroutine","ops":[
                      {"op":"select","cases":[{"send":"c1","value":1},{"send":"c0","value":2}]}]},
                    """ + filler + """
                    {"id":"main","type":"goroutine","start":"main","ops":[
                      {"op":"select","cases":[{"recv":"c0","to":"v","do":[{"op":"emit","sink":"out","value":"v"}]}],
                       "default":[{"op":"emit","sink":"out","value":0}]}]}
                    """;
        }

        /** Once f fills c1, g's select has no ready case: it may park on c0, and main's poll may receive 2 from it. */
        @Test
        void selectThatMayHaveParked_pairsWithAPollingSelect() {
            String goal = "{\"output\":{\"sink\":\"out\",\"expect\":[0]},\"noLeak\":false}";
            // main may also take default with g parked for ever (the leak this goal allows).
            bothSay(pollAndSelect(FILLER), goal, Verdict.OUTPUT, Kind.LEAK, Kind.OUTPUT);
            Finding output = reduced(pollAndSelect(FILLER), goal).findings().stream()
                    .filter(f -> f.kind() == Kind.OUTPUT).findFirst().orElseThrow();
            Machine m = after(pollAndSelect(FILLER), output.schedule().toString());
            assertEquals(java.util.List.of(2L), m.output("out"), () -> "schedule " + output.schedule());
        }

        /** The same design without f: c1's slot stays free, g never parks, and main's poll always takes default. */
        @Test
        void selectThatNeverParked_leavesThePollingSelectToDefault() {
            bothSay(pollAndSelect(""), "{\"output\":{\"sink\":\"out\",\"expect\":[0]}}", Verdict.CLEARED);
        }
    }

    @Nested
    class PollingDefault {
        /** w stands at its send from the start, but may not have parked: main's poll may take default. */
        @Test
        void defaultIsPossible_whileAPartnerStandsAtItsOp() {
            String parts = """
                    {"id":"ch","type":"channel","cap":0},
                    {"id":"out","type":"sink"},
                    {"id":"main","type":"goroutine","start":"main","ops":[
                      {"op":"select","cases":[{"recv":"ch","do":[]}],
                       "default":[{"op":"emit","sink":"out","value":0},{"op":"recv","ch":"ch"}]}]},
                    {"id":"w","type":"goroutine","ops":[{"op":"send","ch":"ch","value":7}]}
                    """;
            bothSay(parts, "{\"output\":{\"sink\":\"out\",\"expect\":[]}}", Verdict.OUTPUT, Kind.OUTPUT);
        }

        /** A buffered value makes the receive case ready by the channel's state alone: no default. */
        @Test
        void defaultIsRuledOut_byABufferedValue() {
            String parts = """
                    {"id":"ch","type":"channel","cap":1},
                    {"id":"out","type":"sink"},
                    {"id":"main","type":"goroutine","start":"main","ops":[
                      {"op":"send","ch":"ch","value":3},
                      {"op":"select","cases":[{"recv":"ch","do":[]}],
                       "default":[{"op":"emit","sink":"out","value":0}]}]}
                    """;
            bothSay(parts, "{\"output\":{\"sink\":\"out\",\"expect\":[]}}", Verdict.CLEARED);
        }
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
    class After {
        /** The value is buffered when the select is reached, so time.After, just started, never wins. */
        @Test
        void afterCase_neverBeatsACaseReadySinceTheSelectWasReached() {
            String parts = """
                    {"id":"out","type":"sink"},{"id":"c","type":"channel","cap":1},
                    {"id":"main","type":"goroutine","start":"main","ops":[{"op":"send","ch":"c","value":1},
                      {"op":"select","cases":[{"recv":"c","do":[{"op":"emit","sink":"out","value":1}]},
                        {"after":5,"do":[{"op":"emit","sink":"out","value":2}]}]}]}
                    """;
            bothSay(parts, "{\"output\":{\"sink\":\"out\",\"expect\":[1]}}", Verdict.CLEARED);
        }

        /** Nothing is ready when the select is reached: it parks, and the timer may fire before the value comes. */
        @Test
        void afterCase_mayFire_onceTheSelectMayHaveParked() {
            String parts = """
                    {"id":"out","type":"sink"},{"id":"c","type":"channel","cap":1},
                    {"id":"w","type":"goroutine","ops":[{"op":"send","ch":"c","value":1}]},
                    {"id":"main","type":"goroutine","start":"main","ops":[
                      {"op":"select","cases":[{"recv":"c","do":[{"op":"emit","sink":"out","value":1}]},
                        {"after":5,"do":[{"op":"emit","sink":"out","value":2}]}]}]}
                    """;
            bothSay(parts, "{\"output\":{\"sink\":\"out\",\"expect\":[1]},\"noLeak\":false}",
                    Verdict.OUTPUT, Kind.OUTPUT);
        }
    }

    @Nested
    class CoEnabledRaces {
        /** main's write is followed in the same step by a failing assert: the race shows in the other order. */
        @Test
        void raceWhoseFirstAccessEndsTheProgram_isReportedWithAScheduleThatReplays() {
            String parts = """
                    {"id":"x","type":"var"},{"id":"n","type":"atomic"},
                    {"id":"g0","type":"goroutine","start":"spawn","ops":[{"op":"read","var":"x"}]},
                    {"id":"main","type":"goroutine","start":"main","ops":[{"op":"go","g":"g0"},
                      {"op":"atomic.add","var":"n","n":1,"to":"v"},{"op":"inc","var":"x"},{"op":"assert","cond":"v != 1"}]}
                    """;
            // Checker replays every finding before it reports it, and throws if one does not replay.
            bothSay(parts, null, Verdict.RACE, Kind.RACE, Kind.ASSERT);
        }
    }

    /**
     * Oracle finding F10: the first access of a co-enabled race pair ended its step in a
     * step-budget cut, and the reported schedule named a step that cannot follow it ("finding does
     * not replay"). The loop after g0's write is now a proven spin, and the race's schedule replays.
     */
    @Nested
    class RaceBeforeASpin {
        @Test
        void raceFollowedByAnEndlessInvisibleLoop_isReportedWithAScheduleThatReplays() {
            String parts = """
                    {"id":"x","type":"var"},
                    {"id":"g0","type":"goroutine","start":"spawn","ops":[{"op":"let","to":"v","value":"a"},
                      {"op":"write","var":"x","value":"v"},
                      {"op":"loop","do":[{"op":"continue"},{"op":"select","cases":[]}]}]},
                    {"id":"main","type":"goroutine","start":"main","ops":[{"op":"go","g":"g0"},{"op":"go","g":"g0","args":{"a":1}}]}
                    """;
            Level level = Designs.level(parts);
            Replayer replayer = new Replayer(new Program(level.design()), level.goal(), level.bounds().maxSteps(),
                    Limits.DEFAULT);
            for (Report r : new Report[] {reduced(parts, null), plain(parts, null)}) {
                for (Finding f : r.findings()) {
                    assertTrue(replayer.reproduces(f), () -> f + " does not replay");
                }
            }
            // Both twins write x unordered, then spin forever after main returned.
            bothSay(parts, null, Verdict.RACE, Kind.RACE, Kind.LEAK);
        }
    }

    /**
     * Oracle finding F12: state keys carried no happens-before, so two lock orders that reach the
     * same positions and values shared a key, and the racy one was merged into the race-free one.
     * a locks first, b's inc is ordered after a's, b fills c1; a's poll sees c1 full (which orders
     * nothing) and takes default, and its unlocked inc races with b's write. Go -race reports it.
     */
    @Nested
    class HappensBeforeInKeys {
        static final String PARTS = """
                {"id":"c1","type":"channel","cap":1},{"id":"mu","type":"mutex"},{"id":"x","type":"var"},
                {"id":"a","type":"goroutine","ops":[{"op":"lock","mu":"mu"},{"op":"inc","var":"x"},{"op":"unlock","mu":"mu"},
                  {"op":"select","cases":[{"send":"c1","value":1}],"default":[{"op":"inc","var":"x"}]}]},
                {"id":"b","type":"goroutine","ops":[{"op":"lock","mu":"mu"},{"op":"inc","var":"x"},{"op":"unlock","mu":"mu"},
                  {"op":"send","ch":"c1","value":1}]},
                {"id":"main","type":"goroutine","start":"main","ops":[{"op":"sleep","ticks":1}]}
                """;

        @Test
        void raceSeenOnlyAfterAnUnsynchronizedPoll_isFound() {
            bothSay(PARTS, "{\"noLeak\":false}", Verdict.RACE, Kind.RACE, Kind.LEAK);
        }

        @Test
        void statesThatDifferOnlyInHappensBefore_haveDifferentKeys() {
            // both lock orders leave a at its select, b at its send, x = 2 and mu free
            Machine aFirst = after(PARTS, "main a a a a b b b b");
            Machine bFirst = after(PARTS, "main b b b b a a a a");
            assertNotEquals(aFirst.key(true), bFirst.key(true));
            assertNotEquals(aFirst.key(false), bFirst.key(false));
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
