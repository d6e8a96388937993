package org.interleave.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Runtime state of one channel: its buffer (values with the sender's clock), whether it is
 * closed, and the clocks that order the k-th receive before the (k+cap)-th send completes.
 */
final class ChannelState extends SharedPart {
    final String id;
    /** The channel's part number in its program. */
    final int index;
    final int cap;
    final boolean nil;
    boolean closed;
    final ArrayDeque<Long> buffer;
    private final ArrayDeque<VectorClock> bufferClocks;
    private long sends;
    private long receives;
    private final VectorClock[] receiveClocks;
    private VectorClock closeClock;
    /** The empty clock, for slots that hold none yet; never changed. */
    private static final VectorClock NONE = new VectorClock();

    ChannelState(String id, int index, int cap, boolean nil) {
        this.id = id;
        this.index = index;
        this.cap = cap;
        this.nil = nil;
        this.buffer = new ArrayDeque<>(Math.max(cap, 0));
        this.bufferClocks = new ArrayDeque<>(Math.max(cap, 0));
        this.receiveClocks = new VectorClock[Math.max(cap, 0)];
    }

    private ChannelState(ChannelState o) {
        this.id = o.id;
        this.index = o.index;
        this.cap = o.cap;
        this.nil = o.nil;
        this.closed = o.closed;
        if (cap <= 0) {
            // An unbuffered (or nil) channel's buffer stays empty for ever (enqueue refuses it):
            // copies share the two empty queues.
            this.buffer = o.buffer;
            this.bufferClocks = o.bufferClocks;
        } else {
            this.buffer = new ArrayDeque<>(cap);
            this.buffer.addAll(o.buffer);
            this.bufferClocks = new ArrayDeque<>(cap);
            for (VectorClock c : o.bufferClocks) {
                bufferClocks.add(c.copy());
            }
        }
        this.sends = o.sends;
        this.receives = o.receives;
        this.receiveClocks = o.receiveClocks.length == 0 ? o.receiveClocks : new VectorClock[o.receiveClocks.length];
        for (int i = 0; i < receiveClocks.length; i++) {
            receiveClocks[i] = o.receiveClocks[i] == null ? null : o.receiveClocks[i].copy();
        }
        this.closeClock = o.closeClock == null ? null : o.closeClock.copy();
    }

    ChannelState copy() {
        return new ChannelState(this);
    }

    boolean buffered() {
        return cap > 0;
    }

    boolean hasRoom() {
        return buffer.size() < cap;
    }

    /** Puts a value in the buffer; the sender learns of the receive that freed its slot. */
    void enqueue(long value, VectorClock sender) {
        if (cap <= 0) {
            // copies share an unbuffered channel's empty queues
            throw new IllegalStateException("no buffer to put a value in: " + id + " is unbuffered");
        }
        sends++;
        if (sends > cap) {
            sender.join(receiveClocks[(int) ((sends - cap - 1) % cap)]);
        }
        buffer.add(value);
        bufferClocks.add(sender.copy());
    }

    /** Takes the oldest buffered value; the receiver learns of its send. */
    long dequeue(VectorClock receiver) {
        receives++;
        receiver.join(bufferClocks.poll());
        receiveClocks[(int) ((receives - 1) % cap)] = receiver.copy();
        return buffer.poll();
    }

    void close(VectorClock closer) {
        closed = true;
        closeClock = closer.copy();
    }

    /** A receive that returns because of close is ordered after the close. */
    void observeClose(VectorClock receiver) {
        receiver.join(closeClock);
    }

    List<Long> contents() {
        return new ArrayList<>(buffer);
    }

    /**
     * The clocks this channel passes on (see {@link VarState#encodeShadow}), in an order that
     * depends only on what its key holds: the buffered values' senders, oldest first; the close;
     * and the receives the next sends learn of, the next one first.
     */
    void clocks(java.util.function.Consumer<VectorClock> out) {
        bufferClocks.forEach(out);
        out.accept(closeClock == null ? NONE : closeClock);
        for (int i = 0; i < receiveClocks.length; i++) {
            VectorClock c = receiveClocks[(int) ((sends + i) % receiveClocks.length)];
            out.accept(c == null ? NONE : c);
        }
    }

    /** The channel's state without the values in its buffer (nobody can receive them into a local). */
    /** Closed and how many values it buffers, as one number of the key. */
    void encodeCount(StateWriter w) {
        w.put((long) buffer.size() << 1 | (closed ? 1 : 0));
    }

    void encode(StateWriter w) {
        encodeCount(w);
        for (long v : buffer) {
            w.put(v);
        }
    }

    String describe() {
        if (nil) {
            return "nil channel";
        }
        String s = cap == 0 ? "unbuffered" : buffer.size() + " of " + cap + " slots full";
        return closed ? s + ", closed" : s;
    }
}
