package org.interleave.explore;

import static org.interleave.explore.ExactnessTest.after;
import static org.interleave.explore.ExactnessTest.bothSay;
import static org.interleave.explore.ExactnessTest.reduced;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.interleave.engine.Finding;
import org.interleave.engine.Kind;
import org.interleave.engine.Machine;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Hand-offs, polling selects and {@code after} cases (DESIGN §4 "Hand-offs", issue 11 defects 2
 * and 3, oracle findings F3 and F11): minimal designs on which an earlier engine gave a verdict
 * that real Go contradicts, each checked with the reductions and without them.
 */
class HandOffExactnessTest {
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

    /**
     * A select that may have parked waits no more once one of its cases is ready by the
     * resources' state: in Go whatever readied it (a buffered send, a close, a cancel, a freed
     * slot) completed the parked select at once (issue 11, hunt19 F1). s parks on c and the other
     * case; main readies that case, then polls c with a case that blocks for ever: an earlier
     * engine paired the poll with s (deadlock, schedule "main main:0 s"); Go never does (export-go,
     * 20,000 runs of each), so the poll takes default and everything returns.
     */
    @Nested
    class ReadyCaseEndsWaiting {
        static String parkedThenReadied(String other, String sCase, String readier) {
            return """
                    {"id":"c","type":"channel"},{"id":"never","type":"channel"},
                    {"id":"fin","type":"channel","cap":1},%s,
                    {"id":"s","type":"goroutine","ops":[
                      {"op":"select","cases":[{"recv":"c"},%s]},{"op":"send","ch":"fin","value":1}]},
                    {"id":"main","type":"goroutine","start":"main","ops":[%s,
                      {"op":"select","cases":[{"send":"c","value":1,"do":[{"op":"recv","ch":"never"}]}],"default":[]},
                      {"op":"recv","ch":"fin"}]}
                    """.formatted(other, sCase, readier);
        }

        /** hunt19's p7: d's buffered value readies s's receive. */
        @Test
        void aBufferedValue_endsTheWaiting_soThePollTakesDefault() {
            bothSay(parkedThenReadied("{\"id\":\"d\",\"type\":\"channel\",\"cap\":1}", "{\"recv\":\"d\"}",
                    "{\"op\":\"send\",\"ch\":\"d\",\"value\":1}"), null, Verdict.CLEARED);
        }

        @Test
        void aClose_endsTheWaiting_soThePollTakesDefault() {
            bothSay(parkedThenReadied("{\"id\":\"d\",\"type\":\"channel\"}", "{\"recv\":\"d\"}",
                    "{\"op\":\"close\",\"ch\":\"d\"}"), null, Verdict.CLEARED);
        }

        @Test
        void aCancel_endsTheWaiting_soThePollTakesDefault() {
            bothSay(parkedThenReadied("{\"id\":\"x\",\"type\":\"context\"}", "{\"done\":\"x\"}",
                    "{\"op\":\"cancel\",\"ctx\":\"x\"}"), null, Verdict.CLEARED);
        }

        /** hunt19's p4 in small: s fills d, then waits to send on c or d; main's receive frees d's slot. */
        @Test
        void aFreedSlot_endsTheWaiting_soThePollTakesDefault() {
            String parts = """
                    {"id":"c","type":"channel"},{"id":"never","type":"channel"},
                    {"id":"d","type":"channel","cap":1},{"id":"fin","type":"channel","cap":1},
                    {"id":"s","type":"goroutine","ops":[{"op":"send","ch":"d","value":0},
                      {"op":"select","cases":[{"send":"c","value":1},{"send":"d","value":2}]},
                      {"op":"send","ch":"fin","value":1}]},
                    {"id":"main","type":"goroutine","start":"main","ops":[{"op":"recv","ch":"d"},
                      {"op":"select","cases":[{"recv":"c","do":[{"op":"recv","ch":"never"}]}],"default":[]},
                      {"op":"recv","ch":"fin"}]}
                    """;
            bothSay(parts, null, Verdict.CLEARED);
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
}
