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
            case Op.RLock l -> m.rw(l.mu()).rlockReady(g.index);
            // A Wait woken by an earlier zero may run, to return or to panic (see SyncSteps.await).
            case Op.Wait w -> m.wg(w.wg()).counter == 0 || g.parked;
            case Op.OnceDo o -> m.once(o.once()).ready();
            case Op.Sleep s -> m.timing == Timing.VERIFY || m.clock >= g.armedAt + s.ticks();
            case Op.If unused -> true;
            case Op.While unused -> true;
            case Op.Repeat unused -> true;
            case Op.Loop unused -> true;
            case Op.Select unused -> true;
            case Op.Go unused -> true;
            case Op.Close unused -> true;
            case Op.Unlock unused -> true;
            case Op.RUnlock unused -> true;
            case Op.Add unused -> true;
            case Op.Done unused -> true;
            case Op.Read unused -> true;
            case Op.Write unused -> true;
            case Op.Inc unused -> true;
            case Op.AtomicAdd unused -> true;
            case Op.AtomicLoad unused -> true;
            case Op.AtomicStore unused -> true;
            case Op.AtomicCas unused -> true;
            case Op.Cancel unused -> true;
            case Op.Work unused -> true;
            case Op.Emit unused -> true;
            case Op.Let unused -> true;
            case Op.Break unused -> true;
            case Op.Continue unused -> true;
            case Op.Return unused -> true;
            case Op.Assert unused -> true;
        };
    }

    static List<Integer> readyCases(Machine m, GoroutineState g, Op.Select s) {
        List<Integer> ready = new ArrayList<>();
        for (int k = 0; k < s.cases().size(); k++) {
            boolean r = switch (s.cases().get(k)) {
                case Op.RecvCase c -> recvReady(m, m.chan(c.ch()), g.index);
                case Op.SendCase c -> sendReady(m, m.chan(c.ch()), g.index);
                // DESIGN §4: the timer starts when the select is reached, so it fires only for a
                // select that parked (no default, nothing ready by the resources' state at some
                // state since): never for a polling select, nor for one that had a case ready
                // on arrival and kept it; in a timed run, only once it is also due on the clock
                case Op.AfterCase c -> !s.hasDefault() && g.parked
                        && (m.timing == Timing.VERIFY || m.clock >= g.armedAt + c.ticks());
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

    /** Whether a send or receive on ch is a hand-off that needs a waiting partner (unbuffered, open, not nil). */
    static boolean handOff(ChannelState ch) {
        return !ch.nil && !ch.closed && !ch.buffered();
    }

    /**
     * Every way a hand-off on ch by self can pair (DESIGN §4 "Hand-offs"): each waiting
     * goroutine other than self, and each of its select cases on ch, as a {@link #pair} (case
     * {@link Choice#NONE} for a plain receive, send or range). Instances of one template that
     * are exactly alike (same canonical encoding, dead locals left out) are interchangeable and
     * give one pairing, the lowest-numbered; the first pairing is the first in canonical order.
     */
    static long[] partners(Machine m, ChannelState ch, int self, boolean senders) {
        long[] found = partnersScratch(m, ch, self, senders);
        int n = COUNT.get()[0];
        return n == 0 ? NO_PAIRS : java.util.Arrays.copyOf(found, n);
    }

    /** How many pairings the last {@link #partnersScratch} on this thread found. */
    static int partnerCount() {
        return COUNT.get()[0];
    }

    /** This thread's count of pairings, for {@link #partnerCount}. */
    private static final ThreadLocal<int[]> COUNT = ThreadLocal.withInitial(() -> new int[1]);

    /**
     * As {@link #partners}, in this thread's scratch: the first {@link #partnerCount} entries,
     * valid until the thread asks again (no array per hand-off choice).
     */
    static long[] partnersScratch(Machine m, ChannelState ch, int self, boolean senders) {
        long[] found = FOUND.get();
        int n = 0;
        Waiters waiters = m.waiters();
        int from = waiters == null ? 0 : waiters.start(ch, senders);
        int end = waiters == null ? m.gs.size() : waiters.end(ch, senders);
        for (int w = from; w < end; w++) {
            GoroutineState h = m.gs.get(waiters == null ? w : waiters.goroutine(w));
            int first = h.index == self ? Integer.MIN_VALUE : senders ? sendCaseOn(m, h, ch) : recvCaseOn(m, h, ch);
            if (first == Integer.MIN_VALUE) {
                continue;
            }
            if (first == Choice.NONE) {
                found = with(found, n++, pair(h.index, Choice.NONE));
                continue;
            }
            Op.Select s = (Op.Select) h.pending();
            for (int k = first; k < s.cases().size(); k++) {
                Op.Case c = s.cases().get(k);
                boolean on = senders ? c instanceof Op.SendCase sc && ch.id.equals(sc.ch())
                        : c instanceof Op.RecvCase rc && ch.id.equals(rc.ch());
                if (on) {
                    found = with(found, n++, pair(h.index, k));
                }
            }
        }
        int[] count = COUNT.get();
        if (n <= 1) {
            count[0] = n;
            return found;
        }
        // Canonical order: by the goroutine's canonical encoding, then case, then number (a total order).
        java.util.Comparator<Long> order = (a, b) -> {
            int c = m.gs.get(goroutineOf(a)).compareCanonical(m.gs.get(goroutineOf(b)), m.program);
            if (c != 0) {
                return c;
            }
            c = Integer.compare(caseOf(a), caseOf(b));
            return c != 0 ? c : Integer.compare(goroutineOf(a), goroutineOf(b));
        };
        for (int i = 1; i < n; i++) {
            long x = found[i];
            int j = i - 1;
            while (j >= 0 && order.compare(found[j], x) > 0) {
                found[j + 1] = found[j];
                j--;
            }
            found[j + 1] = x;
        }
        // Interchangeable instances give one pairing: keep the first of each run of alike ones.
        int w = 0;
        for (int i = 0; i < n; i++) {
            if (w > 0 && caseOf(found[w - 1]) == caseOf(found[i]) && m.gs.get(goroutineOf(found[w - 1]))
                    .compareCanonical(m.gs.get(goroutineOf(found[i])), m.program) == 0) {
                continue;
            }
            found[w++] = found[i];
        }
        count[0] = w;
        return found;
    }

    private static final long[] NO_PAIRS = new long[0];

    /**
     * {@code offered} with goroutine {@code twin} as its partner instead, when twin is an
     * instance that {@link #partners} merged with offered's partner (one template, exactly alike
     * now, so waiting at the same case), else null. The search takes one pairing for such twins;
     * a schedule may name either (a timed run pairs with the twin that is not busy with work, and
     * replay takes that pairing as written).
     */
    static Choice withTwinPartner(Machine m, Choice offered, int twin) {
        int p = offered.partner();
        if (p < 0 || twin < 0 || twin == p || twin == offered.actor() || twin >= m.gs.size()) {
            return null;
        }
        GoroutineState a = m.gs.get(p);
        GoroutineState b = m.gs.get(twin);
        return a.templateIndex == b.templateIndex && a.compareCanonical(b, m.program) == 0
                ? new Choice(offered.actor(), offered.branch(), twin, offered.partnerBranch()) : null;
    }

    /** A pairing as one long: the partner's number, then its case ({@link Choice#NONE} for a plain op). */
    static long pair(int goroutine, int branch) {
        return (long) goroutine << 32 | branch & 0xffffffffL;
    }

    static int goroutineOf(long pair) {
        return (int) (pair >>> 32);
    }

    static int caseOf(long pair) {
        return (int) pair;
    }

    private static long[] with(long[] a, int at, long v) {
        if (at == a.length) {
            a = java.util.Arrays.copyOf(a, Math.max(4, a.length * 2));
            FOUND.set(a);
        }
        a[at] = v;
        return a;
    }

    /** The pairings partners() gathers, per search thread (it returns an exact copy). */
    private static final ThreadLocal<long[]> FOUND = ThreadLocal.withInitial(() -> new long[8]);

    /**
     * Whether a case of a select is ready by the state of the resources alone — a buffered value
     * or a free slot, a closed channel, a cancelled context — which rules out {@code default}. A
     * partner standing at its op does not: it may not have parked yet (DESIGN §4).
     */
    static boolean readyByState(Machine m, Op.Case c) {
        return switch (c) {
            case Op.RecvCase r -> {
                ChannelState ch = m.chan(r.ch());
                yield !ch.nil && (!ch.buffer.isEmpty() || ch.closed);
            }
            case Op.SendCase x -> {
                ChannelState ch = m.chan(x.ch());
                yield !ch.nil && (ch.closed || ch.buffered() && ch.hasRoom());
            }
            case Op.DoneCase d -> m.ctx(d.ctx()).cancelled;
            case Op.AfterCase a -> false;
        };
    }

    /** Some goroutine other than self blocked in a receive on ch (plain, range, or select), or -1. */
    static int waitingReceiver(Machine m, ChannelState ch, int self) {
        Waiters waiters = m.waiters();
        if (waiters != null) {
            return waiters.first(m, ch, false, self);
        }
        for (GoroutineState h : m.gs) {
            if (h.index != self && recvCaseOn(m, h, ch) != Integer.MIN_VALUE) {
                return h.index;
            }
        }
        return -1;
    }

    static int waitingSender(Machine m, ChannelState ch, int self) {
        Waiters waiters = m.waiters();
        if (waiters != null) {
            return waiters.first(m, ch, true, self);
        }
        for (GoroutineState h : m.gs) {
            if (h.index != self && sendCaseOn(m, h, ch) != Integer.MIN_VALUE) {
                return h.index;
            }
        }
        return -1;
    }

    /**
     * Whether a select of h can be the waiting side of a hand-off: it has no default, may have
     * parked (see {@link GoroutineState#parked}), and none of its cases is ready by the
     * resources' state now, in verification and in a timed run alike. A select that found a case
     * ready on arrival, and has kept one ready since, takes it and never waits, whenever its
     * goroutine next gets a core; and whatever makes a case of a parked select ready (a buffered
     * value, a free slot, a close, a cancel) completes that select in Go at once, so from then on
     * it waits no more and no partner can pair with it (issue 11). Its after timer keeps the
     * mark alone: the timer may have fired first, an order the search takes anyway.
     */
    static boolean waitsAt(Machine m, GoroutineState h, Op.Select s) {
        if (s.hasDefault() || !h.parked) {
            return false;
        }
        for (Op.Case c : s.cases()) {
            if (readyByState(m, c)) {
                return false;
            }
        }
        return true;
    }

    /** How h waits to receive on ch: NONE for a plain receive or range, a case index in a select. */
    static int recvCaseOn(Machine m, GoroutineState h, ChannelState ch) {
        return caseOn(m, h, ch, false);
    }

    /** How h waits to send on ch: NONE for a plain send, a case index in a select. */
    static int sendCaseOn(Machine m, GoroutineState h, ChannelState ch) {
        return caseOn(m, h, ch, true);
    }

    /**
     * How h waits to send ({@code sending}) or receive on ch: NONE for a plain op (or a range's
     * receive), the first matching case of a select that may be waiting, or MIN_VALUE for none.
     * Channels are compared by part id: looking each op's channel up would cost a map lookup per
     * goroutine, and, inside a step, a copy of a channel the step does not change.
     */
    private static int caseOn(Machine m, GoroutineState h, ChannelState ch, boolean sending) {
        Op op = h.pending();
        if (op == null || m.timing == Timing.TIMED && h.busyUntil > m.clock) {
            return Integer.MIN_VALUE;
        }
        if (h.atRangeHead()) {
            return !sending && ch.id.equals(((Op.Range) op).ch()) ? Choice.NONE : Integer.MIN_VALUE;
        }
        return switch (op) {
            case Op.Recv r -> !sending && ch.id.equals(r.ch()) ? Choice.NONE : Integer.MIN_VALUE;
            case Op.Send x -> sending && ch.id.equals(x.ch()) ? Choice.NONE : Integer.MIN_VALUE;
            case Op.Select s when waitsAt(m, h, s) -> {
                for (int k = 0; k < s.cases().size(); k++) {
                    Op.Case c = s.cases().get(k);
                    if (sending ? c instanceof Op.SendCase sc && ch.id.equals(sc.ch())
                            : c instanceof Op.RecvCase rc && ch.id.equals(rc.ch())) {
                        yield k;
                    }
                }
                yield Integer.MIN_VALUE;
            }
            case Op.If unused -> Integer.MIN_VALUE;
            case Op.While unused -> Integer.MIN_VALUE;
            case Op.Repeat unused -> Integer.MIN_VALUE;
            case Op.Loop unused -> Integer.MIN_VALUE;
            case Op.Range unused -> Integer.MIN_VALUE;
            case Op.OnceDo unused -> Integer.MIN_VALUE;
            case Op.Select unused -> Integer.MIN_VALUE;
            case Op.Go unused -> Integer.MIN_VALUE;
            case Op.Close unused -> Integer.MIN_VALUE;
            case Op.Lock unused -> Integer.MIN_VALUE;
            case Op.Unlock unused -> Integer.MIN_VALUE;
            case Op.RLock unused -> Integer.MIN_VALUE;
            case Op.RUnlock unused -> Integer.MIN_VALUE;
            case Op.Add unused -> Integer.MIN_VALUE;
            case Op.Done unused -> Integer.MIN_VALUE;
            case Op.Wait unused -> Integer.MIN_VALUE;
            case Op.Read unused -> Integer.MIN_VALUE;
            case Op.Write unused -> Integer.MIN_VALUE;
            case Op.Inc unused -> Integer.MIN_VALUE;
            case Op.AtomicAdd unused -> Integer.MIN_VALUE;
            case Op.AtomicLoad unused -> Integer.MIN_VALUE;
            case Op.AtomicStore unused -> Integer.MIN_VALUE;
            case Op.AtomicCas unused -> Integer.MIN_VALUE;
            case Op.Cancel unused -> Integer.MIN_VALUE;
            case Op.Sleep unused -> Integer.MIN_VALUE;
            case Op.Work unused -> Integer.MIN_VALUE;
            case Op.Emit unused -> Integer.MIN_VALUE;
            case Op.Let unused -> Integer.MIN_VALUE;
            case Op.Break unused -> Integer.MIN_VALUE;
            case Op.Continue unused -> Integer.MIN_VALUE;
            case Op.Return unused -> Integer.MIN_VALUE;
            case Op.Assert unused -> Integer.MIN_VALUE;
        };
    }
}
