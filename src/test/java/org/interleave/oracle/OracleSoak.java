package org.interleave.oracle;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.interleave.engine.model.Level;

/**
 * Runs many random levels through the product (reduced and {@code --no-reduction}) and the
 * reference explorer and prints how often they agree, by category of disagreement, with the
 * first few designs of each category (shrunk). Usage: {@code OracleSoak COUNT SEED [SHOW [SECONDS]]}:
 * SHOW shrunk examples per category (default 2), stopping early after SECONDS (0 = never); see
 * {@code scripts/oracle-soak.sh}.
 */
public final class OracleSoak {
    private OracleSoak() {}

    public static void main(String[] args) {
        long count = args.length > 0 ? Long.parseLong(args[0]) : 100_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
        int show = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        long seconds = args.length > 3 ? Long.parseLong(args[3]) : 0;
        long agree = 0;
        long undecided = 0;
        long replay = 0;
        Map<String, Long> byCategory = new TreeMap<>();
        Map<String, List<String>> examples = new TreeMap<>();
        Random random = new Random(seed);
        long t0 = System.nanoTime();
        long i = 0;
        for (; i < count; i++) {
            if (seconds > 0 && System.nanoTime() - t0 > seconds * 1_000_000_000L) {
                break;
            }
            long designSeed = random.nextLong();
            String json = DesignGenerator.json(new Random(designSeed));
            Level level = OracleLevels.parse(json);
            OracleComparison.Outcome o = OracleComparison.compare(level);
            if (!o.replayFailures().isEmpty()) {
                replay++;
                note(byCategory, examples, "replay: " + o.replayFailures().get(0).replaceAll("'.*'", "'…'"), json, show);
            }
            if (!o.decided()) {
                undecided++;
            } else if (o.disagreements().isEmpty()) {
                agree++;
            } else {
                note(byCategory, examples, category(o), json, show);
            }
            if ((i + 1) % 1000 == 0) {
                System.err.printf("%,d designs, %,d agree, %,d undecided, %,d disagree, %,d replay failures, %d s%n",
                        i + 1, agree, undecided, i + 1 - agree - undecided, replay, (System.nanoTime() - t0) / 1_000_000_000);
            }
        }
        System.out.printf("designs %,d  agree %,d  reference undecided %,d  disagree %,d  replay failures %,d  (seed %d, %d s)%n",
                i, agree, undecided, i - agree - undecided, replay, seed, (System.nanoTime() - t0) / 1_000_000_000);
        byCategory.forEach((k, v) -> {
            System.out.printf("%8d  %s%n", v, k);
            for (String ex : examples.get(k)) {
                System.out.println("          " + ex);
            }
        });
    }

    /** A disagreement's category: what each side said, reduced and plain product against the reference. */
    static String category(OracleComparison.Outcome o) {
        return "reduced " + o.reduced().verdict() + o.reduced().kinds() + " / plain " + o.plain().verdict() + o.plain().kinds()
                + " / reference " + o.reference().verdict() + o.reference().kinds();
    }

    private static void note(Map<String, Long> byCategory, Map<String, List<String>> examples, String cat, String json,
                             int show) {
        byCategory.merge(cat, 1L, Long::sum);
        List<String> ex = examples.computeIfAbsent(cat, k -> new ArrayList<>());
        if (ex.size() < show) {
            ex.add(Shrinker.shrink(json));
        }
    }
}
