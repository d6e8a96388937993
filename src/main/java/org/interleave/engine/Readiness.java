package org.interleave.engine;

import java.util.ArrayList;
import java.util.List;
import org.interleave.engine.model.Op;

/**
 * Go's blocking rules: whether a goroutine's pending op can take its step now, which cases of a
 * select are ready, and which blocked goroutine an unbuffered send or receive pairs with.
 */
final class Readiness {
    private Readiness() {}

    static boolean ready(Machine m, GoroutineState g, Op op) {
        return switch (op) {
            case Op.Send s -> sendReady(m, m.chan(s.ch()), g.index);
            case Op.Recv r -> recvReady(m, m.chan(r.ch()), g.index);
            case Op.Range r -> recvReady(m, m.chan(r.ch()), g.index);
            case Op.Lock l -> switch (m.res[m.program.indexOf(l.mu())]) {
                case MutexState mu -> mu.free();
                case RwMutexState mu -> mu.lockCanStep(g.index);
                default -> false;
            };
            case Op.RLock l -> m.rw(l.mu()).rlockReady();
            case Op.Wait w -> m.wg(w.wg()).counter == 0;
            case Op.OnceDo o -> m.once(o.once()).ready();
            case Op.Sleep s -> m.timing == Timing.VERIFY || m.clock >= g.armedAt + s.ticks();
            default -> true;
        };
    }

    static List<Integer> readyCases(Machine m, GoroutineState g, Op.Select s) {
        List<Integer> ready = new ArrayList<>();
        for (int k = 0; k < s.cases().size(); k++) {
            boolean r = switch (s.cases().get(k)) {
                case Op.RecvCase c -> recvReady(m, m.chan(c.ch()), g.index);
                case Op.SendCase c -> sendReady(m, m.chan(c.ch()), g.index);
                case Op.AfterCase c -> m.timing == Timing.VERIFY ? !s.hasDefault() : m.clock >= g.armedAt + c.ticks();
                case Op.DoneCase c -> m.ctx(c.ctx()).cancelled;
            };
            if (r) {
                ready.add(k);
            }
        }
        return ready;
    }

    static boolean sendReady(Machine m, ChannelState ch, int self) {
        if (ch.nil) {
            return false;
        }
        if (ch.closed) {
            return true;
        }
        return ch.buffered() ? ch.hasRoom() : waitingReceiver(m, ch, self) >= 0;
    }

    static boolean recvReady(Machine m, ChannelState ch, int self) {
        if (ch.nil) {
            return false;
        }
        if (!ch.buffer.isEmpty() || ch.closed) {
            return true;
        }
        return !ch.buffered() && waitingSender(m, ch, self) >= 0;
    }

    /**
     * The blocked receiver on ch that a send by self pairs with, or -1. When several wait, the
     * choice must not depend on instance numbers: states that differ only in which twin is which
     * share one key (symmetry), so they must also pair alike, or merged states would have
     * different futures. The partner is the waiter first in canonical order — by template, then
     * by its state's encoding (dead locals left out, as in keys) — and only among waiters that
     * are exactly alike by the lowest index, which makes no difference up to renaming.
     */
    static int partnerReceiver(Machine m, ChannelState ch, int self) {
        return partner(m, ch, self, false);
    }

    /** The blocked sender on ch that a receive by self pairs with, or -1 (chosen as in {@link #partnerReceiver}). */
    static int partnerSender(Machine m, ChannelState ch, int self) {
        return partner(m, ch, self, true);
    }

    /** The first in canonical order of the goroutines other than self waiting to send (or receive) on ch, or -1. */
    private static int partner(Machine m, ChannelState ch, int self, boolean senders) {
        int best = -1;
        long[] bestEnc = null;
        for (GoroutineState h : m.gs) {
            if (h.index != self && (senders ? sendCaseOn(m, h, ch) : recvCaseOn(m, h, ch)) != Integer.MIN_VALUE) {
                if (best < 0) {
                    best = h.index;
                    continue;
                }
                if (bestEnc == null) {
                    bestEnc = canonical(m, m.gs.get(best));
                }
                long[] enc = canonical(m, h);
                if (java.util.Arrays.compare(enc, bestEnc) < 0) {
                    best = h.index;
                    bestEnc = enc;
                }
            }
        }
        return best;
    }

    /** A goroutine's canonical encoding, as the symmetry reduction of state keys orders instances. */
    private static long[] canonical(Machine m, GoroutineState h) {
        StateWriter w = new StateWriter();
        h.encode(w, m.program, true);
        return w.toArray();
    }

    /** Some goroutine other than self blocked in a receive on ch (plain, range, or select), or -1. */
    static int waitingReceiver(Machine m, ChannelState ch, int self) {
        for (GoroutineState h : m.gs) {
            if (h.index != self && recvCaseOn(m, h, ch) != Integer.MIN_VALUE) {
                return h.index;
            }
        }
        return -1;
    }

    static int waitingSender(Machine m, ChannelState ch, int self) {
        for (GoroutineState h : m.gs) {
            if (h.index != self && sendCaseOn(m, h, ch) != Integer.MIN_VALUE) {
                return h.index;
            }
        }
        return -1;
    }

    /** How h waits to receive on ch: NONE for a plain receive or range, a case index in a select. */
    static int recvCaseOn(Machine m, GoroutineState h, ChannelState ch) {
        Op op = h.pending();
        if (op == null || m.timing == Timing.TIMED && h.busyUntil > m.clock) {
            return Integer.MIN_VALUE;
        }
        if (h.atRangeHead()) {
            return m.chan(((Op.Range) op).ch()) == ch ? Choice.NONE : Integer.MIN_VALUE;
        }
        return switch (op) {
            case Op.Recv r -> m.chan(r.ch()) == ch ? Choice.NONE : Integer.MIN_VALUE;
            case Op.Select s when !s.hasDefault() -> {
                for (int k = 0; k < s.cases().size(); k++) {
                    if (s.cases().get(k) instanceof Op.RecvCase c && m.chan(c.ch()) == ch) {
                        yield k;
                    }
                }
                yield Integer.MIN_VALUE;
            }
            default -> Integer.MIN_VALUE;
        };
    }

    static int sendCaseOn(Machine m, GoroutineState h, ChannelState ch) {
        Op op = h.pending();
        if (op == null || h.atRangeHead() || m.timing == Timing.TIMED && h.busyUntil > m.clock) {
            return Integer.MIN_VALUE;
        }
        return switch (op) {
            case Op.Send s -> m.chan(s.ch()) == ch ? Choice.NONE : Integer.MIN_VALUE;
            case Op.Select s when !s.hasDefault() -> {
                for (int k = 0; k < s.cases().size(); k++) {
                    if (s.cases().get(k) instanceof Op.SendCase c && m.chan(c.ch()) == ch) {
                        yield k;
                    }
                }
                yield Integer.MIN_VALUE;
            }
            default -> Integer.MIN_VALUE;
        };
    }
}
