package org.interleave.oracle;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The runtime state of each kind of resource in the reference explorer. Every synchronizing
 * object carries a <em>knowledge set</em>: the shared-var accesses that happen before whatever
 * later acquires from it (DESIGN §4, happens-before). A knowledge set is a vector clock
 * restricted to the accesses the race check can still compare against (the last write of each
 * var and each goroutine's last read since); each such access has a bit (see
 * {@link ReferenceSteps#label}), so a knowledge set is a {@code long} and whole states stay finite.
 */
final class ReferenceResources {
    private ReferenceResources() {}

    /** A resource's state: copyable, with a canonical text for state keys. */
    interface Resource {
        Resource copy();

        void key(StringBuilder b);

        /** Forgets the accesses of {@code mask} in every knowledge set it holds (their bits are being reused). */
        void forget(long mask);
    }

    static String hex(long knows) {
        return Long.toHexString(knows);
    }

    /** One buffered value and the knowledge of the send that put it there. */
    record Item(long value, long knows) {}

    /** {@code make(chan int, cap)}. {@code slotFreed} holds what the last cap receives release to sends. */
    static final class Chan implements Resource {
        final int cap;
        final boolean nil;
        boolean closed;
        long closeKnows;
        ArrayDeque<Item> buffer = new ArrayDeque<>();
        /**
         * The k-th receive happens before the (k+cap)-th send completes: the knowledge of the
         * last {@code cap} receives, oldest first, pre-filled with empty sets for the first
         * {@code cap} sends, which no receive orders.
         */
        ArrayDeque<Long> slotFreed = new ArrayDeque<>();

        Chan(int cap, boolean nil) {
            this.cap = cap;
            this.nil = nil;
            for (int i = 0; i < cap; i++) {
                slotFreed.add(0L);
            }
        }

        public Chan copy() {
            Chan c = new Chan(cap, nil);
            c.closed = closed;
            c.closeKnows = closeKnows;
            c.buffer = new ArrayDeque<>(buffer);
            c.slotFreed = new ArrayDeque<>(slotFreed);
            return c;
        }

        public void key(StringBuilder b) {
            b.append("ch").append(closed ? 'C' : 'o').append(hex(closeKnows)).append('[');
            for (Item i : buffer) {
                b.append(i.value()).append('/').append(hex(i.knows())).append(',');
            }
            b.append(']');
            for (long k : slotFreed) {
                b.append(hex(k)).append(',');
            }
        }

        public void forget(long mask) {
            closeKnows &= ~mask;
            int n = buffer.size();
            for (int i = 0; i < n; i++) {
                Item it = buffer.pollFirst();
                buffer.addLast(new Item(it.value(), it.knows() & ~mask));
            }
            n = slotFreed.size();
            for (int i = 0; i < n; i++) {
                slotFreed.addLast(slotFreed.pollFirst() & ~mask);
            }
        }
    }

    /** {@code sync.Mutex}: not owned, so another goroutine may unlock it. */
    static final class Mutex implements Resource {
        boolean locked;
        long released;

        public Mutex copy() {
            Mutex m = new Mutex();
            m.locked = locked;
            m.released = released;
            return m;
        }

        public void key(StringBuilder b) {
            b.append("mu").append(locked ? 'L' : 'u').append(hex(released));
        }

        public void forget(long mask) {
            released &= ~mask;
        }
    }

    /** {@code sync.WaitGroup}: the counter and what its Done calls release to Wait. */
    static final class WaitGroup implements Resource {
        long counter;
        long released;

        public WaitGroup copy() {
            WaitGroup w = new WaitGroup();
            w.counter = counter;
            w.released = released;
            return w;
        }

        public void key(StringBuilder b) {
            b.append("wg").append(counter).append(hex(released));
        }

        public void forget(long mask) {
            released &= ~mask;
        }
    }

    /** {@code sync.Once}: not run, running in one goroutine, or done. */
    static final class Once implements Resource {
        int runner = -1;
        boolean done;
        long released;

        public Once copy() {
            Once o = new Once();
            o.runner = runner;
            o.done = done;
            o.released = released;
            return o;
        }

        public void key(StringBuilder b) {
            b.append("once").append(runner).append(done).append(hex(released));
        }

        public void forget(long mask) {
            released &= ~mask;
        }
    }

    /**
     * A plain shared int and the race detector's memory of it: who wrote it last and which
     * goroutines read it since (the sites only name the accesses in messages).
     */
    static final class Var implements Resource {
        long value;
        int lastWriter = -1;
        String lastWriteSite;
        TreeMap<Integer, String> readers = new TreeMap<>();

        public Var copy() {
            Var v = new Var();
            v.value = value;
            v.lastWriter = lastWriter;
            v.lastWriteSite = lastWriteSite;
            v.readers = new TreeMap<>(readers);
            return v;
        }

        public void key(StringBuilder b) {
            b.append("var").append(value).append('w').append(lastWriter).append('r').append(readers.keySet());
        }

        public void forget(long mask) {
        }
    }

    /** {@code atomic.Int64}: every operation acquires and releases. */
    static final class Atomic implements Resource {
        long value;
        long released;

        public Atomic copy() {
            Atomic a = new Atomic();
            a.value = value;
            a.released = released;
            return a;
        }

        public void key(StringBuilder b) {
            b.append("at").append(value).append(hex(released));
        }

        public void forget(long mask) {
            released &= ~mask;
        }
    }

    /** A context: cancelled or not, and what its cancellation releases to receives from Done. */
    static final class Context implements Resource {
        final String parent;
        final long timeout;
        boolean cancelled;
        long cancelKnows;

        Context(String parent, long timeout) {
            this.parent = parent;
            this.timeout = timeout;
        }

        public Context copy() {
            Context c = new Context(parent, timeout);
            c.cancelled = cancelled;
            c.cancelKnows = cancelKnows;
            return c;
        }

        public void key(StringBuilder b) {
            b.append("ctx").append(cancelled ? 'X' : '-').append(hex(cancelKnows));
        }

        public void forget(long mask) {
            cancelKnows &= ~mask;
        }
    }

    /** An output stream: every value emitted so far. */
    static final class Sink implements Resource {
        List<Long> values = new ArrayList<>();

        public Sink copy() {
            Sink s = new Sink();
            s.values = new ArrayList<>(values);
            return s;
        }

        public void key(StringBuilder b) {
            b.append("sink").append(values);
        }

        public void forget(long mask) {
        }
    }
}
