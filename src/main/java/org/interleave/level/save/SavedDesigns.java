package org.interleave.level.save;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * Every design the player kept, per level id (sorted, so the file reads in a stable order).
 *
 * @param levels each level's slots and autosave
 */
public record SavedDesigns(Map<String, LevelDesigns> levels) {

    public SavedDesigns {
        SortedMap<String, LevelDesigns> sorted = new TreeMap<>();
        if (levels != null) {
            levels.forEach((id, designs) -> {
                if (id == null || id.isBlank()) {
                    throw new IllegalArgumentException("a level id cannot be blank");
                }
                if (designs != null && !designs.isEmpty()) {
                    sorted.put(id, designs);
                }
            });
        }
        levels = Collections.unmodifiableSortedMap(sorted);
    }

    /** No designs kept. */
    public static SavedDesigns empty() {
        return new SavedDesigns(Map.of());
    }

    /** One level's designs; none if the player kept none. */
    public LevelDesigns level(String levelId) {
        return levels.getOrDefault(levelId, LevelDesigns.NONE);
    }

    public SavedDesigns withSlot(String levelId, String name, JsonNode design) {
        return change(levelId, d -> d.withSlot(name, design));
    }

    public SavedDesigns withoutSlot(String levelId, String name) {
        return change(levelId, d -> d.withoutSlot(name));
    }

    /** These designs with a new autosave for the level; null clears it. */
    public SavedDesigns withAutosave(String levelId, JsonNode design) {
        return change(levelId, d -> d.withAutosave(design));
    }

    private SavedDesigns change(String levelId, UnaryOperator<LevelDesigns> change) {
        Map<String, LevelDesigns> changed = new TreeMap<>(levels);
        changed.put(levelId, change.apply(level(levelId)));
        return new SavedDesigns(changed);
    }
}
