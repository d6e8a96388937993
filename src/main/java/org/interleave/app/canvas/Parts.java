package org.interleave.app.canvas;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.interleave.engine.OpText;
import org.interleave.engine.model.Design;
import org.interleave.engine.model.Layout;
import org.interleave.engine.model.Op;
import org.interleave.engine.model.Part;
import org.interleave.level.LockedOps;
import org.interleave.level.PresetSpec;

/** Small, pure operations on parts of a design that the edits share. */
final class Parts {
    /** The name a new part of each palette type starts from. */
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("channel", "ch"), Map.entry("mutex", "mu"), Map.entry("rwmutex", "rw"),
            Map.entry("waitgroup", "wg"), Map.entry("once", "once"), Map.entry("var", "x"),
            Map.entry("atomic", "n"), Map.entry("context", "ctx"), Map.entry("sink", "out"),
            Map.entry("goroutine", "g"), Map.entry("producer", "producer"), Map.entry("worker", "worker"),
            Map.entry("consumer", "consumer"), Map.entry("closer", "closer"));

    private Parts() {}

    /** A new part of a palette type with a fresh name; the first goroutine of a design is main. */
    static Part fresh(String type, Design d, Layout at) throws Refused {
        if (!NAMES.containsKey(type)) {
            throw new Refused("There is no part type '" + type + "'");
        }
        boolean noMain = d.goroutines().stream().noneMatch(g -> g.start() == Part.Start.MAIN);
        String id = type.equals("goroutine") && noMain ? freeName(d, "main") : freeName(d, NAMES.get(type));
        return switch (type) {
            case "channel" -> new Part.Channel(id, 0, false, at);
            case "mutex" -> new Part.Mutex(id, at);
            case "rwmutex" -> new Part.RwMutex(id, at);
            case "waitgroup" -> new Part.WaitGroup(id, at);
            case "once" -> new Part.Once(id, at);
            case "var" -> new Part.Var(id, 0, at);
            case "atomic" -> new Part.Atomic(id, 0, at);
            case "context" -> new Part.Context(id, null, 0, at);
            case "sink" -> new Part.Sink(id, at);
            case "goroutine" -> new Part.Goroutine(id, noMain ? Part.Start.MAIN : Part.Start.AUTO, 1, List.of(), null, at);
            default -> {
                PresetSpec spec = PresetWires.fresh(type, d);
                yield new Part.Goroutine(id, Part.Start.AUTO, 1, spec.lower(), type, at);
            }
        };
    }

    private static String freeName(Design d, String base) {
        if (d.part(base).isEmpty()) {
            return base;
        }
        for (int i = 2; ; i++) {
            if (d.part(base + i).isEmpty()) {
                return base + i;
            }
        }
    }

    static Part find(Design d, String id) throws Refused {
        return d.part(id).orElseThrow(() -> new Refused("There is no part called " + id));
    }

    static void checkUnlocked(Part p, String verb) throws Refused {
        if (p.layout() != null && p.layout().locked()) {
            throw new Refused(p.id() + " is locked: this level does not let it be " + verb);
        }
    }

    /** Refuses to change an op the level locks (DESIGN §3's extension, {@link LockedOps}). */
    static void checkOpUnlocked(Op op, String verb) throws Refused {
        if (LockedOps.locked(op)) {
            throw new Refused(OpText.of(op) + " is locked: this level does not let it be " + verb);
        }
    }

    static Part unlocked(Design d, String id, String verb) throws Refused {
        Part p = find(d, id);
        checkUnlocked(p, verb);
        return p;
    }

    static Part.Goroutine goroutine(Design d, String id) throws Refused {
        if (find(d, id) instanceof Part.Goroutine g) {
            return g;
        }
        throw new Refused(id + " is not a goroutine");
    }

    /** A goroutine whose ops the player may edit one by one: unlocked and not a closed preset. */
    static Part.Goroutine editableOps(Design d, String id) throws Refused {
        Part.Goroutine g = goroutine(d, id);
        checkUnlocked(g, "changed");
        if (PresetSpec.of(g).isPresent()) {
            throw new Refused(id + " is a " + g.preset() + " preset: set its fields, or open it into ops");
        }
        return g;
    }

    static Op op(Part.Goroutine g, String path) throws Refused {
        Op op = OpTree.find(g.ops(), path);
        if (op == null) {
            throw new Refused(g.id() + " has no op at " + path);
        }
        return op;
    }

    static Design replace(Design d, Part old, Part now) {
        List<Part> parts = new ArrayList<>(d.parts());
        parts.set(parts.indexOf(old), now);
        return new Design(parts);
    }

    static Part.Goroutine withOps(Part.Goroutine g, List<Op> ops) {
        return new Part.Goroutine(g.id(), g.start(), g.count(), OpTree.renumber(ops), g.preset(), g.layout());
    }

    /** Who uses part {@code id}: goroutines (with the op) and contexts that name it. */
    static List<String> users(Design d, String id) {
        Set<String> out = new LinkedHashSet<>();
        for (Part p : d.parts()) {
            if (p instanceof Part.Context c && id.equals(c.parent())) {
                out.add(c.id() + " (its parent)");
            }
            if (p instanceof Part.Goroutine g) {
                OpTree.walk(g.ops(), (path, op) -> {
                    if (OpFields.refs(op).stream().anyMatch(r -> id.equals(r.target()))) {
                        out.add(g.id() + " (" + OpText.of(op) + ")");
                    }
                });
            }
        }
        return List.copyOf(out);
    }

    /** The design with part {@code id} called {@code newId}, every reference included. */
    static Design rename(Design d, String id, String newId) {
        List<Part> parts = new ArrayList<>();
        for (Part p : d.parts()) {
            Part q = p.id().equals(id) ? p.withId(newId) : p;
            if (q instanceof Part.Context c && id.equals(c.parent())) {
                q = new Part.Context(c.id(), newId, c.timeout(), c.layout());
            }
            if (q instanceof Part.Goroutine g) {
                List<Op> ops = renameIn(g.ops(), id, newId);
                q = new Part.Goroutine(g.id(), g.start(), g.count(), ops, g.preset(), g.layout());
            }
            parts.add(q);
        }
        return new Design(parts);
    }

    private static List<Op> renameIn(List<Op> ops, String id, String newId) {
        List<Op> out = new ArrayList<>();
        for (Op op : ops) {
            Op q = op;
            for (OpFields.Ref r : OpFields.refs(op)) {
                if (id.equals(r.target())) {
                    q = OpFields.withRef(q, r.field(), newId);
                }
            }
            for (String list : OpTree.lists(q)) {
                q = OpTree.withChildren(q, list, renameIn(OpTree.children(q, list), id, newId));
            }
            out.add(q);
        }
        return out;
    }

    /** A design whose op paths are those the editor addresses (as the loader numbers them). */
    static Design normalized(Design d) {
        if (d == null) {
            return new Design(List.of());
        }
        List<Part> parts = new ArrayList<>();
        for (Part p : d.parts()) {
            parts.add(p instanceof Part.Goroutine g ? Parts.withOps(g, g.ops()) : p);
        }
        return new Design(parts);
    }

}
