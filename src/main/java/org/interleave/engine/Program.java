package org.interleave.engine;

import java.util.ArrayList;
import java.util.HashMap;
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
    /**
     * The same, by string identity, for every id string the parts and ops hold: a search looks
     * part ids up millions of times, always with those very strings, and finds them here without
     * comparing characters. Filled in the constructor and only read after.
     */
    private final java.util.IdentityHashMap<String, Integer> byIdentity = new java.util.IdentityHashMap<>();
    private final Map<String, Map<String, Integer>> localSlots = new HashMap<>();
    /**
     * Every op list of every template, numbered by its position (block): a continuation names
     * the block it is in, never the list object, because equal lists may be one shared object
     * (every empty body is {@code List.of()}) while their positions, and so their futures, differ.
     */
    private final List<List<Op>> blockOps = new ArrayList<>();
    /** {@link #blockOps} as arrays, by block. */
    private final List<Op[]> blockCode = new ArrayList<>();
    /** For each block, for each op in it, the blocks of that op's bodies in {@link #bodies} order. */
    private final List<int[][]> blockBodies = new ArrayList<>();
    private final Map<String, Integer> rootBlocks = new HashMap<>();
    private final Part.Goroutine main;
    /** Whether some template has several instances from the start ({@code count} above 1). */
    final boolean countedTwins;
    /** The parts that have a resource (all but goroutine templates): the only ones a key reads. */
    final int[] resourceParts;
    /** The templates some {@code go} starts: the only ones whose count of starts can be above 0. */
    final int[] spawnTargets;

    public Program(Design design) {
        this.design = design;
        this.parts = design.parts();
        for (int i = 0; i < parts.size(); i++) {
            index.putIfAbsent(parts.get(i).id(), i);
        }
        this.main = design.main();
        this.countedTwins = design.goroutines().stream().anyMatch(g -> g.count() > 1);
        for (Part.Goroutine g : design.goroutines()) {
            localSlots.put(g.id(), new LinkedHashMap<>());
            if (g.start() == Part.Start.AUTO) {
                slot(g.id(), "id");
            }
        }
        for (Part.Goroutine g : design.goroutines()) {
            collect(g.id(), g.ops());
        }
        for (Part.Goroutine g : design.goroutines()) {
            rootBlocks.put(g.id(), block(g.ops()));
        }
        for (Part p : parts) {
            remember(p.id());
        }
        partsOfOps();
        this.resourceParts = java.util.stream.IntStream.range(0, parts.size())
                .filter(i -> !(parts.get(i) instanceof Part.Goroutine)).toArray();
        this.spawnTargets = blockOps.stream().flatMap(List::stream)
                .mapToInt(op -> op instanceof Op.Go go ? indexOf(go.g()) : -1).filter(i -> i >= 0).distinct().sorted().toArray();
        for (List<Op> ops : blockOps) {
            for (Op op : ops) {
                remember(Blocking.partOf(op));
                switch (op) {
                    case Op.Go x -> remember(x.g());
                    case Op.Select x -> {
                        for (Op.Case c : x.cases()) {
                            switch (c) {
                                case Op.RecvCase r -> remember(r.ch());
                                case Op.SendCase r -> remember(r.ch());
                                case Op.DoneCase r -> remember(r.ctx());
                                case Op.AfterCase unused -> { }
                            }
                        }
                    }
                    // Every other op names its part, if any, where Blocking.partOf finds it.
                    case Op.Send unused -> { }
                    case Op.Recv unused -> { }
                    case Op.Close unused -> { }
                    case Op.Range unused -> { }
                    case Op.Lock unused -> { }
                    case Op.Unlock unused -> { }
                    case Op.RLock unused -> { }
                    case Op.RUnlock unused -> { }
                    case Op.Add unused -> { }
                    case Op.Done unused -> { }
                    case Op.Wait unused -> { }
                    case Op.OnceDo unused -> { }
                    case Op.Read unused -> { }
                    case Op.Write unused -> { }
                    case Op.Inc unused -> { }
                    case Op.AtomicAdd unused -> { }
                    case Op.AtomicLoad unused -> { }
                    case Op.AtomicStore unused -> { }
                    case Op.AtomicCas unused -> { }
                    case Op.Cancel unused -> { }
                    case Op.Sleep unused -> { }
                    case Op.Work unused -> { }
                    case Op.Emit unused -> { }
                    case Op.Let unused -> { }
                    case Op.If unused -> { }
                    case Op.While unused -> { }
                    case Op.Repeat unused -> { }
                    case Op.Loop unused -> { }
                    case Op.Break unused -> { }
                    case Op.Continue unused -> { }
                    case Op.Return unused -> { }
                    case Op.Assert unused -> { }
                }
            }
        }
    }

    /** Notes the string instance id for {@link #indexOf}, when it names a part. */
    /** By block, by op: the part the op works on ({@link Blocking#partOf}), or -1. */
    private int[][] blockParts;
    /** By block: the part of the op whose body the block is, or -1 (a template's own ops). */
    private int[] ownerParts;

    private void partsOfOps() {
        blockParts = new int[blockOps.size()][];
        ownerParts = new int[blockOps.size()];
        java.util.Arrays.fill(ownerParts, -1);
        for (int b = 0; b < blockOps.size(); b++) {
            List<Op> ops = blockOps.get(b);
            blockParts[b] = new int[ops.size()];
            for (int i = 0; i < ops.size(); i++) {
                String id = Blocking.partOf(ops.get(i));
                Integer p = id == null ? null : index.get(id);
                blockParts[b][i] = p == null ? -1 : p;
            }
        }
        for (int b = 0; b < blockOps.size(); b++) {
            for (int i = 0; i < blockBodies.get(b).length; i++) {
                for (int kid : blockBodies.get(b)[i]) {
                    ownerParts[kid] = blockParts[b][i];
                }
            }
        }
    }

    /** The part op {@code pc} of a block works on ({@link Blocking#partOf}), or -1. */
    int partAt(int block, int pc) {
        return blockParts[block][pc];
    }

    /** The part of the op whose body a block is (a range's channel for its body), or -1. */
    int ownerPart(int block) {
        return ownerParts[block];
    }

    private void remember(String id) {
        Integer i = id == null ? null : index.get(id);
        if (i != null) {
            byIdentity.put(id, i);
        }
    }

    /** The nested op lists of an op, in a fixed order: then/else, a loop's body, select cases then default. */
    static List<List<Op>> bodies(Op op) {
        return switch (op) {
            case Op.If x -> List.of(x.then(), x.otherwise());
            case Op.While x -> List.of(x.body());
            case Op.Repeat x -> List.of(x.body());
            case Op.Loop x -> List.of(x.body());
            case Op.Range x -> List.of(x.body());
            case Op.OnceDo x -> List.of(x.body());
            case Op.Select x -> {
                List<List<Op>> out = new ArrayList<>();
                for (Op.Case c : x.cases()) {
                    out.add(c.body());
                }
                if (x.otherwise() != null) {
                    out.add(x.otherwise());
                }
                yield out;
            }
            case Op.Go x -> List.of();
            case Op.Send x -> List.of();
            case Op.Recv x -> List.of();
            case Op.Close x -> List.of();
            case Op.Lock x -> List.of();
            case Op.Unlock x -> List.of();
            case Op.RLock x -> List.of();
            case Op.RUnlock x -> List.of();
            case Op.Add x -> List.of();
            case Op.Done x -> List.of();
            case Op.Wait x -> List.of();
            case Op.Read x -> List.of();
            case Op.Write x -> List.of();
            case Op.Inc x -> List.of();
            case Op.AtomicAdd x -> List.of();
            case Op.AtomicLoad x -> List.of();
            case Op.AtomicStore x -> List.of();
            case Op.AtomicCas x -> List.of();
            case Op.Cancel x -> List.of();
            case Op.Sleep x -> List.of();
            case Op.Work x -> List.of();
            case Op.Emit x -> List.of();
            case Op.Let x -> List.of();
            case Op.Break x -> List.of();
            case Op.Continue x -> List.of();
            case Op.Return x -> List.of();
            case Op.Assert x -> List.of();
        };
    }

    private int block(List<Op> ops) {
        int b = blockOps.size();
        blockOps.add(ops);
        blockCode.add(ops.toArray(Op[]::new));
        int[][] kids = new int[ops.size()][];
        blockBodies.add(kids);
        for (int i = 0; i < ops.size(); i++) {
            List<List<Op>> bodies = bodies(ops.get(i));
            kids[i] = new int[bodies.size()];
            for (int k = 0; k < bodies.size(); k++) {
                kids[i][k] = block(bodies.get(k));
            }
        }
        return b;
    }

    private ObservedParts observes;

    /**
     * The parts whose value a goroutine of this template (by part index), or any goroutine it
     * may start, may still observe ({@link ObservedParts}); worked out on first use.
     */
    java.util.BitSet observes(int templateIndex) {
        return observedParts().of(templateIndex);
    }

    /** {@link #observes} as words: bit i of word i / 64 is part i. */
    long[] observesWords(int templateIndex) {
        return observedParts().wordsOf(templateIndex);
    }

    private ObservedParts observedParts() {
        ObservedParts o = observes;
        if (o == null) {
            o = new ObservedParts(this);
            observes = o;
        }
        return o;
    }

    /** The block of a template's top-level ops. */
    int rootBlock(String template) {
        return rootBlocks.get(template);
    }

    /** The op list at a block. */
    List<Op> blockOps(int block) {
        return blockOps.get(block);
    }

    /** The op list at a block, as an array (to read only). */
    Op[] blockCode(int block) {
        return blockCode.get(block);
    }

    /** How many blocks (op-list positions) the program has. */
    int blockCount() {
        return blockOps.size();
    }

    /** The blocks of the bodies of op {@code index} of a block, in {@link #bodies} order. */
    int[] bodyBlocks(int block, int index) {
        return blockBodies.get(block)[index];
    }

    /**
     * The block of the body {@code ops} of op {@code index} of a block. Two bodies of one op that
     * are the same object (two empty ones) share what follows them, so either block will do.
     */
    int bodyBlock(int block, int index, List<Op> ops) {
        int[] kids = blockBodies.get(block)[index];
        for (int k : kids) {
            if (blockOps.get(k) == ops) {
                return k;
            }
        }
        throw new IllegalStateException("op list is not a body of op " + index + " of block " + block);
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
        Integer i = byIdentity.get(id);
        if (i != null) {
            return i;
        }
        i = index.get(id);
        if (i == null) {
            throw new IllegalArgumentException("unknown part '" + id + "'");
        }
        return i;
    }

    public Part part(String id) {
        return parts.get(indexOf(id));
    }

    private LiveLocals[] liveLocals;

    /** The live-variable analysis of a goroutine template (by part index), computed on first use. */
    LiveLocals liveLocals(int templateIndex, Part.Goroutine template) {
        if (liveLocals == null) {
            liveLocals = new LiveLocals[parts.size()];
        }
        LiveLocals l = liveLocals[templateIndex];
        if (l == null) {
            l = new LiveLocals(this, template, localSlots.get(template.id()));
            liveLocals[templateIndex] = l;
        }
        return l;
    }

    private Footprints footprints;
    private boolean warm;

    /**
     * Computes every table this program otherwise computes on first use, in a fixed order, so
     * that searches on several threads only ever read them (and read the same values whatever
     * order the threads would have asked in).
     */
    public synchronized void warm() {
        if (warm) {
            return;
        }
        if (!parts.isEmpty()) {
            observes(0);
        }
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i) instanceof Part.Goroutine g) {
                liveLocals(i, g);
            }
        }
        for (List<Op> ops : blockOps) {
            for (Op op : ops) {
                if (op instanceof Op.Select x) {
                    mayPark(x);
                }
            }
        }
        footprints().warm(blockOps);
        warm = true;
    }

    /** What each goroutine may still touch, for the partial-order reduction; computed on first use. */
    Footprints footprints() {
        if (footprints == null) {
            footprints = new Footprints(this);
            persistentSets = new PersistentSets(footprints);
        }
        return footprints;
    }

    private PersistentSets persistentSets;

    /** The persistent-set search of the partial-order reduction, over {@link #footprints()}. */
    PersistentSets persistentSets() {
        footprints();
        return persistentSets;
    }

    private final java.util.IdentityHashMap<Op.Select, Boolean> mayPark = new java.util.IdentityHashMap<>();

    /**
     * Whether it matters if a goroutine at this select may have parked: a select without default
     * with an {@code after} case (its timer fires only then) or a case on an unbuffered, non-nil
     * channel (a partner may pair with it only then). Elsewhere the bit is kept clear, so it
     * splits no states.
     */
    boolean mayPark(Op.Select s) {
        Boolean b = mayPark.get(s);
        if (b == null) {
            b = !s.hasDefault() && s.cases().stream().anyMatch(c -> switch (c) {
                case Op.AfterCase a -> true;
                case Op.RecvCase r -> handOffChannel(r.ch());
                case Op.SendCase x -> handOffChannel(x.ch());
                case Op.DoneCase d -> false;
            });
            mayPark.put(s, b);
        }
        return b;
    }

    private boolean handOffChannel(String ch) {
        return part(ch) instanceof Part.Channel c && c.cap() == 0 && !c.nil();
    }

    /** The local slots of a goroutine template, in a fixed order. */
    Map<String, Integer> locals(String template) {
        return localSlots.get(template);
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
                case Op.Send unused -> { }
                case Op.Close unused -> { }
                case Op.Lock unused -> { }
                case Op.Unlock unused -> { }
                case Op.RLock unused -> { }
                case Op.RUnlock unused -> { }
                case Op.Add unused -> { }
                case Op.Done unused -> { }
                case Op.Wait unused -> { }
                case Op.Write unused -> { }
                case Op.Inc unused -> { }
                case Op.AtomicStore unused -> { }
                case Op.Cancel unused -> { }
                case Op.Sleep unused -> { }
                case Op.Work unused -> { }
                case Op.Emit unused -> { }
                case Op.Break unused -> { }
                case Op.Continue unused -> { }
                case Op.Return unused -> { }
                case Op.Assert unused -> { }
            }
        }
    }

    /** All goroutine templates in design order. */
    List<Part.Goroutine> goroutines() {
        return new ArrayList<>(design.goroutines());
    }
}
