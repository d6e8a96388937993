package org.interleave.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.statistics.Statistics;

/**
 * The product against the reference explorer on random RWMutex designs of unbalanced
 * Lock/Unlock/RLock/RUnlock over two to four goroutines (the shape of hunt20's {@code rwgen},
 * where F1 showed): the reference models Go 1.19's counters for every step; the product uses
 * the writer-preference view until misuse passes Go's checks. Same verdict and kinds, reduced
 * and plain, wherever the reference and the product finish their searches, and every schedule replays. {@code -Dinterleave.oracle.seed=N} draws other designs.
 */
class RwMutexMisuseProperties {
    static final String[] OPS = {"lock", "unlock", "rlock", "runlock"};

    /** A random level: main and up to three goroutines it starts, each a few RWMutex ops with an emit after each. */
    static String json(Random r) {
        List<String> parts = new ArrayList<>(List.of("{'id': 'rw', 'type': 'rwmutex'}", "{'id': 'out', 'type': 'sink'}"));
        int n = 1 + r.nextInt(3);
        List<String> main = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            parts.add("{'id': 'g" + i + "', 'type': 'goroutine', 'start': 'spawn', 'ops': [" + String.join(", ", ops(r, 10 * (i + 1))) + "]}");
        }
        List<String> own = ops(r, 0);
        for (int i = 0; i < n; i++) {
            own.add(r.nextInt(own.size() + 1), "{'op': 'go', 'g': 'g" + i + "'}");
        }
        main.addAll(own);
        if (r.nextBoolean()) {
            main.add("{'op': 'sleep', 'ticks': 25}");
        }
        parts.add("{'id': 'main', 'type': 'goroutine', 'start': 'main', 'ops': [" + String.join(", ", main) + "]}");
        return ("{'format': 1, 'id': 'rw', 'title': 'rw', 'mode': 'fix', 'goal': {'noLeak': " + r.nextBoolean()
                + "}, 'design': {'parts': [" + String.join(", ", parts) + "]}}").replace('\'', '"');
    }

    private static List<String> ops(Random r, int base) {
        List<String> out = new ArrayList<>();
        for (int j = 0, k = 1 + r.nextInt(3); j < k; j++) {
            out.add("{'op': '" + OPS[r.nextInt(OPS.length)] + "', 'mu': 'rw'}");
            if (r.nextInt(3) > 0) {
                out.add("{'op': 'emit', 'sink': 'out', 'value': " + (base + j) + "}");
            }
        }
        return out;
    }

    @Provide
    Arbitrary<OracleDesign> designs() {
        return Arbitraries.longs().withoutEdgeCases().map(seed -> {
            String json = json(new Random(seed ^ OracleDesign.SALT));
            return new OracleDesign(json, OracleLevels.parse(json));
        });
    }

    @Property(tries = 400, seed = "20261208", shrinking = ShrinkingMode.OFF)
    @AddLifecycleHook(StrictOracle.class)
    void productReducedAndPlain_agreeWithGoCountersOfTheReference(@ForAll("designs") OracleDesign d) {
        OracleComparison.Outcome o = OracleComparison.compare(d.level());
        assertEquals(List.of(), o.replayFailures(), () -> "design " + d.json());
        // a design over the product's budget (OracleComparison.BUDGET) is no verdict to compare either
        boolean decided = o.decided() && o.reduced().exhaustive() && o.plain().exhaustive();
        Statistics.label("reference and product").collect(decided ? "decided" : "undecided");
        assertTrue(!decided || o.disagreements().isEmpty(), () -> o.disagreements() + "\ndesign " + d.json()
                + "\nreference schedules " + o.reference().schedules());
    }
}
