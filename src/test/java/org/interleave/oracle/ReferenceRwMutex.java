package org.interleave.oracle;

import java.util.TreeSet;

/**
 * {@code sync.RWMutex} in the reference explorer, as Go 1.19's {@code src/sync/rwmutex.go} does it:
 * nothing but its counters and semaphores, so misuse leaves exactly the state Go leaves.
 * <ul>
 *   <li>{@code RLock}: {@code readerCount++}; when a writer has subtracted (the count was
 *       negative), take a {@code readerSem} token, or park until there is one.</li>
 *   <li>{@code RUnlock}: fatal if the count had no reader ({@code r+1 == 0 || r+1 == -max});
 *       {@code readerCount--}; with a writer subtracted, {@code --readerWait == 0} releases a
 *       {@code writerSem} token.</li>
 *   <li>{@code Lock}: {@code w.Lock()} (wait while {@code w} is held), subtract {@code max}
 *       from the count, {@code r} = the readers it had; then, a step of its own,
 *       {@code readerWait += r} and, unless {@code r == 0} or that made it 0, take a
 *       {@code writerSem} token or park until there is one.</li>
 *   <li>{@code Unlock}: fatal if no writer had subtracted ({@code r >= max}); add {@code max}
 *       back, release one {@code readerSem} token per reader counted, then {@code w.Unlock()}
 *       (fatal if {@code w} is not held).</li>
 * </ul>
 * The counter is kept as "a writer subtracted" ({@code subtracted}) and the readers counted
 * ({@code readers}), which is {@code readerCount} while a design has fewer than 2^30 readers.
 * Which parked goroutine takes a released token is a scheduling choice (every parked one may).
 * Knowledge (happens-before) is passed as for any lock: a returning {@code Lock} learns what the
 * last {@code Unlock} and the {@code RUnlock}s since released, a returning {@code RLock} what the
 * last {@code Unlock} released.
 */
final class ReferenceRwMutex implements ReferenceResources.Resource {
    /** {@code w}, the writers' mutex, is held. */
    boolean held;
    /** A writer has subtracted {@code max} from {@code readerCount} and not added it back. */
    boolean subtracted;
    /** Readers counted in {@code readerCount} (parked ones included). */
    int readers;
    int readerWait;
    int readerSem;
    int writerSem;
    /** The writer between its subtraction and its {@code readerWait += r}, or -1; and its r. */
    int adding = -1;
    int addR;
    final TreeSet<Integer> parkedReaders = new TreeSet<>();
    final TreeSet<Integer> parkedWriters = new TreeSet<>();
    long writeReleased;
    long readsReleased;

    @Override
    public ReferenceRwMutex copy() {
        ReferenceRwMutex m = new ReferenceRwMutex();
        m.held = held;
        m.subtracted = subtracted;
        m.readers = readers;
        m.readerWait = readerWait;
        m.readerSem = readerSem;
        m.writerSem = writerSem;
        m.adding = adding;
        m.addR = addR;
        m.parkedReaders.addAll(parkedReaders);
        m.parkedWriters.addAll(parkedWriters);
        m.writeReleased = writeReleased;
        m.readsReleased = readsReleased;
        return m;
    }

    @Override
    public void key(StringBuilder b) {
        b.append("rw").append(held ? 'w' : '-').append(subtracted ? 'S' : '-').append(readers)
                .append(',').append(readerWait).append(',').append(readerSem).append(',').append(writerSem)
                .append('a').append(adding).append(',').append(addR).append(parkedReaders).append(parkedWriters)
                .append(ReferenceResources.hex(writeReleased)).append('/').append(ReferenceResources.hex(readsReleased));
    }

    @Override
    public void forget(long mask) {
        writeReleased &= ~mask;
        readsReleased &= ~mask;
    }

    /** Whether goroutine g, at {@code Lock}, can take a step. */
    boolean lockCanMove(int g) {
        if (adding == g) {
            return true;
        }
        if (parkedWriters.contains(g)) {
            return writerSem > 0;
        }
        return !held;
    }

    /** Whether goroutine g, at {@code RLock}, can take a step: always, unless parked without a token. */
    boolean rlockCanMove(int g) {
        return !parkedReaders.contains(g) || readerSem > 0;
    }

    /** g's step at Lock; true when its Lock returns. */
    boolean lock(ReferenceGoroutine g) {
        if (adding == g.index) {
            adding = -1;
            readerWait += addR;
            return (readerWait == 0 || takeWriterToken(g.index)) && acquired(g);
        }
        if (parkedWriters.remove(g.index)) {
            writerSem--;
            return acquired(g);
        }
        if (subtracted) {
            throw new IllegalStateException("w was free while a writer had subtracted");
        }
        held = true;
        subtracted = true;
        if (readers == 0) {
            return acquired(g);
        }
        adding = g.index;
        addR = readers;
        return false;
    }

    private boolean takeWriterToken(int g) {
        if (writerSem > 0) {
            writerSem--;
            return true;
        }
        parkedWriters.add(g);
        return false;
    }

    /** A returning Lock learns what the last Unlock and the RUnlocks since released. */
    private boolean acquired(ReferenceGoroutine g) {
        g.knows |= writeReleased;
        g.knows |= readsReleased;
        return true;
    }

    /** g's step at Unlock: the fatal error's text, or null. */
    String unlock(ReferenceGoroutine g) {
        if (!subtracted) {
            return "fatal error: sync: Unlock of unlocked RWMutex";
        }
        subtracted = false;
        readerSem += readers;
        if (!held) {
            return "fatal error: sync: unlock of unlocked mutex";
        }
        held = false;
        writeReleased = g.knows;
        readsReleased = 0;
        return null;
    }

    /** g's step at RLock; true when its RLock returns. */
    boolean rlock(ReferenceGoroutine g) {
        if (parkedReaders.remove(g.index)) {
            readerSem--;
        } else {
            readers++;
            if (subtracted) {
                if (readerSem == 0) {
                    parkedReaders.add(g.index);
                    return false;
                }
                readerSem--;
            }
        }
        g.knows |= writeReleased;
        return true;
    }

    /** g's step at RUnlock: the fatal error's text, or null. */
    String runlock(ReferenceGoroutine g) {
        if (readers == 0) {
            return "fatal error: sync: RUnlock of unlocked RWMutex";
        }
        readers--;
        if (subtracted && --readerWait == 0) {
            writerSem++;
        }
        readsReleased |= g.knows;
        return null;
    }
}
