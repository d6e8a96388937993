package org.interleave.oracle;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.interleave.engine.model.Op;
import org.interleave.engine.model.Part;

/**
 * One goroutine instance of the reference explorer: its locals, where it is (a stack of frames,
 * each named by the path of its op list, never by the list object), its status and what it
 * knows of other goroutines' accesses.
 */
final class ReferenceGoroutine {
    /** What the goroutine does next. */
    enum Status {
        /** Stands at a visible op (the op at the top frame's index). */
        AT_OP,
        /** Main, past its last op: its return is a step of its own. */
        AT_RETURN,
        DONE,
        /** Runs invisible ops forever: its loop revisits a local state without a visible op. */
        SPINNING,
        /** Ran more invisible ops in one step than the budget allows, without a proof that it spins. */
        OVER_BUDGET
    }

    /** Why a frame's op list runs: how its end is handled. */
    enum Body { TOP, BRANCH, LOOP, REPEAT, RANGE, CASE, ONCE }

    /**
     * An op list being run: its path label ({@code ops}, {@code ops[2].then}), the index of the
     * next op, and for {@code repeat} the iteration and the count fixed on entry.
     */
    record Frame(List<Op> ops, String label, int index, Body body, long counter, long limit) {
        Frame at(int i) {
            return new Frame(ops, label, i, body, counter, limit);
        }

        boolean atEnd() {
            return index >= ops.size();
        }

        Op op() {
            return ops.get(index);
        }

        void key(StringBuilder b) {
            b.append(label).append('@').append(index);
            if (body == Body.REPEAT) {
                b.append('/').append(counter).append('/').append(limit);
            }
            b.append(';');
        }
    }

    final int index;
    final String name;
    final Part.Goroutine template;
    TreeMap<String, Long> locals = new TreeMap<>();
    ArrayList<Frame> frames = new ArrayList<>();
    Status status = Status.AT_OP;
    /** {@code inc} is two steps: 0 = its read is next, 1 = its write is next (of {@code incRead} + n). */
    int incPhase;
    long incRead;
    /**
     * At a select without default: whether, since it reached the select, there was a moment when
     * no case was ready by the state of the resources, so it may have parked (and its
     * {@code after} timers started running).
     */
    boolean parkable;
    /**
     * At a Wait: its wait group's counter reached zero while it stood there, so Go may have woken
     * it (it had parked: its check panics if an Add took the counter up again before it returned)
     * or it had not parked yet (it waits for the next zero).
     */
    boolean woken;
    /** The accesses that happen before this goroutine's next op (a knowledge set, see {@link ReferenceResources}). */
    long knows;

    ReferenceGoroutine(int index, String name, Part.Goroutine template) {
        this.index = index;
        this.name = name;
        this.template = template;
    }

    ReferenceGoroutine copy() {
        ReferenceGoroutine g = new ReferenceGoroutine(index, name, template);
        g.locals = new TreeMap<>(locals);
        g.frames = new ArrayList<>(frames);
        g.status = status;
        g.incPhase = incPhase;
        g.incRead = incRead;
        g.parkable = parkable;
        g.woken = woken;
        g.knows = knows;
        return g;
    }

    Frame top() {
        return frames.get(frames.size() - 1);
    }

    void setTop(Frame f) {
        frames.set(frames.size() - 1, f);
    }

    /** The visible op it stands at, or null. */
    Op pending() {
        return status == Status.AT_OP ? top().op() : null;
    }

    /** Moves past the op at the top frame's index. */
    void next() {
        setTop(top().at(top().index() + 1));
    }

    boolean alive() {
        return status != Status.DONE;
    }

    void key(StringBuilder b) {
        b.append(name).append('{').append(status).append(' ');
        for (Frame f : frames) {
            f.key(b);
        }
        b.append(locals).append(" i").append(incPhase);
        if (incPhase == 1) {
            b.append('=').append(incRead);
        }
        b.append(parkable ? " P " : " ").append(woken ? "W " : "").append(Long.toHexString(knows)).append('}');
    }
}
