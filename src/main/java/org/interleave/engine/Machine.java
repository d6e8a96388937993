package org.interleave.engine;

import java.util.ArrayList;
import java.util.List;
import org.interleave.engine.expr.Expr;
import org.interleave.engine.expr.ExprEval;
import org.interleave.engine.model.Op;
import org.interleave.engine.model.Part;

/**
 * The state of one execution of a program and its step function (DESIGN §4). A step runs one
 * goroutine's next visible op (or fires one context timeout), then runs that goroutine's
 * invisible ops up to its next visible one. The machine is deterministic: the caller picks every
 * step from {@link #enabled()}. It can be copied, and {@link #key()} identifies its state.
 */
public final class Machine {
    final Program program;
    final Timing timing;
    final Limits limits;
    final Object[] res;
    final List<GoroutineState> gs;
    /** Instances started so far of each goroutine template (by part index); shared with copies until one starts another. */
    int[] spawned;
    boolean spawnedOwned;
    long clock;
    int steps;
    boolean mainReturned;
    boolean crashed;
    String limitError;
    /** Why this execution was cut short without a verdict (a step budget), or null. */
    String cutShort;
    /** Faults since the last {@link #drainFaults}, and the last step's effects: the shared empty list until needed. */
    List<Fault> faults = List.of();
    List<String> effects = List.of();
    /** The partner (and its case) the step being taken pairs with in a hand-off; -1: the first possible. */
    int pairWith = -1;
    int pairCase = Choice.NONE;
    /** Whether steps describe their effects in words ({@link #step}); the search does not need them. */
    boolean recording = true;
    /** Which resources this machine may change in place, as bits by part index; the others it shares with copies (see {@link CopyOnWrite}). */
    long[] resOwned;
    /** Goroutines 0-63 whose states this machine may hold unshared (not yet {@code shared}), as bits; any above: the flag. */
    long unsharedLow;
    boolean unsharedHigh;
    /** Inside a step: the accessors below hand out resources to change (this machine's own). */
    boolean stepping;
    /** What can happen next, worked out on first use in this state (a search asks several times). */
    List<Choice> enabledCache;
    List<?>[] optionsCache;
    /** The choices of the state the steps since began in, and what they changed (see {@link OptionsMemo}). */
    OptionsMemo optionsMemo;
    /** Who stands at a send or receive on each channel, worked out once per state (see {@link #waiters()}). */
    Waiters waitersCache;
    /** What the last reduced key of this state (or of the one it was copied from) found, and the goroutines changed since (bit i; 63: any from 63 on). */
    StateKeys.Memo keyMemo;
    long keyChanged;
    /** Whether a resource may have changed since the memo was made (its resources' part is then worked out again). */
    boolean keyResChanged;
    /** What a {@link KeptHeap} charged for this machine itself while it holds it. */
    int keptBytes;
    /** While a step is taken in place to be taken back ({@link #mark}): what it replaced. */
    UndoLog undoLog;

    public Machine(Program program, Timing timing, Limits limits) {
        this.program = program;
        this.timing = timing;
        this.limits = limits;
        this.res = new Object[program.parts().size()];
        this.gs = new ArrayList<>();
        this.spawned = new int[res.length];
        this.spawnedOwned = true;
        Resources.create(program, res);
        this.resOwned = new long[(res.length + 63) >>> 6];
        java.util.Arrays.fill(resOwned, -1L);
        this.effects = new ArrayList<>();
        Continuation.start(this);
    }

    /** Marks the goroutines at a select without default that may now have parked (see {@link NextSteps#updateParking}). */
    void updateParking() {
        NextSteps.updateParking(this);
    }

    private Machine(Machine o) {
        this.program = o.program;
        this.timing = o.timing;
        this.limits = o.limits;
        // Copy on write: both machines share every resource and goroutine state until one of
        // them changes it.
        this.res = o.res.clone();
        this.gs = new ArrayList<>(o.gs);
        CopyOnWrite.share(o, this);
        this.clock = o.clock;
        this.steps = o.steps;
        this.mainReturned = o.mainReturned;
        this.crashed = o.crashed;
        this.limitError = o.limitError;
        this.cutShort = o.cutShort;
        // Until one of the two changes, what one works out about their state holds for both
        // (a search names a choice on the copy it takes it in): changed() and own() drop it.
        this.enabledCache = o.enabledCache;
        this.optionsCache = o.optionsCache;
        this.optionsMemo = o.optionsMemo == null ? null : o.optionsMemo.copy();
        this.waitersCache = o.waitersCache;
        this.keyMemo = o.keyMemo;
        this.keyChanged = o.keyChanged;
        this.keyResChanged = o.keyResChanged;
        if (o.undoLog != null) {
            // The goroutine states o's step changed in place go back when it is undone: not ours.
            GoroutineState g;
            for (int k = 0; (g = o.undoLog.changedInPlace(k)) != null; k++) {
                gs.set(g.index, g.copyWhileChanging());
                CopyOnWrite.noteUnshared(this, g.index);
            }
        }
    }

    /** About how much heap this state takes, for memory budgets: searches keep machines for the states they have yet to expand. */
    public long heapBytes() {
        return Resources.heapBytes(this);
    }

    /**
     * Stops every goroutine's clock when the program has no {@code var} part: clocks serve only
     * to find races on vars (DESIGN §4), and ticking and copying them was a sixth of a search's
     * garbage. Goroutines started later inherit the stopped clock. For searches only: a replay
     * that shows happens-before keeps its clocks.
     */
    public void stopUnusedClocks() {
        VectorClock.stopUnused(this);
    }

    /**
     * Marks this state so that {@link #undo} puts it back: a search steps the state it expands in
     * place for each choice and copies the machine only for a new state reached (the step then
     * changes copies of the pieces it touches, as it would in a copy, see {@link UndoLog}).
     */
    public void mark() {
        UndoLog.mark(this, false);
    }

    /**
     * As {@link #mark}, and the step changes the goroutine states it touches in place, not
     * copies of them, though other machines share them: only for a caller that reads no other
     * machine until {@link #undo} (one thread's search).
     */
    public void markAlone() {
        UndoLog.mark(this, true);
    }

    /** Puts this machine back in the state it was {@link #mark marked} in. */
    public void undo() {
        UndoLog.restore(this);
    }

    /** An independent copy of this state (faults and effects of the last step are not copied). */
    public Machine copy() {
        return new Machine(this);
    }

    // ------------------------------------------------------------------ queries

    public Program program() {
        return program;
    }

    public Timing timing() {
        return timing;
    }

    public long clock() {
        return clock;
    }

    public int steps() {
        return steps;
    }

    public boolean mainReturned() {
        return mainReturned;
    }

    /** Whether a panic, fatal error or failed assert ended the program. */
    public boolean crashed() {
        return crashed;
    }

    /** Why the run was cut short without a verdict, or null: a goroutine ran the step budget of invisible ops, in a loop not proven endless. */
    public String cutShort() {
        return cutShort;
    }

    /** The resource limit that stopped the execution, or null. */
    public String limitError() {
        return limitError;
    }

    public int goroutineCount() {
        return gs.size();
    }

    public String goroutineName(int g) {
        return gs.get(g).name;
    }

    public GoroutineStatus status(int g) {
        return gs.get(g).status;
    }

    /** The index of the goroutine instance with this name, or -1. */
    public int goroutineIndex(String name) {
        for (GoroutineState g : gs) {
            if (g.name.equals(name)) {
                return g.index;
            }
        }
        return -1;
    }

    /** The visible op goroutine g takes next, or null when it is done or spinning. */
    public Op pendingOp(int g) {
        return gs.get(g).pending();
    }

    /**
     * The shared var goroutine g accesses in its next step, or null: with {@code write} telling
     * whether that access is a write (the second half of an {@code inc} is one).
     */
    public VarAccess pendingAccess(int g) {
        return NextSteps.access(gs.get(g));
    }

    /**
     * A snapshot of goroutine g's vector clock, indexed by goroutine: entry h is how many events
     * of goroutine h happen before g's current point. Read-only data for timelines.
     */
    public long[] vectorClock(int g) {
        return gs.get(g).vc.snapshot(gs.size());
    }

    /** An upcoming access to a shared var. */
    public record VarAccess(String var, boolean write) {}

    /** Whether goroutine g finished. */
    public boolean done(int g) {
        return gs.get(g).status == GoroutineStatus.DONE;
    }

    /** What the output goal inspects on a sink: the values emitted before main returned. */
    public List<Long> output(String sink) {
        return ((SinkState) res[program.indexOf(sink)]).output();
    }

    /** Every value emitted on a sink so far. */
    public List<Long> emitted(String sink) {
        return List.copyOf(((SinkState) res[program.indexOf(sink)]).values);
    }

    /** Takes the faults raised since the last call. */
    public List<Fault> drainFaults() {
        List<Fault> f = faults;
        faults = List.of();
        return f;
    }

    /** The canonical key of this state, with symmetry reduction; equal keys mean the states behave alike. */
    public StateWriter.StateKey key() {
        return key(true);
    }

    /**
     * The key of this state. With {@code reduce}, instances of one goroutine template that
     * differ only in which is which share a key, and dead locals are left out; without, every
     * instance keeps its identity and every local its value (plain search, for comparison).
     */
    public StateWriter.StateKey key(boolean reduce) {
        return StateKeys.key(this, reduce);
    }

    /**
     * The key of this state, as {@link #key(boolean)}, in this thread's scratch: valid only until
     * the thread asks for another key. A search finds most of the states it reaches known, and
     * looks them up with this; it keeps ({@link #keep}) the keys of the new ones only.
     */
    public StateWriter.StateKey probeKey(boolean reduce) {
        return StateKeys.probe(this, reduce);
    }

    /** The key {@code probe}, this thread's last {@link #probeKey} of this machine, as a key of its own. */
    public StateWriter.StateKey keep(StateWriter.StateKey probe) {
        return StateKeys.keep(this, probe);
    }

    // ------------------------------------------------------------------ choices

    /** Everything that can happen next, goroutines in creation order, then context timeouts (read-only). */
    public List<Choice> enabled() {
        if (enabledCache == null) {
            enabledCache = NextSteps.enabled(this);
        }
        return enabledCache;
    }

    /** The choices goroutine g has now, read-only (empty when it is blocked, done or spinning). */
    public List<Choice> options(int g) {
        if (optionsCache == null) {
            optionsCache = OptionsMemo.start(this);
        }
        @SuppressWarnings("unchecked")
        List<Choice> o = (List<Choice>) optionsCache[g];
        if (o == null) {
            o = (List<Choice>) OptionsMemo.carried(this, g);
            optionsCache[g] = o = o != null ? o : NextSteps.options(this, g);
        }
        return o;
    }

    /** Drops what {@link #enabled()} and {@link #options(int)} worked out: the state changes. */
    void changed() {
        enabledCache = null;
        optionsCache = null;
        waitersCache = null;
    }

    /**
     * Goroutines whose choices alone may be explored from this state (a persistent set, for the
     * partial-order reduction), in creation order, or null when every choice must be: nothing
     * other goroutines, goroutines yet to start or context timers can do before one of these
     * takes a step fails to commute with their next steps or enables one of them. The caller
     * must still fall back to every choice when such a step ends the program or returns from
     * main, and apply a cycle proviso (see {@code Explorer}).
     */
    public int[] persistentActors() {
        return program.persistentSets().persistentActors(this);
    }

    /**
     * The schedule token for a choice made in this state (see {@link ScheduleTokens}): the
     * goroutine's name, then {@code :case} and {@code >partner} where they are needed.
     */
    public String token(Choice c) {
        return ScheduleTokens.token(this, c);
    }

    /**
     * {@code c} when it is enabled now, or when it is an enabled hand-off but with a twin of the
     * partner offered as its partner (an instance of the same template exactly alike, which the
     * search merges with the one offered); else null. A timed run may pair with either twin.
     */
    public Choice enabledUpToTwins(Choice c) {
        for (Choice e : enabled()) {
            if (e.equals(c)) {
                return e;
            }
        }
        for (Choice e : enabled()) {
            if (!e.isTimer() && e.actor() == c.actor() && e.branch() == c.branch()
                    && e.partnerBranch() == c.partnerBranch() && Readiness.withTwinPartner(this, e, c.partner()) != null) {
                return c;
            }
        }
        return null;
    }

    /** Resolves a schedule token against the choices enabled now; null if it names none of them. */
    public Choice resolve(String token) {
        return ScheduleTokens.resolve(this, token);
    }

    // ------------------------------------------------------------------ stepping

    /**
     * Takes one enabled choice, like {@link #step}, without describing what happened: no step
     * record and no effect texts (the exhaustive search takes millions of steps and reads only
     * the resulting state and its faults).
     */
    public void stepQuietly(Choice c) {
        recording = false;
        try {
            take(c);
        } finally {
            recording = true;
        }
    }

    /** Takes one enabled choice and returns what happened. */
    public StepRecord step(Choice c) {
        return StepRecord.take(this, c);
    }

    /** The step itself: fires a timeout, or runs the goroutine's visible op and its invisible ops after it (see {@link Steps}). */
    void take(Choice c) {
        Steps.take(this, c);
    }

    GoroutineState create(Part.Goroutine t, String name, int instance) {
        return Steps.create(this, t, name, instance);
    }

    // ------------------------------------------------------------------ timed runs

    /** Timed runs: moves the virtual clock forward and fires the context timeouts that are due. */
    public void advanceClock(long to) {
        Steps.advanceClock(this, to);
    }

    /** Timed runs: the next tick at which a sleeping goroutine, a timeout or a busy one changes. */
    public long nextTimerTick() {
        return NextSteps.nextTimerTick(this);
    }

    /** Timed runs: whether goroutine g holds a core with work at the current tick. */
    public boolean busy(int g) {
        GoroutineState s = gs.get(g);
        return s.status == GoroutineStatus.RUNNABLE && s.busyUntil > clock;
    }

    /** Timed runs: whether goroutine g is at the last tick of its work, whose finishing step takes its core first. */
    public boolean finishesWork(int g) {
        return NextSteps.finishesWork(this, gs.get(g));
    }

    /** Timed runs: how many goroutines are busy with work at the current tick. */
    public int busyCount() {
        return NextSteps.busyCount(this);
    }

    // ------------------------------------------------------------------ helpers

    /** Goroutine i's state, to read only (it may be shared with other machines). */
    GoroutineState goroutine(int i) {
        return gs.get(i);
    }

    /** Goroutine i's state, to change: this machine's own copy of it. */
    GoroutineState own(int i) {
        return CopyOnWrite.own(this, i);
    }

    /** Who stands at a send or receive on each channel, or null inside a step or in a timed run (then {@link Readiness} asks everyone). */
    Waiters waiters() {
        if (stepping || timing != Timing.VERIFY) {
            return null;
        }
        if (waitersCache == null) {
            waitersCache = Waiters.of(this);
        }
        return waitersCache;
    }

    List<GoroutineState> goroutines() {
        return gs;
    }

    Object resource(String id) {
        return resource(program.indexOf(id));
    }

    /** Resource i: inside a step this machine's own copy, to change; outside, to read only. */
    Object resource(int i) {
        return stepping ? CopyOnWrite.own(this, i, res) : res[i];
    }

    /** Counts one more start of the goroutine template with part index {@code ti}; returns its instance number. */
    int countSpawn(int ti) {
        return CopyOnWrite.countSpawn(this, ti);
    }

    long eval(GoroutineState g, Expr e) {
        return ExprEval.eval(e, g.env(program));
    }

    boolean truth(GoroutineState g, Expr e) {
        return ExprEval.truth(e, g.env(program));
    }

    void setLocal(GoroutineState g, String name, long v) {
        g.setLocal(program, name, v);
    }

    // Typed accessors of resources by id (see resource(int)).
    /**
     * Channel id, as {@link #resource(int)}, but an unbuffered one (or nil) only to read: a step
     * changes it only by closing it ({@link #chanToClose}), so a hand-off on it copies nothing.
     */
    ChannelState chan(String id) {
        int i = program.indexOf(id);
        return res[i] instanceof ChannelState c && !c.buffered() ? c : (ChannelState) resource(i);
    }

    /** Channel id, to close: inside a step this machine's own copy. */
    ChannelState chanToClose(String id) { return (ChannelState) resource(id); }
    RwMutexState rw(String id) { return (RwMutexState) resource(id); }
    WaitGroupState wg(String id) { return (WaitGroupState) resource(id); }
    OnceState once(String id) { return (OnceState) resource(id); }
    VarState var(String id) { return (VarState) resource(id); }
    AtomicState atomic(String id) { return (AtomicState) resource(id); }
    ContextState ctx(String id) { return (ContextState) resource(id); }
}
