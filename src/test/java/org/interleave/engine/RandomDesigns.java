package org.interleave.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.interleave.engine.expr.Expr;
import org.interleave.engine.model.Design;
import org.interleave.engine.model.Layout;
import org.interleave.engine.model.Op;
import org.interleave.engine.model.Part;
import org.interleave.engine.model.Src;

/**
 * Random valid designs for property tests: a fixed set of resources and up to four goroutines
 * whose ops are drawn from every kind of visible op (possibly misused: that is the point).
 */
public final class RandomDesigns {
    private RandomDesigns() {}

    static final Expr V = new Expr.Local("v");

    public static Arbitrary<Design> designs() {
        Arbitrary<List<Op>> body = ops(3);
        return Combinators.combine(body, body.list().ofMinSize(0).ofMaxSize(3),
                        Arbitraries.integers().between(0, 2), Arbitraries.integers().between(1, 2))
                .as((mainOps, others, cap, count) -> {
                    List<Part> parts = new ArrayList<>();
                    parts.add(new Part.Channel("ch", cap, false, Layout.NONE));
                    parts.add(new Part.Channel("un", 0, false, Layout.NONE));
                    parts.add(new Part.Mutex("mu", Layout.NONE));
                    parts.add(new Part.RwMutex("rw", Layout.NONE));
                    parts.add(new Part.WaitGroup("wg", Layout.NONE));
                    parts.add(new Part.Once("once", Layout.NONE));
                    parts.add(new Part.Var("x", 0, Layout.NONE));
                    parts.add(new Part.Atomic("n", 0, Layout.NONE));
                    parts.add(new Part.Context("ctx", null, 0, Layout.NONE));
                    parts.add(new Part.Sink("out", Layout.NONE));
                    parts.add(new Part.Goroutine("main", Part.Start.MAIN, 1, withLocal(mainOps), null, Layout.NONE));
                    for (int i = 0; i < others.size(); i++) {
                        parts.add(new Part.Goroutine("g" + i, i == 0 ? Part.Start.SPAWN : Part.Start.AUTO,
                                i == 0 ? 1 : count, withLocal(others.get(i)), null, Layout.NONE));
                    }
                    if (!others.isEmpty()) {
                        List<Op> m = new ArrayList<>(parts.get(10) instanceof Part.Goroutine g ? g.ops() : List.of());
                        m.add(1, new Op.Go(Src.of("ops[1]"), "g0", Map.of()));
                        m.add(2, new Op.Go(Src.of("ops[2]"), "g0", Map.of()));
                        parts.set(10, new Part.Goroutine("main", Part.Start.MAIN, 1, m, null, Layout.NONE));
                    }
                    return new Design(parts);
                });
    }

    private static List<Op> withLocal(List<Op> ops) {
        List<Op> l = new ArrayList<>();
        l.add(new Op.Let(Src.of("ops[0]"), "v", Expr.of(1)));
        l.addAll(ops);
        return l;
    }

    static Arbitrary<List<Op>> ops(int depth) {
        return op(depth).list().ofMinSize(0).ofMaxSize(5);
    }

    static Arbitrary<Op> op(int depth) {
        Src s = Src.of("ops[?]");
        List<Arbitrary<? extends Op>> simple = List.of(
                Arbitraries.of(
                        new Op.Send(s, "ch", V), new Op.Recv(s, "ch", "v", null), new Op.Close(s, "ch"),
                        new Op.Send(s, "un", V), new Op.Recv(s, "un", "v", "ok"),
                        new Op.Lock(s, "mu"), new Op.Unlock(s, "mu"),
                        new Op.RLock(s, "rw"), new Op.RUnlock(s, "rw"), new Op.Lock(s, "rw"), new Op.Unlock(s, "rw"),
                        new Op.Add(s, "wg", Expr.of(1)), new Op.Done(s, "wg"), new Op.Wait(s, "wg"),
                        new Op.Read(s, "x", "v"), new Op.Write(s, "x", V), new Op.Inc(s, "x", Expr.of(1)),
                        new Op.AtomicAdd(s, "n", Expr.of(1), "v"), new Op.AtomicLoad(s, "n", "v"),
                        new Op.AtomicCas(s, "n", Expr.of(0), Expr.of(1), "ok"),
                        new Op.Cancel(s, "ctx"), new Op.Sleep(s, 3), new Op.Emit(s, "out", V),
                        new Op.Work(s, 2)));
        if (depth <= 0) {
            return Arbitraries.oneOf(simple);
        }
        Arbitrary<List<Op>> inner = op(depth - 1).list().ofMinSize(0).ofMaxSize(3);
        Arbitrary<Op> select = Combinators.combine(inner, inner, Arbitraries.of(true, false))
                .as((a, b, dflt) -> new Op.Select(s, List.of(
                        new Op.RecvCase("ch", "v", null, a),
                        new Op.SendCase("un", V, b),
                        new Op.DoneCase("ctx", List.of())), dflt ? List.of() : null));
        Arbitrary<Op> repeat = inner.map(b -> new Op.Repeat(s, Expr.of(2), null, b));
        Arbitrary<Op> once = inner.map(b -> new Op.OnceDo(s, "once", b));
        Arbitrary<Op> loop = inner.map(b -> new Op.Loop(s, b));
        Arbitrary<Op> branch = Combinators.combine(inner, inner).as((a, b) ->
                new Op.If(s, new Expr.Binary(org.interleave.engine.expr.BinaryOp.EQ, V, Expr.of(1)), a, b));
        List<Arbitrary<? extends Op>> all = new ArrayList<>(simple);
        all.add(select);
        all.add(repeat);
        all.add(once);
        all.add(loop);
        all.add(branch);
        return Arbitraries.oneOf(all);
    }
}
