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
 * preset it was, whose ops the player may remove, move, rewire and edit, and add to with the op
 * kinds the palette offers. So a plain goroutine may be an opened preset: one the start holds as a
 * preset (same id), or one the design adds, standing for a preset the palette offers and the
 * design does not use otherwise. It counts as that preset, not as a goroutine; of each op kind the
 * palette does not offer, it may hold as many as the preset lowers to at most
 * ({@link PresetSpec#mostOps}) — more count as the player's own, held to the start's. An added
 * plain goroutine counts as an opened preset only where that makes the design keep to the palette
 * (every way of taking the added goroutines for presets is tried); what no way allows is refused.
 * {@link #partsLeft} answers the editor's question, how many more parts of a type may be added, by
 * the same rules.
 *
 * <p>A level without a palette (or with an empty one) sets no limits here: test fixtures and
 * sandbox levels are checked for their design alone.
 */
public final class PaletteCheck {
    /** More ways than this of taking added goroutines for opened presets are not tried. */
    private static final int MOST_WAYS = 4096;

    private PaletteCheck() {}

    /** What in {@code design} goes beyond {@code palette} (as the loader reads it) over {@code start}. */
    @SuppressWarnings("unchecked")
    public static List<Problem> problems(Map<String, Object> palette, Design start, Design design) {
        if (palette == null || palette.isEmpty()) {
            return new ArrayList<>();
        }
        Map<String, Integer> parts = new LinkedHashMap<>();
        palette.forEach((k, v) -> {
            if (v instanceof Integer n) {
                parts.put(k, n);
            }
        });
        List<String> ops = palette.get("ops") instanceof List<?> l ? (List<String>) l : List.of();
        return new Count(parts, ops, start, design).best(Map.of(), true);
    }

    /**
     * How many more parts of {@code type} (a part type or a preset name) the player may add to
     * {@code design} under a palette of {@code parts} counts and {@code ops} kinds: the editor's
     * palette bar, by the rules of {@link #problems}.
     */
    public static int partsLeft(Map<String, Integer> parts, List<String> ops, Design start, Design design, String type) {
        Count c = new Count(parts, ops, start, design);
        int offered = parts.getOrDefault(type, 0);
        int already = c.best(Map.of(), false).size();  // a design loaded from elsewhere may break the palette already
        int left = 0;
        while (left < offered && c.best(Map.of(type, left + 1), false).size() <= already) {
            left++;
        }
        return left;
    }

    /** A part's palette type: a preset's name, or the part's type. */
    static String type(Part p) {
        return p instanceof Part.Goroutine g && g.preset() != null ? g.preset() : p.type();
    }

    private record Found(Part.Goroutine g, Op op) {}

    /** One design counted against one palette. */
    private static final class Count {
        private final Map<String, Integer> palette;
        private final List<String> ops;
        private final Design start;
        private final Design design;
        private final Map<String, Integer> before = new LinkedHashMap<>();
        private final Map<String, Integer> startKinds = new LinkedHashMap<>();
        /** Plain goroutines that are presets of the start, opened: id → preset. */
        private final Map<String, String> openedFromStart = new LinkedHashMap<>();
        /** Plain goroutines the design adds: each may be an opened preset. */
        private final List<Part.Goroutine> added = new ArrayList<>();
        private int ways;

        Count(Map<String, Integer> palette, List<String> ops, Design start, Design design) {
            this.palette = palette;
            this.ops = ops;
            this.start = start;
            this.design = design;
            start.parts().forEach(p -> before.merge(type(p), 1, Integer::sum));
            opsByKind(start, Map.of()).forEach((k, list) -> startKinds.put(k, list.size()));
            boolean opening = !ops.isEmpty();
            for (Part.Goroutine g : design.goroutines()) {
                if (g.preset() != null || !opening) {
                    continue;
                }
                var was = start.part(g.id());
                if (was.isPresent() && was.get() instanceof Part.Goroutine s && s.preset() != null) {
                    openedFromStart.put(g.id(), s.preset());
                } else if (was.isEmpty()) {
                    added.add(g);
                }
            }
        }

        /**
         * The problems of the way of taking added goroutines for opened presets that leaves the
         * fewest (none, if one keeps to the palette), with {@code extra} parts of some types
         * counted as added too; {@code withOps}: count the op kinds too, not only the parts.
         */
        List<Problem> best(Map<String, Integer> extra, boolean withOps) {
            ways = 0;
            Map<String, Integer> free = new LinkedHashMap<>();
            if (!ops.isEmpty()) {
                Map<String, Integer> now = partCounts(Map.of());
                extra.forEach((t, n) -> now.merge(t, n, Integer::sum));
                for (String preset : PresetSpec.TYPES) {
                    int used = now.getOrDefault(preset, 0) - before.getOrDefault(preset, 0);
                    int slots = palette.getOrDefault(preset, 0) - Math.max(0, used);
                    if (slots > 0) {
                        free.put(preset, slots);
                    }
                }
            }
            List<Problem> best = search(0, new LinkedHashMap<>(), free, extra, withOps, null);
            return best == null ? new ArrayList<>() : best;
        }

        private List<Problem> search(int i, Map<String, String> taken, Map<String, Integer> free,
                                     Map<String, Integer> extra, boolean withOps, List<Problem> best) {
            if (best != null && best.isEmpty()) {
                return best;
            }
            if (i == added.size() || ways >= MOST_WAYS) {
                ways++;
                List<Problem> found = problems(taken, extra, withOps);
                return best == null || found.size() < best.size() ? found : best;
            }
            for (Map.Entry<String, Integer> slot : free.entrySet()) {
                if (slot.getValue() > 0) {
                    taken.put(added.get(i).id(), slot.getKey());
                    slot.setValue(slot.getValue() - 1);
                    best = search(i + 1, taken, free, extra, withOps, best);
                    slot.setValue(slot.getValue() + 1);
                    taken.remove(added.get(i).id());
                }
            }
            return search(i + 1, taken, free, extra, withOps, best);
        }

        /** Counts of the design's parts by palette type, opened presets ({@code taken} too) as their preset. */
        private Map<String, Integer> partCounts(Map<String, String> taken) {
            Map<String, Integer> out = new LinkedHashMap<>();
            for (Part p : design.parts()) {
                String preset = taken.getOrDefault(p.id(), openedFromStart.get(p.id()));
                out.merge(p instanceof Part.Goroutine g && g.preset() == null && preset != null ? preset : type(p), 1,
                        Integer::sum);
            }
            return out;
        }

        private List<Problem> problems(Map<String, String> taken, Map<String, Integer> extra, boolean withOps) {
            List<Problem> out = new ArrayList<>();
            Map<String, Integer> now = partCounts(taken);
            extra.forEach((t, n) -> now.merge(t, n, Integer::sum));
            for (Map.Entry<String, Integer> e : now.entrySet()) {
                String type = e.getKey();
                int offered = palette.getOrDefault(type, 0);
                int addedOfType = e.getValue() - before.getOrDefault(type, 0);
                if (addedOfType > offered) {
                    out.add(new Problem(new Locus(beyond(type, taken, offered), null, null, -1), offered == 0
                            ? "the level's palette offers no " + type + ", and this design adds " + addedOfType
                            : "the level's palette offers " + offered + " " + type + (offered == 1 ? "" : "s")
                                    + ", and this design adds " + addedOfType));
                }
            }
            if (!withOps) {
                return out;
            }
            Map<String, String> opened = new LinkedHashMap<>(openedFromStart);
            opened.putAll(taken);
            for (Map.Entry<String, List<Found>> e : opsByKind(design, opened).entrySet()) {
                String kind = e.getKey();
                int given = startKinds.getOrDefault(kind, 0);
                if (!ops.contains(kind) && e.getValue().size() > given) {
                    Found f = e.getValue().get(given);
                    out.add(new Problem(new Locus(f.g(), f.op().src() == null ? null : f.op().src().path(), null, -1),
                            f.g().id() + ": the level's palette does not offer " + kind + (ops.isEmpty()
                                    ? " (it offers no ops)" : " (it offers " + String.join(", ", ops) + ")")
                                    + ", and this design has " + e.getValue().size() + " where the level gives " + given));
                }
            }
            return out;
        }

        /** The first part of a type beyond what the palette offers: the one after the first {@code offered} the start lacks. */
        private Part beyond(String type, Map<String, String> taken, int offered) {
            List<Part> ofType = design.parts().stream().filter(p -> {
                String preset = taken.getOrDefault(p.id(), openedFromStart.get(p.id()));
                return (p instanceof Part.Goroutine g && g.preset() == null && preset != null ? preset : type(p)).equals(type);
            }).toList();
            if (ofType.isEmpty()) {
                return null;
            }
            List<Part> addedOfType = ofType.stream().filter(p -> start.part(p.id()).isEmpty()).toList();
            return addedOfType.size() > offered ? addedOfType.get(offered) : ofType.get(ofType.size() - 1);
        }

        /**
         * The player's own ops of each kind: those of plain goroutines, but for an opened preset
         * ({@code opened}: id → preset) not the first of each kind the palette does not offer, up to
         * as many as the preset holds at most.
         */
        private Map<String, List<Found>> opsByKind(Design d, Map<String, String> opened) {
            Map<String, List<Found>> out = new LinkedHashMap<>();
            for (Part.Goroutine g : d.goroutines()) {
                if (g.preset() != null) {
                    continue;
                }
                Map<String, Integer> presets = new LinkedHashMap<>(opened.containsKey(g.id())
                        ? PresetSpec.mostOps(opened.get(g.id())) : Map.of());
                walk(g, g.ops(), presets, out);
            }
            return out;
        }

        private void walk(Part.Goroutine g, List<Op> list, Map<String, Integer> presets, Map<String, List<Found>> out) {
            for (Op op : list) {
                int preset = ops.contains(op.kind()) ? 0 : presets.getOrDefault(op.kind(), 0);
                if (preset > 0) {
                    presets.put(op.kind(), preset == Integer.MAX_VALUE ? preset : preset - 1);
                } else {
                    out.computeIfAbsent(op.kind(), k -> new ArrayList<>()).add(new Found(g, op));
                }
                LockedOps.bodies(op).forEach(b -> walk(g, b, presets, out));
            }
        }
    }
}
