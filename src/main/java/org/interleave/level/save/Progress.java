package org.interleave.level.save;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The player's progress through every level they have played, keyed by level id (sorted, so
 * the file reads in a stable order).
 *
 * @param levels each played level's record
 */
public record Progress(Map<String, LevelProgress> levels) {

    public Progress {
        SortedMap<String, LevelProgress> sorted = new TreeMap<>();
        if (levels != null) {
            levels.forEach((id, level) -> {
                if (id == null || id.isBlank()) {
                    throw new IllegalArgumentException("a level id cannot be blank");
                }
                sorted.put(id, level == null ? LevelProgress.NONE : level);
            });
        }
        levels = Collections.unmodifiableSortedMap(sorted);
    }

    /** No level played yet. */
    public static Progress empty() {
        return new Progress(Map.of());
    }

    /** The ids of the levels ever cleared, in id order. */
    public Set<String> clearedLevels() {
        return levels.entrySet().stream().filter(e -> e.getValue().cleared()).map(Map.Entry::getKey)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    /** One level's record; empty if it was never played. */
    public LevelProgress level(String levelId) {
        return levels.getOrDefault(levelId, LevelProgress.NONE);
    }

    /** This progress with one more run of a level. */
    public Progress withRun(String levelId, Score score, boolean cleared) {
        Objects.requireNonNull(levelId, "levelId");
        Objects.requireNonNull(score, "score");
        Map<String, LevelProgress> more = new TreeMap<>(levels);
        more.put(levelId, level(levelId).with(score, cleared));
        return new Progress(more);
    }
}
