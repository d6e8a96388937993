package org.interleave.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.interleave.engine.model.Design;
import org.interleave.engine.model.Op;
import org.interleave.engine.model.Part;

/**
 * A validated design prepared for execution: parts by index, the local slots of each goroutine
 * template, and a stable number for every op list (so continuations can be encoded in a state key).
 */
public final class Program {
    private final Design design;
    private final List<Part> parts;
    private final Map<String, Integer> index = new HashMap<>();
    private final Map<String, Map<String, Integer>> localSlots = new HashMap<>();
    private final IdentityHashMap<List<Op>, Integer> listIds = new IdentityHashMap<>();
    private final Part.Goroutine main;

    public Program(Design design) {
        this.design = design;
        this.parts = design.parts();
        for (int i = 0; i < parts.size(); i++) {
            index.putIfAbsent(parts.get(i).id(), i);
        }
        this.main = design.main();
        for (Part.Goroutine g : design.goroutines()) {
            localSlots.put(g.id(), new LinkedHashMap<>());
            if (g.start() == Part.Start.AUTO) {
                slot(g.id(), "id");
            }
        }
        for (Part.Goroutine g : design.goroutines()) {
            collect(g.id(), g.ops());
        }
    }

    public Design design() {
        return design;
    }

    public List<Part> parts() {
        return parts;
    }

    public Part.Goroutine main() {
        return main;
    }

    /** The index of the part with this id; throws for an unknown id (validation prevents it). */
    public int indexOf(String id) {
        Integer i = index.get(id);
        if (i == null) {
            throw new IllegalArgumentException("unknown part '" + id + "'");
        }
        return i;
    }

    public Part part(String id) {
        return parts.get(indexOf(id));
    }

    private Liveness[] liveness;

    /** The live-variable analysis of a goroutine template (by part index), computed on first use. */
    Liveness liveness(int templateIndex, Part.Goroutine template) {
        if (liveness == null) {
            liveness = new Liveness[parts.size()];
        }
        Liveness l = liveness[templateIndex];
        if (l == null) {
            l = new Liveness(template, localSlots.get(template.id()));
            liveness[templateIndex] = l;
        }
        return l;
    }

    private Footprints footprints;

    /** What each goroutine may still touch, for the partial-order reduction; computed on first use. */
    Footprints footprints() {
        if (footprints == null) {
            footprints = new Footprints(this);
        }
        return footprints;
    }

    /** The local slots of a goroutine template, in a fixed order. */
    Map<String, Integer> locals(String template) {
        return localSlots.get(template);
    }

    int listId(List<Op> ops) {
        Integer i = listIds.get(ops);
        if (i == null) {
            i = listIds.size();
            listIds.put(ops, i);
        }
        return i;
    }

    private void slot(String template, String local) {
        if (local != null) {
            Map<String, Integer> m = localSlots.get(template);
            if (m != null) {
                m.putIfAbsent(local, m.size());
            }
        }
    }

    private void collect(String t, List<Op> ops) {
        listId(ops);
        for (Op op : ops) {
            switch (op) {
                case Op.Go g -> g.args().keySet().forEach(a -> slot(g.g(), a));
                case Op.Recv r -> { slot(t, r.to()); slot(t, r.ok()); }
                case Op.Range r -> { slot(t, r.to()); collect(t, r.body()); }
                case Op.Select s -> {
                    for (Op.Case c : s.cases()) {
                        if (c instanceof Op.RecvCase rc) {
                            slot(t, rc.to());
                            slot(t, rc.ok());
                        }
                        collect(t, c.body());
                    }
                    if (s.otherwise() != null) {
                        collect(t, s.otherwise());
                    }
                }
                case Op.OnceDo o -> collect(t, o.body());
                case Op.Read r -> slot(t, r.to());
                case Op.AtomicAdd a -> slot(t, a.to());
                case Op.AtomicLoad a -> slot(t, a.to());
                case Op.AtomicCas a -> slot(t, a.to());
                case Op.Let l -> slot(t, l.to());
                case Op.If i -> { collect(t, i.then()); collect(t, i.otherwise()); }
                case Op.While w -> collect(t, w.body());
                case Op.Repeat r -> { slot(t, r.to()); collect(t, r.body()); }
                case Op.Loop l -> collect(t, l.body());
                default -> { }
            }
        }
    }

    /** All goroutine templates in design order. */
    List<Part.Goroutine> goroutines() {
        return new ArrayList<>(design.goroutines());
    }
}
