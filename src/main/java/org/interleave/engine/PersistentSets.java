package org.interleave.engine;

import java.util.List;
import org.interleave.engine.model.Op;
import org.interleave.engine.model.Part;

/**
 * Persistent sets for the partial-order reduction (see {@link Machine#persistentActors()}): a
 * few goroutines whose next steps nothing else — no other goroutine, none they may start, no
 * context timer — can interfere with before one of them is taken, found from their
 * {@link Footprints} (what each may still do to shared parts).
 */
final class PersistentSets {
    private final Footprints fp;

    PersistentSets(Footprints fp) {
        this.fp = fp;
    }

    /**
     * Goroutines whose enabled choices together form a persistent set in m (a stubborn set closed
     * under "may interfere"), as few choices as can be found; null when no proper subset of the
     * enabled choices qualifies. Nothing a goroutine outside the set (nor one it may start, nor a
     * context timer) can do before the set's first step fails to commute with the set's pending
     * steps or enables one of them. A step may still end the program (a panic, a failed assert)
     * or return from main; the caller checks that after taking it.
     */
    int[] persistentActors(Machine m) {
        if (m.timing != Timing.VERIFY || m.crashed || m.limitError != null) {
            return null;
        }
        List<GoroutineState> gs = m.gs;
        int n = gs.size();
        PersistentScratch scratch = SCRATCH.get();
        scratch.perGoroutine(n);
        Footprints.Future[] fut = scratch.fut;
        int[] choices = scratch.choices;
        long spawns = 0;
        int live = 0;
        int enabled = 0;
        for (GoroutineState g : gs) {
            if (g.status == GoroutineStatus.DONE) {
                continue;
            }
            live++;
            Footprints.Future f = fp.future(g);
            fut[g.index] = f;
            spawns = Math.min(Footprints.INF, spawns + f.spawnCount());
            choices[g.index] = m.options(g.index).size();
            enabled += choices[g.index];
        }
        // Near the goroutine limit, which goroutine starts or finishes first matters.
        if (live + spawns >= m.limits.maxGoroutines()) {
            return null;
        }
        // Armed timers may cancel their context (and its children) at any moment.
        long[] envCounts = scratch.env(fp.width, m.res);
        for (Object o : m.res) {
            if (o instanceof ContextState c && c.timerArmed()) {
                fp.contextTree(envCounts, c.index);
            }
        }
        FootprintView env = scratch.envView.array(envCounts);
        // Who may touch each part (bit sets over goroutines, words a part): only those can
        // interfere with a step on it, so each goroutine's row is worked out for them alone,
        // not for everybody; and what everybody else may do to a part is summed from them.
        int words = (n + 63) >>> 6;
        long[] touchers = scratch.touchers(fp.parts.size(), words);
        long[] everyone = scratch.everyone(words);
        long[] spawners = scratch.spawners(words);
        for (int k = 0; k < n; k++) {
            if (fut[k] == null) {
                continue;
            }
            everyone[k >>> 6] |= 1L << k;
            if (fut[k].spawns()) {
                spawners[k >>> 6] |= 1L << k;
            }
            long[] parts = fut[k].parts();
            for (int w = 0; w < parts.length; w++) {
                for (long bits = parts[w]; bits != 0; bits &= bits - 1) {
                    touchers[(w << 6 | Long.numberOfTrailingZeros(bits)) * words + (k >>> 6)] |= 1L << k;
                }
            }
        }
        FootprintView others = scratch.othersView;
        FootprintView theirs = scratch.futureView;
        boolean[] best = null;
        int bestChoices = enabled;
        boolean[] in = scratch.in;
        int[] queue = scratch.queue;
        // What each goroutine's next step commutes with depends on this state alone, not on the
        // candidate set being built: worked out once per goroutine (pair) and kept (0: not yet).
        // Row h of the interference table is interference[h * n .. h * n + n).
        byte[] blockedByTimers = scratch.blockedByTimers;
        byte[] commutesWithAll = scratch.commutesWithAll;
        byte[] interference = scratch.interference(n);
        boolean[] rowReady = scratch.rowReady;
        long[][] mayInterfere = scratch.mayInterfere;
        boolean[] mayReady = scratch.mayReady;
        // The channel a goroutine at a range's head receives from (-1: not at one); MIN_VALUE: not yet known.
        int[] heads = scratch.heads;
        // Starts already tried: what one reaches it reaches too, so a candidate set that reaches
        // one is no smaller than that one's (or, like it, blocked by a timer): no better set.
        boolean[] tried = scratch.tried;
        candidates:
        for (int start = 0; start < n; start++) {
            if (choices[start] == 0) {
                continue;
            }
            tried[start] = true;
            java.util.Arrays.fill(in, 0, n, false);
            in[start] = true;
            queue[0] = start;
            int head = 0;
            int tail = 1;
            int count = choices[start];
            while (head < tail) {
                int h = queue[head++];
                GoroutineState g = gs.get(h);
                if (heads[h] == Integer.MIN_VALUE) {
                    heads[h] = g.atRangeHead() ? g.pendingPart(fp.program) : -1;
                }
                int rangeCh = heads[h];
                if (count >= bestChoices) {
                    continue candidates;
                }
                if (blockedByTimers[h] == 0) {
                    blockedByTimers[h] = !independent(m, g, rangeCh, env) || sharesChannel(fut[h], env) ? YES : NO;
                }
                if (blockedByTimers[h] == YES) {
                    continue candidates;
                }
                // Everybody else: the total less h's own future (read through, never built).
                if (commutesWithAll[h] == 0) {
                    others.others(h, fut, touchers, words);
                    commutesWithAll[h] = independent(m, g, rangeCh, others) && !sharesChannel(fut[h], others) ? YES : NO;
                }
                if (commutesWithAll[h] == YES) {
                    continue;
                }
                int row = h * n;
                if (!rowReady[h]) {
                    java.util.Arrays.fill(interference, row, row + n, (byte) 0);
                    rowReady[h] = true;
                }
                if (!mayReady[h]) {
                    if (mayInterfere[h] == null || mayInterfere[h].length != words) {
                        mayInterfere[h] = new long[words];
                    }
                    mayInterfere(mayInterfere[h], g, rangeCh, fut[h], touchers, words, everyone, spawners);
                    mayReady[h] = true;
                }
                long[] candidates = mayInterfere[h];
                for (int w = 0; w < words; w++) {
                    for (long bits = candidates[w]; bits != 0; bits &= bits - 1) {
                        int k = w << 6 | Long.numberOfTrailingZeros(bits);
                        if (in[k]) {
                            continue;
                        }
                        if (interference[row + k] == 0) {
                            interference[row + k] = interferes(m, g, rangeCh, fut[h], fut[k], theirs) ? YES : NO;
                        }
                        if (interference[row + k] == YES) {
                            if (tried[k]) {
                                continue candidates;
                            }
                            in[k] = true;
                            queue[tail++] = k;
                            count += choices[k];
                        }
                    }
                }
            }
            if (count < bestChoices) {
                bestChoices = count;
                best = java.util.Arrays.copyOf(in, n);
            }
        }
        if (best == null) {
            return null;
        }
        int size = 0;
        for (boolean b : best) {
            size += b ? 1 : 0;
        }
        int[] out = new int[size];
        for (int g = 0, j = 0; g < n; g++) {
            if (best[g]) {
                out[j++] = g;
            }
        }
        return out;
    }

    /**
     * The goroutines that {@link #interferes} may say yes for, as a bit set: a superset, read off
     * the parts g's future and next step touch. Every test {@code interferes} makes reads only
     * those parts of the other goroutine's future (a shared channel, a once g is inside, the
     * channel at a range's head, the parts g's op touches), except two: an emit interferes with
     * everybody, and a go with whoever may start goroutines.
     */
    private void mayInterfere(long[] out, GoroutineState g, int rangeCh, Footprints.Future mine, long[] touchers,
                              int words, long[] everyone, long[] spawners) {
        java.util.Arrays.fill(out, 0L);
        long[] chans = mine.channels();
        for (int w = 0; w < chans.length; w++) {
            for (long bits = chans[w]; bits != 0; bits &= bits - 1) {
                or(out, touchers, (w << 6 | Long.numberOfTrailingZeros(bits)) * words);
            }
        }
        for (Frame f : g.frames) {
            if (f.kind == Frame.Kind.ONCE) {
                or(out, touchers, (int) f.counter * words);
            }
        }
        if (rangeCh >= 0) {
            or(out, touchers, rangeCh * words);
        } else {
            Op op = g.pending();
            if (op instanceof Op.Emit) {
                or(out, everyone);
            } else if (op instanceof Op.Go) {
                or(out, spawners);
            }
            for (int p : fp.pendingParts(g)) {
                or(out, touchers, p * words);
            }
        }
        out[g.index >>> 6] &= ~(1L << g.index);
    }

    private static void or(long[] into, long[] bits) {
        for (int w = 0; w < into.length; w++) {
            into[w] |= bits[w];
        }
    }

    /** ORs the {@code into.length} words of {@code bits} from {@code at} into {@code into}. */
    private static void or(long[] into, long[] bits, int at) {
        for (int w = 0; w < into.length; w++) {
            into[w] |= bits[at + w];
        }
    }

    private static final ThreadLocal<PersistentScratch> SCRATCH = ThreadLocal.withInitial(PersistentScratch::new);

    private static final byte YES = 1;
    private static final byte NO = 2;

    /**
     * Whether goroutine k (which may still do {@code futK}) can interfere with g's next step
     * (g may still do {@code futG}). Reads k's future through its bit sets: this is asked for
     * pairs of goroutines, so it must not walk every part.
     */
    private boolean interferes(Machine m, GoroutineState g, int head, Footprints.Future futG, Footprints.Future futK,
                               FootprintView view) {
        if (futG.sharesChannel(futK)) {
            return true;
        }
        if (head < 0 && g.pending() instanceof Op.Done d) {
            // Decrements interfere only in sum (the counter reaching zero): every decrementer counts.
            return futK.touches(fp.program.indexOf(d.wg()));
        }
        return !independent(m, g, head, view.future(futK));
    }

    /**
     * Whether g's next step commutes with everything {@code others} (the timers, one goroutine's
     * future, or everybody else's: see {@link FootprintView}) may do before it. {@code head}: the
     * channel g receives from at a range's head, or -1 when it is not at one.
     */
    private boolean independent(Machine m, GoroutineState g, int head, FootprintView others) {
        // Leaving a once body finishes the once: nobody else may be waiting on it.
        for (Frame f : g.frames) {
            if (f.kind == Frame.Kind.ONCE && others.touched((int) f.counter)) {
                return false;
            }
        }
        if (head >= 0) {
            return !others.touched(head);
        }
        Op op = g.pending();
        return switch (op) {
            case Op.Sleep x -> true;
            case Op.Emit x -> false;
            case Op.Go x -> !others.spawns(fp.parts.size());
            case Op.Lock x when fp.parts.get(fp.program.indexOf(x.mu())) instanceof Part.Mutex -> {
                int p = fp.program.indexOf(x.mu());
                yield others.at(p * Footprints.CLASSES + Footprints.GEN) == 0 && others.at(p * Footprints.CLASSES + Footprints.LOCK) == 0
                        && others.at(p * Footprints.CLASSES + Footprints.UNLOCK) == 0;
            }
            case Op.Unlock x when m.res[fp.program.indexOf(x.mu())] instanceof MutexState mu -> {
                // While the mutex is held, nobody else's Lock can run before this Unlock.
                int p = fp.program.indexOf(x.mu());
                yield others.at(p * Footprints.CLASSES + Footprints.GEN) == 0 && others.at(p * Footprints.CLASSES + Footprints.UNLOCK) == 0
                        && (mu.holder >= 0 || others.at(p * Footprints.CLASSES + Footprints.LOCK) == 0);
            }
            case Op.Done x -> {
                // Decrements commute while the counter cannot reach zero before this one: no
                // Wait can return and no decrement can go negative first. When this one may take
                // it to zero, it wakes whoever stands at a Wait then, which matters once somebody
                // may add again, and it takes away the panic of a Wait woken by an earlier zero
                // (SyncSteps.await): then it commutes with nobody who may stand at a Wait.
                int p = fp.program.indexOf(x.wg());
                long counter = ((WaitGroupState) m.res[p]).counter;
                long decrements = others.at(p * Footprints.CLASSES + Footprints.WG_DEC);
                boolean wakes = counter - decrements <= 1 && others.at(p * Footprints.CLASSES + Footprints.WAIT) != 0
                        && (others.anyAt(p * Footprints.CLASSES + Footprints.WG_ADD) || wokenWaiter(m, x.wg()));
                yield others.at(p * Footprints.CLASSES + Footprints.GEN) == 0 && decrements < Footprints.INF
                        && counter - decrements >= 1 && !wakes;
            }
            case Op.If unused -> touchesNothingOf(g, others);
            case Op.While unused -> touchesNothingOf(g, others);
            case Op.Repeat unused -> touchesNothingOf(g, others);
            case Op.Loop unused -> touchesNothingOf(g, others);
            case Op.Range unused -> touchesNothingOf(g, others);
            case Op.OnceDo unused -> touchesNothingOf(g, others);
            case Op.Select unused -> touchesNothingOf(g, others);
            case Op.Send unused -> touchesNothingOf(g, others);
            case Op.Recv unused -> touchesNothingOf(g, others);
            case Op.Close unused -> touchesNothingOf(g, others);
            case Op.Lock unused -> touchesNothingOf(g, others);
            case Op.Unlock unused -> touchesNothingOf(g, others);
            case Op.RLock unused -> touchesNothingOf(g, others);
            case Op.RUnlock unused -> touchesNothingOf(g, others);
            case Op.Add unused -> touchesNothingOf(g, others);
            case Op.Wait unused -> touchesNothingOf(g, others);
            case Op.Read unused -> touchesNothingOf(g, others);
            case Op.Write unused -> touchesNothingOf(g, others);
            case Op.Inc unused -> touchesNothingOf(g, others);
            case Op.AtomicAdd unused -> touchesNothingOf(g, others);
            case Op.AtomicLoad unused -> touchesNothingOf(g, others);
            case Op.AtomicStore unused -> touchesNothingOf(g, others);
            case Op.AtomicCas unused -> touchesNothingOf(g, others);
            case Op.Cancel unused -> touchesNothingOf(g, others);
            case Op.Work unused -> touchesNothingOf(g, others);
            case Op.Let unused -> touchesNothingOf(g, others);
            case Op.Break unused -> touchesNothingOf(g, others);
            case Op.Continue unused -> touchesNothingOf(g, others);
            case Op.Return unused -> touchesNothingOf(g, others);
            case Op.Assert unused -> touchesNothingOf(g, others);
        };
    }

    /** Whether some goroutine stands at a Wait on wg that an earlier zero woke (SyncSteps.wakeWaiters). */
    private static boolean wokenWaiter(Machine m, String wg) {
        for (GoroutineState h : m.gs) {
            if (h.parked && h.atWaitOn(wg)) {
                return true;
            }
        }
        return false;
    }

    /** Whether none of the parts g's pending op touches is touched by {@code others}. */
    private boolean touchesNothingOf(GoroutineState g, FootprintView others) {
        for (int p : fp.pendingParts(g)) {
            if (others.touched(p)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a channel {@code mine} touches is touched by {@code others} (only mine's channels are read). */
    private static boolean sharesChannel(Footprints.Future mine, FootprintView others) {
        long[] chans = mine.channels();
        for (int w = 0; w < chans.length; w++) {
            for (long bits = chans[w]; bits != 0; bits &= bits - 1) {
                int p = w << 6 | Long.numberOfTrailingZeros(bits);
                if (others.at(p * Footprints.CLASSES + Footprints.GEN) != 0) {
                    return true;
                }
            }
        }
        return false;
    }
}
