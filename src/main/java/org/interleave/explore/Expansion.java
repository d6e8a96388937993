package org.interleave.explore;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.interleave.engine.Blocking;
import org.interleave.engine.Choice;
import org.interleave.engine.Fault;
import org.interleave.engine.Finding;
import org.interleave.engine.Machine;
import org.interleave.engine.Schedule;
import org.interleave.engine.StateWriter.StateKey;

/**
 * What expanding one state does to the search, in the order it does it: problems found,
 * stop reasons, flags, and the states reached. Worked out without touching the search
 * (so several can be worked out at once) and applied by {@code Explorer.merge}.
 */
final class Expansion {
    private final Explorer e;
    final int state;
    final List<Object> events = new ArrayList<>();
    long executions;
    long transitions;
    long reduced;
    /** Whether the state's successors are known (false: cut by the step bound). */
    boolean expanded = true;

    /** Whether this expansion runs alone (one thread's search): then a step taken back changes goroutine states in place. */
    private final boolean alone;

    Expansion(Explorer e, int state, boolean alone) {
        this.e = e;
        this.state = state;
        this.alone = alone;
    }

    record Found(Finding finding, int preempted) {}

    record Stopped(String reason) {}

    record Flagged(byte bits) {}

    /**
     * A state reached; {@code known}: its number when the expansion already found it in the
     * table (then there is no key), else -1.
     */
    record Reached(Machine machine, StateKey key, int known, String token, int depth, int preempted, int actor) {}

    /**
     * A state reached that the table knows and that the merge has nothing to change for (it
     * needs no machine: see {@link #take}), in the events as this one marker, its number the
     * next of {@link #known}: most successors are such, and a record each was a fifteenth of a
     * search's garbage. The merge only counts the execution and notes the edge.
     */
    static final Object KNOWN = new Object() {
        @Override
        public String toString() {
            return "known";
        }
    };

    /** The numbers of the {@link #KNOWN} events, in order. */
    int[] known = NO_KNOWN;
    int knownCount;

    private static final int[] NO_KNOWN = new int[0];

    /**
     * Works out what expanding this state (machine m) does. It reads only what is final once every
     * shallower state is expanded: s's own path, depth, preemptions and last actor, and which
     * states of depth at most s's are known.
     */
    Expansion expand(Machine m) {
        int s = state;
        List<Choice> enabled = m.enabled();
        int d = e.depth.get(s);
        if (enabled.isEmpty()) {
            events.add(new Flagged(Explorer.QUIESCENT));
            executions++;
            for (Fault f : new Blocking(m).quiescentFaults()) {
                events.add(new Found(f.toFinding(e.pathTo(s)), e.preemptions.get(s)));
            }
            return this;
        }
        if (d >= e.budget.maxSteps()) {
            expanded = false;
            events.add(new Flagged(Explorer.UNEXPANDED));
            events.add(new Stopped("an execution reached the step bound of " + e.budget.maxSteps()));
            executions++;
            // Too deep to search on: what the code itself proves about this state still counts.
            for (Fault f : new Blocking(m).provenStuck()) {
                events.add(new Found(f.toFinding(e.pathTo(s)), e.preemptions.get(s)));
            }
            return this;
        }
        // An event per choice, and a flag or two: no growing the list on the way.
        ((ArrayList<Object>) events).ensureCapacity(enabled.size() + 2);
        known = new int[enabled.size()];
        coEnabledRaces(s, m, enabled);
        int last = e.lastActor.get(s);
        boolean lastCanRun = false;
        for (int i = 0; last >= 0 && !lastCanRun && i < enabled.size(); i++) {
            lastCanRun = enabled.get(i).actor() == last;
        }
        int[] actors = e.partialOrder && enabled.size() > 1 ? m.persistentActors() : null;
        boolean[] ample = new boolean[enabled.size()];
        if (actors != null) {
            for (int i = 0; i < enabled.size(); i++) {
                ample[i] = Arrays.binarySearch(actors, enabled.get(i).actor()) >= 0;
            }
        }
        if (actors != null) {
            // Partial-order reduction: the persistent set's choices alone, unless one of
            // them ends the program or returns from main (that does not commute with anything),
            // or leads back to a state no deeper than this one — the cycle proviso of a
            // breadth-first search: every cycle of the reduced graph then has a fully expanded
            // state, so no goroutine's step is postponed forever. (A state no deeper than this
            // one is known before any state of this depth is expanded.)
            boolean full = false;
            for (int i = 0; i < enabled.size(); i++) {
                if (ample[i]) {
                    full |= take(s, m, enabled.get(i), d, last, lastCanRun, true);
                }
            }
            if (!full) {
                reduced++;
                return this;
            }
        }
        for (int i = 0; i < enabled.size(); i++) {
            Choice c = enabled.get(i);
            if (ample[i]) {
                continue;
            }
            if (e.preemptionBound >= 0 && !c.isTimer() && lastCanRun && c.actor() != last
                    && e.preemptions.get(s) >= e.preemptionBound) {
                // Beyond the bound: this state's future is only partly known, which the
                // liveness pass must not read as "can never return".
                events.add(new Flagged(Explorer.UNEXPANDED));
                events.add(new Stopped("preemption bound of " + e.preemptionBound + ": only schedules with at most "
                        + e.preemptionBound + " preemptions were explored"));
                continue;
            }
            // The state being expanded is not needed after its last successor: step it for good.
            take(s, m, c, d, last, lastCanRun, i < enabled.size() - 1 || e.preemptionBound >= 0);
        }
        return this;
    }

    /**
     * Takes choice c in state s (machine m) and notes what it shows and the state reached. With
     * {@code undo}, m is stepped in place and put back after (see {@link Machine#mark}): most
     * states reached are known already, and only a new one (or one the merge may reach by fewer
     * preemptions) gets a machine of its own; without, m is stepped for good and handed on.
     * Returns whether the step forbids the partial-order reduction here: it ended the program,
     * returned from main, or reached a state the search knows at depth at most s's (a number
     * the merge need not look up again: states are never removed nor renumbered).
     */
    private boolean take(int s, Machine m, Choice c, int d, int last, boolean lastCanRun, boolean undo) {
        // A timer firing is the environment, not a switch of goroutines: it preempts nobody.
        int preempted = e.preemptions.get(s) + (!c.isTimer() && lastCanRun && c.actor() != last ? 1 : 0);
        // The token names the choice in state s: a machine stepped for good is named before the
        // step; one taken back, after it, and only when something needs the name (most states
        // reached are known, with nothing to report): naming was a tenth of a search's steps.
        String token = undo ? null : m.token(c);
        boolean returned = m.mainReturned();
        if (undo && alone) {
            m.markAlone();
        } else if (undo) {
            m.mark();
        }
        StateKey key;
        int known;
        boolean full;
        Machine next;
        List<Fault> faults;
        Fault out = null;
        try {
            m.stepQuietly(c);
            transitions++;
            faults = m.drainFaults();
            if (!returned && m.mainReturned()) {
                out = OutputCheck.check(e.goal, m);
            }
            // Most states reached are known already: only a new one's key is kept.
            StateKey probe = m.probeKey(e.budget.symmetry());
            known = e.index.find(probe);
            full = m.crashed() || m.limitError() != null || !returned && m.mainReturned()
                    || known >= 0 && e.depth.get(known) <= d;
            key = known >= 0 ? null : m.keep(probe);
            // The merge keeps the machine of a known state reached by fewer preemptions at its depth
            // (Explorer.add); preemptions only fall while a batch is merged, so this reads them safely.
            boolean needed = known < 0 || e.depth.get(known) == d + 1 && preempted < e.preemptions.get(known);
            next = !needed ? null : undo ? m.copy() : m;
        } finally {
            // Even when the step failed: the pieces it changed in place are other machines' too.
            if (undo) {
                m.undo();
            }
        }
        if (token == null && (next != null || !faults.isEmpty() || out != null)) {
            // m is back in state s (undo puts back what it worked out about s's choices too).
            token = m.token(c);
        }
        if (!faults.isEmpty() || out != null) {
            Schedule path = e.pathTo(s).append(token);
            for (Fault f : faults) {
                events.add(new Found(f.toFinding(path), preempted));
            }
            if (out != null) {
                events.add(new Found(out.toFinding(path), preempted));
            }
        }
        if (next == null && known >= 0) {
            // Known, and not reached by fewer preemptions at its depth (they only fall): the merge's
            // add would count the execution and change nothing.
            if (knownCount == this.known.length) {
                this.known = Arrays.copyOf(this.known, Math.max(4, 2 * knownCount));
            }
            this.known[knownCount++] = known;
            events.add(KNOWN);
        } else {
            events.add(new Reached(next, key, known, token, d + 1, preempted, c.isTimer() ? last : c.actor()));
        }
        return full;
    }

    /** Two enabled goroutines about to access one var, one of them writing, race with each other. */
    private void coEnabledRaces(int s, Machine m, List<Choice> enabled) {
        List<Integer> accessors = null;
        for (int k = 0; k < enabled.size(); k++) {
            Choice c = enabled.get(k);
            if (!c.isTimer() && m.pendingAccess(c.actor()) != null && (accessors == null || !accessors.contains(c.actor()))) {
                if (accessors == null) {
                    accessors = new ArrayList<>();
                }
                accessors.add(c.actor());
            }
        }
        if (accessors == null) {
            return;
        }
        for (int i = 0; i < accessors.size(); i++) {
            for (int j = i + 1; j < accessors.size(); j++) {
                Machine.VarAccess a = m.pendingAccess(accessors.get(i));
                Machine.VarAccess b = m.pendingAccess(accessors.get(j));
                if (!a.var().equals(b.var()) || !a.write() && !b.write()) {
                    continue;
                }
                // One order shows the race, unless its first access ends the program in the same
                // step (a failed assert right after it): then the other order does.
                if (!accessBoth(s, m, accessors.get(i), accessors.get(j))) {
                    accessBoth(s, m, accessors.get(j), accessors.get(i));
                }
            }
        }
    }

    /** Steps g then h from state s and notes what they show; false when g's step ended the program. */
    private boolean accessBoth(int s, Machine m, int g, int h) {
        Machine copy = m.copy();
        Schedule path = e.pathTo(s);
        for (int actor : new int[] {g, h}) {
            if (copy.crashed() || copy.options(actor).isEmpty()) {
                return false;
            }
            Choice c = copy.options(actor).get(0);
            path = path.append(copy.token(c));
            copy.step(c);
            for (Fault f : copy.drainFaults()) {
                events.add(new Found(f.toFinding(path), e.preemptions.get(s) + 1));
            }
        }
        return true;
    }
}
