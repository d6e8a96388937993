package org.interleave.level;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.interleave.engine.model.Design;
import org.interleave.engine.model.DesignValidator.Locus;
import org.interleave.engine.model.DesignValidator.Problem;
import org.interleave.engine.model.Op;
import org.interleave.engine.model.Part;

/**
 * Whether a design keeps to its level's palette, as the editor makes the player do (DESIGN §2:
 * part type → how many the player may add; {@code "ops"}: the op kinds the player may use). Against
 * the level's starting design, a design may hold at most the palette's count more parts of a type
 * (a preset counts as its own type: {@code worker}, not {@code goroutine}), none of a type the
 * palette lacks, and no more ops of a kind the palette does not offer than the start holds (the
 * player may move and remove the given ones, and put them back). Ops inside closed presets are the
 * preset's, not the player's, and are not counted.
 *
 * <p>Where the palette offers ops, the editor lets the player open a preset into the plain ops it
 * stands for ({@code OpenPreset}): the part then becomes a plain goroutine, with no trace of the
 * preset it was. So an added plain goroutine beyond the palette's {@code goroutine} count may be an
 * opened preset, and counts against a preset the palette offers and the design does not use; and
 * the ops of the goroutines a design adds are not counted against the op kinds, as an opened
 * preset's ops may be of any kind the preset has. Nothing the editor accepts is refused here.
 *
 * <p>A level without a palette (or with an empty one) sets no limits here: test fixtures and
 * sandbox levels are checked for their design alone.
 */
public final class PaletteCheck {
    private PaletteCheck() {}

    /** What in {@code design} goes beyond {@code palette} (as the loader reads it) over {@code start}. */
    @SuppressWarnings("unchecked")
    public static List<Problem> problems(Map<String, Object> palette, Design start, Design design) {
        List<Problem> out = new ArrayList<>();
        if (palette == null || palette.isEmpty()) {
            return out;
        }
        Map<String, Integer> before = partCounts(start);
        Map<String, List<Part>> now = new LinkedHashMap<>();
        for (Part p : design.parts()) {
            now.computeIfAbsent(type(p), t -> new ArrayList<>()).add(p);
        }
        List<String> ops = palette.get("ops") instanceof List<?> l ? (List<String>) l : List.of();
        // Presets the palette offers that the design leaves unused: each may be here opened.
        int openable = 0;
        if (!ops.isEmpty()) {
            for (Map.Entry<String, Object> e : palette.entrySet()) {
                if (PresetSpec.TYPES.contains(e.getKey()) && e.getValue() instanceof Integer n) {
                    int used = now.getOrDefault(e.getKey(), List.of()).size() - before.getOrDefault(e.getKey(), 0);
                    openable += Math.max(0, n - Math.max(0, used));
                }
            }
        }
        for (Map.Entry<String, List<Part>> e : now.entrySet()) {
            String type = e.getKey();
            int offered = (palette.get(type) instanceof Integer n ? n : 0) + (type.equals("goroutine") ? openable : 0);
            int added = e.getValue().size() - before.getOrDefault(type, 0);
            if (added > offered) {
                Part first = beyond(e.getValue(), start, offered);
                out.add(new Problem(new Locus(first, null, null, -1), offered == 0
                        ? "the level's palette offers no " + type + ", and this design adds " + added
                        : "the level's palette offers " + offered + " " + type + (offered == 1 ? "" : "s")
                                + ", and this design adds " + added));
            }
        }
        Map<String, Integer> startKinds = new LinkedHashMap<>();
        opsByKind(start, start).forEach((k, list) -> startKinds.put(k, list.size()));
        // With presets to open, a goroutine the design adds may be one opened: its ops are the preset's.
        Design startOnly = openable > 0 ? start : null;
        for (Map.Entry<String, List<Found>> e : opsByKind(design, startOnly).entrySet()) {
            String kind = e.getKey();
            int given = startKinds.getOrDefault(kind, 0);
            if (!ops.contains(kind) && e.getValue().size() > given) {
                Found f = e.getValue().get(given);
                out.add(new Problem(new Locus(f.g(), f.op().src() == null ? null : f.op().src().path(), null, -1),
                        f.g().id() + ": the level's palette does not offer " + kind + (ops.isEmpty() ? " (it offers no ops)"
                                : " (it offers " + String.join(", ", ops) + ")") + ", and this design has "
                                + e.getValue().size() + " where the level gives " + given));
            }
        }
        return out;
    }

    /** A part's palette type: a preset's name, or the part's type. */
    static String type(Part p) {
        return p instanceof Part.Goroutine g && g.preset() != null ? g.preset() : p.type();
    }

    private static Map<String, Integer> partCounts(Design d) {
        Map<String, Integer> out = new LinkedHashMap<>();
        d.parts().forEach(p -> out.merge(type(p), 1, Integer::sum));
        return out;
    }

    /** The first part of a type beyond what the palette offers: the one after the first {@code offered} the start lacks. */
    private static Part beyond(List<Part> parts, Design start, int offered) {
        List<Part> added = parts.stream().filter(p -> start.part(p.id()).isEmpty()).toList();
        return added.size() > offered ? added.get(offered) : parts.get(parts.size() - 1);
    }

    private record Found(Part.Goroutine g, Op op) {}

    /**
     * The ops of d's plain goroutines by kind; with {@code only} given, of those goroutines alone
     * that {@code only} has too (the others may be opened presets).
     */
    private static Map<String, List<Found>> opsByKind(Design d, Design only) {
        Map<String, List<Found>> out = new LinkedHashMap<>();
        for (Part.Goroutine g : d.goroutines()) {
            if (g.preset() == null && (only == null || only.part(g.id()).isPresent())) {
                walk(g, g.ops(), out);
            }
        }
        return out;
    }

    private static void walk(Part.Goroutine g, List<Op> ops, Map<String, List<Found>> out) {
        for (Op op : ops) {
            out.computeIfAbsent(op.kind(), k -> new ArrayList<>()).add(new Found(g, op));
            LockedOps.bodies(op).forEach(b -> walk(g, b, out));
        }
    }
}
