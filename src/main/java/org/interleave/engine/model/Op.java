package org.interleave.engine.model;

import java.util.List;
import java.util.Map;
import org.interleave.engine.expr.Expr;

/**
 * One operation of a goroutine, as in the level format (DESIGN §3). Part references are part
 * ids, checked by validation to exist and to have the right type; optional locals are
 * {@code null} when absent; nested op lists are never null.
 */
public sealed interface Op {
    /** Where the op is, for messages and findings. */
    Src src();

    /** The op name as written in level files ({@code "send"}, {@code "atomic.add"}, ...). */
    String kind();

    /** This op at {@code src}, all else the same (the ops in its bodies keep theirs). */
    default Op withSrc(Src src) {
        return switch (this) {
            case Go o -> new Go(src, o.g(), o.args());
            case Send o -> new Send(src, o.ch(), o.value());
            case Recv o -> new Recv(src, o.ch(), o.to(), o.ok());
            case Close o -> new Close(src, o.ch());
            case Range o -> new Range(src, o.ch(), o.to(), o.body());
            case Select o -> new Select(src, o.cases(), o.otherwise());
            case Lock o -> new Lock(src, o.mu());
            case Unlock o -> new Unlock(src, o.mu());
            case RLock o -> new RLock(src, o.mu());
            case RUnlock o -> new RUnlock(src, o.mu());
            case Add o -> new Add(src, o.wg(), o.n());
            case Done o -> new Done(src, o.wg());
            case Wait o -> new Wait(src, o.wg());
            case OnceDo o -> new OnceDo(src, o.once(), o.body());
            case Read o -> new Read(src, o.var(), o.to());
            case Write o -> new Write(src, o.var(), o.value());
            case Inc o -> new Inc(src, o.var(), o.n());
            case AtomicAdd o -> new AtomicAdd(src, o.var(), o.n(), o.to());
            case AtomicLoad o -> new AtomicLoad(src, o.var(), o.to());
            case AtomicStore o -> new AtomicStore(src, o.var(), o.value());
            case AtomicCas o -> new AtomicCas(src, o.var(), o.old(), o.replacement(), o.to());
            case Cancel o -> new Cancel(src, o.ctx());
            case Sleep o -> new Sleep(src, o.ticks());
            case Work o -> new Work(src, o.ticks());
            case Emit o -> new Emit(src, o.sink(), o.value());
            case Let o -> new Let(src, o.to(), o.value());
            case If o -> new If(src, o.cond(), o.then(), o.otherwise());
            case While o -> new While(src, o.cond(), o.body());
            case Repeat o -> new Repeat(src, o.times(), o.to(), o.body());
            case Loop o -> new Loop(src, o.body());
            case Break o -> new Break(src);
            case Continue o -> new Continue(src);
            case Return o -> new Return(src);
            case Assert o -> new Assert(src, o.cond(), o.message());
        };
    }

    /** {@code go g(args)}. */
    record Go(Src src, String g, Map<String, Expr> args) implements Op {
        public Go { args = Map.copyOf(args); }
        public String kind() { return "go"; }
    }

    /** {@code ch <- value}. */
    record Send(Src src, String ch, Expr value) implements Op {
        public String kind() { return "send"; }
    }

    /** {@code to, ok := <-ch}. */
    record Recv(Src src, String ch, String to, String ok) implements Op {
        public String kind() { return "recv"; }
    }

    /** {@code close(ch)}. */
    record Close(Src src, String ch) implements Op {
        public String kind() { return "close"; }
    }

    /** {@code for to := range ch { body }}. */
    record Range(Src src, String ch, String to, List<Op> body) implements Op {
        public Range { body = List.copyOf(body); }
        public String kind() { return "range"; }
    }

    /** {@code select { cases...; default: ... }}; {@code otherwise} is null without a default. */
    record Select(Src src, List<Case> cases, List<Op> otherwise) implements Op {
        public Select {
            cases = List.copyOf(cases);
            otherwise = otherwise == null ? null : List.copyOf(otherwise);
        }
        public String kind() { return "select"; }
        public boolean hasDefault() { return otherwise != null; }
    }

    /** One case of a select. */
    sealed interface Case {
        List<Op> body();
    }

    /** {@code case to, ok := <-ch:}. */
    record RecvCase(String ch, String to, String ok, List<Op> body) implements Case {
        public RecvCase { body = List.copyOf(body); }
    }

    /** {@code case ch <- value:}. */
    record SendCase(String ch, Expr value, List<Op> body) implements Case {
        public SendCase { body = List.copyOf(body); }
    }

    /** {@code case <-time.After(ticks):}. */
    record AfterCase(long ticks, List<Op> body) implements Case {
        public AfterCase { body = List.copyOf(body); }
    }

    /** {@code case <-ctx.Done():}. */
    record DoneCase(String ctx, List<Op> body) implements Case {
        public DoneCase { body = List.copyOf(body); }
    }

    /** {@code mu.Lock()} on a mutex or an rwmutex. */
    record Lock(Src src, String mu) implements Op {
        public String kind() { return "lock"; }
    }

    /** {@code mu.Unlock()} on a mutex or an rwmutex. */
    record Unlock(Src src, String mu) implements Op {
        public String kind() { return "unlock"; }
    }

    /** {@code mu.RLock()}. */
    record RLock(Src src, String mu) implements Op {
        public String kind() { return "rlock"; }
    }

    /** {@code mu.RUnlock()}. */
    record RUnlock(Src src, String mu) implements Op {
        public String kind() { return "runlock"; }
    }

    /** {@code wg.Add(n)}. */
    record Add(Src src, String wg, Expr n) implements Op {
        public String kind() { return "add"; }
    }

    /** {@code wg.Done()}. */
    record Done(Src src, String wg) implements Op {
        public String kind() { return "done"; }
    }

    /** {@code wg.Wait()}. */
    record Wait(Src src, String wg) implements Op {
        public String kind() { return "wait"; }
    }

    /** {@code once.Do(func() { body })}. */
    record OnceDo(Src src, String once, List<Op> body) implements Op {
        public OnceDo { body = List.copyOf(body); }
        public String kind() { return "once"; }
    }

    /** {@code to := v} — a plain load. */
    record Read(Src src, String var, String to) implements Op {
        public String kind() { return "read"; }
    }

    /** {@code v = value} — a plain store. */
    record Write(Src src, String var, Expr value) implements Op {
        public String kind() { return "write"; }
    }

    /** {@code v += n}: a read, then a write, as two steps. */
    record Inc(Src src, String var, Expr n) implements Op {
        public String kind() { return "inc"; }
    }

    /** {@code to := v.Add(n)}. */
    record AtomicAdd(Src src, String var, Expr n, String to) implements Op {
        public String kind() { return "atomic.add"; }
    }

    /** {@code to := v.Load()}. */
    record AtomicLoad(Src src, String var, String to) implements Op {
        public String kind() { return "atomic.load"; }
    }

    /** {@code v.Store(value)}. */
    record AtomicStore(Src src, String var, Expr value) implements Op {
        public String kind() { return "atomic.store"; }
    }

    /** {@code to := v.CompareAndSwap(old, new)}. */
    record AtomicCas(Src src, String var, Expr old, Expr replacement, String to) implements Op {
        public String kind() { return "atomic.cas"; }
    }

    /** {@code cancel()} of a context. */
    record Cancel(Src src, String ctx) implements Op {
        public String kind() { return "cancel"; }
    }

    /** {@code time.Sleep(ticks)}. */
    record Sleep(Src src, long ticks) implements Op {
        public String kind() { return "sleep"; }
    }

    /** CPU work: no synchronization; costs ticks in a timed run. */
    record Work(Src src, long ticks) implements Op {
        public String kind() { return "work"; }
    }

    /** {@code fmt.Println(value)} to a sink. */
    record Emit(Src src, String sink, Expr value) implements Op {
        public String kind() { return "emit"; }
    }

    /** {@code to := value}. */
    record Let(Src src, String to, Expr value) implements Op {
        public String kind() { return "let"; }
    }

    /** {@code if cond { then } else { otherwise }}. */
    record If(Src src, Expr cond, List<Op> then, List<Op> otherwise) implements Op {
        public If { then = List.copyOf(then); otherwise = List.copyOf(otherwise); }
        public String kind() { return "if"; }
    }

    /** {@code for cond { body }}. */
    record While(Src src, Expr cond, List<Op> body) implements Op {
        public While { body = List.copyOf(body); }
        public String kind() { return "while"; }
    }

    /** {@code for to := 0; to < times; to++ { body }}; {@code times} is evaluated once. */
    record Repeat(Src src, Expr times, String to, List<Op> body) implements Op {
        public Repeat { body = List.copyOf(body); }
        public String kind() { return "repeat"; }
    }

    /** {@code for { body }}. */
    record Loop(Src src, List<Op> body) implements Op {
        public Loop { body = List.copyOf(body); }
        public String kind() { return "loop"; }
    }

    /** {@code break}: leaves the innermost loop, range or select. */
    record Break(Src src) implements Op {
        public String kind() { return "break"; }
    }

    /** {@code continue}. */
    record Continue(Src src) implements Op {
        public String kind() { return "continue"; }
    }

    /** {@code return}: ends the goroutine, or leaves a once body. */
    record Return(Src src) implements Op {
        public String kind() { return "return"; }
    }

    /** A claim that must hold in every execution. */
    record Assert(Src src, Expr cond, String message) implements Op {
        public String kind() { return "assert"; }
    }
}
