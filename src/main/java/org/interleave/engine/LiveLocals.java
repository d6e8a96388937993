package org.interleave.engine;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import org.interleave.engine.expr.Expr;
import org.interleave.engine.expr.ExprTypes;
import org.interleave.engine.model.Op;
import org.interleave.engine.model.Part;

/**
 * Which locals of a goroutine template may still be read from each position of its ops: a
 * classic backward live-variable analysis over the template's control flow. A state key leaves
 * dead locals out, so two states that differ only in a value nobody will read again share a key
 * (a worker back at the head of its {@code range} no longer remembers its previous job).
 *
 * <p>Positions are (block, index), where a block is an op list's position in the template
 * ({@link Program#blockOps}), never the list object: equal lists, such as every empty body, may
 * be one shared object while what follows them differs. Index {@code size} is the end of the
 * block, and index -1 of a range body is the range's head (its receive). Every block belongs to
 * exactly one op, so where control goes at its end is static and the analysis is exact for the
 * whole continuation of a goroutine.
 */
final class LiveLocals {
    private final Program program;
    private final Map<String, Integer> slots;
    /** Per block (null for blocks of other templates): the live set before each op and at the end. */
    private final BitSet[][] live;
    /** Per range-body block: the live set at the range's head (its receive). */
    private final BitSet[] rangeHead;
    private final Op.Range[] rangeOwner;
    private final Context[] context;
    private final List<Integer> blocks = new ArrayList<>();

    /** Where control goes at the end of a block, and the targets of break, continue and return. */
    private record Context(Position end, Position breakTo, Position continueTo, Position returnTo) {}

    /** A position: index in a block (-1: the head of a range whose body is the block); block -1 = exit. */
    private record Position(int block, int index) {
        static final Position EXIT = new Position(-1, 0);
    }

    LiveLocals(Program program, Part.Goroutine template, Map<String, Integer> slots) {
        this.program = program;
        this.slots = slots;
        int n = program.blockCount();
        this.live = new BitSet[n][];
        this.rangeHead = new BitSet[n];
        this.rangeOwner = new Op.Range[n];
        this.context = new Context[n];
        build(program.rootBlock(template.id()), new Context(Position.EXIT, null, null, Position.EXIT));
        solve();
    }

    /** The locals that may be read from position (block, index) on. */
    BitSet at(int block, int index) {
        if (index < 0) {
            return rangeHead[block];
        }
        BitSet[] l = live[block];
        return l == null ? null : l[Math.min(index, l.length - 1)];
    }

    private void build(int block, Context ctx) {
        List<Op> ops = program.blockOps(block);
        context[block] = ctx;
        blocks.add(block);
        BitSet[] sets = new BitSet[ops.size() + 1];
        for (int i = 0; i < sets.length; i++) {
            sets[i] = new BitSet();
        }
        live[block] = sets;
        for (int i = 0; i < ops.size(); i++) {
            Position after = new Position(block, i + 1);
            Position here = new Position(block, i);
            int[] kids = program.bodyBlocks(block, i);
            Op op = ops.get(i);
            switch (op) {
                case Op.If x -> {
                    for (int k : kids) {
                        build(k, new Context(after, ctx.breakTo, ctx.continueTo, ctx.returnTo));
                    }
                }
                case Op.While x -> build(kids[0], new Context(here, after, here, ctx.returnTo));
                case Op.Repeat x -> build(kids[0], new Context(here, after, here, ctx.returnTo));
                case Op.Loop x -> {
                    Position top = new Position(kids[0], 0);
                    build(kids[0], new Context(top, after, top, ctx.returnTo));
                }
                case Op.Range x -> {
                    rangeHead[kids[0]] = new BitSet();
                    rangeOwner[kids[0]] = x;
                    Position head = new Position(kids[0], -1);
                    build(kids[0], new Context(head, after, head, ctx.returnTo));
                }
                case Op.Select x -> {
                    for (int k : kids) {
                        build(k, new Context(after, after, ctx.continueTo, ctx.returnTo));
                    }
                }
                case Op.OnceDo x -> build(kids[0], new Context(after, null, null, after));
                case Op.Go unused -> { }
                case Op.Send unused -> { }
                case Op.Recv unused -> { }
                case Op.Close unused -> { }
                case Op.Lock unused -> { }
                case Op.Unlock unused -> { }
                case Op.RLock unused -> { }
                case Op.RUnlock unused -> { }
                case Op.Add unused -> { }
                case Op.Done unused -> { }
                case Op.Wait unused -> { }
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
                case Op.Break unused -> { }
                case Op.Continue unused -> { }
                case Op.Return unused -> { }
                case Op.Assert unused -> { }
            }
        }
    }

    private BitSet get(Position p) {
        if (p == null || p.block() < 0) {
            return new BitSet();
        }
        return p.index() < 0 ? rangeHead[p.block()] : live[p.block()][p.index()];
    }

    private void solve() {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int bi = blocks.size() - 1; bi >= 0; bi--) {
                int block = blocks.get(bi);
                List<Op> ops = program.blockOps(block);
                Context ctx = context[block];
                BitSet[] sets = live[block];
                changed |= update(sets[ops.size()], get(ctx.end()));
                for (int i = ops.size() - 1; i >= 0; i--) {
                    changed |= update(sets[i], transfer(ops.get(i), program.bodyBlocks(block, i),
                            get(new Position(block, i + 1)), ctx));
                }
                BitSet head = rangeHead[block];
                if (head != null) {
                    // The range's head: receive into `to` and run the body, or leave the loop.
                    BitSet in = (BitSet) sets[0].clone();
                    clear(in, rangeOwner[block].to());
                    in.or(get(ctx.breakTo()));
                    changed |= update(head, in);
                }
            }
        }
    }

    private BitSet transfer(Op op, int[] kids, BitSet out, Context ctx) {
        BitSet in = (BitSet) out.clone();
        switch (op) {
            case Op.Let x -> { clear(in, x.to()); use(in, x.value()); }
            case Op.If x -> { in = first(kids[0]); in.or(first(kids[1])); use(in, x.cond()); }
            case Op.While x -> { in.or(first(kids[0])); use(in, x.cond()); }
            case Op.Repeat x -> {
                BitSet body = first(kids[0]);
                clear(body, x.to());
                in.or(body);
                use(in, x.times());
            }
            case Op.Loop x -> in = first(kids[0]);
            case Op.Range x -> in = (BitSet) rangeHead[kids[0]].clone();
            case Op.Select x -> {
                in = new BitSet();
                for (int k = 0; k < x.cases().size(); k++) {
                    Op.Case c = x.cases().get(k);
                    BitSet b = first(kids[k]);
                    switch (c) {
                        case Op.RecvCase r -> { clear(b, r.to()); clear(b, r.ok()); }
                        case Op.SendCase s -> use(b, s.value());
                        case Op.DoneCase unused -> { }
                        case Op.AfterCase unused -> { }
                    }
                    in.or(b);
                }
                if (x.otherwise() != null) {
                    in.or(first(kids[x.cases().size()]));
                }
            }
            case Op.OnceDo x -> in.or(first(kids[0]));
            case Op.Break x -> in = get(ctx.breakTo());
            case Op.Continue x -> in = get(ctx.continueTo());
            case Op.Return x -> in = get(ctx.returnTo());
            case Op.Go x -> {
                for (Expr e : x.args().values()) {
                    use(in, e);
                }
            }
            case Op.Send x -> use(in, x.value());
            case Op.Recv x -> { clear(in, x.to()); clear(in, x.ok()); }
            case Op.Write x -> use(in, x.value());
            case Op.Read x -> clear(in, x.to());
            case Op.Inc x -> use(in, x.n());
            case Op.Add x -> use(in, x.n());
            case Op.AtomicAdd x -> { clear(in, x.to()); use(in, x.n()); }
            case Op.AtomicLoad x -> clear(in, x.to());
            case Op.AtomicStore x -> use(in, x.value());
            case Op.AtomicCas x -> { clear(in, x.to()); use(in, x.old()); use(in, x.replacement()); }
            case Op.Emit x -> use(in, x.value());
            case Op.Assert x -> use(in, x.cond());
            case Op.Close unused -> { }
            case Op.Lock unused -> { }
            case Op.Unlock unused -> { }
            case Op.RLock unused -> { }
            case Op.RUnlock unused -> { }
            case Op.Done unused -> { }
            case Op.Wait unused -> { }
            case Op.Cancel unused -> { }
            case Op.Sleep unused -> { }
            case Op.Work unused -> { }
        }
        return in;
    }

    private BitSet first(int block) {
        return (BitSet) live[block][0].clone();
    }

    private void use(BitSet s, Expr e) {
        if (e != null) {
            for (String local : ExprTypes.locals(e)) {
                Integer i = slots.get(local);
                if (i != null) {
                    s.set(i);
                }
            }
        }
    }

    private void clear(BitSet s, String local) {
        if (local != null) {
            Integer i = slots.get(local);
            if (i != null) {
                s.clear(i);
            }
        }
    }

    private static boolean update(BitSet target, BitSet value) {
        if (target.equals(value)) {
            return false;
        }
        target.clear();
        target.or(value);
        return true;
    }
}
