package org.interleave.explore;

import static org.interleave.explore.Designs.check;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.interleave.engine.Finding;
import org.interleave.engine.Kind;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Every outcome kind, each with a design that produces it and a minimally different design that
 * does not.
 */
class OutcomeTest {
    static final String WORKER_SPAWN = """
            {"id":"worker","type":"goroutine","start":"spawn","ops":[%s]}""";

    static String counter(String workerOps, int workers) {
        StringBuilder gos = new StringBuilder();
        for (int i = 0; i < workers; i++) {
            gos.append("{\"op\":\"go\",\"g\":\"worker\"},");
        }
        return """
                {"id":"hits","type":"var","init":0},
                {"id":"mu","type":"mutex"},
                {"id":"wg","type":"waitgroup"},
                {"id":"out","type":"sink"},
                {"id":"main","type":"goroutine","start":"main","ops":[
                  {"op":"add","wg":"wg","n":%d}, %s
                  {"op":"wait","wg":"wg"},
                  {"op":"read","var":"hits","to":"h"},
                  {"op":"emit","sink":"out","value":"h"}]},
                """.formatted(workers, gos) + WORKER_SPAWN.formatted(workerOps);
    }

    static Finding only(Report r, Kind k) {
        return r.findings().stream().filter(f -> f.kind() == k).findFirst()
                .orElseThrow(() -> new AssertionError("no " + k + " in " + r.findings()));
    }

    @Nested
    class Race {
        @Test
        void counterWithoutMutex_races() {
            Report r = check(counter("{\"op\":\"inc\",\"var\":\"hits\"},{\"op\":\"done\",\"wg\":\"wg\"}", 2),
                    "{\"output\":{\"sink\":\"out\",\"expect\":[2]}}");
            assertEquals(Verdict.RACE, r.verdict());
            Finding f = only(r, Kind.RACE);
            assertTrue(f.message().startsWith("WARNING: DATA RACE"), f.message());
            assertEquals(2, f.where().size());
            assertTrue(f.where().stream().allMatch(s -> s.part().equals("hits")));
            // The lost update also shows as a wrong output in some execution.
            only(r, Kind.OUTPUT);
        }

        @Test
        void counterWithMutex_isCleared() {
            Report r = check(counter("""
                    {"op":"lock","mu":"mu"},{"op":"inc","var":"hits"},{"op":"unlock","mu":"mu"},
                    {"op":"done","wg":"wg"}""", 2), "{\"output\":{\"sink\":\"out\",\"expect\":[2]}}");
            assertEquals(Verdict.CLEARED, r.verdict(), () -> r.findings().toString());
            assertTrue(r.exhaustive());
        }

        @Test
        void sleepIsNotSynchronization() {
            Report r = check("""
                    {"id":"x","type":"var","init":0},
                    {"id":"w","type":"goroutine","ops":[{"op":"write","var":"x","value":1}]},
                    {"id":"main","type":"goroutine","start":"main","ops":[
                      {"op":"sleep","ticks":100},{"op":"read","var":"x","to":"v"}]}""");
            assertEquals(Verdict.RACE, r.verdict());
        }

        @Test
        void atomicCounter_doesNotRace() {
            Report r = check("""
                    {"id":"n","type":"atomic","init":0},
                    {"id":"w","type":"goroutine","count":3,"ops":[{"op":"atomic.add","var":"n","n":1}]},
                    {"id":"main","type":"goroutine","start":"main","ops":[{"op":"atomic.load","var":"n","to":"v"}]}""");
            assertEquals(Verdict.CLEARED, r.verdict(), () -> r.findings().toString());
        }

        @Test
        void onceGuardedInit_doesNotRace() {
            Report r = check("""
                    {"id":"cfg","type":"var","init":0},
                    {"id":"once","type":"once"},
                    {"id":"wg","type":"waitgroup"},
                    {"id":"w","type":"goroutine","start":"spawn","ops":[
                      {"op":"once","once":"once","do":[{"op":"write","var":"cfg","value":42}]},
                      {"op":"read","var":"cfg","to":"c"},
                      {"op":"assert","cond":"c == 42","message":"config not loaded"},
                      {"op":"done","wg":"wg"}]},
                    {"id":"main","type":"goroutine","start":"main","ops":[
                      {"op":"add","wg":"wg","n":2},{"op":"go","g":"w"},{"op":"go","g":"w"},{"op":"wait","wg":"wg"}]}""");
            assertEquals(Verdict.CLEARED, r.verdict(), () -> r.findings().toString());
        }

        @Test
        void wgAddInsideGoroutine_racesWithMain() {
            Report r = check("""
                    {"id":"total","type":"var","init":0},
                    {"id":"wg","type":"waitgroup"},
                    {"id":"w","type":"goroutine","start":"spawn","ops":[
                      {"op":"add","wg":"wg","n":1},{"op":"write","var":"total","value":5},{"op":"done","wg":"wg"}]},
                    {"id":"main","type":"goroutine","start":"main","ops":[
                      {"op":"go","g":"w"},{"op":"wait","wg":"wg"},{"op":"read","var":"total","to":"t"}]}""");
            assertEquals(Verdict.RACE, r.verdict());
        }

        @Test
        void wgAddBeforeGo_isCleared() {
            Report r = check("""
                    {"id":"total","type":"var","init":0},
                    {"id":"wg","type":"waitgroup"},
                    {"id":"w","type":"goroutine","start":"spawn","ops":[
                      {"op":"write","var":"total","value":5},{"op":"done","wg":"wg"}]},
                    {"id":"main","type":"goroutine","start":"main","ops":[
                      {"op":"add","wg":"wg","n":1},{"op":"go","g":"w"},{"op":"wait","wg":"wg"},
                      {"op":"read","var":"total","to":"t"}]}""");
            assertEquals(Verdict.CLEARED, r.verdict(), () -> r.findings().toString());
        }
    }

    @Nested
    class Deadlock {
        static final String ABBA = """
                {"id":"a","type":"mutex"},{"id":"b","type":"mutex"},{"id":"wg","type":"waitgroup"},
                {"id":"p","type":"goroutine","start":"spawn","ops":[
                  {"op":"lock","mu":"a"},{"op":"lock","mu":"b"},{"op":"unlock","mu":"b"},{"op":"unlock","mu":"a"},
                  {"op":"done","wg":"wg"}]},
                {"id":"q","type":"goroutine","start":"spawn","ops":[
                  {"op":"lock","mu":"%s"},{"op":"lock","mu":"%s"},{"op":"unlock","mu":"b"},{"op":"unlock","mu":"a"},
                  {"op":"done","wg":"wg"}]},
                {"id":"main","type":"goroutine","start":"main","ops":[
                  {"op":"add","wg":"wg","n":2},{"op":"go","g":"p"},{"op":"go","g":"q"},{"op":"wait","wg":"wg"}]}""";

        @Test
        void abbaLocking_deadlocksWithACycle() {
            Report r = check(ABBA.formatted("b", "a"));
            assertEquals(Verdict.DEADLOCK, r.verdict());
            Finding f = only(r, Kind.DEADLOCK);
            assertEquals("fatal error: all goroutines are asleep - deadlock!", f.message());
            assertTrue(f.explanation().stream().anyMatch(l -> l.startsWith("wait-for cycle: ")), f.explanation().toString());
        }

        @Test
        void orderedLocking_isCleared() {
            Report r = check(ABBA.formatted("a", "b"));
            assertEquals(Verdict.CLEARED, r.verdict(), () -> r.findings().toString());
        }

        @Test
        void unbufferedSendWithoutReceiverInMain_deadlocks() {
            Report r = check("""
                    {"id":"ch","type":"channel","cap":0},
                    {"id":"main","type":"goroutine","start":"main","ops":[{"op":"send","ch":"ch","value":1},
                      {"op":"recv","ch":"ch","to":"v"}]}""");
            assertEquals(Verdict.DEADLOCK, r.verdict());
            assertEquals(0, only(r, Kind.DEADLOCK).schedule().length());
        }

        @Test
        void bufferedSendInMain_isCleared() {
            Report r = check("""
                    {"id":"ch","type":"channel","cap":1},
                    {"id":"main","type":"goroutine","start":"main","ops":[{"op":"send","ch":"ch","value":1},
                      {"op":"recv","ch":"ch","to":"v"}]}""");
            assertEquals(Verdict.CLEARED, r.verdict());
        }

        @Test
        void recursiveReadLockWithWaitingWriter_deadlocks() {
            // A pending Lock blocks new RLocks: the reader's second RLock waits for the writer,
            // which waits for the reader's first RLock.
            Report r = check("""
                    {"id":"rw","type":"rwmutex"},{"id":"wg","type":"waitgroup"},
                    {"id":"reader","type":"goroutine","start":"spawn","ops":[
                      {"op":"rlock","mu":"rw"},{"op":"rlock","mu":"rw"},{"op":"runlock","mu":"rw"},
                      {"op":"runlock","mu":"rw"},{"op":"done","wg":"wg"}]},
                    {"id":"writer","type":"goroutine","start":"spawn","ops":[
                      {"op":"lock","mu":"rw"},{"op":"unlock","mu":"rw"},{"op":"done","wg":"wg"}]},
                    {"id":"main","type":"goroutine","start":"main","ops":[
                      {"op":"add","wg":"wg","n":2},{"op":"go","g":"reader"},{"op":"go","g":"writer"},
                      {"op":"wait","wg":"wg"}]}""");
            assertEquals(Verdict.DEADLOCK, r.verdict());
        }

        @Test
        void nilChannelReceive_blocksForever() {
            Report r = check("""
                    {"id":"ch","type":"channel","cap":0,"nil":true},
                    {"id":"main","type":"goroutine","start":"main","ops":[{"op":"recv","ch":"ch"}]}""");
            assertEquals(Verdict.DEADLOCK, r.verdict());
        }
    }

    @Nested
    class Leak {
        static final String TIMEOUT = """
                {"id":"result","type":"channel","cap":%d},
                {"id":"fetch","type":"goroutine","start":"spawn","ops":[
                  {"op":"work","ticks":10},{"op":"send","ch":"result","value":7}]},
                {"id":"main","type":"goroutine","start":"main","ops":[
                  {"op":"go","g":"fetch"},
                  {"op":"select","cases":[
                    {"recv":"result","to":"v","do":[]},
                    {"after":5,"do":[]}]}]}""";

        @Test
        void timeoutSelectWithUnbufferedResult_leaksTheSender() {
            Report r = check(TIMEOUT.formatted(0));
            assertEquals(Verdict.LEAK, r.verdict());
            assertEquals("goroutine leak: fetch#0 blocked on send to result", only(r, Kind.LEAK).message());
        }

        @Test
        void timeoutSelectWithBufferedResult_isCleared() {
            Report r = check(TIMEOUT.formatted(1));
            assertEquals(Verdict.CLEARED, r.verdict(), () -> r.findings().toString());
        }

        @Test
        void generatorWithoutCancel_loopsForever() {
            Report r = check(generator(false));
            assertEquals(Verdict.LEAK, r.verdict());
            Finding f = only(r, Kind.LEAK);
            assertTrue(f.message().startsWith("goroutine leak: gen"), f.message());
        }

        @Test
        void generatorWithCancel_isCleared() {
            Report r = check(generator(true));
            assertEquals(Verdict.CLEARED, r.verdict(), () -> r.findings().toString());
        }

        @Test
        void tickerCountingForeverAfterMainReturned_leaks_thoughTheStateSpaceIsUnbounded() {
            Report r = check("""
                    {"id":"n","type":"atomic","init":0},
                    {"id":"ticker","type":"goroutine","ops":[{"op":"loop","do":[{"op":"atomic.add","var":"n","n":1}]}]},
                    {"id":"main","type":"goroutine","start":"main","ops":[{"op":"atomic.load","var":"n","to":"v"}]}""");
            assertEquals(Verdict.LEAK, r.verdict(), () -> r.findings().toString());
            assertEquals("goroutine leak: ticker loops forever", only(r, Kind.LEAK).message());
        }

        static String generator(boolean cancel) {
            return """
                    {"id":"ctx","type":"context"},
                    {"id":"nums","type":"channel","cap":0},
                    {"id":"gen","type":"goroutine","ops":[
                      {"op":"let","to":"i","value":0},
                      {"op":"loop","do":[
                        {"op":"select","cases":[
                          {"send":"nums","value":"i","do":[{"op":"let","to":"i","value":"i + 1"}]},
                          {"done":"ctx","do":[{"op":"return"}]}]}]}]},
                    {"id":"main","type":"goroutine","start":"main","ops":[
                      {"op":"recv","ch":"nums","to":"a"},{"op":"recv","ch":"nums","to":"b"}%s]}"""
                    .formatted(cancel ? ",{\"op\":\"cancel\",\"ctx\":\"ctx\"}" : "");
        }
    }

    @Nested
    class Panic {
        @Test
        void closeByReceiver_panicsTheSender() {
            Report r = check("""
                    {"id":"ch","type":"channel","cap":0},
                    {"id":"p","type":"goroutine","ops":[{"op":"repeat","times":3,"to":"i","do":[
                      {"op":"send","ch":"ch","value":"i"}]}]},
                    {"id":"main","type":"goroutine","start":"main","ops":[
                      {"op":"recv","ch":"ch","to":"v"},{"op":"close","ch":"ch"}]}""");
            assertEquals(Verdict.PANIC, r.verdict());
            assertEquals("panic: send on closed channel", only(r, Kind.PANIC).message());
        }

        @Test
        void closeBySender_isCleared() {
            Report r = check("""
                    {"id":"ch","type":"channel","cap":0},
                    {"id":"out","type":"sink"},
                    {"id":"p","type":"goroutine","ops":[{"op":"repeat","times":3,"to":"i","do":[
                      {"op":"send","ch":"ch","value":"i"}]},{"op":"close","ch":"ch"}]},
                    {"id":"main","type":"goroutine","start":"main","ops":[
                      {"op":"range","ch":"ch","to":"v","do":[{"op":"emit","sink":"out","value":"v"}]}]}""",
                    "{\"output\":{\"sink\":\"out\",\"expect\":[0,1,2]}}");
            assertEquals(Verdict.CLEARED, r.verdict(), () -> r.findings().toString());
        }

        @Test
        void goMessagesForEveryPanic() {
            assertPanic("{\"id\":\"c\",\"type\":\"channel\",\"cap\":0},"
                    + main("{\"op\":\"close\",\"ch\":\"c\"},{\"op\":\"close\",\"ch\":\"c\"}"), "panic: close of closed channel");
            assertPanic("{\"id\":\"c\",\"type\":\"channel\",\"cap\":0,\"nil\":true},"
                    + main("{\"op\":\"close\",\"ch\":\"c\"}"), "panic: close of nil channel");
            assertPanic("{\"id\":\"c\",\"type\":\"channel\",\"cap\":1},"
                    + main("{\"op\":\"close\",\"ch\":\"c\"},{\"op\":\"send\",\"ch\":\"c\",\"value\":1}"),
                    "panic: send on closed channel");
            assertPanic("{\"id\":\"wg\",\"type\":\"waitgroup\"}," + main("{\"op\":\"done\",\"wg\":\"wg\"}"),
                    "panic: sync: negative WaitGroup counter");
            assertPanic("{\"id\":\"mu\",\"type\":\"mutex\"}," + main("{\"op\":\"unlock\",\"mu\":\"mu\"}"),
                    "fatal error: sync: unlock of unlocked mutex");
            assertPanic("{\"id\":\"mu\",\"type\":\"rwmutex\"}," + main("{\"op\":\"runlock\",\"mu\":\"mu\"}"),
                    "fatal error: sync: RUnlock of unlocked RWMutex");
            assertPanic("{\"id\":\"mu\",\"type\":\"rwmutex\"}," + main("{\"op\":\"unlock\",\"mu\":\"mu\"}"),
                    "fatal error: sync: Unlock of unlocked RWMutex");
            assertPanic(main("{\"op\":\"let\",\"to\":\"z\",\"value\":0},{\"op\":\"let\",\"to\":\"q\",\"value\":\"1 / z\"}"),
                    "panic: runtime error: integer divide by zero");
        }

        @Test
        void afterAPanic_everyGoroutinesPendingOpCanBeAsked() {
            org.interleave.engine.model.Level l = Designs.level("{\"id\":\"c\",\"type\":\"channel\",\"cap\":0},"
                    + main("{\"op\":\"close\",\"ch\":\"c\"},{\"op\":\"close\",\"ch\":\"c\"}"));
            org.interleave.engine.Machine m = new org.interleave.engine.Machine(Designs.program(l),
                    org.interleave.engine.Timing.VERIFY, org.interleave.engine.Limits.DEFAULT);
            m.step(m.enabled().get(0));
            m.step(m.enabled().get(0));
            assertTrue(m.crashed());
            for (int g = 0; g < m.goroutineCount(); g++) {
                m.pendingOp(g);
                new org.interleave.engine.Blocking(m).site(g);
            }
        }

        private void assertPanic(String parts, String message) {
            Report r = check(parts);
            assertEquals(Verdict.PANIC, r.verdict(), parts);
            assertEquals(message, only(r, Kind.PANIC).message());
        }
    }

    static String main(String ops) {
        return "{\"id\":\"main\",\"type\":\"goroutine\",\"start\":\"main\",\"ops\":[" + ops + "]}";
    }

    @Nested
    class Assert {
        @Test
        void falseAssert_isReportedWithItsMessage() {
            Report r = check("""
                    {"id":"x","type":"var","init":0},{"id":"mu","type":"mutex"},
                    {"id":"w","type":"goroutine","ops":[{"op":"lock","mu":"mu"},{"op":"write","var":"x","value":1},
                      {"op":"unlock","mu":"mu"}]},
                    {"id":"main","type":"goroutine","start":"main","ops":[{"op":"lock","mu":"mu"},
                      {"op":"read","var":"x","to":"v"},{"op":"unlock","mu":"mu"},
                      {"op":"assert","cond":"v == 1","message":"main ran before w"}]}""");
            assertEquals(Verdict.ASSERT, r.verdict());
            assertEquals("main ran before w", only(r, Kind.ASSERT).message());
        }

        @Test
        void assertThatAlwaysHolds_isCleared() {
            Report r = check("""
                    {"id":"ch","type":"channel","cap":0},
                    {"id":"w","type":"goroutine","ops":[{"op":"send","ch":"ch","value":1}]},
                    {"id":"main","type":"goroutine","start":"main","ops":[{"op":"recv","ch":"ch","to":"v"},
                      {"op":"assert","cond":"v == 1","message":"wrong value"}]}""");
            assertEquals(Verdict.CLEARED, r.verdict());
        }
    }

    @Nested
    class Hang {
        @Test
        void mainWaitingWhileAnotherSpins_hangs() {
            Report r = check("""
                    {"id":"wg","type":"waitgroup"},{"id":"n","type":"atomic","init":0},
                    {"id":"spinner","type":"goroutine","start":"spawn","ops":[{"op":"loop","do":[{"op":"atomic.load","var":"n","to":"v"}]}]},
                    {"id":"main","type":"goroutine","start":"main","ops":[{"op":"add","wg":"wg","n":1},
                      {"op":"go","g":"spinner"},{"op":"wait","wg":"wg"}]}""");
            assertEquals(Verdict.HANG, r.verdict(), () -> r.findings().toString());
            assertTrue(only(r, Kind.HANG).message().startsWith("main cannot return: blocked on wg.Wait"),
                    only(r, Kind.HANG).message());
        }

        @Test
        void mainWaitingWhileAnotherCountsForever_hangs_thoughTheStateSpaceIsUnbounded() {
            Report r = check("""
                    {"id":"wg","type":"waitgroup"},{"id":"n","type":"atomic","init":0},
                    {"id":"spinner","type":"goroutine","start":"spawn","ops":[{"op":"loop","do":[
                      {"op":"atomic.add","var":"n","n":1}]}]},
                    {"id":"main","type":"goroutine","start":"main","ops":[{"op":"add","wg":"wg","n":1},
                      {"op":"go","g":"spinner"},{"op":"wait","wg":"wg"}]}""");
            assertEquals(Verdict.HANG, r.verdict(), () -> r.findings().toString());
            assertTrue(only(r, Kind.HANG).message().startsWith("main cannot return: blocked on wg.Wait"));
        }

        @Test
        void spinnerThatReleasesMain_isCleared() {
            Report r = check("""
                    {"id":"wg","type":"waitgroup"},{"id":"n","type":"atomic","init":0},
                    {"id":"spinner","type":"goroutine","start":"spawn","ops":[{"op":"loop","do":[
                      {"op":"atomic.add","var":"n","n":1,"to":"v"},
                      {"op":"if","cond":"v == 3","then":[{"op":"done","wg":"wg"},{"op":"return"}]}]}]},
                    {"id":"main","type":"goroutine","start":"main","ops":[{"op":"add","wg":"wg","n":1},
                      {"op":"go","g":"spinner"},{"op":"wait","wg":"wg"}]}""");
            assertEquals(Verdict.CLEARED, r.verdict(), () -> r.findings().toString());
        }
    }

    @Nested
    class BreakLevels {
        @Test
        void breakLevel_verdictNamesTheOutcomeItAsksToReach() {
            String json = """
                    {"format":1,"id":"b","title":"b","mode":"break","goal":{"reach":"deadlock"},"design":{"parts":[
                      {"id":"a","type":"mutex"},{"id":"b","type":"mutex"},{"id":"wg","type":"waitgroup"},
                      {"id":"p","type":"goroutine","start":"spawn","ops":[{"op":"lock","mu":"a"},{"op":"lock","mu":"b"},
                        {"op":"unlock","mu":"b"},{"op":"unlock","mu":"a"},{"op":"done","wg":"wg"}]},
                      {"id":"q","type":"goroutine","start":"spawn","ops":[{"op":"lock","mu":"b"},{"op":"lock","mu":"a"},
                        {"op":"unlock","mu":"a"},{"op":"unlock","mu":"b"},{"op":"done","wg":"wg"}]},
                      {"id":"main","type":"goroutine","start":"main","ops":[{"op":"add","wg":"wg","n":2},
                        {"op":"go","g":"p"},{"op":"go","g":"q"},{"op":"wait","wg":"wg"}]}]}}""";
            try {
                Report r = Designs.check(org.interleave.level.LevelLoader.parse("b.level.json", json));
                assertEquals(Verdict.DEADLOCK, r.verdict());
            } catch (org.interleave.level.LevelException e) {
                throw new AssertionError(e.problems().toString(), e);
            }
        }
    }

    @Nested
    class Output {
        @Test
        void unorderedWorkers_failExactOrder_butPassAnyOrder() {
            String parts = """
                    {"id":"out","type":"sink"},{"id":"wg","type":"waitgroup"},
                    {"id":"w","type":"goroutine","start":"spawn","ops":[{"op":"emit","sink":"out","value":"k"},
                      {"op":"done","wg":"wg"}]},
                    {"id":"main","type":"goroutine","start":"main","ops":[{"op":"add","wg":"wg","n":2},
                      {"op":"go","g":"w","args":{"k":1}},{"op":"go","g":"w","args":{"k":2}},{"op":"wait","wg":"wg"}]}""";
            Report exact = check(parts, "{\"output\":{\"sink\":\"out\",\"expect\":[1,2]}}");
            assertEquals(Verdict.OUTPUT, exact.verdict());
            assertTrue(only(exact, Kind.OUTPUT).message().contains("got [2, 1]"), only(exact, Kind.OUTPUT).message());
            Report any = check(parts, "{\"output\":{\"sink\":\"out\",\"expect\":[1,2],\"order\":\"any\"}}");
            assertEquals(Verdict.CLEARED, any.verdict(), () -> any.findings().toString());
        }
    }
}
