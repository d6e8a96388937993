package org.interleave.oracle;

import java.util.HashSet;
import java.util.Set;
import org.interleave.engine.model.Op;
import org.interleave.oracle.ReferenceGoroutine.Body;
import org.interleave.oracle.ReferenceGoroutine.Frame;
import org.interleave.oracle.ReferenceGoroutine.Status;

/**
 * The invisible part of a move in the reference explorer: a goroutine's local ops and control
 * flow (let, if, loops, break, continue, return, assert, work) up to its next visible op, its
 * end, a proven spin (a loop back at a local state it was in before, with no visible op
 * between) or the budget of invisible ops.
 */
final class ReferenceContinuation {
    private final int maxInvisible;

    ReferenceContinuation(int maxInvisible) {
        this.maxInvisible = maxInvisible;
    }

    static boolean visible(Op op) {
        return switch (op) {
            case Op.Let l -> false;
            case Op.If i -> false;
            case Op.While w -> false;
            case Op.Repeat r -> false;
            case Op.Loop l -> false;
            case Op.Break b -> false;
            case Op.Continue c -> false;
            case Op.Return r -> false;
            case Op.Assert a -> false;
            case Op.Work w -> false;
            default -> true;
        };
    }

    /** Runs g's invisible ops up to its next visible op, its end, a proven spin or the budget. */
    void advance(ReferenceState s, ReferenceGoroutine g) {
        if (g.status != Status.AT_OP) {
            return;
        }
        int budget = maxInvisible;
        Set<String> backEdges = new HashSet<>();
        while (true) {
            if (g.frames.isEmpty()) {
                g.status = g.index == 0 ? Status.AT_RETURN : Status.DONE;
                return;
            }
            Frame f = g.top();
            if (f.atEnd()) {
                if (!endOfFrame(s, g, backEdges)) {
                    g.status = Status.SPINNING;
                    return;
                }
                continue;
            }
            Op op = f.op();
            if (visible(op)) {
                return;
            }
            if (--budget < 0) {
                g.status = Status.OVER_BUDGET;
                return;
            }
            try {
                if (!invisible(s, g, op)) {
                    return;
                }
            } catch (ReferenceEval.DivisionByZero e) {
                s.crash("panic", "panic: runtime error: integer divide by zero (" + g.name + " " + op.src().path() + ")");
                return;
            }
        }
    }

    /** Runs one invisible op; false when the goroutine crashed. */
    private boolean invisible(ReferenceState s, ReferenceGoroutine g, Op op) {
        String path = op.src().path();
        switch (op) {
            case Op.Let l -> {
                g.locals.put(l.to(), ReferenceEval.eval(l.value(), g.locals));
                g.next();
            }
            case Op.If i -> {
                boolean c = ReferenceEval.truth(i.cond(), g.locals);
                g.frames.add(new Frame(c ? i.then() : i.otherwise(), path + (c ? ".then" : ".else"), 0, Body.BRANCH, 0, 0));
            }
            case Op.While w -> {
                if (ReferenceEval.truth(w.cond(), g.locals)) {
                    g.frames.add(new Frame(w.body(), path + ".do", 0, Body.LOOP, 0, 0));
                } else {
                    g.next();
                }
            }
            case Op.Loop l -> g.frames.add(new Frame(l.body(), path + ".do", 0, Body.LOOP, 0, 0));
            case Op.Repeat r -> {
                long n = ReferenceEval.eval(r.times(), g.locals);
                if (n <= 0) {
                    g.next();
                } else {
                    if (r.to() != null) {
                        g.locals.put(r.to(), 0L);
                    }
                    g.frames.add(new Frame(r.body(), path + ".do", 0, Body.REPEAT, 0, n));
                }
            }
            case Op.Break b -> {
                while (g.top().body() == Body.BRANCH) {
                    g.frames.removeLast();
                }
                Body left = g.frames.removeLast().body();
                if (left != Body.LOOP && left != Body.REPEAT && left != Body.RANGE && left != Body.CASE) {
                    throw new IllegalStateException("break outside a loop or select at " + path);
                }
                g.next();
            }
            case Op.Continue c -> {
                while (g.top().body() == Body.BRANCH || g.top().body() == Body.CASE) {
                    g.frames.removeLast();
                }
                Body in = g.top().body();
                if (in != Body.LOOP && in != Body.REPEAT && in != Body.RANGE) {
                    throw new IllegalStateException("continue outside a loop at " + path);
                }
                g.setTop(g.top().at(g.top().ops().size()));
            }
            case Op.Return r -> {
                int once = -1;
                for (int i = g.frames.size() - 1; i >= 0 && once < 0; i--) {
                    if (g.frames.get(i).body() == Body.ONCE) {
                        once = i;
                    }
                }
                if (once < 0) {
                    g.frames.clear();
                } else {
                    while (g.frames.size() > once) {
                        g.frames.removeLast();
                    }
                    finishOnce(s, g, (Op.OnceDo) g.top().op());
                    g.next();
                }
            }
            case Op.Assert a -> {
                if (!ReferenceEval.truth(a.cond(), g.locals)) {
                    s.crash("assert", "assertion failed: " + a.message() + " (" + g.name + " " + path + ")");
                    return false;
                }
                g.next();
            }
            case Op.Work w -> g.next();
            default -> throw new IllegalStateException("not an invisible op: " + op);
        }
        return true;
    }

    /**
     * The end of the top frame's op list: back to the op that owns it. False when a loop without
     * a visible op comes back to a local state it was in before (it provably spins forever).
     */
    private boolean endOfFrame(ReferenceState s, ReferenceGoroutine g, Set<String> backEdges) {
        Frame f = g.frames.removeLast();
        if (f.body() == Body.TOP) {
            return true;
        }
        Op owner = g.top().op();
        switch (f.body()) {
            case BRANCH, CASE -> g.next();
            case LOOP -> {
                StringBuilder b = new StringBuilder();
                g.frames.forEach(x -> x.key(b));
                b.append(g.locals);
                if (!backEdges.add(b.toString())) {
                    g.frames.add(f.at(0));
                    return false;
                }
                boolean again = switch (owner) {
                    case Op.While w -> ReferenceEval.truth(w.cond(), g.locals);
                    case Op.Loop l -> true;
                    default -> throw new IllegalStateException("loop body of " + owner);
                };
                if (again) {
                    g.frames.add(f.at(0));
                } else {
                    g.next();
                }
            }
            case REPEAT -> {
                long c = f.counter() + 1;
                if (c < f.limit()) {
                    Op.Repeat r = (Op.Repeat) owner;
                    if (r.to() != null) {
                        g.locals.put(r.to(), c);
                    }
                    g.frames.add(new Frame(f.ops(), f.label(), 0, Body.REPEAT, c, f.limit()));
                } else {
                    g.next();
                }
            }
            case RANGE -> { } // back at the range head: its next receive is a visible op
            case ONCE -> {
                finishOnce(s, g, (Op.OnceDo) owner);
                g.next();
            }
            case TOP -> throw new AssertionError();
        }
        return true;
    }

    private static void finishOnce(ReferenceState s, ReferenceGoroutine g, Op.OnceDo op) {
        ReferenceResources.Once o = s.res(op.once());
        o.done = true;
        o.runner = -1;
        o.released = g.knows;
    }
}
