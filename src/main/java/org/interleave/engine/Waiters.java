package org.interleave.engine;

import org.interleave.engine.model.Op;

/**
 * Who stands at a send or a receive on each channel in one state, in goroutine order: those
 * for whom {@link Readiness#sendCaseOn} or {@link Readiness#recvCaseOn} is not MIN_VALUE (in verification).
 * Worked out once per state, it spares asking every goroutine about every channel op.
 */
final class Waiters {
    /**
     * Each goroutine at a send or receive on a channel, as {@code key << 32 | goroutine} with
     * key {@code part * 2 + (sending ? 1 : 0)}: sorted (by channel, side, then goroutine) and
     * without repeats. Final, set last: a machine's copies may share this with other threads.
     */
    private final long[] entries;

    private Waiters(long[] entries) {
        this.entries = entries;
    }

    static Waiters of(Machine m) {
        Filling w = FILLING.get();
        w.n = 0;
        for (GoroutineState h : m.gs) {
            Op op = h.pending();
            if (op == null) {
                continue;
            }
            if (h.atRangeHead()) {
                w.note(h.pendingPart(m.program), false, h.index);
                continue;
            }
            switch (op) {
                case Op.Recv r -> w.note(h.pendingPart(m.program), false, h.index);
                case Op.Send x -> w.note(h.pendingPart(m.program), true, h.index);
                case Op.Select s when Readiness.waitsAt(m, h, s) -> {
                    for (Op.Case c : s.cases()) {
                        switch (c) {
                            case Op.SendCase sc -> w.note(m.program.indexOf(sc.ch()), true, h.index);
                            case Op.RecvCase rc -> w.note(m.program.indexOf(rc.ch()), false, h.index);
                            case Op.AfterCase unused -> { }
                            case Op.DoneCase unused -> { }
                        }
                    }
                }
                case Op.Select unused -> { }
                // No other op waits for a partner on a channel.
                case Op.Go unused -> { }
                case Op.Close unused -> { }
                case Op.Range unused -> { }
                case Op.Lock unused -> { }
                case Op.Unlock unused -> { }
                case Op.RLock unused -> { }
                case Op.RUnlock unused -> { }
                case Op.Add unused -> { }
                case Op.Done unused -> { }
                case Op.Wait unused -> { }
                case Op.OnceDo unused -> { }
                case Op.Read unused -> { }
                case Op.Write unused -> { }
                case Op.Inc unused -> { }
                case Op.AtomicAdd unused -> { }
                case Op.AtomicLoad unused -> { }
                case Op.AtomicStore unused -> { }
                case Op.AtomicCas unused -> { }
                case Op.Cancel unused -> { }
                case Op.Sleep unused -> { }
                case Op.Work unused -> { }
                case Op.Emit unused -> { }
                case Op.Let unused -> { }
                case Op.If unused -> { }
                case Op.While unused -> { }
                case Op.Repeat unused -> { }
                case Op.Loop unused -> { }
                case Op.Break unused -> { }
                case Op.Continue unused -> { }
                case Op.Return unused -> { }
                case Op.Assert unused -> { }
            }
        }
        java.util.Arrays.sort(w.entries, 0, w.n);
        // A select with two cases on one channel is one waiter.
        int distinct = 0;
        for (int i = 0; i < w.n; i++) {
            if (distinct == 0 || w.entries[distinct - 1] != w.entries[i]) {
                w.entries[distinct++] = w.entries[i];
            }
        }
        return new Waiters(java.util.Arrays.copyOf(w.entries, distinct));
    }

    /** The entries being gathered, reused by each thread from state to state. */
    private static final class Filling {
        long[] entries = new long[16];
        int n;

        void note(int part, boolean sending, int g) {
            if (n == entries.length) {
                entries = java.util.Arrays.copyOf(entries, 2 * n);
            }
            entries[n++] = (long) (part * 2 + (sending ? 1 : 0)) << 32 | g;
        }
    }

    private static final ThreadLocal<Filling> FILLING = ThreadLocal.withInitial(Filling::new);

    /** Where the goroutines at a send ({@code sending}) or receive on ch begin among the entries. */
    int start(ChannelState ch, boolean sending) {
        return at((long) (ch.index * 2 + (sending ? 1 : 0)) << 32);
    }

    /** Where they end (exclusive): goroutines {@code goroutine(start) .. goroutine(end - 1)}, in goroutine order. */
    int end(ChannelState ch, boolean sending) {
        return at((long) (ch.index * 2 + (sending ? 1 : 0) + 1) << 32);
    }

    /** The goroutine of entry i. */
    int goroutine(int i) {
        return (int) entries[i];
    }

    /** The first entry not below v. */
    private int at(long v) {
        int lo = 0;
        int hi = entries.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (entries[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The first goroutine other than self at a send ({@code sending}) or receive on ch, or -1. */
    int first(Machine m, ChannelState ch, boolean sending, int self) {
        for (int i = start(ch, sending), end = end(ch, sending); i < end; i++) {
            if (goroutine(i) != self) {
                return goroutine(i);
            }
        }
        return -1;
    }
}
