package org.interleave.explore;

import org.interleave.engine.StateWriter;
import org.interleave.engine.StateWriter.StateKey;

/**
 * The explored states, numbered in the order they were added, stored compactly and exactly:
 * each part of a key (see {@link StateKey#partCount}) — a goroutine, or the resources — is stored
 * once in a table of parts, and a state as its header followed by the numbers of its parts
 * (SPIN's "collapse" compression). Goroutines of a design stand in few distinct places and many
 * states share them, so a state takes a byte or two per goroutine instead of its whole encoding.
 * Parts are numbered in the order they were first added, which makes the stored form as
 * deterministic as the search. Two keys are stored alike exactly when they are equal: parts are
 * numbered one to one, and the header's goroutine count says how many numbers follow.
 */
final class StateTable {
    /** Ids of tables, for keys to remember which table numbered their parts. */
    private static final java.util.concurrent.atomic.AtomicInteger IDS = new java.util.concurrent.atomic.AtomicInteger();
    /** This table's id (never 0). */
    private final int id = nextId();
    /** Each distinct part of a key, numbered. */
    private final ByteTable parts = new ByteTable();
    /** Each state's stored form. */
    private final ByteTable states = new ByteTable();
    /** A thread's buffer for stored forms (states are looked up on every search thread). */
    private static final ThreadLocal<byte[][]> BUFFER = ThreadLocal.withInitial(() -> new byte[][] {new byte[256]});

    private static int nextId() {
        int id;
        do {
            id = IDS.incrementAndGet();
        } while (id == 0);
        return id;
    }

    /** The number of the state with this key, or -1 when it is not here. */
    int find(StateKey key) {
        byte[][] buf = BUFFER.get();
        int n = stored(key, buf, false);
        return n < 0 ? -1 : states.find(buf[0], 0, n, StateWriter.hash(buf[0], 0, n));
    }

    /**
     * The number of the state with this key when it is here; otherwise adds it and returns its
     * new number (the number of states before it) as {@code ~number}, which is negative.
     */
    int put(StateKey key) {
        byte[][] buf = BUFFER.get();
        int n = stored(key, buf, true);
        int h = StateWriter.hash(buf[0], 0, n);
        int s = states.find(buf[0], 0, n, h);
        return s >= 0 ? s : ~states.add(buf[0], 0, n, h);
    }

    int size() {
        return states.size();
    }

    /** Heap this table holds: the states' stored forms and the parts, with their tables. */
    long bytes() {
        return states.bytes() + parts.bytes();
    }

    /**
     * Writes key's stored form into {@code buf[0]} (growing it when needed) and returns its
     * length; -1 when a part of it is not stored and {@code adding} is false (then the state is
     * not either). Only an adding call changes the table.
     */
    private int stored(StateKey key, byte[][] buf, boolean adding) {
        byte[] header = key.headerBytes();
        int parts = key.partCount();
        byte[] out = room(buf, header.length + 1 + 5 * parts);
        // A key of one part is stored as it is, after a mark no form of a key with parts starts with.
        out[0] = (byte) (key.hasParts() ? 1 : 0);
        System.arraycopy(header, 0, out, 1, header.length);
        int at = header.length + 1;
        for (int i = 0; i < parts; i++) {
            int part = key.partNumber(i, id);
            if (part < 0) {
                byte[] data = key.partBytes(i);
                int h = key.partHash(i);
                part = this.parts.find(data, 0, data.length, h);
                if (part < 0) {
                    if (!adding) {
                        return -1;
                    }
                    part = this.parts.add(data, 0, data.length, h);
                }
                key.numberPart(i, id, part);
            }
            while ((part & ~0x7F) != 0) {
                out[at++] = (byte) (part | 0x80);
                part >>>= 7;
            }
            out[at++] = (byte) part;
        }
        return at;
    }

    /** buf[0], at least n long. */
    private static byte[] room(byte[][] buf, int n) {
        if (buf[0].length < n) {
            buf[0] = new byte[Math.max(n, buf[0].length * 2)];
        }
        return buf[0];
    }
}
