package org.interleave.oracle;

import static org.interleave.oracle.OracleLevels.auto;
import static org.interleave.oracle.OracleLevels.chan;
import static org.interleave.oracle.OracleLevels.fix;
import static org.interleave.oracle.OracleLevels.main;
import static org.interleave.oracle.OracleLevels.part;
import static org.interleave.oracle.OracleLevels.spawn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.interleave.engine.model.Level;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The reference explorer, rule by rule of DESIGN §4, on designs small enough to check by hand.
 * Each test states the verdict and every outcome kind Go allows for its design.
 */
class ReferenceExplorerTest {
    static final String SINK = part("out", "sink", "");
    static final String WG = part("wg", "waitgroup", "");
    static final String X = part("x", "var", "");

    /** The checker under test: the reference explorer here; the product in a subclass. */
    ReferenceResult check(Level level) {
        return new ReferenceExplorer(200_000).explore(level);
    }

    void expect(String verdict, List<String> kinds, Level level) {
        ReferenceResult r = check(level);
        assertEquals(verdict, r.verdict(), () -> "kinds " + r.kinds() + " " + r.messages() + " " + r.schedules());
        assertEquals(kinds, r.kinds(), () -> r.messages() + " " + r.schedules());
        assertTrue(r.complete() || verdict.equals("inconclusive"), "exhaustive");
    }

    static String exact(int... values) {
        StringBuilder b = new StringBuilder("'output': {'sink': 'out', 'expect': [");
        for (int i = 0; i < values.length; i++) {
            b.append(i > 0 ? ", " : "").append(values[i]);
        }
        return b.append("]}").toString();
    }

    @Nested
    class Blocking {
        @Test
        void sendOnNilChannel_blocksForever_deadlock() {
            expect("deadlock", List.of("deadlock"), fix("", part("n", "channel", "'nil': true"),
                    main("{'op': 'send', 'ch': 'n', 'value': 1}")));
        }

        @Test
        void recvOnClosedDrainedChannel_returnsZeroAndNotOk() {
            expect("cleared", List.of(), fix("", chan("c", 1), main(
                    "{'op': 'send', 'ch': 'c', 'value': 7}", "{'op': 'close', 'ch': 'c'}",
                    "{'op': 'recv', 'ch': 'c', 'to': 'v', 'ok': 'ok'}",
                    "{'op': 'recv', 'ch': 'c', 'to': 'w', 'ok': 'ok2'}",
                    "{'op': 'assert', 'cond': 'v == 7 && ok && w == 0 && !ok2', 'message': 'zero value'}")));
        }

        @Test
        void closeWakesABlockedReceiver() {
            expect("cleared", List.of(), fix("", chan("c", 0), WG,
                    spawn("w", "{'op': 'recv', 'ch': 'c'}", "{'op': 'done', 'wg': 'wg'}"),
                    main("{'op': 'add', 'wg': 'wg', 'n': 1}", "{'op': 'go', 'g': 'w'}", "{'op': 'close', 'ch': 'c'}",
                            "{'op': 'wait', 'wg': 'wg'}")));
        }

        @Test
        void closeMakesABlockedSenderPanic() {
            expect("panic", List.of("panic"), fix("", chan("c", 0),
                    auto("w", "{'op': 'send', 'ch': 'c', 'value': 1}"),
                    main("{'op': 'close', 'ch': 'c'}")));
        }

        @Test
        void closeOfNilOrClosedChannel_panics() {
            expect("panic", List.of("panic"), fix("", part("n", "channel", "'nil': true"),
                    main("{'op': 'close', 'ch': 'n'}")));
            expect("panic", List.of("panic"), fix("", chan("c", 1),
                    main("{'op': 'close', 'ch': 'c'}", "{'op': 'close', 'ch': 'c'}")));
        }

        @Test
        void mutexIsNotReentrant() {
            expect("deadlock", List.of("deadlock"), fix("", part("mu", "mutex", ""),
                    main("{'op': 'lock', 'mu': 'mu'}", "{'op': 'lock', 'mu': 'mu'}")));
        }

        @Test
        void mutexMayBeUnlockedByAnotherGoroutine() {
            expect("cleared", List.of(), fix("", part("mu", "mutex", ""), WG,
                    spawn("u", "{'op': 'unlock', 'mu': 'mu'}", "{'op': 'done', 'wg': 'wg'}"),
                    main("{'op': 'lock', 'mu': 'mu'}", "{'op': 'add', 'wg': 'wg', 'n': 1}", "{'op': 'go', 'g': 'u'}",
                            "{'op': 'wait', 'wg': 'wg'}", "{'op': 'lock', 'mu': 'mu'}", "{'op': 'unlock', 'mu': 'mu'}")));
        }

        @Test
        void unlockOfUnlockedMutexOrRwMutex_panics() {
            expect("panic", List.of("panic"), fix("", part("mu", "mutex", ""), main("{'op': 'unlock', 'mu': 'mu'}")));
            expect("panic", List.of("panic"), fix("", part("rw", "rwmutex", ""), main("{'op': 'unlock', 'mu': 'rw'}")));
            expect("panic", List.of("panic"), fix("", part("rw", "rwmutex", ""), main("{'op': 'runlock', 'mu': 'rw'}")));
        }

        @Test
        void pendingLockBlocksNewReaders() {
            // r holds a read lock and takes a second one after main announced its Lock: Go deadlocks
            // when main's Lock arrives first, and not when r's second RLock does.
            expect("deadlock", List.of("deadlock"), fix("", part("rw", "rwmutex", ""), chan("c", 0),
                    auto("r", "{'op': 'rlock', 'mu': 'rw'}", "{'op': 'send', 'ch': 'c', 'value': 1}",
                            "{'op': 'rlock', 'mu': 'rw'}", "{'op': 'runlock', 'mu': 'rw'}", "{'op': 'runlock', 'mu': 'rw'}"),
                    main("{'op': 'recv', 'ch': 'c'}", "{'op': 'lock', 'mu': 'rw'}", "{'op': 'unlock', 'mu': 'rw'}")));
        }

        @Test
        void readersShareAnRwMutex() {
            expect("cleared", List.of(), fix("", part("rw", "rwmutex", ""), chan("c", 0),
                    auto("r", "{'op': 'rlock', 'mu': 'rw'}", "{'op': 'send', 'ch': 'c', 'value': 1}",
                            "{'op': 'runlock', 'mu': 'rw'}"),
                    main("{'op': 'rlock', 'mu': 'rw'}", "{'op': 'recv', 'ch': 'c'}", "{'op': 'runlock', 'mu': 'rw'}")));
        }

        @Test
        void waitBlocksUntilTheCounterIsZero_andANegativeCounterPanics() {
            expect("cleared", List.of(), fix("", WG, spawn("w", "{'op': 'done', 'wg': 'wg'}"),
                    main("{'op': 'add', 'wg': 'wg', 'n': 2}", "{'op': 'go', 'g': 'w'}", "{'op': 'go', 'g': 'w'}",
                            "{'op': 'wait', 'wg': 'wg'}")));
            expect("panic", List.of("panic"), fix("", WG, spawn("w", "{'op': 'done', 'wg': 'wg'}"),
                    main("{'op': 'add', 'wg': 'wg', 'n': 1}", "{'op': 'go', 'g': 'w'}", "{'op': 'go', 'g': 'w'}",
                            "{'op': 'wait', 'wg': 'wg'}")));
        }

        @Test
        void aWaitWokenByAZero_panicsIfAnAddTakesTheCounterUpBeforeItReturns_orHadNotParkedAndWaitsOn() {
            // Go 1.19: "sync: WaitGroup is reused before previous Wait has returned" when b had
            // parked before main's Done; a deadlock when b had not (main waits on a round nobody ends).
            expect("panic", List.of("panic", "deadlock"), fix("", WG, spawn("b", "{'op': 'wait', 'wg': 'wg'}"),
                    main("{'op': 'add', 'wg': 'wg', 'n': 1}", "{'op': 'go', 'g': 'b'}", "{'op': 'done', 'wg': 'wg'}",
                            "{'op': 'add', 'wg': 'wg', 'n': 1}", "{'op': 'wait', 'wg': 'wg'}")));
            // Reused only after b's Wait has returned (b says so on c): cleared.
            expect("cleared", List.of(), fix("", WG, chan("c", 0),
                    spawn("b", "{'op': 'wait', 'wg': 'wg'}", "{'op': 'send', 'ch': 'c', 'value': 1}"),
                    main("{'op': 'add', 'wg': 'wg', 'n': 1}", "{'op': 'go', 'g': 'b'}", "{'op': 'done', 'wg': 'wg'}",
                            "{'op': 'recv', 'ch': 'c'}", "{'op': 'add', 'wg': 'wg', 'n': 1}", "{'op': 'done', 'wg': 'wg'}")));
        }

        @Test
        void onceRunsItsBodyOnce_andARecursiveOnceDeadlocks() {
            expect("cleared", List.of(), fix(exact(1), SINK, part("o", "once", ""), WG,
                    spawn("w", "{'op': 'once', 'once': 'o', 'do': [{'op': 'emit', 'sink': 'out', 'value': 1}]}",
                            "{'op': 'done', 'wg': 'wg'}"),
                    main("{'op': 'add', 'wg': 'wg', 'n': 2}", "{'op': 'go', 'g': 'w'}", "{'op': 'go', 'g': 'w'}",
                            "{'op': 'wait', 'wg': 'wg'}")));
            expect("deadlock", List.of("deadlock"), fix("", part("o", "once", ""),
                    main("{'op': 'once', 'once': 'o', 'do': [{'op': 'once', 'once': 'o'}]}")));
        }

        @Test
        void returnInsideAOnceBodyLeavesOnlyTheBody() {
            expect("cleared", List.of(), fix(exact(1, 2), SINK, part("o", "once", ""),
                    main("{'op': 'once', 'once': 'o', 'do': [{'op': 'emit', 'sink': 'out', 'value': 1}, {'op': 'return'},"
                                    + " {'op': 'emit', 'sink': 'out', 'value': 9}]}",
                            "{'op': 'emit', 'sink': 'out', 'value': 2}")));
        }
    }

    @Nested
    class HandOffs {
        @Test
        void eitherOfTwoWaitingSendersOfDifferentTemplatesMayBeThePartner() {
            expect("output", List.of("output"), fix(exact(1, 2), SINK, chan("c", 0),
                    auto("a", "{'op': 'send', 'ch': 'c', 'value': 1}"),
                    auto("b", "{'op': 'send', 'ch': 'c', 'value': 2}"),
                    main("{'op': 'recv', 'ch': 'c', 'to': 'v'}", "{'op': 'emit', 'sink': 'out', 'value': 'v'}",
                            "{'op': 'recv', 'ch': 'c', 'to': 'w'}", "{'op': 'emit', 'sink': 'out', 'value': 'w'}")));
        }

        @Test
        void eitherMatchingCaseOfAWaitingSelectMayBeTheOne() {
            expect("output", List.of("output"), fix(exact(1), SINK, chan("c", 0), WG,
                    spawn("w", "{'op': 'select', 'cases': ["
                            + "{'recv': 'c', 'do': [{'op': 'emit', 'sink': 'out', 'value': 1}]},"
                            + "{'recv': 'c', 'do': [{'op': 'emit', 'sink': 'out', 'value': 2}]}]}",
                            "{'op': 'done', 'wg': 'wg'}"),
                    main("{'op': 'add', 'wg': 'wg', 'n': 1}", "{'op': 'go', 'g': 'w'}",
                            "{'op': 'send', 'ch': 'c', 'value': 0}", "{'op': 'wait', 'wg': 'wg'}")));
        }

        @Test
        void defaultMayBeTakenWhileAPartnerStandsAtItsSend() {
            expect("leak", List.of("leak", "output"), fix(exact(1), SINK, chan("c", 0),
                    auto("w", "{'op': 'send', 'ch': 'c', 'value': 1}"),
                    main("{'op': 'select', 'cases': [{'recv': 'c', 'to': 'v', 'do': [{'op': 'emit', 'sink': 'out', 'value': 'v'}]}],"
                            + " 'default': [{'op': 'emit', 'sink': 'out', 'value': 0}]}")));
        }

        @Test
        void twoPollingSelectsNeverMeet() {
            expect("output", List.of("output"), fix(exact(1), SINK, chan("c", 0), WG,
                    spawn("w", "{'op': 'select', 'cases': [{'send': 'c', 'value': 1}], 'default': []}",
                            "{'op': 'done', 'wg': 'wg'}"),
                    main("{'op': 'add', 'wg': 'wg', 'n': 1}", "{'op': 'go', 'g': 'w'}",
                            "{'op': 'select', 'cases': [{'recv': 'c', 'to': 'v', 'do': [{'op': 'emit', 'sink': 'out', 'value': 'v'}]}],"
                                    + " 'default': [{'op': 'emit', 'sink': 'out', 'value': 0}]}",
                            "{'op': 'wait', 'wg': 'wg'}")));
        }

        @Test
        void defaultIsRuledOutByABufferedValueAClosedChannelOrACancelledContext() {
            String poll = "{'op': 'select', 'cases': [{'recv': 'c', 'do': [{'op': 'emit', 'sink': 'out', 'value': 1}]}],"
                    + " 'default': [{'op': 'emit', 'sink': 'out', 'value': 0}]}";
            expect("cleared", List.of(), fix(exact(1), SINK, chan("c", 1),
                    main("{'op': 'send', 'ch': 'c', 'value': 5}", poll)));
            expect("cleared", List.of(), fix(exact(1), SINK, chan("c", 0), main("{'op': 'close', 'ch': 'c'}", poll)));
            expect("cleared", List.of(), fix(exact(1), SINK, part("ctx", "context", ""), main("{'op': 'cancel', 'ctx': 'ctx'}",
                    "{'op': 'select', 'cases': [{'done': 'ctx', 'do': [{'op': 'emit', 'sink': 'out', 'value': 1}]}],"
                            + " 'default': [{'op': 'emit', 'sink': 'out', 'value': 0}]}")));
        }

        /**
         * s parks on c and d (nothing ready); whatever then readies its other case (a buffered
         * value, a close, a cancel) completes its select in Go at once, so main's poll on c that
         * follows never meets it: it takes default, and s goes on to fin (issue 11).
         */
        @Test
        void aCaseMadeReadyEndsASelectsWaiting_soAPollNeverMeetsIt() {
            String poll = "{'op': 'select', 'cases': [{'send': 'c', 'value': 1, 'do': [{'op': 'recv', 'ch': 'never'}]}],"
                    + " 'default': []}";
            String[][] readiers = {
                    {chan("d", 1), "{'recv': 'd'}", "{'op': 'send', 'ch': 'd', 'value': 1}"},
                    {chan("d", 0), "{'recv': 'd'}", "{'op': 'close', 'ch': 'd'}"},
                    {part("d", "context", ""), "{'done': 'd'}", "{'op': 'cancel', 'ctx': 'd'}"}};
            for (String[] r : readiers) {
                expect("cleared", List.of(), fix("", chan("c", 0), chan("never", 0), chan("fin", 1), r[0],
                        auto("s", "{'op': 'select', 'cases': [{'recv': 'c'}, " + r[1] + "]}",
                                "{'op': 'send', 'ch': 'fin', 'value': 1}"),
                        main(r[2], poll, "{'op': 'recv', 'ch': 'fin'}")));
            }
        }

        @Test
        void afterNeverFiresInAPollingSelect() {
            expect("cleared", List.of(), fix(exact(0), SINK, main(
                    "{'op': 'select', 'cases': [{'after': 5, 'do': [{'op': 'emit', 'sink': 'out', 'value': 1}]}],"
                            + " 'default': [{'op': 'emit', 'sink': 'out', 'value': 0}]}")));
        }

        @Test
        void afterFiresInABlockedSelect() {
            expect("cleared", List.of(), fix(exact(2), SINK, chan("c", 0), main(
                    "{'op': 'select', 'cases': [{'recv': 'c', 'do': [{'op': 'emit', 'sink': 'out', 'value': 1}]},"
                            + " {'after': 5, 'do': [{'op': 'emit', 'sink': 'out', 'value': 2}]}]}")));
        }

        @Test
        void afterCannotBeatACaseReadyEverSinceTheSelectWasReached() {
            expect("cleared", List.of(), fix(exact(1), SINK, chan("c", 1), main(
                    "{'op': 'send', 'ch': 'c', 'value': 1}",
                    "{'op': 'select', 'cases': [{'recv': 'c', 'do': [{'op': 'emit', 'sink': 'out', 'value': 1}]},"
                            + " {'after': 5, 'do': [{'op': 'emit', 'sink': 'out', 'value': 2}]}]}")));
        }

        @Test
        void afterMayBeatACaseThatBecameReadyLater() {
            expect("output", List.of("output"), fix(exact(1), SINK, chan("c", 1),
                    auto("w", "{'op': 'send', 'ch': 'c', 'value': 1}"),
                    main("{'op': 'select', 'cases': [{'recv': 'c', 'do': [{'op': 'emit', 'sink': 'out', 'value': 1}]},"
                            + " {'after': 5, 'do': [{'op': 'emit', 'sink': 'out', 'value': 2}]}]}")));
        }
    }

    @Nested
    class MainsReturn {
        @Test
        void othersMayPrintBetweenMainsLastOpAndItsReturn() {
            expect("output", List.of("output"), fix(exact(1), SINK, chan("c", 0),
                    auto("w", "{'op': 'recv', 'ch': 'c'}", "{'op': 'emit', 'sink': 'out', 'value': 2}"),
                    main("{'op': 'send', 'ch': 'c', 'value': 0}", "{'op': 'emit', 'sink': 'out', 'value': 1}")));
        }

        @Test
        void aMainWithoutVisibleOpsHasItsOutputChecked() {
            expect("output", List.of("output"), fix(exact(1), SINK,
                    auto("w", "{'op': 'emit', 'sink': 'out', 'value': 1}"),
                    main("{'op': 'let', 'to': 'x', 'value': 1}")));
        }

        @Test
        void outputInAnyOrder() {
            expect("cleared", List.of(), fix("'output': {'sink': 'out', 'expect': [2, 1], 'order': 'any'}", SINK, WG,
                    spawn("w", "{'op': 'emit', 'sink': 'out', 'value': 'v'}", "{'op': 'done', 'wg': 'wg'}"),
                    main("{'op': 'add', 'wg': 'wg', 'n': 2}", "{'op': 'go', 'g': 'w', 'args': {'v': 1}}",
                            "{'op': 'go', 'g': 'w', 'args': {'v': 2}}", "{'op': 'wait', 'wg': 'wg'}")));
        }
    }

    @Nested
    class Time {
        @Test
        void sleepOrdersNothing() {
            expect("race", List.of("race"), fix("", X, spawn("w", "{'op': 'write', 'var': 'x', 'value': 1}"),
                    main("{'op': 'go', 'g': 'w'}", "{'op': 'sleep', 'ticks': 10}", "{'op': 'read', 'var': 'x', 'to': 'v'}")));
        }

        @Test
        void aContextTimeoutFiresBeforeAnythingCountsAsDeadlocked() {
            expect("cleared", List.of(), fix(exact(1), SINK, part("ctx", "context", "'timeout': 5"), main(
                    "{'op': 'select', 'cases': [{'done': 'ctx', 'do': [{'op': 'emit', 'sink': 'out', 'value': 1}]}]}")));
        }

        @Test
        void cancellingAParentCancelsItsChild() {
            expect("cleared", List.of(), fix(exact(1), SINK, part("p", "context", ""), part("c", "context", "'parent': 'p'"),
                    main("{'op': 'cancel', 'ctx': 'p'}",
                            "{'op': 'select', 'cases': [{'done': 'c', 'do': [{'op': 'emit', 'sink': 'out', 'value': 1}]}],"
                                    + " 'default': [{'op': 'emit', 'sink': 'out', 'value': 0}]}")));
        }
    }

    @Nested
    class HappensBefore {
        static final String JOIN = "{'op': 'done', 'wg': 'wg'}";

        static Level twoWorkers(String... ops) {
            String[] body = java.util.Arrays.copyOf(ops, ops.length + 1);
            body[ops.length] = JOIN;
            return fix("", X, WG, chan("c", 1), part("mu", "mutex", ""), part("rw", "rwmutex", ""), part("o", "once", ""),
                    spawn("w", body), main("{'op': 'add', 'wg': 'wg', 'n': 2}", "{'op': 'go', 'g': 'w'}",
                            "{'op': 'go', 'g': 'w'}", "{'op': 'wait', 'wg': 'wg'}", "{'op': 'read', 'var': 'x'}"));
        }

        @Test
        void unorderedWrites_race() {
            expect("race", List.of("race"), twoWorkers("{'op': 'write', 'var': 'x', 'value': 1}"));
        }

        @Test
        void aMutexOrdersItsCriticalSections() {
            expect("cleared", List.of(), twoWorkers("{'op': 'lock', 'mu': 'mu'}", "{'op': 'inc', 'var': 'x'}",
                    "{'op': 'unlock', 'mu': 'mu'}"));
        }

        @Test
        void readLocksDoNotOrderWriters_butUnlockAndRUnlockOrderTheNextLock() {
            expect("race", List.of("race"), twoWorkers("{'op': 'rlock', 'mu': 'rw'}", "{'op': 'write', 'var': 'x', 'value': 1}",
                    "{'op': 'runlock', 'mu': 'rw'}"));
            expect("cleared", List.of(), fix("", X, WG, part("rw", "rwmutex", ""),
                    spawn("r", "{'op': 'rlock', 'mu': 'rw'}", "{'op': 'read', 'var': 'x'}", "{'op': 'runlock', 'mu': 'rw'}", JOIN),
                    spawn("w", "{'op': 'lock', 'mu': 'rw'}", "{'op': 'write', 'var': 'x', 'value': 1}", "{'op': 'unlock', 'mu': 'rw'}", JOIN),
                    main("{'op': 'add', 'wg': 'wg', 'n': 2}", "{'op': 'go', 'g': 'r'}", "{'op': 'go', 'g': 'w'}",
                            "{'op': 'wait', 'wg': 'wg'}")));
        }

        @Test
        void theKthReceiveOrdersTheSendKPlusCap() {
            // a channel of capacity 1 used as a lock
            expect("cleared", List.of(), twoWorkers("{'op': 'send', 'ch': 'c', 'value': 0}", "{'op': 'inc', 'var': 'x'}",
                    "{'op': 'recv', 'ch': 'c'}"));
        }

        @Test
        void aChannelUsedOnlyAfterTheAccesses_ordersNothing() {
            expect("race", List.of("race"), twoWorkers("{'op': 'inc', 'var': 'x'}", "{'op': 'send', 'ch': 'c', 'value': 0}",
                    "{'op': 'recv', 'ch': 'c'}"));
        }

        @Test
        void onceBodyOrdersEveryReturn() {
            expect("cleared", List.of(), twoWorkers("{'op': 'once', 'once': 'o', 'do': [{'op': 'write', 'var': 'x', 'value': 1}]}",
                    "{'op': 'read', 'var': 'x'}"));
        }

        @Test
        void incIsAReadThenAWrite_soUpdatesGetLost() {
            Level lost = fix("", X, WG, spawn("w", "{'op': 'inc', 'var': 'x'}", JOIN),
                    main("{'op': 'add', 'wg': 'wg', 'n': 2}", "{'op': 'go', 'g': 'w'}", "{'op': 'go', 'g': 'w'}",
                            "{'op': 'wait', 'wg': 'wg'}", "{'op': 'read', 'var': 'x', 'to': 'v'}",
                            "{'op': 'assert', 'cond': 'v == 2', 'message': 'both increments count'}"));
            expect("race", List.of("race", "assert"), lost);
        }

        @Test
        void atomicsSynchronize() {
            expect("cleared", List.of(), fix("", X, part("f", "atomic", ""),
                    auto("w", "{'op': 'write', 'var': 'x', 'value': 1}", "{'op': 'atomic.store', 'var': 'f', 'value': 1}"),
                    main("{'op': 'atomic.load', 'var': 'f', 'to': 'ready'}",
                            "{'op': 'if', 'cond': 'ready == 1', 'then': [{'op': 'read', 'var': 'x'}]}")));
        }

        @Test
        void closeOrdersTheReceiveItReleases_andCancelOrdersDone() {
            expect("cleared", List.of(), fix("", X, chan("c", 0),
                    auto("w", "{'op': 'write', 'var': 'x', 'value': 1}", "{'op': 'close', 'ch': 'c'}"),
                    main("{'op': 'recv', 'ch': 'c'}", "{'op': 'read', 'var': 'x'}")));
            expect("cleared", List.of(), fix("", X, part("ctx", "context", ""),
                    auto("w", "{'op': 'write', 'var': 'x', 'value': 1}", "{'op': 'cancel', 'ctx': 'ctx'}"),
                    main("{'op': 'select', 'cases': [{'done': 'ctx', 'do': [{'op': 'read', 'var': 'x'}]}]}")));
        }

        @Test
        void goOrdersTheStart_andAnUnbufferedReceiveOrdersTheSendsCompletion() {
            expect("cleared", List.of(), fix("", X, chan("c", 0), spawn("w", "{'op': 'read', 'var': 'x'}", "{'op': 'recv', 'ch': 'c'}"),
                    main("{'op': 'write', 'var': 'x', 'value': 1}", "{'op': 'go', 'g': 'w'}",
                            "{'op': 'send', 'ch': 'c', 'value': 0}", "{'op': 'write', 'var': 'x', 'value': 2}")));
        }
    }

    @Nested
    class Outcomes {
        @Test
        void aGoroutineBlockedAfterMainReturns_leaks() {
            expect("leak", List.of("leak"), fix("", chan("c", 0), auto("w", "{'op': 'send', 'ch': 'c', 'value': 1}"), main()));
        }

        @Test
        void aGoroutineLoopingForeverAfterMainReturns_leaks() {
            expect("leak", List.of("leak"), fix("", part("mu", "mutex", ""),
                    auto("w", "{'op': 'loop', 'do': [{'op': 'lock', 'mu': 'mu'}, {'op': 'unlock', 'mu': 'mu'}]}"), main()));
            expect("leak", List.of("leak"), fix("", auto("w", "{'op': 'loop'}"), main()));
        }

        @Test
        void aGoroutineThatCanStillFinish_isNoLeak() {
            expect("cleared", List.of(), fix("", chan("quit", 0),
                    auto("w", "{'op': 'loop', 'do': [{'op': 'select', 'cases': [{'recv': 'quit', 'do': [{'op': 'return'}]}],"
                            + " 'default': []}]}"),
                    main("{'op': 'close', 'ch': 'quit'}")));
        }

        @Test
        void mainWaitingWhileAnotherLoopsForever_hangs() {
            expect("hang", List.of("hang"), fix("", WG, part("mu", "mutex", ""),
                    spawn("w", "{'op': 'loop', 'do': [{'op': 'lock', 'mu': 'mu'}, {'op': 'unlock', 'mu': 'mu'}]}"),
                    main("{'op': 'add', 'wg': 'wg', 'n': 1}", "{'op': 'go', 'g': 'w'}", "{'op': 'wait', 'wg': 'wg'}")));
            expect("hang", List.of("hang"), fix("", WG, spawn("w", "{'op': 'loop'}"),
                    main("{'op': 'add', 'wg': 'wg', 'n': 1}", "{'op': 'go', 'g': 'w'}", "{'op': 'wait', 'wg': 'wg'}")));
        }

        @Test
        void aLoopThatCanBeLeft_isNoHang() {
            expect("cleared", List.of(), fix(exact(0, 1, 2), SINK, chan("nums", 0), chan("quit", 0),
                    auto("gen", "{'op': 'let', 'to': 'i', 'value': 0}", "{'op': 'loop', 'do': [{'op': 'select', 'cases': ["
                            + "{'send': 'nums', 'value': 'i', 'do': [{'op': 'let', 'to': 'i', 'value': 'i + 1'}]},"
                            + "{'recv': 'quit', 'do': [{'op': 'return'}]}]}]}"),
                    main("{'op': 'repeat', 'times': 3, 'do': [{'op': 'recv', 'ch': 'nums', 'to': 'v'},"
                            + " {'op': 'emit', 'sink': 'out', 'value': 'v'}]}", "{'op': 'close', 'ch': 'quit'}")));
        }

        @Test
        void aLongInvisibleLoop_isInconclusiveNotAHang() {
            Level l = OracleLevels.level("fix", "", "'maxSteps': 50",
                    main("{'op': 'repeat', 'times': 1000, 'do': [{'op': 'let', 'to': 'x', 'value': 1}]}"));
            expect("inconclusive", List.of(), l);
        }

        @Test
        void lockOrderInversion_deadlocksOnSomeSchedules() {
            String a = part("a", "mutex", "");
            String b = part("b", "mutex", "");
            expect("deadlock", List.of("deadlock"), fix("", a, b, WG,
                    spawn("p", "{'op': 'lock', 'mu': 'a'}", "{'op': 'lock', 'mu': 'b'}", "{'op': 'unlock', 'mu': 'b'}",
                            "{'op': 'unlock', 'mu': 'a'}", "{'op': 'done', 'wg': 'wg'}"),
                    spawn("q", "{'op': 'lock', 'mu': 'b'}", "{'op': 'lock', 'mu': 'a'}", "{'op': 'unlock', 'mu': 'a'}",
                            "{'op': 'unlock', 'mu': 'b'}", "{'op': 'done', 'wg': 'wg'}"),
                    main("{'op': 'add', 'wg': 'wg', 'n': 2}", "{'op': 'go', 'g': 'p'}", "{'op': 'go', 'g': 'q'}",
                            "{'op': 'wait', 'wg': 'wg'}")));
        }

        @Test
        void aFalseAssert_andDivisionByZero() {
            expect("assert", List.of("assert"), fix("", main("{'op': 'let', 'to': 'x', 'value': 1}",
                    "{'op': 'assert', 'cond': 'x == 2', 'message': 'x is 2'}")));
            expect("panic", List.of("panic"), fix("", main("{'op': 'let', 'to': 'z', 'value': 0}",
                    "{'op': 'let', 'to': 'y', 'value': '1 / z'}")));
        }

        @Test
        void emptyBodiesKeepTheirOwnContinuations() {
            // two empty op lists in one goroutine: the if's then, and the select case's do
            expect("panic", List.of("panic"), fix("", chan("c", 1), main(
                    "{'op': 'if', 'cond': true, 'then': []}", "{'op': 'close', 'ch': 'c'}",
                    "{'op': 'select', 'cases': [{'recv': 'c', 'do': []}]}", "{'op': 'close', 'ch': 'c'}")));
        }

        @Test
        void aBreakLevelIsJudgedByTheOutcomeItAsksFor() {
            Level l = OracleLevels.level("break", "'reach': 'deadlock'", null, chan("c", 0), X,
                    auto("w", "{'op': 'write', 'var': 'x', 'value': 1}"),
                    main("{'op': 'write', 'var': 'x', 'value': 2}", "{'op': 'recv', 'ch': 'c'}"));
            ReferenceResult r = check(l);
            assertEquals("deadlock", r.verdict());
            assertEquals(List.of("race", "deadlock"), r.kinds());
            assertFalse(r.schedules().get("deadlock").isEmpty());
        }
    }
}
