package org.interleave.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.interleave.engine.expr.Expr;
import org.interleave.engine.model.Design;
import org.interleave.engine.model.Layout;
import org.interleave.engine.model.Op;
import org.interleave.engine.model.Part;
import org.interleave.engine.model.Src;
import org.junit.jupiter.api.Test;

/** A marked machine's undo puts it back whatever its step did; a thread's one log serves one machine at a time. */
class UndoLogTest {
    /** Two goroutines writing one var three times with no lock while main sleeps: their writes race. */
    private static Machine racing() {
        Src s = Src.of("ops[?]");
        List<Op> writes = List.of(new Op.Write(s, "x", Expr.of(1)), new Op.Write(s, "x", Expr.of(2)),
                new Op.Write(s, "x", Expr.of(3)));
        List<Op> sleeps = List.of(new Op.Sleep(s, 1), new Op.Sleep(s, 1), new Op.Sleep(s, 1), new Op.Sleep(s, 1));
        Design d = new Design(List.of(new Part.Var("x", 0, Layout.NONE),
                new Part.Goroutine("main", Part.Start.MAIN, 1, sleeps, null, Layout.NONE),
                new Part.Goroutine("a", Part.Start.AUTO, 1, writes, null, Layout.NONE),
                new Part.Goroutine("b", Part.Start.AUTO, 1, writes, null, Layout.NONE)));
        Machine m = new Machine(new Program(d), Timing.VERIFY, new Limits(20, 1000));
        m.drainFaults();
        return m;
    }

    /** a's write, then b's, which races with it: the fault is left undrained. */
    private static List<Fault> raceOnce(Machine m) {
        m.stepQuietly(m.options(m.goroutineIndex("a")).get(0));
        m.stepQuietly(m.options(m.goroutineIndex("b")).get(0));
        return List.copyOf(m.faults);
    }

    @Test
    void undo_putsBackAFaultListThatWasNotEmpty_withoutTheFaultsTheStepAdded() throws Exception {
        Machine m = racing();
        List<Fault> before = raceOnce(m);
        assertFalse(before.isEmpty(), "b's write raced with a's");
        for (boolean alone : new boolean[] {false, true}) {
            if (alone) {
                m.markAlone();
            } else {
                m.mark();
            }
            m.stepQuietly(m.options(m.goroutineIndex("a")).get(0)); // races with b's write: another fault
            m.undo();
            assertEquals(before, m.faults, alone ? "marked alone" : "marked");
        }
    }

    @Test
    void markingASecondMachineOnTheSameThread_isRefused_andTheFirstStillUndoes() throws Exception {
        Machine first = racing();
        Machine second = racing();
        StateWriter.StateKey key = first.key(false);
        first.mark();
        first.stepQuietly(first.enabled().get(0));
        assertThrows(IllegalStateException.class, second::mark);
        first.undo();
        assertEquals(key, first.key(false));
        second.mark();
        second.undo();
    }

    @Test
    void aCopyTakenWhileAStepIsOpenInPlace_keepsTheStateItWasTakenIn_throughLaterStepsAndTheUndo() {
        Machine m = racing();
        int a = m.goroutineIndex("a");
        Machine expected = m.copy();
        expected.stepQuietly(expected.options(a).get(0));
        m.markAlone();
        m.stepQuietly(m.options(a).get(0));
        Machine copy = m.copy();
        m.stepQuietly(m.options(a).get(0));
        m.stepQuietly(m.options(a).get(0));
        m.undo();
        assertEquals(expected.key(false), copy.key(false));
        assertEquals(expected.key(true), copy.key(true));
        assertEquals(expected.enabled(), copy.enabled());
    }
}
