import com.fasterxml.jackson.databind.*;
import com.fasterxml.jackson.databind.node.*;
import java.nio.file.*;
import java.util.*;
import org.interleave.engine.Program;
import org.interleave.engine.model.*;
import org.interleave.explore.*;
import org.interleave.level.*;

/** Scores candidate designs of a level; verifies, per (parts, ops), the fastest until one clears. */
public class Harness {
    static final ObjectMapper M = new ObjectMapper();
    final Level level; final String id; final ArrayNode baseParts;
    record Cand(String json, String label, long ticks, int parts, int ops) {}
    final List<Cand> ok = new ArrayList<>();
    long total, refused, slow, checked;

    Harness(Path file) throws Exception {
        LevelLoader.prepare();
        level = LevelLoader.load(file);
        id = level.id();
        baseParts = (ArrayNode) M.readTree(file.toFile()).path("design").path("parts");
    }

    ArrayNode parts() { return baseParts.deepCopy(); }

    static ObjectNode obj(Object... kv) {
        ObjectNode o = M.createObjectNode();
        for (int i = 0; i < kv.length; i += 2) o.set((String) kv[i], M.valueToTree(kv[i + 1]));
        return o;
    }

    void score(ArrayNode parts, String label) {
        total++;
        if (total % 100_000 == 0) System.out.printf("  %d designs so far, %d within the goal%n", total, ok.size());
        ObjectNode sol = obj("format", 1, "level", id);
        sol.set("design", obj("parts", parts));
        String json = sol.toString();
        Design d;
        try { d = LevelLoader.parseSolution("cand.json", json, level); } catch (Exception e) { refused++; return; }
        Level solved = level.withDesign(d);
        SearchBudget b = SearchBudget.of(solved.bounds());
        long t;
        try {
            TimedRun.Result run = new TimedRun(new Program(d), solved.goal(), b.maxSteps(), b.limits()).run(TimedRun.SCORE_SEED);
            t = run.mainReturnedAt();
            if (!run.execution().findings().isEmpty()) t = -1;
        } catch (RuntimeException e) { refused++; return; }
        if (t < 0 || t > level.goal().maxTicks()) { slow++; return; }
        ok.add(new Cand(json, label, t, PartCount.of(d), OpCount.of(d)));
    }

    Report verify(Cand c) throws Exception {
        checked++;
        Level solved = level.withDesign(LevelLoader.parseSolution("cand.json", c.json, level));
        return new Checker(CheckOptions.BOUNDED, () -> false, Explorer.Progress.NONE, System::nanoTime).check(solved);
    }

    /** Per (parts, ops): fastest candidates first, verified until one clears; prints the frontier. */
    void report(Path dump) throws Exception {
        Map<String, List<Cand>> by = new TreeMap<>();
        for (Cand c : ok) by.computeIfAbsent(String.format("%03d/%03d", c.parts, c.ops), k -> new ArrayList<>()).add(c);
        System.out.printf("%s: %d designs, %d refused by the loader, %d fail or too slow in the run, %d within the goal%n",
                id, total, refused, slow, ok.size());
        Level.Par par = level.par();
        long bestTicks = Long.MAX_VALUE; int bestParts = Integer.MAX_VALUE, bestOps = Integer.MAX_VALUE;
        StringBuilder cleared = new StringBuilder();
        for (var e : by.entrySet()) {
            List<Cand> cs = e.getValue();
            cs.sort(Comparator.comparingLong(Cand::ticks));
            int fails = 0;
            for (Cand c : cs) {
                Report r = verify(c);
                if (r.exhaustive() && r.verdict() == Verdict.CLEARED) {
                    System.out.printf("  parts %d ops %d: fastest clearing %d ticks (%s)  [%d faster in run failed verification]%n",
                            c.parts, c.ops, c.ticks, c.label, fails);
                    cleared.append(c.json).append('\n');
                    bestTicks = Math.min(bestTicks, c.ticks); bestParts = Math.min(bestParts, c.parts); bestOps = Math.min(bestOps, c.ops);
                    if (c.ticks < par.ticks() || c.parts < par.parts() || c.ops < par.ops())
                        System.out.println("  !!! BEATS PAR " + par + ": " + c.label);
                    break;
                }
                fails++;
            }
            if (fails == cs.size()) System.out.printf("  parts %s ops: none of %d clears%n", e.getKey(), cs.size());
        }
        System.out.printf("best cleared: ticks %d parts %d ops %d (par %s); %d exhaustive checks%n", bestTicks, bestParts, bestOps, par, checked);
        if (dump != null) Files.writeString(dump, cleared.toString());
    }
}
