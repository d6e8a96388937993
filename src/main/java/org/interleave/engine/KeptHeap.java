package org.interleave.engine;

/**
 * The heap a set of machines retains together, for a search's memory budget: a search keeps a
 * machine for each state it has yet to expand, and those machines share most of their pieces
 * (a successor differs from its state in the goroutines and resources its step changed; the
 * rest it shares with its state and its siblings, copy on write). Each machine is charged for
 * itself, its arrays and its key memo, and each goroutine state or resource for as long as at
 * least one machine held here holds it, once however many do. Sizes are the estimates of
 * {@link Machine#heapBytes()}; the sum is the same on every run of a search.
 *
 * <p>A machine must not change while it is held here (a search does not step the machines it
 * keeps); only one thread may add and remove.
 */
public final class KeptHeap {
    private long bytes;

    /** The heap the machines held now retain. */
    public long bytes() {
        return bytes;
    }

    /** Holds m too (it must not be held already). */
    public void add(Machine m) {
        int own = Resources.ownBytes(m);
        m.keptBytes = own;
        long b = own;
        // Most pieces are held already (by the machine's siblings): only a new one is sized.
        for (GoroutineState g : m.gs) {
            if (g.keptBy++ == 0) {
                b += charge(g, Resources.heapBytes(g));
            }
        }
        for (Object o : m.res) {
            if (o != null && ((SharedPart) o).keptBy++ == 0) {
                b += charge((SharedPart) o, Resources.heapBytes(o));
            }
        }
        bytes += b;
    }

    /** Lets m go (it must be held); returns the heap that freed: what no other machine held here holds. */
    public long remove(Machine m) {
        long b = m.keptBytes;
        m.keptBytes = 0;
        for (GoroutineState g : m.gs) {
            b += release(g);
        }
        for (Object o : m.res) {
            if (o != null) {
                b += release((SharedPart) o);
            }
        }
        bytes -= b;
        return b;
    }

    private static long charge(SharedPart p, long size) {
        p.keptBytes = (int) Math.min(Integer.MAX_VALUE, size);
        return p.keptBytes;
    }

    private static long release(SharedPart p) {
        return --p.keptBy > 0 ? 0 : p.keptBytes;
    }
}
