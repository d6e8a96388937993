package org.interleave.playback;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.interleave.engine.Blocking;
import org.interleave.engine.Choice;
import org.interleave.engine.Fault;
import org.interleave.engine.Finding;
import org.interleave.engine.GoroutineStatus;
import org.interleave.engine.Kind;
import org.interleave.engine.Limits;
import org.interleave.engine.Machine;
import org.interleave.engine.OpText;
import org.interleave.engine.Program;
import org.interleave.engine.Schedule;
import org.interleave.engine.Site;
import org.interleave.engine.Timing;
import org.interleave.engine.model.Op;

/**
 * One execution laid out as a timeline, as {@code go tool trace} shows one: a lane per goroutine
 * instance, a column per step (column 0 is the start, the last column the state after the last
 * step), what each goroutine was doing in each column, the happens-before edges of the execution
 * (read from the vector clocks the race detector keeps) and, for a race, the racing pair.
 */
public record TimelineData(List<Lane> lanes, int steps, List<String> tokens, List<Edge> edges, RacePair race) {
    public TimelineData {
        lanes = List.copyOf(lanes);
        tokens = List.copyOf(tokens);
        edges = List.copyOf(edges);
    }

    /** What a goroutine does in one column. */
    public enum State {
        /** It took this step (or completed its op in this step, as the partner of a hand-off). */
        RUNNING("running"),
        /** It could have run but did not. */
        RUNNABLE("runnable"),
        /** Its next op could not complete. */
        BLOCKED("blocked"),
        /** It had returned. */
        DONE("done"),
        /** It looped without reaching a visible op. */
        SPINNING("spinning"),
        /** A panic or fatal error had ended the program. */
        STOPPED("stopped");

        private final String words;

        State(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** A goroutine's column: its state and, in words, what it did or waited on. */
    public record Cell(State state, String detail) {}

    /**
     * A goroutine instance's lane: its name and a cell per column (0 = start, 1..steps, then the
     * end); null cells are columns before it existed.
     */
    public record Lane(String name, List<Cell> cells) {
        public Lane {
            cells = java.util.Collections.unmodifiableList(new ArrayList<>(cells));
        }

        /** The cell of a column, or null when the goroutine did not exist yet. */
        public Cell cell(int column) {
            return column < cells.size() ? cells.get(column) : null;
        }
    }

    /** What orders two events. */
    public enum EdgeKind {
        /** A channel hand-off: send → receive, close → receive, receive → send. */
        CHANNEL,
        /** A lock hand-over: unlock → lock. */
        LOCK,
        /** {@code go} → the start of the new goroutine. */
        SPAWN,
        /** Any other synchronization: wait groups, once, atomics, contexts. */
        SYNC
    }

    /** A happens-before edge from a step of one lane to a later (or the same) step of another. */
    public record Edge(int fromColumn, int fromLane, int toColumn, int toLane, EdgeKind kind, String label) {}

    /** The two accesses of a data race: columns and lanes, and Go's message. */
    public record RacePair(int firstColumn, int firstLane, int secondColumn, int secondLane, String message) {}

    /** The column of the state after the last step. */
    public int endColumn() {
        return steps + 1;
    }

    /** The lane of the goroutine instance with this name, or -1. */
    public int laneOf(String name) {
        for (int i = 0; i < lanes.size(); i++) {
            if (lanes.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** The timeline of a counterexample. */
    public static TimelineData of(Trace trace) {
        Program program = trace.execution().last().program();
        return of(program, Limits.DEFAULT, trace.execution().schedule(), trace.finding());
    }

    /**
     * Replays {@code schedule} on {@code program} and lays it out; {@code finding} (may be null)
     * names the race whose pair to mark, otherwise the first race of the run is marked. A token
     * that cannot move ends the timeline there.
     */
    public static TimelineData of(Program program, Limits limits, Schedule schedule, Finding finding) {
        return new Builder(program, limits).build(schedule, finding);
    }

    /** Replays a schedule, recording per step what every goroutine did and its vector clock. */
    private static final class Builder {
        private final Program program;
        private final Limits limits;
        /** columns.get(c).get(g): the cell of goroutine g in column c. */
        private final List<List<Cell>> columns = new ArrayList<>();
        /** clocks.get(c)[g]: g's vector clock after column c (column 0: the start). */
        private final List<long[][]> clocks = new ArrayList<>();
        /** The op each goroutine took in a column where it ran (null otherwise). */
        private final List<Op[]> ops = new ArrayList<>();
        /** The var access each step's actor made, for the racing pair. */
        private final List<Machine.VarAccess> accesses = new ArrayList<>();
        private final List<Integer> actors = new ArrayList<>();
        private final List<String> paths = new ArrayList<>();
        private final List<List<Fault>> faults = new ArrayList<>();
        private final List<String> tokens = new ArrayList<>();
        private final List<String> names = new ArrayList<>();

        Builder(Program program, Limits limits) {
            this.program = program;
            this.limits = limits;
        }

        TimelineData build(Schedule schedule, Finding finding) {
            Machine m = new Machine(program, Timing.VERIFY, limits);
            m.drainFaults();
            List<Cell> start = new ArrayList<>();
            for (int g = 0; g < m.goroutineCount(); g++) {
                names.add(m.goroutineName(g));
                start.add(status(m, g, new Blocking(m)));
            }
            columns.add(start);
            clocks.add(clocksOf(m));
            ops.add(new Op[m.goroutineCount()]);
            accesses.add(null);
            actors.add(-1);
            paths.add("");
            faults.add(List.of());
            for (String token : schedule.tokens()) {
                Choice c = m.resolve(token);
                if (c == null) {
                    break;
                }
                Blocking before = new Blocking(m);
                int n = m.goroutineCount();
                List<Cell> cells = new ArrayList<>();
                Op[] pending = new Op[n];
                for (int g = 0; g < n; g++) {
                    cells.add(status(m, g, before));
                    pending[g] = Trace.pendingOp(m, g);
                }
                Machine.VarAccess access = c.isTimer() ? null : m.pendingAccess(c.actor());
                long[][] was = clocksOf(m);
                var record = m.step(c);
                tokens.add(token);
                long[][] now = clocksOf(m);
                Op[] ran = new Op[m.goroutineCount()];
                for (int g = 0; g < m.goroutineCount(); g++) {
                    if (g >= n) {
                        names.add(m.goroutineName(g));
                        cells.add(new Cell(State.RUNNABLE, "started by " + names.get(c.actor())));
                    } else if (g == c.actor()) {
                        cells.set(g, new Cell(State.RUNNING, "ran " + record.op()
                                + (record.path().isEmpty() ? "" : " (" + record.path() + ")") + " → " + record.effect()));
                        ran[g] = pending[g];
                    } else if (now[g][g] > was[g][g]) {
                        // completed its op in this step: the partner of a hand-off
                        String op = pending[g] == null ? "its op" : OpText.of(pending[g]);
                        cells.set(g, new Cell(State.RUNNING, "completed " + op + " (hand-off with "
                                + names.get(c.actor()) + ")"));
                        ran[g] = pending[g];
                    }
                }
                columns.add(cells);
                clocks.add(now);
                ops.add(ran);
                accesses.add(access);
                actors.add(c.isTimer() ? -1 : c.actor());
                paths.add(record.path());
                faults.add(m.drainFaults());
            }
            List<Cell> end = new ArrayList<>();
            Blocking after = new Blocking(m);
            for (int g = 0; g < m.goroutineCount(); g++) {
                end.add(m.crashed() ? stopped(m, g) : status(m, g, after));
            }
            columns.add(end);
            return new TimelineData(lanes(), tokens.size(), tokens, edges(), race(finding));
        }

        private List<Lane> lanes() {
            List<Lane> out = new ArrayList<>();
            for (int g = 0; g < names.size(); g++) {
                List<Cell> cells = new ArrayList<>();
                for (List<Cell> column : columns) {
                    cells.add(g < column.size() ? column.get(g) : null);
                }
                out.add(new Lane(names.get(g), cells));
            }
            return out;
        }

        private static long[][] clocksOf(Machine m) {
            long[][] out = new long[m.goroutineCount()][];
            for (int g = 0; g < out.length; g++) {
                out[g] = m.vectorClock(g);
            }
            return out;
        }

        private static Cell status(Machine m, int g, Blocking blocking) {
            GoroutineStatus s = m.status(g);
            if (s == GoroutineStatus.DONE) {
                return new Cell(State.DONE, "finished");
            }
            Op op = Trace.pendingOp(m, g);
            if (s == GoroutineStatus.SPINNING || op == null) {
                return new Cell(State.SPINNING, "loops without end");
            }
            if (m.options(g).isEmpty()) {
                return new Cell(State.BLOCKED, "blocked on " + blocking.waitsOn(g));
            }
            return new Cell(State.RUNNABLE, "can run " + OpText.of(op));
        }

        private static Cell stopped(Machine m, int g) {
            if (m.status(g) == GoroutineStatus.DONE) {
                return new Cell(State.DONE, "finished");
            }
            return new Cell(State.STOPPED, "stopped: the program crashed");
        }

        /** The column in which goroutine h's own clock reached {@code time}. */
        private int eventColumn(int h, long time) {
            for (int c = 0; c < clocks.size(); c++) {
                long[][] k = clocks.get(c);
                if (h < k.length && k[h][h] >= time) {
                    return c;
                }
            }
            return -1;
        }

        /**
         * The direct happens-before edges: in each column, the events of other goroutines that a
         * goroutine's clock newly covers, less those already implied by another newly covered one.
         */
        private List<Edge> edges() {
            List<Edge> out = new ArrayList<>();
            for (int c = 0; c < clocks.size(); c++) {
                long[][] now = clocks.get(c);
                long[][] was = c == 0 ? new long[0][] : clocks.get(c - 1);
                for (int g = 0; g < now.length; g++) {
                    long[] prev = g < was.length ? was[g] : new long[0];
                    List<int[]> sources = new ArrayList<>();
                    for (int h = 0; h < now[g].length; h++) {
                        long t = now[g][h];
                        if (h == g || t <= (h < prev.length ? prev[h] : 0)) {
                            continue;
                        }
                        int at = eventColumn(h, t);
                        if (at >= 0) {
                            sources.add(new int[] {h, (int) t, at});
                        }
                    }
                    for (int[] s : sources) {
                        boolean implied = false;
                        for (int[] o : sources) {
                            if (o != s) {
                                long[] oc = clocks.get(o[2])[o[0]];
                                implied |= s[0] < oc.length && oc[s[0]] >= s[1];
                            }
                        }
                        if (!implied) {
                            out.add(edge(s[2], s[0], c, g));
                        }
                    }
                }
            }
            return rendezvous(out);
        }

        /** An unbuffered hand-off orders both ways in one step: keep the send → receive edge. */
        private List<Edge> rendezvous(List<Edge> all) {
            List<Edge> out = new ArrayList<>();
            for (Edge e : all) {
                boolean twin = e.fromColumn() == e.toColumn() && all.stream().anyMatch(o -> o != e
                        && o.fromColumn() == e.fromColumn() && o.toColumn() == e.toColumn()
                        && o.fromLane() == e.toLane() && o.toLane() == e.fromLane());
                if (twin && !isSendSide(ops.get(e.fromColumn())[e.fromLane()], e.fromLane(), e.fromColumn())) {
                    continue;
                }
                out.add(e);
            }
            return out;
        }

        private boolean isSendSide(Op op, int lane, int column) {
            if (op instanceof Op.Send) {
                return true;
            }
            if (op instanceof Op.Recv || op instanceof Op.Range) {
                return false;
            }
            return actors.get(column) == lane;
        }

        private Edge edge(int fromColumn, int from, int toColumn, int to) {
            Op src = fromColumn < ops.size() && from < ops.get(fromColumn).length ? ops.get(fromColumn)[from] : null;
            Op dst = toColumn < ops.size() && to < ops.get(toColumn).length ? ops.get(toColumn)[to] : null;
            boolean started = toColumn > 0 && to >= columns.get(toColumn - 1).size() || toColumn == 0;
            String a = names.get(from);
            String b = names.get(to);
            if (started) {
                return new Edge(fromColumn, from, toColumn, to, EdgeKind.SPAWN, "go → start: " + a + " started " + b);
            }
            String part = dst == null ? null : Blocking.partOf(dst);
            if (part == null && src != null) {
                part = Blocking.partOf(src);
            }
            EdgeKind kind = kindOf(dst, src);
            String what = switch (kind) {
                case CHANNEL -> word(src) + " → " + word(dst) + (part == null ? "" : " on " + part);
                case LOCK -> word(src) + " → " + word(dst) + (part == null ? "" : " of " + part);
                default -> word(src) + " → " + word(dst) + (part == null ? "" : " (" + part + ")");
            };
            return new Edge(fromColumn, from, toColumn, to, kind,
                    what + ": " + a + "'s step " + fromColumn + " happens before " + b + "'s step " + toColumn);
        }

        private static String word(Op op) {
            return op == null ? "event" : OpWords.verb(op);
        }

        private static EdgeKind kindOf(Op dst, Op src) {
            Op op = dst != null ? dst : src;
            if (op == null) {
                return EdgeKind.SYNC;
            }
            return switch (op) {
                case Op.Send x -> EdgeKind.CHANNEL;
                case Op.Recv x -> EdgeKind.CHANNEL;
                case Op.Range x -> EdgeKind.CHANNEL;
                case Op.Select x -> EdgeKind.CHANNEL;
                case Op.Close x -> EdgeKind.CHANNEL;
                case Op.Lock x -> EdgeKind.LOCK;
                case Op.RLock x -> EdgeKind.LOCK;
                case Op.Unlock x -> EdgeKind.LOCK;
                case Op.RUnlock x -> EdgeKind.LOCK;
                default -> EdgeKind.SYNC;
            };
        }

        /** The racing pair of {@code finding} if it is a race, else of the run's first race. */
        private RacePair race(Finding finding) {
            for (int c = 1; c < faults.size(); c++) {
                for (Fault f : faults.get(c)) {
                    if (f.kind() != Kind.RACE || finding != null && finding.kind() == Kind.RACE
                            && !f.message().equals(finding.message())) {
                        continue;
                    }
                    Site other = f.where().get(0);
                    int lane = names.indexOf(other.goroutine());
                    boolean write = other.action().equals("write");
                    for (int k = c - 1; k >= 1 && lane >= 0; k--) {
                        Machine.VarAccess a = accesses.get(k);
                        if (actors.get(k) == lane && a != null && a.write() == write
                                && paths.get(k).equals(other.path())) {
                            return new RacePair(k, lane, c, actors.get(c), f.message());
                        }
                    }
                }
            }
            return null;
        }
    }

    /** Lanes by name, for tests and views. */
    public Map<String, Lane> lanesByName() {
        Map<String, Lane> out = new HashMap<>();
        lanes.forEach(l -> out.put(l.name(), l));
        return out;
    }
}
