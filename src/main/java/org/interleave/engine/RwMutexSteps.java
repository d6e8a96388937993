package org.interleave.engine;

import java.util.List;
import org.interleave.engine.model.Op;

/**
 * The RWMutex steps that follow Go's counters ({@link RwMutexCounters}): every step of a lock
 * that misuse has switched to them, and the two misuses that switch it, because Go's checks let
 * them pass: an {@code Unlock} while a writer waits in {@code Lock} (it has subtracted), and an
 * {@code RUnlock} of a write-held lock that takes the count of a reader waiting in {@code RLock}.
 * Readers standing at an RLock behind a writer are not counted in the writer-preference view,
 * but in Go each may have counted itself: that is a choice of these two steps (a bit mask as
 * the Unlock's branch, {@code main:1}; a {@code >reader} partner for the RUnlock, {@code main>r}).
 */
final class RwMutexSteps {
    private RwMutexSteps() {}

    static void lock(Machine vm, GoroutineState g, RwMutexState m, Frame f) {
        RwMutexCounters c = m.go;
        switch (c.lock(g.index)) {
            case RETURNED -> {
                m.lockReturns(g.index, g.vc);
                if (vm.recording) vm.effects.add("acquired " + m.id + " for writing");
                f.pc++;
            }
            case SUBTRACTED -> {
                if (vm.recording) vm.effects.add("took " + m.id + "'s writer lock; new readers now wait; counts "
                        + c.addR + " reader(s) to wait for");
            }
            case PARKED -> {
                if (vm.recording) vm.effects.add("waits for " + c.readerWait + " reader(s) of " + m.id + " to leave");
            }
        }
    }

    static void unlock(Machine vm, GoroutineState g, RwMutexState m, Op op, Frame f, int branch) {
        if (m.go == null) {
            // the choice :mask: which readers standing at their RLock had counted themselves
            List<Integer> waiting = waitingReaders(vm, g, m.id);
            if (vm.recording) vm.effects.add(m.id + " was read-held while " + vm.goroutineName(m.pendingWriter)
                    + " waited to write-lock it: Go's check passes");
            m.toCounters((branch & 1 << waiting.size()) == 0);
            for (int i = 0; i < waiting.size(); i++) {
                if (branch > 0 && (branch & 1 << i) != 0) {
                    m.go.countParked(waiting.get(i));
                    if (vm.recording) vm.effects.add(vm.goroutineName(waiting.get(i)) + " had counted itself as a reader of " + m.id);
                }
            }
        }
        switch (m.go.unlock()) {
            case NOT_SUBTRACTED -> Panics.raise(vm, Kind.PANIC, "fatal error: sync: Unlock of unlocked RWMutex", g, op,
                    g.name + " called Unlock on " + m.id + ", which was not locked for writing.");
            case W_NOT_HELD -> Panics.raise(vm, Kind.PANIC, "fatal error: sync: unlock of unlocked mutex", g, op,
                    g.name + " called Unlock on " + m.id + ", whose writers' mutex was not locked.");
            case RELEASED -> {
                m.unlockReleases(g.vc);
                if (vm.recording) vm.effects.add("released " + m.id);
            }
        }
        f.pc++;
    }

    static void rlock(Machine vm, GoroutineState g, RwMutexState m, Frame f) {
        if (m.go.rlock(g.index)) {
            m.rlockReturns(g.index, g.vc);
            if (vm.recording) vm.effects.add("acquired " + m.id + " for reading");
            f.pc++;
        } else if (vm.recording) {
            vm.effects.add("counted itself as a reader of " + m.id + " and waits for its writer's Unlock");
        }
    }

    static void runlock(Machine vm, GoroutineState g, RwMutexState m, Op op, Frame f) {
        if (m.go == null) {
            // the choice >h: reader h, at its RLock behind the writer, had counted itself
            m.toCounters(vm.pairCase != 1);
            m.go.countParked(vm.pairWith);
            if (vm.recording) vm.effects.add(vm.goroutineName(vm.pairWith) + " had counted itself as a reader of " + m.id);
        }
        if (!m.go.runlock()) {
            Panics.raise(vm, Kind.PANIC, "fatal error: sync: RUnlock of unlocked RWMutex", g, op,
                    g.name + " called RUnlock on " + m.id + ", which had no readers.");
        } else {
            m.runlockReleases(g.index, g.vc);
            if (vm.recording) vm.effects.add("released a read lock of " + m.id);
        }
        f.pc++;
    }

    /**
     * g's choices at an Unlock of {@code mu}: the plain step, or, when a writer has announced
     * itself on an RWMutex no writer holds (Go's check passes: that writer has subtracted), one
     * choice per set of the goroutines standing at an RLock of it that had counted themselves
     * already (a bit mask over {@link #waitingReaders}, as the branch): each such reader parks
     * with a token the Unlock releases for it, and a token released is anyone's to take. A
     * reader not counted may count itself later, but by then the tokens may be gone. The next
     * bit says the writer had not yet added its r to {@code readerWait} (Go's second atomic of
     * Lock). A timed run takes the one where every waiting reader had counted itself and the
     * writer had added, as Go's timing has it.
     */
    static void unlockOptions(Machine m, GoroutineState g, Op.Unlock x, List<Choice> out, Choice plain) {
        if (!(m.resource(x.mu()) instanceof RwMutexState mu) || mu.go != null || mu.writer >= 0 || mu.pendingWriter < 0) {
            out.add(plain);
            return;
        }
        int n = waitingReaders(m, g, mu.id).size();
        if (m.timing != Timing.VERIFY) {
            out.add(new Choice(g.index, (1 << n) - 1));
        } else {
            for (int mask = 0; mask < 1 << n + 1; mask++) {
                out.add(new Choice(g.index, mask));
            }
        }
    }

    /** The goroutines other than g standing at an RLock of mu, in creation order. */
    static List<Integer> waitingReaders(Machine m, GoroutineState g, String mu) {
        List<Integer> out = new java.util.ArrayList<>();
        for (GoroutineState h : m.gs) {
            if (h.index != g.index && m.pendingOp(h.index) instanceof Op.RLock r && r.mu().equals(mu)) {
                out.add(h.index);
            }
        }
        return out;
    }

    /**
     * g's choices at an RUnlock of {@code mu}: the plain step, and, when the lock is write-held
     * or a writer has announced itself and no reader is inside (Go: fatal unless a reader is
     * counted), one choice per goroutine standing at an RLock of it, which in Go may have
     * counted itself already (then the RUnlock passes); with a writer pending, {@code :0} if it
     * had added its r to {@code readerWait}, {@code :1} if not yet. A timed run is Go's own timing:
     * such a reader has reached its RLock, so it has counted itself, the writer has added, and the
     * plain step is left out.
     */
    static void runlockOptions(Machine m, GoroutineState g, Op.RUnlock x, List<Choice> out, Choice plain) {
        RwMutexState mu = m.rw(x.mu());
        if (mu.go != null || !mu.readers.isEmpty() || mu.writer < 0 && mu.pendingWriter < 0) {
            out.add(plain);
            return;
        }
        int first = out.size();
        out.add(plain);
        for (int h : waitingReaders(m, g, x.mu())) {
            if (mu.pendingWriter < 0) {
                out.add(new Choice(g.index, Choice.NONE, h, Choice.NONE));
            } else {
                // the pending writer had added its r to readerWait (:0), or had not yet (:1)
                out.add(new Choice(g.index, Choice.NONE, h, 0));
                if (m.timing == Timing.VERIFY) {
                    out.add(new Choice(g.index, Choice.NONE, h, 1));
                }
            }
        }
        if (m.timing != Timing.VERIFY && out.size() > first + 1) {
            out.remove(first);
        }
    }
}
