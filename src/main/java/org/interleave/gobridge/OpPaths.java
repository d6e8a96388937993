package org.interleave.gobridge;

import java.util.ArrayList;
import java.util.List;
import org.interleave.engine.model.Op;
import org.interleave.engine.model.Src;

/**
 * Gives built ops the paths the level loader would give them ({@code ops[2].do[0]},
 * {@code ops[1].cases[0].do[1]}, {@code ops[3].else[0]}), keeping their source line and column:
 * the engine names an op by its path in steps and findings.
 */
final class OpPaths {
    private OpPaths() {}

    static List<Op> assign(List<Op> ops, String prefix) {
        List<Op> out = new ArrayList<>(ops.size());
        for (int i = 0; i < ops.size(); i++) {
            out.add(assign(ops.get(i), prefix + "[" + i + "]"));
        }
        return out;
    }

    private static Op assign(Op op, String path) {
        Src s = op.src() == null ? Src.of(path) : new Src(path, op.src().line(), op.src().column());
        Op moved = op.withSrc(s);
        return switch (moved) {
            case Op.Range o -> new Op.Range(s, o.ch(), o.to(), assign(o.body(), path + ".do"));
            case Op.Select o -> {
                List<Op.Case> cases = new ArrayList<>();
                for (int c = 0; c < o.cases().size(); c++) {
                    String p = path + ".cases[" + c + "].do";
                    cases.add(switch (o.cases().get(c)) {
                        case Op.RecvCase r -> new Op.RecvCase(r.ch(), r.to(), r.ok(), assign(r.body(), p));
                        case Op.SendCase r -> new Op.SendCase(r.ch(), r.value(), assign(r.body(), p));
                        case Op.AfterCase r -> new Op.AfterCase(r.ticks(), assign(r.body(), p));
                        case Op.DoneCase r -> new Op.DoneCase(r.ctx(), assign(r.body(), p));
                    });
                }
                yield new Op.Select(s, cases, o.otherwise() == null ? null : assign(o.otherwise(), path + ".default"));
            }
            case Op.OnceDo o -> new Op.OnceDo(s, o.once(), assign(o.body(), path + ".do"));
            case Op.If o -> new Op.If(s, o.cond(), assign(o.then(), path + ".then"), assign(o.otherwise(), path + ".else"));
            case Op.While o -> new Op.While(s, o.cond(), assign(o.body(), path + ".do"));
            case Op.Repeat o -> new Op.Repeat(s, o.times(), o.to(), assign(o.body(), path + ".do"));
            case Op.Loop o -> new Op.Loop(s, assign(o.body(), path + ".do"));
            // The ops that hold no ops, listed so that a new op with a body fails to compile here.
            case Op.Go o -> moved;
            case Op.Send o -> moved;
            case Op.Recv o -> moved;
            case Op.Close o -> moved;
            case Op.Lock o -> moved;
            case Op.Unlock o -> moved;
            case Op.RLock o -> moved;
            case Op.RUnlock o -> moved;
            case Op.Add o -> moved;
            case Op.Done o -> moved;
            case Op.Wait o -> moved;
            case Op.Read o -> moved;
            case Op.Write o -> moved;
            case Op.Inc o -> moved;
            case Op.AtomicAdd o -> moved;
            case Op.AtomicLoad o -> moved;
            case Op.AtomicStore o -> moved;
            case Op.AtomicCas o -> moved;
            case Op.Cancel o -> moved;
            case Op.Sleep o -> moved;
            case Op.Work o -> moved;
            case Op.Emit o -> moved;
            case Op.Let o -> moved;
            case Op.Break o -> moved;
            case Op.Continue o -> moved;
            case Op.Return o -> moved;
            case Op.Assert o -> moved;
        };
    }
}
