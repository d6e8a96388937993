package org.interleave.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.interleave.engine.model.Op;

/**
 * Explains why goroutines cannot move: what each one waits on, the wait-for edges between lock
 * holders and waiters, and the outcome of a state in which nothing can run any more (deadlock,
 * leak, or a main that cannot return while others spin).
 */
public final class Blocking {
    private final Machine m;

    public Blocking(Machine m) {
        this.m = m;
    }

    /** What goroutine g waits on, in words: {@code send to results}, {@code mu.Lock (held by worker#1)}. */
    public String waitsOn(int g) {
        GoroutineState s = m.goroutine(g);
        Op op = s.pending();
        if (op == null) {
            return s.status == GoroutineStatus.DONE ? "nothing (finished)" : "nothing (spinning)";
        }
        if (s.atRangeHead()) {
            return "range over " + chanText(((Op.Range) op).ch());
        }
        return switch (op) {
            case Op.Send x -> "send to " + chanText(x.ch());
            case Op.Recv x -> "receive from " + chanText(x.ch());
            case Op.Select x -> "select (" + x.cases().stream().map(this::caseText)
                    .collect(Collectors.joining(", ")) + ")";
            case Op.Lock x -> x.mu() + ".Lock" + holders(x.mu(), g);
            case Op.RLock x -> x.mu() + ".RLock" + holders(x.mu(), g);
            case Op.Wait x -> x.wg() + ".Wait (counter " + ((WaitGroupState) m.resource(x.wg())).counter + ")";
            case Op.OnceDo x -> {
                OnceState o = (OnceState) m.resource(x.once());
                yield x.once() + ".Do" + (o.runner >= 0 ? " (running in " + m.goroutineName(o.runner) + ")" : "");
            }
            case Op.Sleep x -> "time.Sleep(" + x.ticks() + ")";
            case Op.If unused -> OpText.of(op);
            case Op.While unused -> OpText.of(op);
            case Op.Repeat unused -> OpText.of(op);
            case Op.Loop unused -> OpText.of(op);
            case Op.Range unused -> OpText.of(op);
            case Op.Go unused -> OpText.of(op);
            case Op.Close unused -> OpText.of(op);
            case Op.Unlock unused -> OpText.of(op);
            case Op.RUnlock unused -> OpText.of(op);
            case Op.Add unused -> OpText.of(op);
            case Op.Done unused -> OpText.of(op);
            case Op.Read unused -> OpText.of(op);
            case Op.Write unused -> OpText.of(op);
            case Op.Inc unused -> OpText.of(op);
            case Op.AtomicAdd unused -> OpText.of(op);
            case Op.AtomicLoad unused -> OpText.of(op);
            case Op.AtomicStore unused -> OpText.of(op);
            case Op.AtomicCas unused -> OpText.of(op);
            case Op.Cancel unused -> OpText.of(op);
            case Op.Work unused -> OpText.of(op);
            case Op.Emit unused -> OpText.of(op);
            case Op.Let unused -> OpText.of(op);
            case Op.Break unused -> OpText.of(op);
            case Op.Continue unused -> OpText.of(op);
            case Op.Return unused -> OpText.of(op);
            case Op.Assert unused -> OpText.of(op);
        };
    }

    private String caseText(Op.Case c) {
        return switch (c) {
            case Op.RecvCase r -> "receive from " + chanText(r.ch());
            case Op.SendCase r -> "send to " + chanText(r.ch());
            case Op.AfterCase r -> "timer";
            case Op.DoneCase r -> r.ctx() + ".Done()";
        };
    }

    private String chanText(String ch) {
        ChannelState c = (ChannelState) m.resource(ch);
        return c.nil ? ch + " (nil channel)" : c.closed ? ch + " (closed)" : ch;
    }

    /**
     * Whom a lock's waiter waits for, in words: its holders, or, for an RWMutex that no writer
     * holds, the writer waiting for it, which holds nothing yet but blocks new readers and writers
     * (Go's writer preference): {@code (behind w#0, which waits to write-lock it)}.
     */
    private String holders(String mu, int self) {
        if (m.resource(mu) instanceof RwMutexState x && x.go != null) {
            return countedWords(x, self);
        }
        List<Integer> h = waitsFor(mu, self);
        if (h.isEmpty()) {
            return "";
        }
        String names = h.stream().map(m::goroutineName).collect(Collectors.joining(", "));
        if (m.resource(mu) instanceof RwMutexState x && x.writer < 0 && h.equals(List.of(x.pendingWriter))) {
            return " (behind " + names + ", which waits to write-lock it)";
        }
        return " (held by " + names + ")";
    }

    /**
     * Whom a waiter of an RWMutex that misuse has switched to Go's counters waits for, in words:
     * a writer parked for departures that no RUnlock will report once nobody has subtracted
     * (an Unlock let go of the lock before this Lock returned), or a reader parked for an Unlock.
     */
    private String countedWords(RwMutexState x, int self) {
        RwMutexCounters c = x.go;
        List<Integer> h = waitsFor(x.id, self);
        String names = h.stream().map(m::goroutineName).collect(Collectors.joining(", "));
        if (c.parkedWriters.contains(self)) {
            return c.subtracted ? " (waits for " + c.readerWait + " reader(s) to leave" + (names.isEmpty() ? ")" : ": " + names + ")")
                    : " (waits for " + c.readerWait + " reader(s) to leave that never will: an Unlock let go of " + x.id
                    + " before this Lock returned)";
        }
        if (c.parkedReaders.contains(self)) {
            return " (counted as a reader, waits for an Unlock" + (names.isEmpty() ? ")" : " by " + names + ")");
        }
        return names.isEmpty() ? "" : " (held by " + names + ")";
    }

    /** The goroutines that g waits for directly: holders of the lock or once it blocks on. */
    public List<Integer> waitsFor(int g) {
        GoroutineState s = m.goroutine(g);
        Op op = s.pending();
        if (op == null || s.atRangeHead()) {
            return List.of();
        }
        return switch (op) {
            case Op.Lock x -> waitsFor(x.mu(), g);
            case Op.RLock x -> waitsFor(x.mu(), g);
            case Op.OnceDo x -> {
                OnceState o = (OnceState) m.resource(x.once());
                yield o.runner >= 0 ? List.of(o.runner) : List.of();
            }
            case Op.If unused -> List.of();
            case Op.While unused -> List.of();
            case Op.Repeat unused -> List.of();
            case Op.Loop unused -> List.of();
            case Op.Range unused -> List.of();
            case Op.Select unused -> List.of();
            case Op.Go unused -> List.of();
            case Op.Send unused -> List.of();
            case Op.Recv unused -> List.of();
            case Op.Close unused -> List.of();
            case Op.Unlock unused -> List.of();
            case Op.RUnlock unused -> List.of();
            case Op.Add unused -> List.of();
            case Op.Done unused -> List.of();
            case Op.Wait unused -> List.of();
            case Op.Read unused -> List.of();
            case Op.Write unused -> List.of();
            case Op.Inc unused -> List.of();
            case Op.AtomicAdd unused -> List.of();
            case Op.AtomicLoad unused -> List.of();
            case Op.AtomicStore unused -> List.of();
            case Op.AtomicCas unused -> List.of();
            case Op.Cancel unused -> List.of();
            case Op.Sleep unused -> List.of();
            case Op.Work unused -> List.of();
            case Op.Emit unused -> List.of();
            case Op.Let unused -> List.of();
            case Op.Break unused -> List.of();
            case Op.Continue unused -> List.of();
            case Op.Return unused -> List.of();
            case Op.Assert unused -> List.of();
        };
    }

    private List<Integer> waitsFor(String mu, int self) {
        List<Integer> out = new ArrayList<>();
        switch (m.resource(mu)) {
            case MutexState x -> {
                if (x.holder >= 0) {
                    out.add(x.holder);
                }
            }
            case RwMutexState x when x.go != null -> {
                RwMutexCounters c = x.go;
                if (c.parkedWriters.contains(self)) {
                    x.readers.stream().distinct().filter(r -> r != self).forEach(out::add);
                } else if (c.parkedReaders.contains(self)) {
                    if (x.writer >= 0 && x.writer != self) {
                        out.add(x.writer);
                    }
                } else if (c.held && c.holder >= 0) {
                    out.add(c.holder);
                }
            }
            case RwMutexState x -> {
                if (x.writer >= 0) {
                    out.add(x.writer);
                } else if (x.pendingWriter >= 0 && x.pendingWriter != self) {
                    out.add(x.pendingWriter);
                } else {
                    x.readers.stream().distinct().forEach(out::add);
                }
            }
            default -> { }
        }
        return out;
    }

    /** A wait-for cycle through g, as goroutine names, or an empty list. */
    public List<String> cycleThrough(int g) {
        List<Integer> path = new ArrayList<>();
        path.add(g);
        List<Integer> found = dfs(g, g, path, new LinkedHashSet<>());
        return found == null ? List.of() : found.stream().map(m::goroutineName).toList();
    }

    private List<Integer> dfs(int start, int at, List<Integer> path, Set<Integer> seen) {
        for (int next : waitsFor(at)) {
            if (m.status(next) == GoroutineStatus.DONE) {
                continue;
            }
            if (next == start) {
                List<Integer> cycle = new ArrayList<>(path);
                cycle.add(start);
                return cycle;
            }
            if (seen.add(next)) {
                path.add(next);
                List<Integer> r = dfs(start, next, path, seen);
                if (r != null) {
                    return r;
                }
                path.remove(path.size() - 1);
            }
        }
        return null;
    }

    /** The outcome of a state where nothing is enabled: deadlock, hang, leaks — or nothing. */
    public List<Fault> quiescentFaults() {
        List<Fault> out = new ArrayList<>();
        if (m.crashed() || m.limitError() != null) {
            return out;
        }
        List<Integer> alive = new ArrayList<>();
        List<Integer> spinning = new ArrayList<>();
        for (int g = 0; g < m.goroutineCount(); g++) {
            if (m.status(g) != GoroutineStatus.DONE) {
                alive.add(g);
            }
            if (m.status(g) == GoroutineStatus.SPINNING) {
                spinning.add(g);
            }
        }
        if (!m.mainReturned()) {
            if (!spinning.isEmpty()) {
                // Nothing can step: main either spins itself or is blocked for good.
                out.add(hang(m.status(0) == GoroutineStatus.SPINNING ? MainInHang.LOOPS : MainInHang.BLOCKED,
                        spinning.stream().filter(g -> g != 0).map(m::goroutineName).toList()));
            } else {
                out.add(deadlock(alive));
            }
            return out;
        }
        for (int g : alive) {
            out.add(leak(g, m.status(g) == GoroutineStatus.SPINNING));
        }
        return out;
    }

    /**
     * The hangs and leaks this state has whatever happens next, proven from the code goroutines
     * can still run (for states too deep to search to the end): main blocked on something no
     * goroutine can still do, or inside a loop it can never leave; after main returned, a
     * goroutine in such a loop or so blocked. Empty when nothing can be proven.
     */
    public List<Fault> provenStuck() {
        List<Fault> out = new ArrayList<>();
        if (m.crashed() || m.limitError() != null) {
            return out;
        }
        Futures futures = new Futures(m);
        if (!m.mainReturned()) {
            boolean blocked = m.options(0).isEmpty() && m.status(0) == GoroutineStatus.RUNNABLE;
            boolean blockedForGood = blocked && !futures.mayBeWoken(0);
            if (blockedForGood || !futures.mayFinish(0)) {
                // Named as looping: goroutines the code keeps inside a loop for ever (or that
                // spin) and that are not blocked for good where they stand.
                List<Integer> loopers = new ArrayList<>();
                for (int g = 1; g < m.goroutineCount(); g++) {
                    if (m.status(g) == GoroutineStatus.SPINNING || !futures.mayFinish(g)
                            && (!m.options(g).isEmpty() || futures.mayBeWoken(g))) {
                        loopers.add(g);
                    }
                }
                out.add(hang(blockedForGood ? MainInHang.BLOCKED : MainInHang.LOOPS,
                        loopers.stream().map(m::goroutineName).toList()));
            }
            return out;
        }
        for (int g = 1; g < m.goroutineCount(); g++) {
            if (m.status(g) == GoroutineStatus.DONE) {
                continue;
            }
            if (!futures.mayFinish(g)) {
                out.add(leak(g, !m.options(g).isEmpty() || m.status(g) == GoroutineStatus.SPINNING));
            } else if (m.options(g).isEmpty() && !futures.mayBeWoken(g)) {
                out.add(leak(g, false));
            }
        }
        return out;
    }

    /** How main fails to return in a hang, as far as the search or the code can tell. */
    public enum MainInHang {
        /** Main is blocked where it stands and never moves again. */
        BLOCKED,
        /** Main runs round a loop for ever (steps again and again). */
        LOOPS,
        /** Main loops polling the select it stands at (it has a default), never finding a case ready. */
        POLLS,
        /** Main moves a few more steps, then never again (it ends blocked for good). */
        GETS_STUCK,
        /** As the choices fall, main loops for ever or ends blocked for good. */
        LOOPS_OR_STUCK,
        /** Not known beyond the hang itself (its future is too large to search). */
        UNKNOWN
    }

    /**
     * A hang: main cannot return, in the way {@code how} says, while the given goroutines (main
     * left out) run on for ever. DESIGN §5's form, {@code main cannot return: blocked on wg.Wait
     * while spinner loops}, is the one for a main blocked for good; the others say so when it
     * is main itself that loops. The loopers are given by name (main left out), since one may be
     * spawned only later in the hang's future, and so have no index in this state.
     */
    public Fault hang(MainInHang how, List<String> others) {
        String who = String.join(", ", others);
        String besides = who.isEmpty() ? "" : " while " + who + (others.size() > 1 ? " loop" : " loops");
        List<String> why = new ArrayList<>();
        why.add("main can never return, however the scheduler chooses.");
        String msg = switch (how) {
            case BLOCKED -> "main cannot return: blocked on " + waitsOn(0) + besides;
            case LOOPS -> "main cannot return: it loops forever" + besides;
            case POLLS -> "main cannot return: it loops polling " + waitsOn(0) + ", never finding a case ready"
                    + (besides.isEmpty() ? "" : "," + besides);
            case GETS_STUCK -> "main cannot return: it ends blocked for good" + besides;
            case LOOPS_OR_STUCK -> "main cannot return: as the choices fall, it loops forever or ends blocked for good"
                    + besides;
            case UNKNOWN -> "main cannot return: no schedule leads to its return" + besides;
        };
        switch (how) {
            case LOOPS -> why.add("main runs round a loop for ever.");
            case POLLS -> why.add("main runs round a loop for ever: each time it polls " + waitsOn(0)
                    + ", no case is ready, and it takes default.");
            default -> { }
        }
        boolean mainMoves = how == MainInHang.LOOPS || how == MainInHang.POLLS;
        for (String g : others) {
            why.add(g + (mainMoves ? " runs on forever too." : " keeps running without ever letting main continue."));
        }
        return new Fault(Kind.HANG, msg, List.of(site(0)), why);
    }

    private Fault deadlock(List<Integer> blocked) {
        List<String> why = new ArrayList<>();
        List<Site> where = new ArrayList<>();
        for (int g : blocked) {
            why.add(m.goroutineName(g) + " is blocked on " + waitsOn(g) + ".");
            where.add(site(g));
        }
        for (int g : blocked) {
            List<String> cycle = cycleThrough(g);
            if (!cycle.isEmpty()) {
                why.add("wait-for cycle: " + String.join(" → ", cycle));
                break;
            }
        }
        return new Fault(Kind.DEADLOCK, "fatal error: all goroutines are asleep - deadlock!", where, why);
    }

    /** A leak of goroutine g: blocked with nothing left to wake it, or looping forever. */
    public Fault leak(int g, boolean loops) {
        String name = m.goroutineName(g);
        String msg;
        List<String> why = new ArrayList<>();
        if (loops || m.pendingOp(g) == null) {
            msg = "goroutine leak: " + name + " loops forever";
            why.add("After main returned, " + name + " keeps running and can never finish.");
        } else {
            msg = "goroutine leak: " + name + " blocked on " + waitsOn(g);
            why.add("After main returned, " + name + " is blocked on " + waitsOn(g)
                    + " and nothing can wake it any more.");
            List<String> cycle = cycleThrough(g);
            if (!cycle.isEmpty()) {
                msg += " (wait-for cycle: " + String.join(" → ", cycle) + ")";
                why.add("wait-for cycle: " + String.join(" → ", cycle));
            }
        }
        return new Fault(Kind.LEAK, msg, List.of(site(g)), why);
    }

    /** Where goroutine g stands, as a site. */
    public Site site(int g) {
        Op op = m.pendingOp(g);
        String name = m.goroutineName(g);
        if (op == null) {
            if (m.status(g) == GoroutineStatus.SPINNING) {
                // A goroutine that spins stands inside a loop: name the innermost one, as it
                // is where it runs round, not an "end" it never reaches.
                List<Frame> frames = m.gs.get(g).frames;
                for (int i = frames.size() - 1; i >= 0; i--) {
                    Op loop = frames.get(i).owner;
                    if (frames.get(i).isLoop() && loop != null) {
                        return new Site(name, loop.src().path(), loop.kind(), null);
                    }
                }
            }
            return new Site(name, "end", m.status(g) == GoroutineStatus.SPINNING ? "spin" : "done", null);
        }
        return new Site(name, op.src().path(), op.kind(), partOf(op));
    }

    /** The id of the part an op works on (a channel, lock, wait group, variable, context or sink), or null. */
    public static String partOf(Op op) {
        return switch (op) {
            case Op.Send x -> x.ch();
            case Op.Recv x -> x.ch();
            case Op.Close x -> x.ch();
            case Op.Range x -> x.ch();
            case Op.Lock x -> x.mu();
            case Op.Unlock x -> x.mu();
            case Op.RLock x -> x.mu();
            case Op.RUnlock x -> x.mu();
            case Op.Add x -> x.wg();
            case Op.Done x -> x.wg();
            case Op.Wait x -> x.wg();
            case Op.OnceDo x -> x.once();
            case Op.Read x -> x.var();
            case Op.Write x -> x.var();
            case Op.Inc x -> x.var();
            case Op.AtomicAdd x -> x.var();
            case Op.AtomicLoad x -> x.var();
            case Op.AtomicStore x -> x.var();
            case Op.AtomicCas x -> x.var();
            case Op.Cancel x -> x.ctx();
            case Op.Emit x -> x.sink();
            case Op.If unused -> null;
            case Op.While unused -> null;
            case Op.Repeat unused -> null;
            case Op.Loop unused -> null;
            case Op.Select unused -> null;
            case Op.Go unused -> null;
            case Op.Sleep unused -> null;
            case Op.Work unused -> null;
            case Op.Let unused -> null;
            case Op.Break unused -> null;
            case Op.Continue unused -> null;
            case Op.Return unused -> null;
            case Op.Assert unused -> null;
        };
    }
}
