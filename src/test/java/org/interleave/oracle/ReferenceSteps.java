package org.interleave.oracle;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.interleave.engine.expr.Expr;
import org.interleave.engine.model.Design;
import org.interleave.engine.model.Op;
import org.interleave.engine.model.Part;
import org.interleave.oracle.ReferenceGoroutine.Body;
import org.interleave.oracle.ReferenceGoroutine.Frame;
import org.interleave.oracle.ReferenceGoroutine.Status;
import org.interleave.oracle.ReferenceResources.Chan;

/**
 * The reference explorer's interpreter, written from DESIGN §4 alone: what can happen in a state
 * ({@link #moves}) and what each move does ({@link #apply}). A move runs one goroutine's visible
 * op ({@link ReferenceOps}), then its invisible ops up to its next visible one
 * ({@link ReferenceContinuation}); an unbuffered hand-off moves both partners in one move, and
 * every possible pairing is a move of its own.
 */
final class ReferenceSteps {
    /** What can happen next. */
    enum Kind { STEP, CASE, DEFAULT, PAIR, TIMER, SPIN }

    /**
     * One move: goroutine {@code g} takes its step (case {@code branch} of its select); for a
     * hand-off, {@code g} is the sender and {@code partner} the receiver (branches -1 for plain
     * ops); for a timer, {@code ctx} is the context whose timeout fires.
     */
    record Move(Kind kind, int g, int branch, int partner, int partnerBranch, String ctx) {
        static Move of(Kind kind, int g, int branch) {
            return new Move(kind, g, branch, -1, -1, null);
        }
    }

    static final int MAX_GOROUTINES = 64;

    /** More distinct shared-var accesses to remember than a knowledge set has bits. */
    static final class TooManyAccesses extends RuntimeException {
        TooManyAccesses() {
            super("more than 64 remembered accesses", null, false, false);
        }
    }

    /** Bits of the remembered accesses: a var's last write, and each goroutine's last read of it since. */
    private final Map<String, Long> labels = new java.util.HashMap<>();

    private final Design design;
    private final ReferenceContinuation continuation;

    /** {@code maxInvisible}: invisible ops one goroutine may run in one move. */
    ReferenceSteps(Design design, int maxInvisible) {
        this.design = design;
        this.continuation = new ReferenceContinuation(maxInvisible);
    }

    /**
     * The bit of a remembered access of var {@code id}: its last write ({@code reader} -1) or
     * goroutine {@code reader}'s last read since that write. A bit is reused when the access
     * it stands for is replaced, after it has been forgotten everywhere.
     */
    long label(String id, int reader) {
        return labels.computeIfAbsent(id + "|" + reader, k -> {
            if (labels.size() >= 64) {
                throw new TooManyAccesses();
            }
            return 1L << labels.size();
        });
    }

    // ------------------------------------------------------------------ the start

    ReferenceState initial() {
        ReferenceState s = new ReferenceState();
        ReferenceState.addResources(s, design.parts());
        Part.Goroutine main = design.main();
        s.gs.add(start(0, "main", main));
        for (Part.Goroutine t : design.goroutines()) {
            if (t.start() == Part.Start.AUTO) {
                for (int k = 0; k < t.count(); k++) {
                    ReferenceGoroutine g = start(s.gs.size(), t.count() == 1 ? t.id() : t.id() + "#" + k, t);
                    g.locals.put("id", (long) k);
                    s.gs.add(g);
                }
            } else if (t.start() == Part.Start.SPAWN) {
                s.spawned.put(t.id(), 0);
            }
        }
        for (ReferenceGoroutine g : s.gs) {
            advance(s, g);
        }
        updateParking(s);
        return s;
    }

    private static ReferenceGoroutine start(int index, String name, Part.Goroutine t) {
        ReferenceGoroutine g = new ReferenceGoroutine(index, name, t);
        g.frames.add(new Frame(t.ops(), "ops", 0, Body.TOP, 0, 0));
        return g;
    }

    /** Runs g's invisible ops up to its next visible op (see {@link ReferenceContinuation}). */
    void advance(ReferenceState s, ReferenceGoroutine g) {
        continuation.advance(s, g);
    }

    // ------------------------------------------------------------------ what can happen

    List<Move> moves(ReferenceState s) {
        List<Move> out = new ArrayList<>();
        if (s.crashed) {
            return out;
        }
        for (ReferenceGoroutine g : s.gs) {
            switch (g.status) {
                case AT_RETURN -> out.add(Move.of(Kind.STEP, g.index, -1));
                case SPINNING -> out.add(Move.of(Kind.SPIN, g.index, -1));
                case AT_OP -> opMoves(s, g, out);
                default -> { }
            }
        }
        pairs(s, out);
        s.res.forEach((id, r) -> {
            if (r instanceof ReferenceResources.Context c && c.timeout > 0 && !c.cancelled) {
                out.add(new Move(Kind.TIMER, -1, -1, -1, -1, id));
            }
        });
        return out;
    }

    private void opMoves(ReferenceState s, ReferenceGoroutine g, List<Move> out) {
        Op op = g.pending();
        boolean step = switch (op) {
            case Op.Send x -> sendReady(s.res(x.ch()));
            case Op.Recv x -> recvReady(s.res(x.ch()));
            case Op.Range x -> recvReady(s.res(x.ch()));
            case Op.Select x -> {
                selectMoves(s, g, x, out);
                yield false;
            }
            case Op.Lock x -> {
                if (s.res.get(x.mu()) instanceof ReferenceRwMutex m) {
                    yield m.lockCanMove(g.index);
                }
                yield !((ReferenceResources.Mutex) s.res(x.mu())).locked;
            }
            case Op.RLock x -> {
                ReferenceRwMutex m = s.res(x.mu());
                yield m.rlockCanMove(g.index);
            }
            case Op.Wait x -> {
                if (((ReferenceResources.WaitGroup) s.res(x.wg())).counter == 0) {
                    yield true;
                }
                if (g.woken) {
                    // Woken by a zero, the counter up again: it had parked (0: panics) or not (1: waits on).
                    out.add(Move.of(Kind.CASE, g.index, 0));
                    out.add(Move.of(Kind.CASE, g.index, 1));
                }
                yield false;
            }
            case Op.OnceDo x -> {
                ReferenceResources.Once o = s.res(x.once());
                yield o.done || o.runner < 0;
            }
            default -> true;
        };
        if (step) {
            out.add(Move.of(Kind.STEP, g.index, -1));
        }
    }

    /** A plain send can move alone: on a closed channel (to panic) or into a free buffer slot. */
    private static boolean sendReady(Chan c) {
        return !c.nil && (c.closed || c.cap > 0 && c.buffer.size() < c.cap);
    }

    /** A receive can move alone: a buffered value, or a closed channel. */
    private static boolean recvReady(Chan c) {
        return !c.nil && (!c.buffer.isEmpty() || c.closed);
    }

    /** Whether a select case is ready by the state of the resources alone. */
    static boolean caseReady(ReferenceState s, Op.Case c) {
        return switch (c) {
            case Op.RecvCase r -> recvReady(s.res(r.ch()));
            case Op.SendCase x -> sendReady(s.res(x.ch()));
            case Op.DoneCase d -> ((ReferenceResources.Context) s.res(d.ctx())).cancelled;
            case Op.AfterCase a -> false;
        };
    }

    private static void selectMoves(ReferenceState s, ReferenceGoroutine g, Op.Select x, List<Move> out) {
        boolean anyReady = false;
        for (int k = 0; k < x.cases().size(); k++) {
            if (caseReady(s, x.cases().get(k))) {
                anyReady = true;
                out.add(Move.of(Kind.CASE, g.index, k));
            }
        }
        if (x.hasDefault()) {
            // Partners standing at their ops may not have parked yet: only the resources rule out default.
            if (!anyReady) {
                out.add(Move.of(Kind.DEFAULT, g.index, -1));
            }
        } else if (g.parkable) {
            for (int k = 0; k < x.cases().size(); k++) {
                if (x.cases().get(k) instanceof Op.AfterCase) {
                    out.add(Move.of(Kind.CASE, g.index, k));
                }
            }
        }
    }

    /** One side of a possible hand-off on an unbuffered channel. */
    private record Offer(int g, int branch, String ch, boolean parkable) {}

    /** Every pairing of a sender and a receiver standing at an unbuffered, open, non-nil channel. */
    private static void pairs(ReferenceState s, List<Move> out) {
        List<Offer> senders = new ArrayList<>();
        List<Offer> receivers = new ArrayList<>();
        for (ReferenceGoroutine g : s.gs) {
            Op op = g.pending();
            switch (op) {
                case null -> { }
                case Op.Send x -> offer(s, g.index, -1, x.ch(), true, senders);
                case Op.Recv x -> offer(s, g.index, -1, x.ch(), true, receivers);
                case Op.Range x -> offer(s, g.index, -1, x.ch(), true, receivers);
                case Op.Select x -> {
                    // Waiting now only if it may have parked and no case is ready by the resources'
                    // state now: whatever readied a case of a parked select completed it (issue 11).
                    boolean parkable = !x.hasDefault() && g.parkable
                            && x.cases().stream().noneMatch(c -> caseReady(s, c));
                    for (int k = 0; k < x.cases().size(); k++) {
                        switch (x.cases().get(k)) {
                            case Op.SendCase c -> offer(s, g.index, k, c.ch(), parkable, senders);
                            case Op.RecvCase c -> offer(s, g.index, k, c.ch(), parkable, receivers);
                            default -> { }
                        }
                    }
                }
                default -> { }
            }
        }
        for (Offer a : senders) {
            for (Offer b : receivers) {
                // Two polling selects never meet: neither waits for the other.
                if (a.ch().equals(b.ch()) && a.g() != b.g() && (a.parkable() || b.parkable())) {
                    out.add(new Move(Kind.PAIR, a.g(), a.branch(), b.g(), b.branch(), null));
                }
            }
        }
    }

    private static void offer(ReferenceState s, int g, int branch, String ch, boolean parkable, List<Offer> to) {
        Chan c = s.res(ch);
        if (!c.nil && !c.closed && c.cap == 0) {
            to.add(new Offer(g, branch, ch, parkable));
        }
    }

    /**
     * After every move: a goroutine at a select without default may have parked if at some
     * moment since it reached the select no case was ready by the resources' state.
     */
    static void updateParking(ReferenceState s) {
        for (ReferenceGoroutine g : s.gs) {
            if (g.pending() instanceof Op.Select x && !x.hasDefault()) {
                if (!g.parkable && x.cases().stream().noneMatch(c -> caseReady(s, c))) {
                    g.parkable = true;
                }
            } else {
                g.parkable = false;
            }
        }
    }

    // ------------------------------------------------------------------ moves

    String token(ReferenceState s, Move m) {
        return switch (m.kind()) {
            case TIMER -> "@" + m.ctx();
            case SPIN -> s.gs.get(m.g()).name + "~";
            case STEP -> s.gs.get(m.g()).name;
            case CASE -> s.gs.get(m.g()).name + ":" + m.branch();
            case DEFAULT -> s.gs.get(m.g()).name + ":default";
            case PAIR -> s.gs.get(m.g()).name + (m.branch() >= 0 ? ":" + m.branch() : "") + "&"
                    + s.gs.get(m.partner()).name + (m.partnerBranch() >= 0 ? ":" + m.partnerBranch() : "");
        };
    }

    /** The state after move m (a new state; s is left as it was). */
    ReferenceState apply(ReferenceState s, Move m) {
        ReferenceState t = s.copy();
        ReferenceOps ops = new ReferenceOps(this, t);
        switch (m.kind()) {
            case TIMER -> ops.cancelTree(m.ctx(), 0);
            case SPIN -> { }
            case PAIR -> {
                ReferenceGoroutine a = t.gs.get(m.g());
                ReferenceGoroutine b = t.gs.get(m.partner());
                ops.handOff(a, m.branch(), b, m.partnerBranch());
                a.parkable = false;
                b.parkable = false;
                advance(t, a);
                advance(t, b);
            }
            case STEP, CASE, DEFAULT -> {
                ReferenceGoroutine g = t.gs.get(m.g());
                if (g.status == Status.AT_RETURN) {
                    t.mainReturned = true;
                    g.status = Status.DONE;
                } else {
                    ops.exec(g, m.kind() == Kind.DEFAULT ? -2 : m.branch());
                    g.parkable = false;
                    // even after a spawned child crashed: either goroutine's crash may come first
                    advance(t, g);
                }
            }
        }
        updateParking(t);
        return t;
    }

    /** Starts a spawned goroutine with its arguments (evaluated by the parent) and the parent's knowledge. */
    ReferenceGoroutine spawn(ReferenceState t, ReferenceGoroutine parent, Op.Go go) {
        Part.Goroutine tmpl = (Part.Goroutine) design.byId().get(go.g());
        int k = t.spawned.merge(go.g(), 1, Integer::sum) - 1;
        ReferenceGoroutine child = start(t.gs.size(), go.g() + "#" + k, tmpl);
        for (Map.Entry<String, Expr> a : new java.util.TreeMap<>(go.args()).entrySet()) {
            child.locals.put(a.getKey(), ReferenceEval.eval(a.getValue(), parent.locals));
        }
        child.knows = parent.knows;
        t.gs.add(child);
        if (t.gs.size() > MAX_GOROUTINES) {
            child.status = Status.OVER_BUDGET;
        }
        return child;
    }
}
