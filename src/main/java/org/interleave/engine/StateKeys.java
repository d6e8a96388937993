package org.interleave.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * A machine's state key (see {@link Machine#key(boolean)}): the packed encoding of everything
 * that decides how the execution can go on, with symmetry (instances of one template ordered by
 * their own encoding, goroutine numbers relabelled to that order) and dead values left out.
 * The key is made of parts: the header, each goroutine (in key order), and the rest.
 */
final class StateKeys {
    private StateKeys() {
    }

    /** Whether some template has more than one instance (only then can instances be swapped). */
    private static boolean spawnedTwins(Machine m) {
        for (int t : m.program.spawnTargets) {
            if (m.spawned[t] > 1) {
                return true;
            }
        }
        return m.program.countedTwins;
    }

    /**
     * The key of this state. With {@code reduce}, instances of one goroutine template that
     * differ only in which is which share a key, and dead locals are left out; without, every
     * instance keeps its identity and every local its value (plain search, for comparison).
     */
    static StateWriter.StateKey key(Machine m, boolean reduce) {
        return keep(m, probe(m, reduce));
    }

    /**
     * The key of m, as {@link #key}, but in this thread's scratch: valid until the thread asks for
     * another key. A search finds most states it reaches known already; only a new one's key
     * need be kept ({@link #keep}), and only a state kept to expand needs the memo.
     */
    static StateWriter.StateKey probe(Machine m, boolean reduce) {
        final List<GoroutineState> gs = m.gs;
        final Program program = m.program;
        boolean symmetry = reduce;
        Scratch scratch = SCRATCH.get();
        StateWriter w = scratch.key;
        int flags = (m.mainReturned ? 1 : 0) | (m.crashed ? 2 : 0) | (m.cutShort != null ? 4 : 0);
        StateWriter.Packed header;
        if (m.timing == Timing.TIMED) {
            w.reset();
            header = w.put(flags).put(gs.size()).put(m.clock).pack();
        } else {
            header = scratch.header(flags, gs.size());
        }
        // Symmetry: goroutines of one template are ordered by their own encoding, and every
        // goroutine index inside a resource is relabelled to that order, so states that differ
        // only by which instance is which share one key.
        int n = gs.size();
        StateWriter.Packed[] parts = scratch.parts(n);
        boolean twins = false;
        // A successor changed one or two of its parent's goroutines: the others' parts are the
        // parent's, read off its memo without reading each goroutine again.
        boolean memoized = symmetry && m.timing != Timing.TIMED;
        Memo memo = memoized && m.keyMemo != null && m.keyMemo.count == n ? m.keyMemo : null;
        boolean liveChanged = memo == null;
        for (int i = 0; i < n; i++) {
            if (memo != null && (m.keyChanged & 1L << Math.min(i, 63)) == 0) {
                parts[i] = memo.parts[i];
                continue;
            }
            GoroutineState g = gs.get(i);
            if (memoized) {
                parts[g.index] = g.reducedEncoding(program, scratch.one);
                liveChanged |= g.status == GoroutineStatus.DONE;
            } else {
                StateWriter one = scratch.one;
                one.reset();
                g.encode(one, program, symmetry);
                if (m.timing == Timing.TIMED) {
                    one.put(g.armedAt).put(g.busyUntil);
                }
                if (!symmetry) {
                    one.put(g.index).put(g.instance);
                }
                parts[g.index] = one.pack();
            }
            twins |= memo == null && g.index > 0 && gs.get(g.index - 1).templateIndex == g.templateIndex;
        }
        twins |= memo != null && memo.twins;
        int[] order = scratch.order(n);
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        if (symmetry && (twins || spawnedTwins(m))) {
            // A stable insertion sort: goroutines are few and mostly in order already. By
            // template, then by packed encoding; a part packed once is one object,
            // so twins that stand alike compare by identity, without reading their bytes.
            int[] templates = scratch.templates(n);
            for (int i = 0; i < n; i++) {
                templates[i] = gs.get(i).templateIndex;
            }
            for (int i = 1; i < n; i++) {
                int x = order[i];
                int tx = templates[x];
                StateWriter.Packed px = parts[x];
                int j = i - 1;
                while (j >= 0) {
                    int y = order[j];
                    int c = Integer.compare(templates[y], tx);
                    if (c == 0 && parts[y] != px) {
                        c = java.util.Arrays.compare(parts[y].bytes, px.bytes);
                    }
                    if (c <= 0) {
                        break;
                    }
                    order[j + 1] = y;
                    j--;
                }
                order[j + 1] = x;
            }
        }
        int[] label = scratch.label(n);
        boolean inOrder = true;
        for (int i = 0; i < n; i++) {
            label[order[i]] = i;
            inOrder &= order[i] == i;
        }
        long[] observed = !reduce ? null : liveChanged ? observedParts(m, scratch) : memo.observed;
        StateWriter.Packed[] in = scratch.in(n + 1);
        if (memo != null && !liveChanged && !m.keyResChanged && memo.rest != null) {
            // No resource changed since the memo, nor what the live goroutines observe, nor (a
            // goroutine is started only with a new one) the counts of starts: the resources'
            // part is the memo's, in a program whose resources name no goroutine (see keep).
            in[n] = memo.rest;
        } else {
            in[n] = rest(m, w, observed, label, order, n);
        }
        for (int i = 0; i < n; i++) {
            in[i] = parts[order[i]];
        }
        scratch.memoized = memoized;
        scratch.inOrder = inOrder;
        scratch.twins = twins;
        scratch.count = n;
        scratch.observedOut = observed;
        scratch.observedShared = memo != null && !liveChanged;
        StateWriter.StateKey probe = scratch.probe;
        probe.reset(m, header, in, n + 1);
        return probe;
    }

    /** The key's last part: the resources (goroutine numbers in them relabelled by {@code label}) and the counts of starts. */
    private static StateWriter.Packed rest(Machine m, StateWriter w, long[] observed, int[] label, int[] order, int n) {
        final Program program = m.program;
        final Object[] res = m.res;
        w.reset();
        java.util.function.IntUnaryOperator relabel = g -> label[g];
        List<VectorClock> knowers = null;
        int live = 0;
        // Goroutine templates have no resource: only the other parts are read.
        for (int i : program.resourceParts) {
            Object o = res[i];
            if (o != null && observed != null && (observed[i >>> 6] & 1L << i) == 0) {
                // No goroutine alive, nor any it may start, can observe this value again.
                switch (o) {
                    case VarState v -> {
                        w.put(0);
                        if (knowers == null) {
                            knowers = knowers(m, order, n);
                            live = liveCount(m);
                        }
                        v.encodeShadow(w, relabel, knowers, live);
                        continue;
                    }
                    case AtomicState a -> {
                        w.put(0);
                        continue;
                    }
                    case ChannelState c -> {
                        c.encodeCount(w);
                        continue;
                    }
                    default -> { }
                }
            }
            switch (o) {
                // A goroutine part has no resource in any state: nothing to tell apart.
                case null -> { }
                case ChannelState c -> c.encode(w);
                case MutexState x -> x.encode(w, relabel);
                case RwMutexState x -> x.encode(w, relabel);
                case WaitGroupState x -> x.encode(w);
                case OnceState x -> x.encode(w, relabel);
                case VarState v -> {
                    v.encode(w);
                    if (knowers == null) {
                        knowers = knowers(m, order, n);
                        live = liveCount(m);
                    }
                    v.encodeShadow(w, relabel, knowers, live);
                }
                case AtomicState a -> a.encode(w);
                case ContextState c -> c.encode(w);
                case SinkState s -> s.encode(w);
                default -> throw new IllegalStateException();
            }
        }
        // Only a template some go starts can have been started: the others' counts stay 0.
        for (int t : program.spawnTargets) {
            w.put(m.spawned[t]);
        }
        return w.pack();
    }

    /**
     * The key {@code probe} (made by {@link #probe} on m, the last on this thread) as a key of its
     * own, and the memo of m's state for the keys of its copies.
     */
    static StateWriter.StateKey keep(Machine m, StateWriter.StateKey probe) {
        Scratch scratch = SCRATCH.get();
        if (probe != scratch.probe || probe.probeOf != m) {
            throw new IllegalStateException("not this thread's last probe of this machine");
        }
        probe.probeOf = null;
        StateWriter.Packed[] in = probe.partsCopy();
        if (scratch.memoized) {
            int n = scratch.count;
            long[] observed = scratch.observedOut;
            if (observed != null && !scratch.observedShared) {
                observed = observed.clone();
            }
            // The resources' part holds for the copies while no resource changes only where it
            // names no goroutine: relabelled (a mutex's holder) or through clocks (a var's shadow).
            Footprints fp = m.program.footprints();
            StateWriter.Packed rest = fp.selectParts != null && fp.resourcesNameNoGoroutine ? in[n] : null;
            m.keyMemo = new Memo(scratch.inOrder ? in : java.util.Arrays.copyOf(scratch.parts, n), n, scratch.twins,
                    observed, rest);
            m.keyChanged = 0;
            m.keyResChanged = false;
        }
        return StateWriter.key(probe.header(), in);
    }

    /**
     * What a reduced key of a state found, for the next key of that state or of a copy of it
     * ({@code Machine.keyChanged} tells which goroutines changed since): each goroutine's part by
     * index, how many goroutines there were, whether twins stood side by side, and the parts the
     * live goroutines observe. Never changed once made: copies share it.
     */
    record Memo(StateWriter.Packed[] parts, int count, boolean twins, long[] observed, StateWriter.Packed rest) {}

    /** Buffers a thread reuses for the keys it builds (keys are built on whichever thread searches). */
    private static final class Scratch {
        final StateWriter key = new StateWriter(true);
        /** One goroutine's encoding, before it is packed. */
        final StateWriter one = new StateWriter(true);
        private StateWriter.Packed[] parts = new StateWriter.Packed[16];
        private int[] order = new int[16];
        private int[] label = new int[16];
        private long[] observed = new long[2];
        private StateWriter.Packed[] in = new StateWriter.Packed[17];
        /** The probe this thread hands out, and what {@link #keep} needs of the state it was made of. */
        final StateWriter.StateKey probe = new StateWriter.StateKey();
        boolean memoized;
        boolean inOrder;
        boolean twins;
        int count;
        long[] observedOut;
        boolean observedShared;
        /** Headers by flags and goroutine count: a search makes the same few over and over. */
        private StateWriter.Packed[] headers = new StateWriter.Packed[64];

        StateWriter.Packed header(int flags, int goroutines) {
            int i = goroutines << 3 | flags;
            if (i >= headers.length) {
                headers = java.util.Arrays.copyOf(headers, Math.max(i + 1, 2 * headers.length));
            }
            StateWriter.Packed h = headers[i];
            if (h == null) {
                key.reset();
                h = key.put(flags).put(goroutines).pack();
                headers[i] = h;
            }
            return h;
        }

        /** n words, all zero. */
        long[] observed(int n) {
            if (observed.length < n) {
                observed = new long[n];
            } else {
                java.util.Arrays.fill(observed, 0, n, 0L);
            }
            return observed;
        }

        private int[] templates = new int[16];

        int[] templates(int n) {
            if (templates.length < n) {
                templates = new int[Math.max(n, templates.length * 2)];
            }
            return templates;
        }

        int[] order(int n) {
            if (order.length < n) {
                order = new int[Math.max(n, order.length * 2)];
            }
            return order;
        }

        int[] label(int n) {
            if (label.length < n) {
                label = new int[Math.max(n, label.length * 2)];
            }
            return label;
        }

        StateWriter.Packed[] in(int n) {
            if (in.length < n) {
                in = new StateWriter.Packed[Math.max(n, in.length * 2)];
            }
            return in;
        }

        StateWriter.Packed[] parts(int n) {
            if (parts.length < n) {
                parts = new StateWriter.Packed[Math.max(n, parts.length * 2)];
            }
            return parts;
        }
    }

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    /**
     * The clocks that may still pass knowledge of a var access on: the running goroutines' (in
     * the key's order), then each resource's (see {@link VarState#encodeShadow}).
     */
    private static List<VectorClock> knowers(Machine m, int[] order, int n) {
        final List<GoroutineState> gs = m.gs;
        List<VectorClock> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            int i = order[k];
            if (gs.get(i).status != GoroutineStatus.DONE) {
                out.add(gs.get(i).vc);
            }
        }
        for (Object o : m.res) {
            switch (o) {
                case MutexState x -> x.clocks(out::add);
                case RwMutexState x -> x.clocks(out::add);
                case ChannelState c -> c.clocks(out::add);
                case WaitGroupState x -> x.clocks(out::add);
                case OnceState x -> x.clocks(out::add);
                case AtomicState a -> a.clocks(out::add);
                case ContextState c -> c.clocks(out::add);
                case null, default -> { }
            }
        }
        return out;
    }

    private static int liveCount(Machine m) {
        int n = 0;
        for (GoroutineState g : m.gs) {
            n += g.status != GoroutineStatus.DONE ? 1 : 0;
        }
        return n;
    }

    /** The parts whose value some goroutine still running may observe (see {@link Program#observes}). */
    private static long[] observedParts(Machine m, Scratch scratch) {
        int words = (m.res.length + 63) >>> 6;
        // The thread's scratch serves; a memo keeps a copy of its own (keep).
        long[] out = scratch.observed(words);
        int last = -1;
        for (GoroutineState g : m.gs) {
            // twins stand side by side, and observe alike
            if (g.status != GoroutineStatus.DONE && g.templateIndex != last) {
                last = g.templateIndex;
                long[] of = m.program.observesWords(g.templateIndex);
                for (int i = 0; i < of.length; i++) {
                    out[i] |= of[i];
                }
            }
        }
        return out;
    }
}
