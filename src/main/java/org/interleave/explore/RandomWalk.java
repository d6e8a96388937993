package org.interleave.explore;

import java.util.List;
import java.util.SplittableRandom;
import org.interleave.engine.Choice;
import org.interleave.engine.Machine;

/** Picks uniformly among the enabled choices, from a seed: run r always makes the same choices. */
public final class RandomWalk implements Strategy {
    private final long seed;
    private SplittableRandom random;

    public RandomWalk(long seed) {
        this.seed = seed;
        begin(0);
    }

    @Override
    public void begin(int run) {
        random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + run);
    }

    @Override
    public Choice pick(Machine m, List<Choice> enabled) {
        return enabled.get(random.nextInt(enabled.size()));
    }

    @Override
    public String describe() {
        return "random(seed=" + seed + ")";
    }
}
