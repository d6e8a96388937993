package org.interleave.engine;

import org.interleave.engine.model.Op;

/**
 * What shared-memory ops do when their goroutine takes its step: plain reads and writes of vars
 * (checked for races, an {@code inc} in two halves) and atomics (sequentially consistent, synchronizing).
 */
final class MemorySteps {
    private MemorySteps() {}

    static void read(Machine vm, GoroutineState g, Op.Read r, Op op, Frame f) {
        VarState v = vm.var(r.var());
        OpSteps.access(vm, g, v, false, op);
        vm.setLocal(g, r.to(), v.value);
        if (vm.recording) vm.effects.add("read " + v.id + " = " + v.value);
        f.pc++;
    }

    static void write(Machine vm, GoroutineState g, Op.Write w, Op op, Frame f) {
        VarState v = vm.var(w.var());
        long value = vm.eval(g, w.value());
        OpSteps.access(vm, g, v, true, op);
        v.value = value;
        if (vm.recording) vm.effects.add("wrote " + v.id + " = " + value);
        f.pc++;
    }

    static void inc(Machine vm, GoroutineState g, Op.Inc i, Op op, Frame f) {
        VarState v = vm.var(i.var());
        if (g.phase == 0) {
            OpSteps.access(vm, g, v, false, op);
            g.temp = v.value;
            g.phase = 1;
            if (vm.recording) vm.effects.add("read " + v.id + " = " + v.value + " (first half of " + OpText.of(op) + ")");
        } else {
            long n = i.n() == null ? 1 : vm.eval(g, i.n());
            OpSteps.access(vm, g, v, true, op);
            v.value = g.temp + n;
            g.phase = 0;
            if (vm.recording) vm.effects.add("wrote " + v.id + " = " + v.value);
            f.pc++;
        }
    }

    static void atomicAdd(Machine vm, GoroutineState g, Op.AtomicAdd a, Op op, Frame f) {
        AtomicState v = vm.atomic(a.var());
        v.synchronize(g.vc);
        v.value += vm.eval(g, a.n());
        if (a.to() != null) {
            vm.setLocal(g, a.to(), v.value);
        }
        if (vm.recording) vm.effects.add(v.id + " = " + v.value);
        f.pc++;
    }

    static void atomicLoad(Machine vm, GoroutineState g, Op.AtomicLoad a, Op op, Frame f) {
        AtomicState v = vm.atomic(a.var());
        v.synchronize(g.vc);
        vm.setLocal(g, a.to(), v.value);
        if (vm.recording) vm.effects.add("loaded " + v.id + " = " + v.value);
        f.pc++;
    }

    static void atomicStore(Machine vm, GoroutineState g, Op.AtomicStore a, Op op, Frame f) {
        AtomicState v = vm.atomic(a.var());
        v.synchronize(g.vc);
        v.value = vm.eval(g, a.value());
        if (vm.recording) vm.effects.add("stored " + v.id + " = " + v.value);
        f.pc++;
    }

    static void atomicCas(Machine vm, GoroutineState g, Op.AtomicCas a, Op op, Frame f) {
        AtomicState v = vm.atomic(a.var());
        v.synchronize(g.vc);
        long old = vm.eval(g, a.old());
        boolean swapped = v.value == old;
        if (swapped) {
            v.value = vm.eval(g, a.replacement());
        }
        if (a.to() != null) {
            vm.setLocal(g, a.to(), swapped ? 1 : 0);
        }
        if (vm.recording) vm.effects.add(swapped ? "swapped: " + v.id + " = " + v.value : "not swapped: " + v.id + " = " + v.value);
        f.pc++;
    }
}
