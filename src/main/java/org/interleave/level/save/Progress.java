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
 * the file reads in a stable order), and the chapters whose opening scene the player has seen
 * (a scene is told once, across games).
 *
 * @param levels each played level's record
 * @param scenes the titles of the chapters whose scene was told (absent in older files: none)
 */
public record Progress(Map<String, LevelProgress> levels, Set<String> scenes) {

    /** Progress through {@code levels}, no scene seen yet. */
    public Progress(Map<String, LevelProgress> levels) {
        this(levels, Set.of());
    }

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
        java.util.SortedSet<String> seen = new java.util.TreeSet<>();
        if (scenes != null) {
            scenes.stream().filter(t -> t != null && !t.isBlank()).forEach(seen::add);
        }
        scenes = Collections.unmodifiableSortedSet(seen);
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
        return new Progress(more, scenes);
    }

    /** This progress with a level's record replaced. */
    public Progress withLevel(String levelId, LevelProgress record) {
        Map<String, LevelProgress> changed = new TreeMap<>(levels);
        changed.put(Objects.requireNonNull(levelId, "levelId"), Objects.requireNonNull(record, "record"));
        return new Progress(changed, scenes);
    }

    /** Whether the scene of the chapter titled {@code chapter} has been told. */
    public boolean sceneSeen(String chapter) {
        return scenes.contains(chapter);
    }

    /** This progress with the scene of the chapter titled {@code chapter} told. */
    public Progress withSceneSeen(String chapter) {
        Objects.requireNonNull(chapter, "chapter");
        if (scenes.contains(chapter)) {
            return this;
        }
        java.util.Set<String> more = new java.util.TreeSet<>(scenes);
        more.add(chapter);
        return new Progress(levels, more);
    }
}
