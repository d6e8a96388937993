package org.interleave.engine;

import org.interleave.engine.model.Op;

/**
 * What the sync ops do when their goroutine takes its step: Mutex and RWMutex, WaitGroup, Once
 * and context cancel, with the happens-before edges they carry and the fatal errors Go raises for misuse.
 */
final class SyncSteps {
    private SyncSteps() {}

    static void lock(Machine vm, GoroutineState g, Op.Lock l, Op op, Frame f) {
        switch (vm.resource(l.mu())) {
            case MutexState m -> {
                m.lock(g.index, g.vc);
                if (vm.recording) vm.effects.add("acquired " + m.id);
                f.pc++;
            }
            case RwMutexState m when m.go != null -> RwMutexSteps.lock(vm, g, m, f);
            case RwMutexState m -> {
                if (m.lockStep(g.index, g.vc)) {
                    if (vm.recording) vm.effects.add("acquired " + m.id + " for writing");
                    f.pc++;
                } else {
                    if (vm.recording) vm.effects.add("waits for " + m.readers.size() + " reader(s) of " + m.id
                            + " to leave; new readers now wait");
                }
            }
            default -> throw new IllegalStateException();
        }
    }

    static void unlock(Machine vm, GoroutineState g, Op.Unlock u, Op op, Frame f, int branch) {
        switch (vm.resource(u.mu())) {
            case MutexState m -> {
                if (!m.unlock(g.vc)) {
                    Panics.raise(vm, Kind.PANIC, "fatal error: sync: unlock of unlocked mutex", g, op,
                            g.name + " unlocked " + m.id + ", which was not locked.");
                } else {
                    if (vm.recording) vm.effects.add("released " + m.id);
                }
            }
            case RwMutexState m when m.go != null || m.writer < 0 && m.pendingWriter >= 0 -> {
                RwMutexSteps.unlock(vm, g, m, op, f, branch);
                return;
            }
            case RwMutexState m -> {
                if (!m.unlock(g.vc)) {
                    Panics.raise(vm, Kind.PANIC, "fatal error: sync: Unlock of unlocked RWMutex", g, op,
                            g.name + " called Unlock on " + m.id + ", which was not locked for writing.");
                } else {
                    if (vm.recording) vm.effects.add("released " + m.id);
                }
            }
            default -> throw new IllegalStateException();
        }
        f.pc++;
    }

    static void rlock(Machine vm, GoroutineState g, Op.RLock l, Op op, Frame f) {
        RwMutexState m = vm.rw(l.mu());
        if (m.go != null) {
            RwMutexSteps.rlock(vm, g, m, f);
            return;
        }
        m.rlock(g.index, g.vc);
        if (vm.recording) vm.effects.add("acquired " + m.id + " for reading (" + m.readers.size() + " reader(s))");
        f.pc++;
    }

    static void runlock(Machine vm, GoroutineState g, Op.RUnlock u, Op op, Frame f) {
        RwMutexState m = vm.rw(u.mu());
        if (m.go != null || vm.pairWith >= 0) {
            RwMutexSteps.runlock(vm, g, m, op, f);
            return;
        }
        if (!m.runlock(g.index, g.vc)) {
            Panics.raise(vm, Kind.PANIC, "fatal error: sync: RUnlock of unlocked RWMutex", g, op,
                    g.name + " called RUnlock on " + m.id + ", which had no readers.");
        } else {
            if (vm.recording) vm.effects.add("released a read lock of " + m.id);
        }
        f.pc++;
    }

    static void add(Machine vm, GoroutineState g, Op.Add a, Op op, Frame f) {
        OpSteps.addToGroup(vm, g, vm.wg(a.wg()), vm.eval(g, a.n()), op);
        f.pc++;
    }

    static void done(Machine vm, GoroutineState g, Op.Done d, Op op, Frame f) {
        OpSteps.addToGroup(vm, g, vm.wg(d.wg()), -1, op);
        f.pc++;
    }

    static void await(Machine vm, GoroutineState g, Op.Wait w, Op op, Frame f, int branch) {
        WaitGroupState wg = vm.wg(w.wg());
        if (wg.counter == 0) {
            wg.waitReturns(g.vc);
            if (vm.recording) vm.effects.add(w.wg() + " is at zero: Wait returns");
            f.pc++;
        } else if (branch == Choice.WAIT_HAD_NOT_PARKED) {
            // take() has cleared the mark: from now on it waits for the next zero.
            if (vm.recording) vm.effects.add("had not parked when " + w.wg() + " reached zero: waits (counter " + wg.counter + ")");
        } else {
            Panics.raise(vm, Kind.PANIC, "panic: sync: WaitGroup is reused before previous Wait has returned", g, op,
                    g.name + " was woken when the counter of " + wg.id + " reached zero, but an Add took it up to "
                            + wg.counter + " before this Wait returned.");
        }
    }

    static void once(Machine vm, GoroutineState g, Op.OnceDo o, Op op, Frame f) {
        OnceState once = vm.once(o.once());
        f.pc++;
        if (once.done) {
            once.observe(g.vc);
            if (vm.recording) vm.effects.add(once.id + " already done");
        } else {
            once.runner = g.index;
            Frame body = f.body(vm.program, Frame.Kind.ONCE, o.body(), o);
            body.counter = vm.program.indexOf(o.once());
            g.frames.add(body);
            if (vm.recording) vm.effects.add("runs the body of " + once.id);
        }
    }

    static void cancel(Machine vm, GoroutineState g, Op.Cancel c, Op op, Frame f) {
        ContextState ctx = vm.ctx(c.ctx());
        if (ctx.cancelled) {
            if (vm.recording) vm.effects.add(ctx.id + " was already cancelled");
        } else {
            ContextState.cancelTree(vm, ctx, g.vc, false);
            if (vm.recording) vm.effects.add("cancelled " + ctx.id);
        }
        f.pc++;
    }
}
