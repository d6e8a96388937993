package org.interleave.app.rewards;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.interleave.engine.model.Design;
import org.interleave.level.DesignWriter;
import org.interleave.level.save.SavedDesigns;
import org.interleave.level.save.Score;

/**
 * The player's best design on each score, kept in the level's design slots ("Best ticks", "Best
 * parts", "Best ops") so that a design good on one count is not lost while chasing another.
 */
public final class BestDesigns {
    private BestDesigns() {}

    /** The scores on which {@code now} beats {@code before} (all of them when there was no best yet). */
    public static List<ScoreKind> improved(Optional<Score> before, Score now) {
        List<ScoreKind> out = new ArrayList<>();
        for (ScoreKind k : ScoreKind.values()) {
            long v = k.of(now);
            if (v < 0) {
                continue;
            }
            long b = before.map(k::of).orElse(-1L);
            if (b < 0 || v < b) {
                out.add(k);
            }
        }
        return out;
    }

    /** {@code designs} with {@code design} in the slot of each score in {@code kinds}. */
    public static SavedDesigns keep(SavedDesigns designs, String levelId, Design design, List<ScoreKind> kinds) {
        SavedDesigns out = designs;
        for (ScoreKind k : kinds) {
            out = out.withSlot(levelId, k.slot(), DesignWriter.write(design));
        }
        return out;
    }
}
