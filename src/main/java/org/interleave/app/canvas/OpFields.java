package org.interleave.app.canvas;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.interleave.engine.expr.Expr;
import org.interleave.engine.expr.ExprException;
import org.interleave.engine.expr.ExprParser;
import org.interleave.engine.expr.ExprPrinter;
import org.interleave.engine.model.Design;
import org.interleave.engine.model.Op;
import org.interleave.engine.model.Part;
import org.interleave.engine.model.Src;

/**
 * The fields of ops as the editor sees them: references to parts (the wires), and the values a
 * player types (expressions, locals, ticks); how to change one, and what a new op starts with.
 */
final class OpFields {
    /** Every op kind, in the order the op menu lists them. */
    static final List<String> KINDS = List.of("send", "recv", "close", "range", "select",
            "lock", "unlock", "rlock", "runlock", "add", "done", "wait", "once",
            "read", "write", "inc", "atomic.add", "atomic.load", "atomic.store", "atomic.cas",
            "go", "cancel", "sleep", "work", "emit", "let", "if", "while", "repeat", "loop",
            "break", "continue", "return", "assert");

    /** What each op kind's entry in the "+ Add op" menu says: the Go it stands for, and what it does. */
    static final java.util.Map<String, String> MENU_LABELS = java.util.Map.ofEntries(
            java.util.Map.entry("send", "ch <- v   send on a channel"),
            java.util.Map.entry("recv", "v := <-ch   receive from a channel"),
            java.util.Map.entry("close", "close(ch)   close a channel"),
            java.util.Map.entry("range", "for v := range ch   receive until closed"),
            java.util.Map.entry("select", "select { … }   wait on several channels"),
            java.util.Map.entry("lock", "mu.Lock()   lock a mutex"),
            java.util.Map.entry("unlock", "mu.Unlock()   unlock a mutex"),
            java.util.Map.entry("rlock", "mu.RLock()   take a read lock"),
            java.util.Map.entry("runlock", "mu.RUnlock()   release a read lock"),
            java.util.Map.entry("add", "wg.Add(n)   add to a WaitGroup's counter"),
            java.util.Map.entry("done", "wg.Done()   take one from the counter"),
            java.util.Map.entry("wait", "wg.Wait()   wait for the counter to reach 0"),
            java.util.Map.entry("once", "once.Do(…)   run a body only once"),
            java.util.Map.entry("read", "v := x   read a shared variable"),
            java.util.Map.entry("write", "x = v   write a shared variable"),
            java.util.Map.entry("inc", "x++   increment: a read, then a write"),
            java.util.Map.entry("atomic.add", "x.Add(n)   atomic add"),
            java.util.Map.entry("atomic.load", "x.Load()   atomic read"),
            java.util.Map.entry("atomic.store", "x.Store(v)   atomic write"),
            java.util.Map.entry("atomic.cas", "x.CompareAndSwap(old, new)   atomic compare-and-swap"),
            java.util.Map.entry("go", "go f()   start a goroutine"),
            java.util.Map.entry("cancel", "cancel()   cancel a context"),
            java.util.Map.entry("sleep", "time.Sleep(t)   sleep"),
            java.util.Map.entry("work", "work(t)   compute for t ticks"),
            java.util.Map.entry("emit", "fmt.Println(v)   print to an output"),
            java.util.Map.entry("let", "v := expr   set a local"),
            java.util.Map.entry("if", "if cond { … } else { … }"),
            java.util.Map.entry("while", "for cond { … }   loop while true"),
            java.util.Map.entry("repeat", "for i := 0; i < n; i++ { … }"),
            java.util.Map.entry("loop", "for { … }   loop forever"),
            java.util.Map.entry("break", "break   leave the loop or select"),
            java.util.Map.entry("continue", "continue   next round of the loop"),
            java.util.Map.entry("return", "return   end the goroutine"),
            java.util.Map.entry("assert", "assert(cond)   a claim that must always hold"));

    private static final Pattern LOCAL = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private OpFields() {}

    /** A reference from an op (or one of its select cases: field {@code cases[1]}) to a part. */
    record Ref(String field, String target, Need need) {}

    /** What a typed field holds. */
    enum Type { EXPR, LOCAL, TICKS, TEXT }

    /** A field the player types, with its current text ("" when absent). */
    record Field(String name, Type type, String text, boolean optional) {}


    /** The part references of an op itself (not of the ops in its bodies). */
    static List<Ref> refs(Op op) {
        return switch (op) {
            case Op.Go o -> List.of(new Ref("g", o.g(), Need.SPAWN));
            case Op.Send o -> List.of(new Ref("ch", o.ch(), Need.CHANNEL));
            case Op.Recv o -> List.of(new Ref("ch", o.ch(), Need.CHANNEL));
            case Op.Close o -> List.of(new Ref("ch", o.ch(), Need.CHANNEL));
            case Op.Range o -> List.of(new Ref("ch", o.ch(), Need.CHANNEL));
            case Op.Select o -> {
                List<Ref> out = new ArrayList<>();
                for (int i = 0; i < o.cases().size(); i++) {
                    switch (o.cases().get(i)) {
                        case Op.RecvCase c -> out.add(new Ref("cases[" + i + "]", c.ch(), Need.CHANNEL));
                        case Op.SendCase c -> out.add(new Ref("cases[" + i + "]", c.ch(), Need.CHANNEL));
                        case Op.DoneCase c -> out.add(new Ref("cases[" + i + "]", c.ctx(), Need.CONTEXT));
                        case Op.AfterCase c -> { }
                    }
                }
                yield out;
            }
            case Op.Lock o -> List.of(new Ref("mu", o.mu(), Need.ANY_MUTEX));
            case Op.Unlock o -> List.of(new Ref("mu", o.mu(), Need.ANY_MUTEX));
            case Op.RLock o -> List.of(new Ref("mu", o.mu(), Need.RWMUTEX));
            case Op.RUnlock o -> List.of(new Ref("mu", o.mu(), Need.RWMUTEX));
            case Op.Add o -> List.of(new Ref("wg", o.wg(), Need.WAITGROUP));
            case Op.Done o -> List.of(new Ref("wg", o.wg(), Need.WAITGROUP));
            case Op.Wait o -> List.of(new Ref("wg", o.wg(), Need.WAITGROUP));
            case Op.OnceDo o -> List.of(new Ref("once", o.once(), Need.ONCE));
            case Op.Read o -> List.of(new Ref("var", o.var(), Need.VAR));
            case Op.Write o -> List.of(new Ref("var", o.var(), Need.VAR));
            case Op.Inc o -> List.of(new Ref("var", o.var(), Need.VAR));
            case Op.AtomicAdd o -> List.of(new Ref("var", o.var(), Need.ATOMIC));
            case Op.AtomicLoad o -> List.of(new Ref("var", o.var(), Need.ATOMIC));
            case Op.AtomicStore o -> List.of(new Ref("var", o.var(), Need.ATOMIC));
            case Op.AtomicCas o -> List.of(new Ref("var", o.var(), Need.ATOMIC));
            case Op.Cancel o -> List.of(new Ref("ctx", o.ctx(), Need.CONTEXT));
            case Op.Emit o -> List.of(new Ref("sink", o.sink(), Need.SINK));
            default -> List.of();
        };
    }

    /** The op with the reference {@code field} pointing at {@code target}. */
    static Op withRef(Op op, String field, String t) {
        return switch (op) {
            case Op.Go o -> new Op.Go(o.src(), t, o.args());
            case Op.Send o -> new Op.Send(o.src(), t, o.value());
            case Op.Recv o -> new Op.Recv(o.src(), t, o.to(), o.ok());
            case Op.Close o -> new Op.Close(o.src(), t);
            case Op.Range o -> new Op.Range(o.src(), t, o.to(), o.body());
            case Op.Select o -> {
                int i = Integer.parseInt(field.substring("cases[".length(), field.length() - 1));
                List<Op.Case> cases = new ArrayList<>(o.cases());
                cases.set(i, switch (cases.get(i)) {
                    case Op.RecvCase c -> new Op.RecvCase(t, c.to(), c.ok(), c.body());
                    case Op.SendCase c -> new Op.SendCase(t, c.value(), c.body());
                    case Op.DoneCase c -> new Op.DoneCase(t, c.body());
                    case Op.AfterCase c -> c;
                });
                yield new Op.Select(o.src(), cases, o.otherwise());
            }
            case Op.Lock o -> new Op.Lock(o.src(), t);
            case Op.Unlock o -> new Op.Unlock(o.src(), t);
            case Op.RLock o -> new Op.RLock(o.src(), t);
            case Op.RUnlock o -> new Op.RUnlock(o.src(), t);
            case Op.Add o -> new Op.Add(o.src(), t, o.n());
            case Op.Done o -> new Op.Done(o.src(), t);
            case Op.Wait o -> new Op.Wait(o.src(), t);
            case Op.OnceDo o -> new Op.OnceDo(o.src(), t, o.body());
            case Op.Read o -> new Op.Read(o.src(), t, o.to());
            case Op.Write o -> new Op.Write(o.src(), t, o.value());
            case Op.Inc o -> new Op.Inc(o.src(), t, o.n());
            case Op.AtomicAdd o -> new Op.AtomicAdd(o.src(), t, o.n(), o.to());
            case Op.AtomicLoad o -> new Op.AtomicLoad(o.src(), t, o.to());
            case Op.AtomicStore o -> new Op.AtomicStore(o.src(), t, o.value());
            case Op.AtomicCas o -> new Op.AtomicCas(o.src(), t, o.old(), o.replacement(), o.to());
            case Op.Cancel o -> new Op.Cancel(o.src(), t);
            case Op.Emit o -> new Op.Emit(o.src(), t, o.value());
            default -> throw new IllegalArgumentException(op.kind() + " has no reference " + field);
        };
    }

    /** The typed fields of an op, in the order the inspector shows them. */
    static List<Field> fields(Op op) {
        List<Field> f = new ArrayList<>();
        switch (op) {
            case Op.Send o -> f.add(expr("value", o.value()));
            case Op.Recv o -> {
                f.add(local("to", o.to()));
                f.add(local("ok", o.ok()));
            }
            case Op.Range o -> f.add(local("to", o.to()));
            case Op.Add o -> f.add(expr("n", o.n()));
            case Op.Read o -> f.add(local("to", o.to()));
            case Op.Write o -> f.add(expr("value", o.value()));
            case Op.Inc o -> f.add(expr("n", o.n()));
            case Op.AtomicAdd o -> {
                f.add(expr("n", o.n()));
                f.add(local("to", o.to()));
            }
            case Op.AtomicLoad o -> f.add(local("to", o.to()));
            case Op.AtomicStore o -> f.add(expr("value", o.value()));
            case Op.AtomicCas o -> {
                f.add(expr("old", o.old()));
                f.add(expr("new", o.replacement()));
                f.add(local("to", o.to()));
            }
            case Op.Sleep o -> f.add(new Field("ticks", Type.TICKS, Long.toString(o.ticks()), false));
            case Op.Work o -> f.add(new Field("ticks", Type.TICKS, Long.toString(o.ticks()), false));
            case Op.Emit o -> f.add(expr("value", o.value()));
            case Op.Let o -> {
                f.add(new Field("to", Type.LOCAL, o.to() == null ? "" : o.to(), false));
                f.add(expr("value", o.value()));
            }
            case Op.If o -> f.add(expr("cond", o.cond()));
            case Op.While o -> f.add(expr("cond", o.cond()));
            case Op.Repeat o -> {
                f.add(expr("times", o.times()));
                f.add(local("to", o.to()));
            }
            case Op.Assert o -> {
                f.add(expr("cond", o.cond()));
                f.add(new Field("message", Type.TEXT, o.message() == null ? "" : o.message(), true));
            }
            case Op.Select o -> {
                for (int i = 0; i < o.cases().size(); i++) {
                    switch (o.cases().get(i)) {
                        case Op.RecvCase c -> f.add(local("cases[" + i + "].to", c.to()));
                        case Op.SendCase c -> f.add(expr("cases[" + i + "].value", c.value()));
                        case Op.AfterCase c -> f.add(new Field("cases[" + i + "].after", Type.TICKS,
                                Long.toString(c.ticks()), false));
                        case Op.DoneCase c -> { }
                    }
                }
            }
            case Op.Go o -> new java.util.TreeMap<>(o.args()).forEach((k, v) -> f.add(expr("args." + k, v)));
            default -> { }
        }
        return f;
    }

    private static Field expr(String name, Expr e) {
        return new Field(name, Type.EXPR, e == null ? "" : ExprPrinter.toGo(e), false);
    }

    private static Field local(String name, String value) {
        return new Field(name, Type.LOCAL, value == null ? "" : value, true);
    }

    /** The op with a typed field set from the player's text; refused with the reason if it does not parse. */
    static Op withField(Op op, String name, String text) throws Refused {
        Field field = fields(op).stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new Refused(op.kind() + " has no field '" + name + "'"));
        String t = text == null ? "" : text.strip();
        Expr e = null;
        String local = null;
        long ticks = 0;
        switch (field.type()) {
            case EXPR -> e = parse(name, t);
            case LOCAL -> {
                if (!t.isEmpty() && !LOCAL.matcher(t).matches()) {
                    throw new Refused("'" + t + "' is not a name for a local: use letters, digits and _");
                }
                if (t.isEmpty() && !field.optional()) {
                    throw new Refused(name + " needs a name");
                }
                local = t.isEmpty() ? null : t;
            }
            case TICKS -> {
                try {
                    ticks = Long.parseLong(t);
                } catch (NumberFormatException x) {
                    throw new Refused(name + " must be a whole number of ticks, not '" + t + "'");
                }
                if (ticks < 0 || ticks > 1_000_000) {
                    throw new Refused(name + " must be between 0 and 1000000 ticks");
                }
            }
            case TEXT -> local = t;
        }
        String n = name;
        Expr ex = e;
        String lo = local;
        long tk = ticks;
        return switch (op) {
            case Op.Send o -> new Op.Send(o.src(), o.ch(), ex);
            case Op.Recv o -> n.equals("to") ? new Op.Recv(o.src(), o.ch(), lo, o.ok()) : new Op.Recv(o.src(), o.ch(), o.to(), lo);
            case Op.Range o -> new Op.Range(o.src(), o.ch(), lo, o.body());
            case Op.Add o -> new Op.Add(o.src(), o.wg(), ex);
            case Op.Read o -> new Op.Read(o.src(), o.var(), lo);
            case Op.Write o -> new Op.Write(o.src(), o.var(), ex);
            case Op.Inc o -> new Op.Inc(o.src(), o.var(), ex);
            case Op.AtomicAdd o -> n.equals("n") ? new Op.AtomicAdd(o.src(), o.var(), ex, o.to())
                    : new Op.AtomicAdd(o.src(), o.var(), o.n(), lo);
            case Op.AtomicLoad o -> new Op.AtomicLoad(o.src(), o.var(), lo);
            case Op.AtomicStore o -> new Op.AtomicStore(o.src(), o.var(), ex);
            case Op.AtomicCas o -> switch (n) {
                case "old" -> new Op.AtomicCas(o.src(), o.var(), ex, o.replacement(), o.to());
                case "new" -> new Op.AtomicCas(o.src(), o.var(), o.old(), ex, o.to());
                default -> new Op.AtomicCas(o.src(), o.var(), o.old(), o.replacement(), lo);
            };
            case Op.Sleep o -> new Op.Sleep(o.src(), tk);
            case Op.Work o -> new Op.Work(o.src(), tk);
            case Op.Emit o -> new Op.Emit(o.src(), o.sink(), ex);
            case Op.Let o -> n.equals("to") ? new Op.Let(o.src(), lo, o.value()) : new Op.Let(o.src(), o.to(), ex);
            case Op.If o -> new Op.If(o.src(), ex, o.then(), o.otherwise());
            case Op.While o -> new Op.While(o.src(), ex, o.body());
            case Op.Repeat o -> n.equals("times") ? new Op.Repeat(o.src(), ex, o.to(), o.body())
                    : new Op.Repeat(o.src(), o.times(), lo, o.body());
            case Op.Assert o -> n.equals("cond") ? new Op.Assert(o.src(), ex, o.message())
                    : new Op.Assert(o.src(), o.cond(), lo.isEmpty() ? "assertion failed: " + ExprPrinter.toGo(o.cond()) : lo);
            case Op.Select o -> {
                int i = Integer.parseInt(n.substring("cases[".length(), n.indexOf(']')));
                List<Op.Case> cases = new ArrayList<>(o.cases());
                cases.set(i, switch (cases.get(i)) {
                    case Op.RecvCase c -> new Op.RecvCase(c.ch(), lo, c.ok(), c.body());
                    case Op.SendCase c -> new Op.SendCase(c.ch(), ex, c.body());
                    case Op.AfterCase c -> new Op.AfterCase(tk, c.body());
                    case Op.DoneCase c -> c;
                });
                yield new Op.Select(o.src(), cases, o.otherwise());
            }
            case Op.Go o -> {
                Map<String, Expr> args = new LinkedHashMap<>(o.args());
                args.put(n.substring("args.".length()), ex);
                yield new Op.Go(o.src(), o.g(), args);
            }
            default -> throw new Refused(op.kind() + " has no field '" + name + "'");
        };
    }

    private static Expr parse(String name, String text) throws Refused {
        if (text.isEmpty()) {
            throw new Refused(name + " needs a value");
        }
        try {
            return ExprParser.parse(text);
        } catch (ExprException e) {
            throw new Refused("'" + text + "' is not an expression: " + e.getMessage());
        }
    }

    /**
     * A new op of {@code kind}, wired to the first part of the design that fits each reference;
     * refused when the design has no part it could use.
     */
    static Op fresh(String kind, Design d) throws Refused {
        Src s = Src.of("ops[0]");
        Expr one = Expr.of(1);
        return switch (kind) {
            case "go" -> new Op.Go(s, first(d, Need.SPAWN, "go"), Map.of());
            case "send" -> new Op.Send(s, first(d, Need.CHANNEL, "send"), one);
            case "recv" -> new Op.Recv(s, first(d, Need.CHANNEL, "recv"), null, null);
            case "close" -> new Op.Close(s, first(d, Need.CHANNEL, "close"));
            case "range" -> new Op.Range(s, first(d, Need.CHANNEL, "range"), "v", List.of());
            case "select" -> {
                String ch = firstOrNull(d, Need.CHANNEL);
                yield new Op.Select(s, List.of(ch == null ? new Op.AfterCase(1, List.of())
                        : new Op.RecvCase(ch, null, null, List.of())), null);
            }
            case "lock" -> new Op.Lock(s, first(d, Need.ANY_MUTEX, "lock"));
            case "unlock" -> new Op.Unlock(s, first(d, Need.ANY_MUTEX, "unlock"));
            case "rlock" -> new Op.RLock(s, first(d, Need.RWMUTEX, "rlock"));
            case "runlock" -> new Op.RUnlock(s, first(d, Need.RWMUTEX, "runlock"));
            case "add" -> new Op.Add(s, first(d, Need.WAITGROUP, "add"), one);
            case "done" -> new Op.Done(s, first(d, Need.WAITGROUP, "done"));
            case "wait" -> new Op.Wait(s, first(d, Need.WAITGROUP, "wait"));
            case "once" -> new Op.OnceDo(s, first(d, Need.ONCE, "once"), List.of());
            case "read" -> new Op.Read(s, first(d, Need.VAR, "read"), "x");
            case "write" -> new Op.Write(s, first(d, Need.VAR, "write"), one);
            case "inc" -> new Op.Inc(s, first(d, Need.VAR, "inc"), one);
            case "atomic.add" -> new Op.AtomicAdd(s, first(d, Need.ATOMIC, "atomic.add"), one, null);
            case "atomic.load" -> new Op.AtomicLoad(s, first(d, Need.ATOMIC, "atomic.load"), "x");
            case "atomic.store" -> new Op.AtomicStore(s, first(d, Need.ATOMIC, "atomic.store"), one);
            case "atomic.cas" -> new Op.AtomicCas(s, first(d, Need.ATOMIC, "atomic.cas"), Expr.of(0), one, null);
            case "cancel" -> new Op.Cancel(s, first(d, Need.CONTEXT, "cancel"));
            case "sleep" -> new Op.Sleep(s, 1);
            case "work" -> new Op.Work(s, 1);
            case "emit" -> new Op.Emit(s, first(d, Need.SINK, "emit"), Expr.of(0));
            case "let" -> new Op.Let(s, "x", Expr.of(0));
            case "if" -> new Op.If(s, Expr.of(true), List.of(), List.of());
            case "while" -> new Op.While(s, Expr.of(false), List.of());
            case "repeat" -> new Op.Repeat(s, Expr.of(3), "i", List.of());
            case "loop" -> new Op.Loop(s, List.of());
            case "break" -> new Op.Break(s);
            case "continue" -> new Op.Continue(s);
            case "return" -> new Op.Return(s);
            case "assert" -> new Op.Assert(s, Expr.of(true), "assertion failed: true");
            default -> throw new Refused("there is no op '" + kind + "'");
        };
    }

    private static String first(Design d, Need need, String kind) throws Refused {
        String id = firstOrNull(d, need);
        if (id == null) {
            throw new Refused(kind + " needs " + need.phrase + ", and the design has none yet");
        }
        return id;
    }

    /** The first part a new op can use, preferring one the level has not sealed (a new op may not send to that). */
    private static String firstOrNull(Design d, Need need) {
        return d.parts().stream().filter(need::accepts)
                .sorted(java.util.Comparator.comparing(p -> p.layout() != null && p.layout().sealed()))
                .map(Part::id).findFirst().orElse(null);
    }
}
