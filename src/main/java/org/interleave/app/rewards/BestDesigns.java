package org.interleave.app.rewards;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.interleave.engine.Program;
import org.interleave.explore.TimedRun;
import org.interleave.engine.model.Design;
import org.interleave.engine.model.Level;
import org.interleave.explore.SearchBudget;
import org.interleave.level.DesignWriter;
import org.interleave.level.LevelException;
import org.interleave.level.LevelLoader;
import org.interleave.level.OpCount;
import org.interleave.level.save.LevelProgress;
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

    /**
     * What became of a level's record when its best designs were checked against the level as it is
     * now: the slots whose design it refuses (after the level gained locks or seals, or its palette
     * shrank), why, and the record whose bests come only from designs it still accepts.
     */
    public record Revalidated(LevelProgress progress, List<ScoreKind> withdrawn, String why) {}

    /**
     * Checks each best design ({@link ScoreKind#slot()}) of {@code level} as the loader checks a
     * solution file (locks, seals, palette, goal). A medal must be backed by a design the game
     * accepts: for each score whose design is refused, the best on that score becomes the best of
     * the designs still accepted (measured again: ticks of the scored run, parts, ops), or, when none
     * is, the level keeps its clear but no best until it is cleared again. The refused designs stay in
     * their slots, for the player to look at. Empty when nothing changes: every best design loads,
     * there are none, or the bests were withdrawn before.
     */
    public static Optional<Revalidated> revalidate(Level level, LevelProgress progress, SavedDesigns designs) {
        if (progress.best() == null) {
            return Optional.empty();
        }
        Map<ScoreKind, Design> accepted = new LinkedHashMap<>();
        List<ScoreKind> withdrawn = new ArrayList<>();
        String why = null;
        for (ScoreKind k : ScoreKind.values()) {
            Optional<JsonNode> slot = designs.level(level.id()).slot(k.slot());
            if (slot.isEmpty()) {
                continue;
            }
            ObjectNode file = JsonNodeFactory.instance.objectNode();
            file.put("format", 1);
            file.put("level", level.id());
            file.set("design", slot.get());
            try {
                accepted.put(k, LevelLoader.parseSolution(k.slot(), file.toString(), level));
            } catch (LevelException e) {
                withdrawn.add(k);
                if (why == null) {
                    why = e.problems().get(0).message();
                }
            }
        }
        if (withdrawn.isEmpty()) {
            return Optional.empty();
        }
        Score best = null;
        for (Design d : accepted.values()) {
            Score s = measure(level, d, progress.best().verifyStates());
            best = best == null ? s : best.bestOf(s);
        }
        if (best != null) {
            // the scores whose design still loads keep their best, which that design made
            Score old = progress.best();
            best = new Score(withdrawn.contains(ScoreKind.TICKS) ? best.ticks() : old.ticks(),
                    withdrawn.contains(ScoreKind.PARTS) ? best.parts() : old.parts(), old.verifyStates(),
                    withdrawn.contains(ScoreKind.OPS) ? best.ops() : old.ops());
        }
        if (java.util.Objects.equals(best, progress.best())) {
            return Optional.empty();  // withdrawn before: the bests already come from the designs that load
        }
        return Optional.of(new Revalidated(progress.withBest(best), List.copyOf(withdrawn), why));
    }

    /**
     * A design's score on its level as a verification scores it: the tick at which main returns in
     * the run the game plays (the same seed), its parts, its ops.
     */
    static Score measure(Level level, Design design, long verifyStates) {
        SearchBudget budget = SearchBudget.of(level.bounds());
        TimedRun.Result run = new TimedRun(new Program(design), level.goal(), budget.maxSteps(), budget.limits())
                .run(org.interleave.playback.RunModel.SEED);
        long ticks = run.mainReturnedAt() >= 0 ? run.mainReturnedAt() : run.lastTick();
        return new Score((int) Math.min(Integer.MAX_VALUE, ticks), org.interleave.level.PartCount.of(design), verifyStates,
                OpCount.of(design));
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
