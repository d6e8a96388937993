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
        return switch (op) {
            case Op.Go o -> new Op.Go(s, o.g(), o.args());
            case Op.Send o -> new Op.Send(s, o.ch(), o.value());
            case Op.Recv o -> new Op.Recv(s, o.ch(), o.to(), o.ok());
            case Op.Close o -> new Op.Close(s, o.ch());
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
            case Op.Lock o -> new Op.Lock(s, o.mu());
            case Op.Unlock o -> new Op.Unlock(s, o.mu());
            case Op.RLock o -> new Op.RLock(s, o.mu());
            case Op.RUnlock o -> new Op.RUnlock(s, o.mu());
            case Op.Add o -> new Op.Add(s, o.wg(), o.n());
            case Op.Done o -> new Op.Done(s, o.wg());
            case Op.Wait o -> new Op.Wait(s, o.wg());
            case Op.OnceDo o -> new Op.OnceDo(s, o.once(), assign(o.body(), path + ".do"));
            case Op.Read o -> new Op.Read(s, o.var(), o.to());
            case Op.Write o -> new Op.Write(s, o.var(), o.value());
            case Op.Inc o -> new Op.Inc(s, o.var(), o.n());
            case Op.AtomicAdd o -> new Op.AtomicAdd(s, o.var(), o.n(), o.to());
            case Op.AtomicLoad o -> new Op.AtomicLoad(s, o.var(), o.to());
            case Op.AtomicStore o -> new Op.AtomicStore(s, o.var(), o.value());
            case Op.AtomicCas o -> new Op.AtomicCas(s, o.var(), o.old(), o.replacement(), o.to());
            case Op.Cancel o -> new Op.Cancel(s, o.ctx());
            case Op.Sleep o -> new Op.Sleep(s, o.ticks());
            case Op.Work o -> new Op.Work(s, o.ticks());
            case Op.Emit o -> new Op.Emit(s, o.sink(), o.value());
            case Op.Let o -> new Op.Let(s, o.to(), o.value());
            case Op.If o -> new Op.If(s, o.cond(), assign(o.then(), path + ".then"), assign(o.otherwise(), path + ".else"));
            case Op.While o -> new Op.While(s, o.cond(), assign(o.body(), path + ".do"));
            case Op.Repeat o -> new Op.Repeat(s, o.times(), o.to(), assign(o.body(), path + ".do"));
            case Op.Loop o -> new Op.Loop(s, assign(o.body(), path + ".do"));
            case Op.Break o -> new Op.Break(s);
            case Op.Continue o -> new Op.Continue(s);
            case Op.Return o -> new Op.Return(s);
            case Op.Assert o -> new Op.Assert(s, o.cond(), o.message());
        };
    }
}
