package org.interleave.explore;

import java.util.List;
import org.interleave.engine.Choice;
import org.interleave.engine.Machine;

/**
 * Picks the next step of a run among the enabled choices. Strategies are deterministic: the same
 * seed and the same run index give the same choices.
 */
public interface Strategy {
    /** Prepares for run number {@code run} (0-based). */
    void begin(int run);

    /** Picks one of {@code enabled}, which is never empty. */
    Choice pick(Machine m, List<Choice> enabled);

    /** A short description for reports: {@code random(seed=7)}. */
    String describe();
}
