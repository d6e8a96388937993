package org.interleave.level.save;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The player's designs for one level: named slots in the order they were made, and the
 * autosave. A design is kept as the JSON object the editor wrote (DESIGN.md §3), so saving does
 * not depend on how designs are edited; nodes are copied on the way in and out, since Jackson
 * trees are mutable.
 *
 * @param autosave the design as last left, or null
 * @param slots    named designs the player saved
 */
public record LevelDesigns(
        @JsonInclude(JsonInclude.Include.NON_NULL) JsonNode autosave,
        Map<String, JsonNode> slots) {

    static final LevelDesigns NONE = new LevelDesigns(null, Map.of());

    public LevelDesigns {
        autosave = autosave == null || autosave.isNull() ? null : design("the autosave", autosave);
        Map<String, JsonNode> copy = new LinkedHashMap<>();
        if (slots != null) {
            slots.forEach((name, design) -> copy.put(slotName(name), design("slot '" + name + "'", design)));
        }
        slots = Collections.unmodifiableMap(copy);
    }

    private static String slotName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a slot needs a name");
        }
        return name;
    }

    private static JsonNode design(String where, JsonNode design) {
        if (design == null || !design.isObject()) {
            throw new IllegalArgumentException(where + " is not a design: a design is a JSON object");
        }
        return design.deepCopy();
    }

    @Override
    public JsonNode autosave() {
        return autosave == null ? null : autosave.deepCopy();
    }

    @Override
    public Map<String, JsonNode> slots() {
        Map<String, JsonNode> copy = new LinkedHashMap<>();
        slots.forEach((name, design) -> copy.put(name, design.deepCopy()));
        return Collections.unmodifiableMap(copy);
    }

    /** The autosaved design, if there is one. */
    public Optional<JsonNode> autosaved() {
        return Optional.ofNullable(autosave());
    }

    /** The design in a named slot. */
    public Optional<JsonNode> slot(String name) {
        JsonNode design = slots.get(name);
        return design == null ? Optional.empty() : Optional.of(design.deepCopy());
    }

    /** These designs with {@code name} holding {@code design}; an existing slot keeps its place. */
    public LevelDesigns withSlot(String name, JsonNode design) {
        Map<String, JsonNode> more = new LinkedHashMap<>(slots);
        more.put(slotName(name), Objects.requireNonNull(design, "design"));
        return new LevelDesigns(autosave, more);
    }

    /** These designs without the named slot. */
    public LevelDesigns withoutSlot(String name) {
        Map<String, JsonNode> fewer = new LinkedHashMap<>(slots);
        fewer.remove(name);
        return new LevelDesigns(autosave, fewer);
    }

    /** These designs with a new autosave; null clears it. */
    public LevelDesigns withAutosave(JsonNode design) {
        return new LevelDesigns(design, slots);
    }

    boolean isEmpty() {
        return autosave == null && slots.isEmpty();
    }
}
