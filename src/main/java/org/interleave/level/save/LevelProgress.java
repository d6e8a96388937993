package org.interleave.level.save;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The player's record on one level.
 *
 * @param cleared  whether the level was ever cleared
 * @param best     the best score of the clearing runs, per count; null until cleared
 * @param attempts the last {@value #MAX_ATTEMPTS} runs, oldest first
 */
public record LevelProgress(
        boolean cleared,
        @JsonInclude(JsonInclude.Include.NON_NULL) Score best,
        List<Attempt> attempts) {

    /** How many attempts are kept per level; older ones are dropped. */
    public static final int MAX_ATTEMPTS = 50;

    static final LevelProgress NONE = new LevelProgress(false, null, List.of());

    public LevelProgress {
        attempts = attempts == null ? List.of() : List.copyOf(last(attempts));
    }

    private static List<Attempt> last(List<Attempt> attempts) {
        return attempts.size() <= MAX_ATTEMPTS ? attempts : attempts.subList(attempts.size() - MAX_ATTEMPTS, attempts.size());
    }

    /** The best score, once the level is cleared. */
    public Optional<Score> bestScore() {
        return Optional.ofNullable(best);
    }

    /** This record with another best score (null: none, until the level is cleared again); the runs stay. */
    public LevelProgress withBest(Score newBest) {
        return new LevelProgress(cleared, newBest, attempts);
    }

    /** This record with one more run: kept in the history, and counted towards the best if it cleared. */
    public LevelProgress with(Score score, boolean clearedNow) {
        List<Attempt> more = new ArrayList<>(attempts);
        more.add(new Attempt(score.ticks(), score.parts(), clearedNow, score.ops()));
        Score newBest = !clearedNow ? best : best == null ? score : best.bestOf(score);
        return new LevelProgress(cleared || clearedNow, newBest, more);
    }
}
