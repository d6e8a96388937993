package org.interleave.app.canvas;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.interleave.engine.model.Design;
import org.interleave.engine.model.Level;
import org.interleave.engine.model.Op;
import org.interleave.engine.model.Part;
import org.interleave.level.PaletteCheck;

/**
 * What a level lets the player change (DESIGN §2): how many parts of each type the palette
 * offers beyond the starting design, which op kinds may be added, and whether presets may be
 * opened into their ops. Locked parts are the parts' own business ({@code layout.locked}).
 *
 * @param palette  part type (or preset name) → how many the player may add
 * @param ops      op kinds the player may add
 * @param start    the level's starting design, against which additions are counted
 * @param readOnly nothing may change (the reference solution is shown)
 */
public record LevelRules(Map<String, Integer> palette, List<String> ops, Design start, boolean readOnly) {
    public LevelRules {
        palette = Map.copyOf(palette);
        ops = List.copyOf(ops);
    }

    /** The rules of a level, for editing its design. */
    @SuppressWarnings("unchecked")
    public static LevelRules of(Level level) {
        Map<String, Integer> parts = new LinkedHashMap<>();
        List<String> ops = List.of();
        for (Map.Entry<String, Object> e : level.palette().entrySet()) {
            if (e.getKey().equals("ops")) {
                ops = (List<String>) e.getValue();
            } else if (e.getValue() instanceof Integer n) {
                parts.put(e.getKey(), n);
            }
        }
        Design start = level.design() == null ? new Design(List.of()) : level.design();
        return new LevelRules(parts, ops, start, false);
    }

    /** Rules under which nothing can change: for showing a design read-only. */
    public static LevelRules readOnly(Design d) {
        return new LevelRules(Map.of(), List.of(), d, true);
    }

    /** Everything allowed: a sandbox, for tests and custom levels without a palette. */
    public static LevelRules open(Design start, int partsEach) {
        Map<String, Integer> all = new HashMap<>();
        for (String t : List.of("channel", "mutex", "rwmutex", "waitgroup", "once", "var", "atomic", "context",
                "sink", "goroutine", "producer", "worker", "consumer", "closer")) {
            all.put(t, partsEach);
        }
        return new LevelRules(all, OpFields.KINDS, start, false);
    }

    /** How many more parts of this type the player may add to {@code current}. */
    public int partsLeft(String type, Design current) {
        if (readOnly) {
            return 0;
        }
        // opening a preset leaves a plain goroutine that still takes the preset's place in the palette
        return PaletteCheck.partsLeft(palette, ops, start, current, type);
    }

    /**
     * Whether an op of this kind may be added to goroutine {@code goroutine} of {@code current}: the
     * palette offers it, or the design with it still keeps to the palette as {@link PaletteCheck}
     * counts it — one fewer than the level gives, or one an opened preset has room for (a closer
     * opened, its {@code close} removed, takes a {@code close} back, where another goroutine does not).
     */
    public boolean opAllowed(String kind, Design current, String goroutine) {
        if (readOnly) {
            return false;
        }
        if (ops.contains(kind)) {
            return true;
        }
        Part.Goroutine g = current.part(goroutine).orElse(null) instanceof Part.Goroutine found ? found : null;
        if (g == null || g.preset() != null) {
            return false;  // a closed preset's ops are its fields' to set
        }
        Design next;
        try {
            List<Op> more = new ArrayList<>(g.ops());
            more.add(OpFields.fresh(kind, current));
            next = Parts.replace(current, g, Parts.withOps(g, more));
        } catch (Refused e) {
            return false;  // no part for it to use yet
        }
        return paletteProblems(next) <= paletteProblems(current);
    }

    /** Whether an op of this kind may be added to some goroutine of {@code current}. */
    public boolean opAllowed(String kind, Design current) {
        return current.goroutines().stream().anyMatch(g -> opAllowed(kind, current, g.id()));
    }

    private int paletteProblems(Design d) {
        Map<String, Object> all = new LinkedHashMap<>(palette);
        all.put("ops", ops);
        return PaletteCheck.problems(all, start, d).size();
    }

    /** Whether presets may be opened into ops the player edits. */
    public boolean presetsOpen() {
        return !readOnly && !ops.isEmpty();
    }


    void checkEditable() throws Refused {
        if (readOnly) {
            throw new Refused("The reference solution is read-only: switch back to Design to edit");
        }
    }
}
