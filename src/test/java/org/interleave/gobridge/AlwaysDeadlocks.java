package org.interleave.gobridge;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.interleave.engine.Blocking;
import org.interleave.engine.Choice;
import org.interleave.engine.Kind;
import org.interleave.engine.Limits;
import org.interleave.engine.Machine;
import org.interleave.engine.Program;
import org.interleave.engine.StateWriter;
import org.interleave.engine.Timing;
import org.interleave.engine.model.Design;

/**
 * Whether every execution of a design deadlocks, as the engine sees it: no reachable state has main
 * returned or a crash, no execution can go on forever (the state graph has no cycle), and every
 * state where nothing can move is a deadlock. Only then must Go's runtime say so in every run.
 */
final class AlwaysDeadlocks {
    private static final int MAX_STATES = 200_000;

    private AlwaysDeadlocks() {}

    /** True if every execution deadlocks; false if one does not, or the state space is too large to tell. */
    static boolean of(Design design) {
        Machine start = new Machine(new Program(design), Timing.VERIFY, Limits.DEFAULT);
        Set<StateWriter.StateKey> done = new HashSet<>();
        Set<StateWriter.StateKey> onPath = new HashSet<>();
        Deque<Frame> stack = new ArrayDeque<>();
        if (!enter(start, start.key(false), stack, onPath)) {
            return false;
        }
        while (!stack.isEmpty()) {
            Frame top = stack.peek();
            if (top.next == top.choices.size()) {
                stack.pop();
                onPath.remove(top.key);
                done.add(top.key);
                continue;
            }
            Machine child = top.state.copy();
            // as the engine's search steps: no step record or effect texts, which this search never reads
            child.stepQuietly(top.choices.get(top.next++));
            child.drainFaults();
            // most states are met again: looked up by the thread's scratch key, kept only when new
            StateWriter.StateKey probe = child.probeKey(false);
            if (onPath.contains(probe)) {
                return false; // a cycle: some execution can run forever
            }
            if (done.contains(probe)) {
                continue;
            }
            if (done.size() + onPath.size() > MAX_STATES || !enter(child, child.keep(probe), stack, onPath)) {
                return false;
            }
        }
        return true;
    }

    /** A state on the search path and the next of its choices to try. */
    private static final class Frame {
        final Machine state;
        final StateWriter.StateKey key;
        final List<Choice> choices;
        int next;

        Frame(Machine state, StateWriter.StateKey key, List<Choice> choices) {
            this.state = state;
            this.key = key;
            this.choices = choices;
        }
    }

    /** Pushes a state, with its key, or returns false if it shows that not every execution deadlocks. */
    private static boolean enter(Machine m, StateWriter.StateKey key, Deque<Frame> stack, Set<StateWriter.StateKey> onPath) {
        if (m.crashed() || m.mainReturned() || m.limitError() != null) {
            return false;
        }
        List<Choice> enabled = m.enabled();
        if (enabled.isEmpty()
                && new Blocking(m).quiescentFaults().stream().noneMatch(f -> f.kind() == Kind.DEADLOCK)) {
            return false;
        }
        onPath.add(key);
        stack.push(new Frame(m, key, enabled));
        return true;
    }
}
