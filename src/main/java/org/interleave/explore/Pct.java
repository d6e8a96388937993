package org.interleave.explore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.interleave.engine.Choice;
import org.interleave.engine.Machine;

/**
 * Probabilistic Concurrency Testing (Burckhardt, Kothari, Musuvathi, Nagarakatte, ASPLOS 2010):
 * every goroutine (and timer) gets a random priority; the highest-priority enabled one runs; at
 * {@code depth - 1} random change points the running one drops to a low priority. A bug of depth
 * d is found with probability at least 1/(n·k^(d-1)) per run.
 */
public final class Pct implements Strategy {
    private final long seed;
    private final int depth;
    private int expectedSteps;
    private SplittableRandom random;
    private final Map<Integer, Integer> priority = new HashMap<>();
    private final List<Integer> changePoints = new ArrayList<>();
    private int step;
    private int maxSeen;

    public Pct(long seed, int depth, int expectedSteps) {
        this.seed = seed;
        this.depth = Math.max(1, depth);
        this.expectedSteps = Math.max(1, expectedSteps);
        begin(0);
    }

    @Override
    public void begin(int run) {
        if (maxSeen > 0) {
            expectedSteps = maxSeen;
        }
        random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + run);
        priority.clear();
        changePoints.clear();
        for (int i = 0; i < depth - 1; i++) {
            changePoints.add(1 + random.nextInt(expectedSteps));
        }
        step = 0;
    }

    @Override
    public Choice pick(Machine m, List<Choice> enabled) {
        step++;
        maxSeen = Math.max(maxSeen, step);
        Choice best = null;
        int bestPriority = Integer.MIN_VALUE;
        for (Choice c : enabled) {
            int p = priority.computeIfAbsent(c.actor(), a -> depth + random.nextInt(1 << 20));
            if (p > bestPriority) {
                bestPriority = p;
                best = c;
            }
        }
        int actor = best.actor();
        List<Choice> same = enabled.stream().filter(c -> c.actor() == actor).toList();
        Choice chosen = same.size() == 1 ? best : same.get(random.nextInt(same.size()));
        int idx = changePoints.indexOf(step);
        if (idx >= 0) {
            priority.put(actor, idx);
        }
        return chosen;
    }

    @Override
    public String describe() {
        return "pct(seed=" + seed + ", depth=" + depth + ")";
    }
}
