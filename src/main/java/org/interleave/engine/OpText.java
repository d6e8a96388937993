package org.interleave.engine;

import java.util.stream.Collectors;
import org.interleave.engine.expr.Expr;
import org.interleave.engine.expr.ExprPrinter;
import org.interleave.engine.model.Op;

/** Renders ops as the Go line they stand for: {@code jobs <- i}, {@code mu.Lock()}, {@code x := <-results}. */
public final class OpText {
    private OpText() {}

    public static String expr(Expr e) {
        return ExprPrinter.toGo(e);
    }

    /** The Go line for an op (the head line for ops with bodies). */
    public static String of(Op op) {
        return switch (op) {
            case Op.Go g -> "go " + g.g() + "(" + g.args().entrySet().stream()
                    .sorted(java.util.Map.Entry.comparingByKey())
                    .map(e -> e.getKey() + ": " + expr(e.getValue())).collect(Collectors.joining(", ")) + ")";
            case Op.Send s -> s.ch() + " <- " + expr(s.value());
            case Op.Recv r -> assign(r.to(), r.ok()) + "<-" + r.ch();
            case Op.Close c -> "close(" + c.ch() + ")";
            case Op.Range r -> "for " + (r.to() == null ? "" : r.to() + " := ") + "range " + r.ch();
            case Op.Select s -> "select";
            case Op.Lock l -> l.mu() + ".Lock()";
            case Op.Unlock u -> u.mu() + ".Unlock()";
            case Op.RLock l -> l.mu() + ".RLock()";
            case Op.RUnlock u -> u.mu() + ".RUnlock()";
            case Op.Add a -> a.wg() + ".Add(" + expr(a.n()) + ")";
            case Op.Done d -> d.wg() + ".Done()";
            case Op.Wait w -> w.wg() + ".Wait()";
            case Op.OnceDo o -> o.once() + ".Do(func() {...})";
            case Op.Read r -> r.to() + " = " + r.var();
            case Op.Write w -> w.var() + " = " + expr(w.value());
            case Op.Inc i -> i.n() == null || isOne(i.n()) ? i.var() + "++" : i.var() + " += " + expr(i.n());
            case Op.AtomicAdd a -> (a.to() == null ? "" : a.to() + " = ") + a.var() + ".Add(" + expr(a.n()) + ")";
            case Op.AtomicLoad a -> a.to() + " = " + a.var() + ".Load()";
            case Op.AtomicStore a -> a.var() + ".Store(" + expr(a.value()) + ")";
            case Op.AtomicCas a -> (a.to() == null ? "" : a.to() + " = ") + a.var() + ".CompareAndSwap("
                    + expr(a.old()) + ", " + expr(a.replacement()) + ")";
            case Op.Cancel c -> "cancel" + capital(c.ctx()) + "()";
            case Op.Sleep s -> "time.Sleep(" + s.ticks() + ")";
            case Op.Work w -> "work(" + w.ticks() + ")";
            case Op.Emit e -> "fmt.Println(" + expr(e.value()) + ")";
            case Op.Let l -> l.to() + " = " + expr(l.value());
            case Op.If i -> "if " + expr(i.cond());
            case Op.While w -> "for " + expr(w.cond());
            case Op.Repeat r -> "for " + (r.to() == null ? "range " + expr(r.times())
                    : r.to() + " := range " + expr(r.times()));
            case Op.Loop l -> "for";
            case Op.Break b -> "break";
            case Op.Continue c -> "continue";
            case Op.Return r -> "return";
            case Op.Assert a -> "assert(" + expr(a.cond()) + ")";
        };
    }

    /** A select case head: {@code case v := <-results}, {@code case <-time.After(5)}. */
    public static String caseHead(Op.Case c) {
        return switch (c) {
            case Op.RecvCase r -> "case " + assign(r.to(), r.ok()) + "<-" + r.ch();
            case Op.SendCase s -> "case " + s.ch() + " <- " + expr(s.value());
            case Op.AfterCase a -> "case <-time.After(" + a.ticks() + ")";
            case Op.DoneCase d -> "case <-" + d.ctx() + ".Done()";
        };
    }

    private static String assign(String to, String ok) {
        if (to == null && ok == null) {
            return "";
        }
        return (to == null ? "_" : to) + (ok == null ? "" : ", " + ok) + " := ";
    }

    private static boolean isOne(Expr e) {
        return e instanceof Expr.IntLit l && l.value() == 1;
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
