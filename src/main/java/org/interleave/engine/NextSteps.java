package org.interleave.engine;

import java.util.ArrayList;
import java.util.List;
import org.interleave.engine.model.Op;

/**
 * What can happen next in a machine (see {@link Machine#enabled()}): each goroutine's choices —
 * its next visible op, each ready case of its select, each partner of a hand-off (DESIGN §4
 * "Hand-offs") — then the context timeouts that may fire.
 */
final class NextSteps {
    private NextSteps() {
    }

    /** Everything that can happen next, goroutines in creation order, then context timeouts. */
    static List<Choice> enabled(Machine m) {
        if (m.crashed || m.limitError != null || m.cutShort != null) {
            return List.of();
        }
        List<Choice> out = SCRATCH.get().enabled;
        out.clear();
        for (GoroutineState g : m.gs) {
            // by index: addAll would copy each list into an array first
            List<Choice> own = m.options(g.index);
            for (int i = 0; i < own.size(); i++) {
                out.add(own.get(i));
            }
        }
        if (m.timing == Timing.VERIFY) {
            for (Object o : m.res) {
                if (o instanceof ContextState c && c.timerArmed()) {
                    out.add(Choice.timer(c.index));
                }
            }
        }
        return List.copyOf(out);
    }

    /** The choices goroutine g has now (empty when it is blocked, done or spinning). */
    static List<Choice> options(Machine m, int g) {
        List<Choice> out = SCRATCH.get().options;
        out.clear();
        options(m, m.gs.get(g), out);
        return switch (out.size()) {
            case 0 -> List.of();
            case 1 -> {
                Choice c = out.get(0);
                // The usual lone plain choice: one list per goroutine number, made once.
                yield c.actor() < PLAIN.length && c == PLAIN[c.actor()] ? PLAIN_LIST[c.actor()] : pairedList(c);
            }
            default -> List.copyOf(out);
        };
    }

    /**
     * Lists each search thread reuses to gather choices: the lists it hands out are immutable
     * copies, which for the usual one choice is one small object instead of three.
     */
    private static final class Scratch {
        final List<Choice> enabled = new ArrayList<>();
        final List<Choice> options = new ArrayList<>();
    }

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private static void options(Machine m, GoroutineState g, List<Choice> out) {
        Op op = g.pending();
        if (op == null) {
            return;
        }
        if (m.timing == Timing.TIMED && g.busyUntil > m.clock) {
            return;
        }
        if (op instanceof Op.Select s && !g.atRangeHead()) {
            List<Integer> ready = Readiness.readyCases(m, g, s);
            boolean byState = false;
            for (int k : ready) {
                Op.Case c = s.cases().get(k);
                byState |= Readiness.readyByState(m, c);
                switch (c) {
                    case Op.RecvCase r -> withPartners(m, g, k, m.chan(r.ch()), true, out);
                    case Op.SendCase x -> withPartners(m, g, k, m.chan(x.ch()), false, out);
                    case Op.DoneCase unused -> out.add(new Choice(g.index, k));
                    case Op.AfterCase unused -> out.add(new Choice(g.index, k));
                }
            }
            // In verification default is ruled out only by a case ready by the resources' state;
            // a timed run is one fixed interleaving, where a ready partner has parked.
            if (s.hasDefault() && (m.timing == Timing.VERIFY ? !byState : ready.isEmpty())) {
                out.add(new Choice(g.index, Choice.DEFAULT));
            }
            return;
        }
        if (Readiness.ready(m, g, op)) {
            switch (op) {
                case Op.Send x -> withPartners(m, g, Choice.NONE, m.chan(x.ch()), false, out);
                case Op.Recv r -> withPartners(m, g, Choice.NONE, m.chan(r.ch()), true, out);
                case Op.Range r when g.atRangeHead() -> withPartners(m, g, Choice.NONE, m.chan(r.ch()), true, out);
                case Op.If unused -> out.add(plain(g.index));
                case Op.While unused -> out.add(plain(g.index));
                case Op.Repeat unused -> out.add(plain(g.index));
                case Op.Loop unused -> out.add(plain(g.index));
                case Op.Range unused -> out.add(plain(g.index));
                case Op.OnceDo unused -> out.add(plain(g.index));
                case Op.Select unused -> out.add(plain(g.index));
                case Op.Go unused -> out.add(plain(g.index));
                case Op.Close unused -> out.add(plain(g.index));
                case Op.Lock unused -> out.add(plain(g.index));
                case Op.Unlock x -> RwMutexSteps.unlockOptions(m, g, x, out, plain(g.index));
                case Op.RLock unused -> out.add(plain(g.index));
                case Op.RUnlock x -> RwMutexSteps.runlockOptions(m, g, x, out, plain(g.index));
                case Op.Add unused -> out.add(plain(g.index));
                case Op.Done unused -> out.add(plain(g.index));
                case Op.Wait w when m.wg(w.wg()).counter != 0 -> {
                    // Woken by an earlier zero, with the counter up again: it had parked and its
                    // check panics (0), or it had not parked yet and waits for the next zero (1).
                    out.add(new Choice(g.index, Choice.WAIT_WOKEN_PANICS));
                    out.add(new Choice(g.index, Choice.WAIT_HAD_NOT_PARKED));
                }
                case Op.Wait unused -> out.add(plain(g.index));
                case Op.Read unused -> out.add(plain(g.index));
                case Op.Write unused -> out.add(plain(g.index));
                case Op.Inc unused -> out.add(plain(g.index));
                case Op.AtomicAdd unused -> out.add(plain(g.index));
                case Op.AtomicLoad unused -> out.add(plain(g.index));
                case Op.AtomicStore unused -> out.add(plain(g.index));
                case Op.AtomicCas unused -> out.add(plain(g.index));
                case Op.Cancel unused -> out.add(plain(g.index));
                case Op.Sleep unused -> out.add(plain(g.index));
                case Op.Work unused -> out.add(plain(g.index));
                case Op.Emit unused -> out.add(plain(g.index));
                case Op.Let unused -> out.add(plain(g.index));
                case Op.Break unused -> out.add(plain(g.index));
                case Op.Continue unused -> out.add(plain(g.index));
                case Op.Return unused -> out.add(plain(g.index));
                case Op.Assert unused -> out.add(plain(g.index));
            }
        }
    }

    /** g's step (case {@code branch}), once for each partner it may pair with when it is a hand-off on ch. */
    private static void withPartners(Machine m, GoroutineState g, int branch, ChannelState ch, boolean receiving, List<Choice> out) {
        if (!Readiness.handOff(ch)) {
            out.add(branch == Choice.NONE ? plain(g.index) : new Choice(g.index, branch));
            return;
        }
        long[] pairs = Readiness.partnersScratch(m, ch, g.index, receiving);
        for (int i = 0, n = Readiness.partnerCount(); i < n; i++) {
            long p = pairs[i];
            out.add(paired(g.index, branch, Readiness.goroutineOf(p), Readiness.caseOf(p)));
        }
    }

    /** Goroutine g's plain choice (no case, no partner): one object per goroutine number, made once (choices are values). */
    private static Choice plain(int g) {
        return g < PLAIN.length ? PLAIN[g] : new Choice(g, Choice.NONE);
    }

    /**
     * Goroutine g's hand-off with partner p, as a choice: the usual plain pairs (no case on either
     * side) among the first 64 goroutines made once each and kept. Filled as first met, by any
     * thread: a choice's fields are final, so one made on another thread is safe to read, and
     * two threads that both make one make equal ones.
     */
    private static Choice paired(int g, int branch, int p, int pCase) {
        if (branch != Choice.NONE || pCase != Choice.NONE || g >= 64 || p >= 64 || p < 0) {
            return new Choice(g, branch, p, pCase);
        }
        int i = g << 6 | p;
        Choice c = PAIRED[i];
        if (c == null) {
            c = new Choice(g, Choice.NONE, p, Choice.NONE);
            PAIRED[i] = c;
        }
        return c;
    }

    private static final Choice[] PAIRED = new Choice[64 * 64];
    /** The lone choice c as a list: for a kept plain pair, one list kept with it (filled as {@link #PAIRED} is). */
    private static List<Choice> pairedList(Choice c) {
        int g = c.actor();
        int p = c.partner();
        if (g >= 64 || p < 0 || p >= 64 || PAIRED[g << 6 | p] != c) {
            return List.of(c);
        }
        List<Choice> l = PAIRED_LIST[g << 6 | p];
        if (l == null) {
            l = List.of(c);
            PAIRED_LIST[g << 6 | p] = l;
        }
        return l;
    }

    @SuppressWarnings("unchecked")
    private static final List<Choice>[] PAIRED_LIST = new List[64 * 64];

    private static final Choice[] PLAIN = new Choice[256];
    private static final List<Choice>[] PLAIN_LIST = plainLists();

    @SuppressWarnings("unchecked")
    private static List<Choice>[] plainLists() {
        List<Choice>[] out = new List[PLAIN.length];
        for (int g = 0; g < PLAIN.length; g++) {
            PLAIN[g] = new Choice(g, Choice.NONE);
            out[g] = List.of(PLAIN[g]);
        }
        return out;
    }

    /** The shared var goroutine s accesses in its next step, or null (see {@link Machine#pendingAccess}). */
    static Machine.VarAccess access(GoroutineState s) {
        Op op = s.pending();
        if (op == null || s.atRangeHead()) {
            return null;
        }
        return switch (op) {
            case Op.Read r -> new Machine.VarAccess(r.var(), false);
            case Op.Write w -> new Machine.VarAccess(w.var(), true);
            case Op.Inc i -> new Machine.VarAccess(i.var(), s.phase == 1);
            case Op.If unused -> null;
            case Op.While unused -> null;
            case Op.Repeat unused -> null;
            case Op.Loop unused -> null;
            case Op.Range unused -> null;
            case Op.OnceDo unused -> null;
            case Op.Select unused -> null;
            case Op.Go unused -> null;
            case Op.Send unused -> null;
            case Op.Recv unused -> null;
            case Op.Close unused -> null;
            case Op.Lock unused -> null;
            case Op.Unlock unused -> null;
            case Op.RLock unused -> null;
            case Op.RUnlock unused -> null;
            case Op.Add unused -> null;
            case Op.Done unused -> null;
            case Op.Wait unused -> null;
            case Op.AtomicAdd unused -> null;
            case Op.AtomicLoad unused -> null;
            case Op.AtomicStore unused -> null;
            case Op.AtomicCas unused -> null;
            case Op.Cancel unused -> null;
            case Op.Sleep unused -> null;
            case Op.Work unused -> null;
            case Op.Emit unused -> null;
            case Op.Let unused -> null;
            case Op.Break unused -> null;
            case Op.Continue unused -> null;
            case Op.Return unused -> null;
            case Op.Assert unused -> null;
        };
    }

    /**
     * Timed runs: the next tick, after the clock's, at which a sleeping goroutine, a parked
     * select's timer, a timeout or a busy goroutine changes; MAX_VALUE if none will. A timer
     * already due is no next change: its goroutine waits for a core, which work frees at the
     * tick found here (taking the minimum over due timers too made the run end, as a deadlock,
     * while every core was busy).
     */
    static long nextTimerTick(Machine m) {
        long next = Long.MAX_VALUE;
        long now = m.clock;
        for (GoroutineState g : m.gs) {
            Op op = g.pending();
            if (op == null) {
                continue;
            }
            if (g.busyUntil > now) {
                next = Math.min(next, g.busyUntil);
            }
            if (op instanceof Op.Sleep s && !g.atRangeHead()) {
                next = later(next, now, g.armedAt + s.ticks());
            }
            if (op instanceof Op.Select s && !g.atRangeHead() && g.parked) {
                for (Op.Case c : s.cases()) {
                    if (c instanceof Op.AfterCase a) {
                        next = later(next, now, g.armedAt + a.ticks());
                    }
                }
            }
        }
        for (Object o : m.res) {
            if (o instanceof ContextState c && c.timerArmed()) {
                next = later(next, now, c.timeout);
            }
        }
        return next;
    }

    /** {@code next}, or {@code at} if that comes sooner and after {@code now}. */
    private static long later(long next, long now, long at) {
        return at > now && at < next ? at : next;
    }

    /**
     * Timed runs: whether g is in {@code work n} (started, phase 1) and no longer busy, so that
     * this tick is the last of its n and its next step, the one that finishes the work, is due now.
     */
    static boolean finishesWork(Machine m, GoroutineState g) {
        return m.timing == Timing.TIMED && g.status == GoroutineStatus.RUNNABLE && g.phase == 1
                && g.busyUntil <= m.clock && g.pending() instanceof Op.Work && !g.atRangeHead();
    }

    /** Timed runs: how many goroutines are busy with work at the current tick. */
    static int busyCount(Machine m) {
        int n = 0;
        for (GoroutineState g : m.gs) {
            if (g.status == GoroutineStatus.RUNNABLE && g.busyUntil > m.clock) {
                n++;
            }
        }
        return n;
    }

    /**
     * Marks the goroutines at a select without default that may now have parked (see
     * {@link GoroutineState#parked}); only selects the bit can matter to carry it (an
     * {@code after} case, or a case on an unbuffered channel, where a partner may wait for it).
     * A timed run keeps the mark as verification does (issue 11): its steps must be steps verify
     * can take, so its selects take their timers, and its hand-offs pair with a select, only
     * where verification's would.
     */
    static void updateParking(Machine m) {
        for (int i = 0; i < m.gs.size(); i++) {
            GoroutineState g = m.gs.get(i);
            Op op = g.pending();
            if (op instanceof Op.Select s && !g.atRangeHead() && m.program.mayPark(s)) {
                if (!g.parked && s.cases().stream().noneMatch(c -> Readiness.readyByState(m, c))) {
                    m.own(i).parked = true;
                }
            } else if (g.parked && !(op instanceof Op.Wait)) {
                // A Wait keeps its mark: woken by a zero of its wait group (SyncSteps.wakeWaiters).
                m.own(i).parked = false;
            }
        }
    }
}
