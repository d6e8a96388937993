package org.interleave.app.schedule;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.interleave.engine.Blocking;
import org.interleave.engine.Choice;
import org.interleave.engine.Finding;
import org.interleave.engine.GoroutineStatus;
import org.interleave.engine.Kind;
import org.interleave.engine.Machine;
import org.interleave.engine.OpText;
import org.interleave.engine.Program;
import org.interleave.engine.Schedule;
import org.interleave.engine.StepRecord;
import org.interleave.engine.model.Goal;
import org.interleave.engine.model.Level;
import org.interleave.engine.model.Op;
import org.interleave.explore.Execution;
import org.interleave.explore.Replayer;
import org.interleave.explore.SearchBudget;
import org.interleave.playback.Trace;

/**
 * A schedule the player makes by hand, one step at a time, on a level's design in verify timing:
 * the tokens so far and the execution they replay to. It is immutable: taking a move or undoing
 * one gives a new value, made by replaying the tokens from the start with the same
 * {@link Replayer} the {@code replay} command uses, so what the player sees is exactly what the
 * schedule replays to. Findings are the engine's own: races from the vector clocks as the
 * accesses happen, panics and failed asserts as they crash, the output goal when main returns,
 * and deadlocks and leaks from {@link Blocking} when nothing can move (or provably never will).
 */
public final class HandSchedule {
    private final Level level;
    private final Replayer replayer;
    private final Schedule schedule;
    private final Execution execution;
    private final List<Finding> findings;

    /** What can take a step: a goroutine instance, or the timeout of a context. */
    public enum ActorKind { GOROUTINE, TIMER }

    /**
     * One thing that can happen next, as the schedule token it adds and a label in Go's words:
     * {@code main} / {@code mu.Lock()}, or {@code worker:1} / {@code case <-quit}.
     */
    public record Move(String token, String label) {}

    /**
     * A goroutine instance (or a context timer) as the player sees it: its number key (from 1),
     * name, the goroutine part it runs, its status, the path and Go line of its next op, what it
     * waits on when blocked, and the moves it has now (several at a select with several ready
     * cases, none when it cannot move).
     */
    public record Actor(int key, ActorKind kind, String name, String template, Trace.Status status, String path,
                        String next, String detail, List<Move> moves) {
        public Actor {
            moves = List.copyOf(moves);
        }

        /** Whether it can take a step now. */
        public boolean canMove() {
            return !moves.isEmpty();
        }
    }

    private HandSchedule(Level level, Replayer replayer, Schedule schedule) {
        this.level = level;
        this.replayer = replayer;
        this.schedule = schedule;
        this.execution = replayer.replay(schedule, true);
        List<Finding> all = new ArrayList<>(execution.findings());
        if (execution.end() == Execution.End.PARTIAL) {
            // Hangs and leaks this state has whatever happens next (the replay command reports them too).
            new Blocking(execution.last()).provenStuck().forEach(f -> all.add(f.toFinding(schedule)));
        }
        this.findings = List.copyOf(all);
    }

    /** The start of a hand-made schedule on {@code level}'s design. */
    public static HandSchedule start(Level level) {
        return of(level, Schedule.EMPTY);
    }

    /**
     * The hand-made schedule {@code schedule} on {@code level}'s design. Throws
     * {@link org.interleave.explore.ReplayStrategy.ScheduleMismatch} when a token cannot move.
     */
    public static HandSchedule of(Level level, Schedule schedule) {
        SearchBudget budget = SearchBudget.of(level.bounds());
        Replayer replayer = new Replayer(new Program(level.design()), level.goal(),
                Math.max(budget.maxSteps(), schedule.length() + 1), budget.limits());
        return new HandSchedule(level, replayer, schedule);
    }

    /** This schedule with one more step, the move's token. */
    public HandSchedule take(Move move) {
        if (!canMove() || actors().stream().noneMatch(a -> a.moves().contains(move))) {
            throw new IllegalArgumentException("'" + move.token() + "' cannot move here");
        }
        return new HandSchedule(level, replayer, schedule.append(move.token()));
    }

    /** This schedule without its last step (replays the shorter prefix, so it is exact). */
    public HandSchedule undo() {
        return schedule.length() == 0 ? this : new HandSchedule(level, replayer, schedule.prefix(schedule.length() - 1));
    }

    /** This schedule cut to its first n steps. */
    public HandSchedule prefix(int n) {
        return n >= schedule.length() ? this : new HandSchedule(level, replayer, schedule.prefix(Math.max(0, n)));
    }

    public Level level() {
        return level;
    }

    public Schedule schedule() {
        return schedule;
    }

    /** The steps taken, as the replay command prints them. */
    public List<StepRecord> steps() {
        return execution.steps();
    }

    public Execution execution() {
        return execution;
    }

    /** Every problem the execution has shown so far, in the order they happened. */
    public List<Finding> findings() {
        return findings;
    }

    /** The outcome a {@code break} level asks for, or null for a sandbox. */
    public Kind target() {
        return level.mode() == Goal.Mode.BREAK && level.goal().reach() != null
                ? Kind.fromJson(level.goal().reach()) : null;
    }

    /** The first finding of the target kind, once the execution has reached it. */
    public Optional<Finding> reached() {
        Kind target = target();
        return target == null ? Optional.empty() : findings.stream().filter(f -> f.kind() == target).findFirst();
    }

    /** Whether the level's target outcome has been reached. */
    public boolean won() {
        return reached().isPresent();
    }

    /** Whether the program cannot go on: nothing can move, it crashed, or a bound stopped it. */
    public boolean over() {
        return execution.end() != Execution.End.PARTIAL;
    }

    /** Whether the player can take another step: the program goes on and the target is not reached yet. */
    public boolean canMove() {
        return !over() && !won();
    }

    /** How the run ended, in words, or null while it goes on. */
    public String endText() {
        Machine m = execution.last();
        return switch (execution.end()) {
            case PARTIAL -> null;
            case FINISHED -> m.mainReturned() ? "Nothing can move any more: main returned." : "Nothing can move any more.";
            case CRASHED -> "The program crashed.";
            case CUT -> "The step bound of this level was reached.";
            case LIMIT -> "Stopped: " + m.limitError();
        };
    }

    /**
     * Every goroutine instance that exists now, in creation order, then the context timers that
     * may fire; their number keys count from 1 in that order.
     */
    public List<Actor> actors() {
        Machine m = execution.last();
        Blocking blocking = new Blocking(m);
        boolean live = canMove();
        List<Choice> enabled = live ? m.enabled() : List.of();
        String mainTemplate = level.design().main().id();
        List<Actor> out = new ArrayList<>();
        for (int g = 0; g < m.goroutineCount(); g++) {
            String name = m.goroutineName(g);
            String template = g == 0 ? mainTemplate : templateOf(name);
            List<Move> moves = new ArrayList<>();
            for (Choice c : enabled) {
                if (c.actor() == g) {
                    moves.add(new Move(m.token(c), moveLabel(m, g, c)));
                }
            }
            out.add(goroutine(m, blocking, g, out.size() + 1, name, template, moves));
        }
        for (Choice c : enabled) {
            if (c.isTimer()) {
                String ctx = m.program().parts().get(c.timerPart()).id();
                out.add(new Actor(out.size() + 1, ActorKind.TIMER, "@" + ctx, ctx, Trace.Status.CAN_RUN, null,
                        "the timeout of " + ctx + " fires", "context " + ctx + " times out",
                        List.of(new Move(m.token(c), "timeout of " + ctx + " fires"))));
            }
        }
        return out;
    }

    private Actor goroutine(Machine m, Blocking blocking, int g, int key, String name, String template,
                            List<Move> moves) {
        GoroutineStatus s = m.status(g);
        if (s == GoroutineStatus.DONE) {
            return new Actor(key, ActorKind.GOROUTINE, name, template, Trace.Status.DONE, null, "returned", "done", moves);
        }
        if (m.crashed()) {
            StepRecord last = execution.steps().isEmpty() ? null : execution.steps().getLast();
            if (last != null && last.actor().equals(name)) {
                return new Actor(key, ActorKind.GOROUTINE, name, template, Trace.Status.STOPPED, last.path(),
                        last.op(), "crashed at " + last.op(), moves);
            }
            Op op = Trace.pendingOp(m, g);
            return new Actor(key, ActorKind.GOROUTINE, name, template, Trace.Status.STOPPED,
                    op == null ? null : op.src().path(), op == null ? "" : OpText.of(op),
                    "stopped when the program crashed", moves);
        }
        Op op = Trace.pendingOp(m, g);
        if (s == GoroutineStatus.SPINNING || op == null) {
            return new Actor(key, ActorKind.GOROUTINE, name, template, Trace.Status.SPINNING, null, "",
                    "loops without reaching another step", moves);
        }
        String next = Trace.nextOp(m, g, op);
        if (moves.isEmpty() && m.options(g).isEmpty()) {
            return new Actor(key, ActorKind.GOROUTINE, name, template, Trace.Status.BLOCKED, op.src().path(), next,
                    "blocked on " + blocking.waitsOn(g), moves);
        }
        return new Actor(key, ActorKind.GOROUTINE, name, template, Trace.Status.CAN_RUN, op.src().path(), next,
                "can run " + next, moves);
    }

    private static String moveLabel(Machine m, int g, Choice c) {
        Op op = m.pendingOp(g);
        if (op instanceof Op.Select s && c.branch() != Choice.NONE) {
            return c.branch() == Choice.DEFAULT ? "default" : OpText.caseHead(s.cases().get(c.branch()));
        }
        if (op instanceof Op.Select s && c.branch() == Choice.NONE) {
            return "select";
        }
        if (op instanceof Op.Wait w && c.branch() != Choice.NONE) {
            return c.branch() == Choice.WAIT_WOKEN_PANICS
                    ? w.wg() + ".Wait(): woken at zero, finds it reused"
                    : w.wg() + ".Wait(): had not parked, waits on";
        }
        return Trace.nextOp(m, g, op);
    }

    /** The goroutine part an instance runs: {@code worker} for {@code worker#3}. */
    static String templateOf(String name) {
        int i = name.indexOf('#');
        return i < 0 ? name : name.substring(0, i);
    }
}
