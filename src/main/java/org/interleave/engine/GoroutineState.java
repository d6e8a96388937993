package org.interleave.engine;

import java.util.ArrayList;
import java.util.List;
import org.interleave.engine.model.Op;
import org.interleave.engine.model.Part;

/** Runtime state of one goroutine instance: its continuation, its locals and its clock. */
final class GoroutineState extends SharedPart implements org.interleave.engine.expr.Env {
    final int index;
    final String name;
    final Part.Goroutine template;
    final int templateIndex;
    final int instance;
    /** The locals: shared with the state this one was copied from until either assigns one ({@link #setLocal}). */
    long[] locals;
    private boolean localsOwned = true;
    final List<Frame> frames;
    GoroutineStatus status = GoroutineStatus.RUNNABLE;
    /** Progress inside a multi-step op: 1 after the read of an inc, or a writer's announcement. */
    int phase;
    /** The value read by the first half of an inc. */
    long temp;
    /** When the pending op became pending (timed runs: for sleep and select timeouts). */
    long armedAt;
    /** Timed runs: busy with work until this tick. */
    long busyUntil;
    /**
     * At a select without default (in verification and in timed runs alike): whether, at some state since it
     * reached the select, none of its cases was ready by the resources' state, so it may have parked. Only then
     * may its {@code after} timer fire (a timer starts when the select is reached, so it can never beat a case
     * that was ready all along, DESIGN §4), and only then, while none of its cases is ready by the resources'
     * state now ({@code Readiness.waitsAt}: whatever readied one completed the parked select), may a partner
     * pair with one of its cases: a hand-off needs a side that may be waiting, and a select that found a case
     * ready every time it looked never waited (a plain send or receive always may be waiting; a polling select
     * never is).
     */
    boolean parked;
    VectorClock vc;
    /**
     * Whether more than one machine holds this state (copies share the goroutines they have not changed): then
     * it never changes again, and a machine that must change it takes its own copy first ({@code Machine.own}).
     */
    boolean shared;
    /**
     * What this state's reduced encoding and its future footprint were when last worked out; null until then.
     * Kept only while the state cannot change: {@code Machine.own} drops them before any change. Shared states,
     * which never change, record them too: both are records with final fields, so racing writers are safe.
     */
    StateWriter.Packed encodedCache;
    Footprints.Future futureCache;

    GoroutineState(int index, String name, Part.Goroutine template, int templateIndex, int instance,
                   int localCount) {
        this.index = index;
        this.name = name;
        this.template = template;
        this.templateIndex = templateIndex;
        this.instance = instance;
        this.locals = new long[localCount];
        this.frames = new ArrayList<>();
        this.vc = new VectorClock();
    }

    private GoroutineState(GoroutineState o, boolean sourceChanges) {
        this.index = o.index;
        this.name = o.name;
        this.template = o.template;
        this.templateIndex = o.templateIndex;
        this.instance = o.instance;
        this.locals = o.locals;
        this.slots = o.slots;
        this.localsOwned = false;
        // The frames are shared with o until this state changes one (topToChange).
        int depth = o.frames.size();
        this.frames = new ArrayList<>(depth + 2);
        Saved changing = o.changing;
        for (int i = 0; i < depth; i++) {
            // by index: addAll would copy o's frames into an array first
            Frame f = o.frames.get(i);
            // A frame o's step changed in place goes back when the step is undone: not ours.
            frames.add(changing != null && changing.changedFrame(f) ? f.copy() : f);
        }
        if (changing != null && changing.localsChanged) {
            // So do the locals o's step assigned in place.
            this.locals = o.locals.clone();
        }
        this.ownedFrom = frames.size();
        if (!o.shared || sourceChanges) {
            // o may still change: from now on it too copies a frame, or its locals, before changing
            // them (it owns the frames at ownedFrom and above: none of those the copy shares)
            o.ownedFrom = depth;
            o.localsOwned = false;
        }
        this.status = o.status;
        this.phase = o.phase;
        this.temp = o.temp;
        this.armedAt = o.armedAt;
        this.busyUntil = o.busyUntil;
        this.parked = o.parked;
        // A shared state never changes again: its clock's array can be shared without marking it.
        this.vc = o.shared && !sourceChanges ? o.vc.frozenCopy() : o.vc.copy();
    }

    GoroutineState copy() {
        return new GoroutineState(this, false);
    }

    /**
     * A copy of a state that one thread's step is changing in place though machines share it
     * ({@code Machine.markAlone}): it may change again before the step is undone, so the copy
     * shares none of what it owns now (its frames, locals and clock), as with an unshared state.
     */
    GoroutineState copyWhileChanging() {
        return new GoroutineState(this, true);
    }

    /** The innermost frame, to read. */
    Frame top() {
        return frames.get(frames.size() - 1);
    }

    /**
     * Frames at this index and above are this state's own; those below may be shared with the
     * state it was copied from (copies share frames until one changes them, as machines share
     * goroutine states).
     */
    private int ownedFrom;

    /** The innermost frame, to change: this state's own copy of it. */
    Frame topToChange() {
        int k = frames.size() - 1;
        if (k < ownedFrom) {
            Frame f = frames.get(k);
            Saved c = changing;
            if (c != null && k < c.frameCount && c.frames[k] == f) {
                // A step taken back alone (saveForChange): change the frame itself, noting what
                // undo puts back, instead of a copy of it (a fifth of a search's garbage).
                c.noteFrame(f);
            } else {
                frames.set(k, f.copy());
            }
            ownedFrom = k;
        }
        return frames.get(k);
    }

    Frame pop() {
        return frames.remove(frames.size() - 1);
    }

    /**
     * Main's last step in verification: its return, which ends the program. It is an op of its
     * own so that every view shows it as main's pending step.
     */
    static final Op.Return EXIT = new Op.Return(new org.interleave.engine.model.Src("end", 0, 0));

    /** The visible op this goroutine will take next, or null when it is done or spinning. */
    Op pending() {
        if (status != GoroutineStatus.RUNNABLE) {
            return null;
        }
        if (frames.isEmpty()) {
            return index == 0 ? EXIT : null;
        }
        Frame f = top();
        if (f.kind == Frame.Kind.RANGE && f.pc < 0) {
            return f.owner;
        }
        // Past the end only when a panic stopped the program in the middle of a step.
        return f.pc < f.code.length ? f.code[f.pc] : null;
    }

    /**
     * The part the pending op works on ({@link Blocking#partOf}; at a range's head, its
     * channel), or -1: read from the program's table, without looking an id up.
     */
    int pendingPart(Program p) {
        if (status != GoroutineStatus.RUNNABLE || frames.isEmpty()) {
            return -1;
        }
        Frame f = top();
        if (f.kind == Frame.Kind.RANGE && f.pc < 0) {
            return p.ownerPart(f.block);
        }
        return f.pc < f.code.length ? p.partAt(f.block, f.pc) : -1;
    }

    /** Whether this goroutine stands at a {@code Wait} on wait group {@code wg}. */
    boolean atWaitOn(String wg) {
        return !atRangeHead() && pending() instanceof Op.Wait w && w.wg().equals(wg);
    }

    /** Whether the pending op is the head of a range loop (its receive). */
    boolean atRangeHead() {
        return status == GoroutineStatus.RUNNABLE && !frames.isEmpty() && top().kind == Frame.Kind.RANGE
                && top().pc < 0;
    }

    /** The reduced encoding ({@link #encode} with reduce), packed, from the cache when it is there. */
    StateWriter.Packed reducedEncoding(Program p, StateWriter scratch) {
        StateWriter.Packed e = encodedCache;
        if (e == null) {
            scratch.reset();
            encode(scratch, p, true);
            e = scratch.pack();
            // A shared state never changes, so it may keep its encoding too; two threads that
            // both work it out write equal objects, whose final fields make that safe.
            encodedCache = e;
        }
        return e;
    }

    void encode(StateWriter w, Program p, boolean reduce) {
        // The instance number is left out: instances of one template that are alike are
        // interchangeable (symmetry), and Machine.key() orders them canonically.
        w.put(templateIndex);
        // Status, phase and the parked mark share one number; an inc's first read only when
        // it is half done. Every frame's kind follows from its block (the op that owns the
        // block decides it, and a once body's once too), so a frame is its block and position,
        // and a repeat's count and limit.
        w.put(flags());
        if (phase == 1) {
            w.put(temp);
        }
        // Dead locals (never read again from here on) are left out, so that states that differ
        // only in them share a key.
        java.util.BitSet live = null;
        if (!reduce) {
            live = new java.util.BitSet();
            live.set(0, locals.length);
        } else {
            live = liveForKey(p);
        }
        for (int i = 0; i < locals.length; i++) {
            w.put(live != null && live.get(i) ? locals[i] : 0);
        }
        w.put(frames.size());
        for (Frame f : frames) {
            w.put(f.block).put(f.pc);
            if (f.kind == Frame.Kind.REPEAT) {
                w.put(f.counter).put(f.limit);
            }
        }
    }

    /** Status, phase and the parked mark as one number of the key (status in the low three bits). */
    private int flags() {
        return status.ordinal() | (parked ? 8 : 0) | phase << 4;
    }

    /**
     * Compares this goroutine's canonical encoding ({@link #encode} with {@code reduce}) with
     * o's, as {@code Arrays.compare} of the two would, without building them.
     */
    int compareCanonical(GoroutineState o, Program p) {
        int c = Integer.compare(templateIndex, o.templateIndex);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(flags(), o.flags());
        if (c == 0 && phase == 1) {
            c = Long.compare(temp, o.temp);
        }
        if (c != 0) {
            return c;
        }
        // One template: as many locals on both sides.
        java.util.BitSet live = liveForKey(p);
        java.util.BitSet oLive = o.liveForKey(p);
        for (int i = 0; i < locals.length; i++) {
            c = Long.compare(live != null && live.get(i) ? locals[i] : 0, oLive != null && oLive.get(i) ? o.locals[i] : 0);
            if (c != 0) {
                return c;
            }
        }
        c = Integer.compare(frames.size(), o.frames.size());
        for (int k = 0; c == 0 && k < frames.size(); k++) {
            Frame f = frames.get(k);
            Frame h = o.frames.get(k);
            c = Integer.compare(f.block, h.block);
            if (c == 0) {
                c = Integer.compare(f.pc, h.pc);
            }
            // One block: one kind on both sides.
            if (c == 0 && f.kind == Frame.Kind.REPEAT) {
                c = Long.compare(f.counter, h.counter);
                if (c == 0) {
                    c = Long.compare(f.limit, h.limit);
                }
            }
        }
        return c;
    }

    /** The locals a reduced key keeps (null: none). */
    private java.util.BitSet liveForKey(Program p) {
        if (status == GoroutineStatus.RUNNABLE && !frames.isEmpty()) {
            Frame f = top();
            return p.liveLocals(templateIndex, template).at(f.block, f.pc);
        }
        return null;
    }

    /**
     * This goroutine's locals by name, for evaluating expressions: the state itself, which reads
     * its locals as they are when asked (no object per evaluation, as a closure over them was).
     */
    org.interleave.engine.expr.Env env(Program p) {
        slots(p);
        return this;
    }

    @Override
    public long get(String local) {
        Integer i = slots.get(local);
        if (i == null) {
            throw new IllegalStateException("undefined local " + local + " in " + name);
        }
        return locals[i];
    }

    /**
     * The template's local slots by name, looked up in the program once per state and handed
     * on to copies (the same map for every state of the template, which nobody changes).
     */
    private java.util.Map<String, Integer> slots;

    private java.util.Map<String, Integer> slots(Program p) {
        java.util.Map<String, Integer> s = slots;
        if (s == null) {
            s = p.locals(template.id());
            slots = s;
        }
        return s;
    }

    /** Assigns a local, if this goroutine's template has it. */
    void setLocal(Program p, String local, long v) {
        Integer i = slots(p).get(local);
        if (i != null) {
            Saved c = changing;
            if (!localsOwned && c != null && locals == c.locals) {
                // A step taken back alone (saveForChange): assign in place, noting the old value.
                c.noteLocal(i, locals[i]);
            } else if (!localsOwned) {
                locals = locals.clone();
                localsOwned = true;
            }
            locals[i] = v;
        }
    }

    /**
     * What a step taken in place may change in a goroutine state several machines share, to put back (see
     * {@link UndoLog}): its fields and the frames it stands in. One per goroutine a step touches, reused.
     */
    static final class Saved {
        GoroutineState of;
        private GoroutineStatus status;
        private int phase;
        private long temp;
        private long armedAt;
        private long busyUntil;
        private boolean parked;
        private VectorClock vc;
        private long[] locals;
        private boolean localsOwned;
        private int ownedFrom;
        private StateWriter.Packed encodedCache;
        private Footprints.Future futureCache;
        private Frame[] frames = new Frame[8];
        private int frameCount;
        /** Frames the step changed in place, with the pc, counter and limit each had before. */
        private Frame[] changed = new Frame[4];
        private int[] oldPc = new int[4];
        private long[] oldCounter = new long[4];
        private long[] oldLimit = new long[4];
        private int changedCount;
        /** Locals the step assigned in place (in the saved array), with the values they had before. */
        private int[] localAt = new int[4];
        private long[] localOld = new long[4];
        private int localCount;
        boolean localsChanged;

        void noteFrame(Frame f) {
            if (changedCount == changed.length) {
                changed = java.util.Arrays.copyOf(changed, 2 * changedCount);
                oldPc = java.util.Arrays.copyOf(oldPc, 2 * changedCount);
                oldCounter = java.util.Arrays.copyOf(oldCounter, 2 * changedCount);
                oldLimit = java.util.Arrays.copyOf(oldLimit, 2 * changedCount);
            }
            changed[changedCount] = f;
            oldPc[changedCount] = f.pc;
            oldCounter[changedCount] = f.counter;
            oldLimit[changedCount++] = f.limit;
        }

        /** Whether the step changed frame f in place. */
        boolean changedFrame(Frame f) {
            for (int k = 0; k < changedCount; k++) {
                if (changed[k] == f) {
                    return true;
                }
            }
            return false;
        }

        void noteLocal(int i, long old) {
            if (localCount == localAt.length) {
                localAt = java.util.Arrays.copyOf(localAt, 2 * localCount);
                localOld = java.util.Arrays.copyOf(localOld, 2 * localCount);
            }
            localAt[localCount] = i;
            localOld[localCount++] = old;
            localsChanged = true;
        }
    }

    /** While a step taken back alone changes this state in place (see {@link #saveForChange}): what undo puts back. */
    private Saved changing;

    /**
     * Saves this shared state into s and readies it to be changed in place by one machine's step that will be
     * taken back: what it shares (frames, locals, clock) is copied before a change, as in a copy of it. Only
     * while no other machine is read (one thread's search).
     */
    void saveForChange(Saved s) {
        s.of = this;
        s.status = status;
        s.phase = phase;
        s.temp = temp;
        s.armedAt = armedAt;
        s.busyUntil = busyUntil;
        s.parked = parked;
        s.vc = vc;
        s.locals = locals;
        s.localsOwned = localsOwned;
        s.ownedFrom = ownedFrom;
        s.encodedCache = encodedCache;
        s.futureCache = futureCache;
        int n = frames.size();
        if (s.frames.length < n) {
            s.frames = new Frame[Math.max(n, 2 * s.frames.length)];
        }
        for (int k = 0; k < n; k++) {
            s.frames[k] = frames.get(k);
        }
        s.frameCount = n;
        s.changedCount = 0;
        s.localCount = 0;
        s.localsChanged = false;
        ownedFrom = n;
        localsOwned = false;
        vc = vc.frozenCopy();
        // The frames and locals other machines share change in place, noted in s (topToChange, setLocal).
        changing = s;
    }

    /** Puts this state back as {@link #saveForChange} found it. */
    void restore(Saved s) {
        // Latest first: a frame or local changed twice gets the value it had first.
        for (int k = s.changedCount - 1; k >= 0; k--) {
            Frame f = s.changed[k];
            f.pc = s.oldPc[k];
            f.counter = s.oldCounter[k];
            f.limit = s.oldLimit[k];
            s.changed[k] = null;
        }
        s.changedCount = 0;
        for (int k = s.localCount - 1; k >= 0; k--) {
            s.locals[s.localAt[k]] = s.localOld[k];
        }
        s.localCount = 0;
        s.localsChanged = false;
        changing = null;
        status = s.status;
        phase = s.phase;
        temp = s.temp;
        armedAt = s.armedAt;
        busyUntil = s.busyUntil;
        parked = s.parked;
        vc = s.vc;
        locals = s.locals;
        localsOwned = s.localsOwned;
        ownedFrom = s.ownedFrom;
        encodedCache = s.encodedCache;
        futureCache = s.futureCache;
        frames.clear();
        for (int k = 0; k < s.frameCount; k++) {
            frames.add(s.frames[k]);
            s.frames[k] = null;
        }
        s.of = null;
        s.vc = null;
        s.locals = null;
        s.encodedCache = null;
        s.futureCache = null;
    }
}
