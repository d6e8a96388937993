package org.interleave.playback;

import java.util.ArrayList;
import java.util.List;
import org.interleave.engine.Blocking;
import org.interleave.engine.Choice;
import org.interleave.engine.Fault;
import org.interleave.engine.Finding;
import org.interleave.engine.GoroutineStatus;
import org.interleave.engine.Machine;
import org.interleave.engine.OpText;
import org.interleave.engine.Program;
import org.interleave.engine.ResourceSnapshot;
import org.interleave.engine.StepRecord;
import org.interleave.engine.Timing;
import org.interleave.engine.model.Level;
import org.interleave.engine.model.Op;
import org.interleave.explore.Execution;
import org.interleave.explore.Replayer;
import org.interleave.explore.SearchBudget;

/**
 * A finding's counterexample laid out for stepping through: its schedule replayed step by step
 * ({@link Replayer}), and after each step where every goroutine stands — able to run, blocked
 * (on what), done — read from a {@link Machine} run along the same schedule.
 */
public record Trace(Finding finding, Execution execution, List<Moment> moments) {
    public Trace {
        moments = List.copyOf(moments);
    }

    /** What a goroutine instance is doing at a moment. */
    public enum Status {
        /** In a timed run: it holds a core at this tick (it stepped, or is busy with work) and can go on. */
        RUNNING("running", "▶"),
        /** It can take its next op now. */
        CAN_RUN("can run", "●"),
        /** Its next op cannot complete in this state. */
        BLOCKED("blocked", "⊘"),
        /** It returned. */
        DONE("done", "✓"),
        /** It loops without reaching another visible op. */
        SPINNING("spinning", "↻"),
        /** A panic or fatal error ended the program while it was here. */
        STOPPED("stopped", "■");

        private final String words;
        private final String symbol;

        Status(String words, String symbol) {
            this.words = words;
            this.symbol = symbol;
        }

        /** The status in words, as the reveal shows it. */
        public String words() {
            return words;
        }

        /** The one-character mark of the status, before a goroutine's name. */
        public String symbol() {
            return symbol;
        }
    }

    /**
     * One goroutine instance after a step: its name ({@code worker#1}), the goroutine part it
     * runs ({@code worker}), its status, the path of the op it takes next (null when done or
     * spinning) and a sentence on what it does next or waits on.
     */
    public record GoroutineView(String name, String template, Status status, String path, String detail) {
        /** The status in a line, with a symbol so that colour is not the only sign: {@code ⊘ p0#0 blocked on …}. */
        public String statusLine() {
            String head = status.symbol() + " " + name + " ";
            return switch (status) {
                case RUNNING -> head + "running, " + detail;
                case CAN_RUN -> head + "can run, " + detail;
                case BLOCKED -> head + detail;
                case DONE -> head + "done";
                case SPINNING -> head + "spinning: " + detail;
                case STOPPED -> head + "stopped " + detail;
            };
        }
    }

    /**
     * The state after one step: the step's record, every goroutine instance that exists then, and
     * what each shared resource holds (buffers, holders, counters, values, output).
     */
    public record Moment(StepRecord step, List<GoroutineView> goroutines, List<ResourceSnapshot> resources) {
        public Moment {
            goroutines = List.copyOf(goroutines);
            resources = List.copyOf(resources);
        }

        /** A moment without resource states. */
        public Moment(StepRecord step, List<GoroutineView> goroutines) {
            this(step, goroutines, List.of());
        }

        /** What the resource with this part id holds at this moment, if it is known. */
        public java.util.Optional<ResourceSnapshot> resource(String id) {
            return resources.stream().filter(r -> r.id().equals(id)).findFirst();
        }

        /** The problems this step raised (a race, a panic), in Go's words; usually none. */
        public List<String> faults() {
            return step.faults().stream().map(Fault::message).toList();
        }

        /** The view of the goroutine instance with this name, if it exists at this moment. */
        public java.util.Optional<GoroutineView> goroutine(String name) {
            return goroutines.stream().filter(g -> g.name().equals(name)).findFirst();
        }
    }

    /** The number of steps. */
    public int length() {
        return moments.size();
    }

    /**
     * Replays {@code finding}'s schedule on {@code level}'s design with the level's bounds. Throws
     * {@link org.interleave.explore.ReplayStrategy.ScheduleMismatch} if the schedule is not one of
     * this design's, and {@link IllegalArgumentException} for a {@code ticks} finding whose
     * schedule does not replay the timed run that scored the design (recognised as {@code replay}
     * recognises it, {@link org.interleave.explore.Checker#ticksReplayed}).
     */
    public static Trace of(Level level, Finding finding) {
        Program program = new Program(level.design());
        SearchBudget budget = SearchBudget.of(level.bounds());
        // as check and replay do: a schedule longer than the step bound (a ticks finding's run cut
        // there) still replays whole
        int steps = Math.max(budget.maxSteps(), finding.schedule().length());
        Execution execution = new Replayer(program, level.goal(), steps, budget.limits())
                .replay(finding.schedule(), true);
        if (finding.kind() == org.interleave.engine.Kind.TICKS
                && org.interleave.explore.Checker.ticksReplayed(level, execution) == null) {
            throw new IllegalArgumentException("the schedule " + finding.schedule() + " does not replay the scored run");
        }
        String mainTemplate = level.design().main().id();
        Machine m = new Machine(program, Timing.VERIFY, budget.limits());
        m.drainFaults();
        List<Moment> moments = new ArrayList<>();
        for (StepRecord step : execution.steps()) {
            Choice c = m.resolve(step.token());
            if (c == null) {
                throw new IllegalStateException("step " + step.number() + " '" + step.token() + "' does not replay");
            }
            m.step(c);
            m.drainFaults();
            moments.add(moment(m, mainTemplate, step));
        }
        return new Trace(finding, execution, moments);
    }

    /**
     * The moment after {@code step}, read from the machine that just took it: where every
     * goroutine instance stands and what every resource holds. {@code mainTemplate} is the id of
     * the design's main goroutine. The single place that turns a machine into a moment, for the
     * reveal and for a timed run alike.
     */
    public static Moment moment(Machine m, String mainTemplate, StepRecord step) {
        return moment(m, mainTemplate, step, java.util.Set.of());
    }

    /**
     * The moment after {@code step} of a timed run: as {@link #moment(Machine, String, StepRecord)},
     * and the instances named in {@code ranThisTick} or busy with work hold a core, so they are
     * {@link Status#RUNNING} unless they are now blocked or done.
     */
    public static Moment moment(Machine m, String mainTemplate, StepRecord step, java.util.Set<String> ranThisTick) {
        return new Moment(step, goroutines(m, mainTemplate, step, ranThisTick), ResourceSnapshot.of(m));
    }

    private static List<GoroutineView> goroutines(Machine m, String mainTemplate, StepRecord step,
                                                  java.util.Set<String> ranThisTick) {
        Blocking blocking = new Blocking(m);
        List<GoroutineView> out = new ArrayList<>();
        for (int g = 0; g < m.goroutineCount(); g++) {
            String name = m.goroutineName(g);
            String template = g == 0 ? mainTemplate : templateOf(name);
            GoroutineStatus s = m.status(g);
            if (s == GoroutineStatus.DONE) {
                out.add(new GoroutineView(name, template, Status.DONE, null, "finished"));
            } else if (m.crashed()) {
                out.add(stopped(m, g, name, template, step));
            } else if (s == GoroutineStatus.SPINNING || m.pendingOp(g) == null) {
                out.add(new GoroutineView(name, template, Status.SPINNING, null, "loops without end"));
            } else if (m.timing() == Timing.TIMED && m.busy(g)) {
                out.add(new GoroutineView(name, template, Status.RUNNING, m.pendingOp(g).src().path(),
                        "working: " + OpText.of(m.pendingOp(g))));
            } else {
                Op op = m.pendingOp(g);
                if (m.options(g).isEmpty()) {
                    out.add(new GoroutineView(name, template, Status.BLOCKED, op.src().path(),
                            "blocked on " + blocking.waitsOn(g)));
                } else {
                    Status status = ranThisTick.contains(name) ? Status.RUNNING : Status.CAN_RUN;
                    out.add(new GoroutineView(name, template, status, op.src().path(), "next: " + nextOp(m, g, op)));
                }
            }
        }
        return out;
    }

    /**
     * A goroutine of a program that crashed: the one whose step crashed stands at that step's op;
     * the others where they were. The machine does not move the crashing goroutine on to a next
     * op (it may have none), so its pending op is not asked for.
     */
    private static GoroutineView stopped(Machine m, int g, String name, String template, StepRecord step) {
        if (name.equals(step.actor())) {
            return new GoroutineView(name, template, Status.STOPPED, step.path(), "at " + step.op() + ", which crashed");
        }
        Op op = pendingOp(m, g);
        return op == null
                ? new GoroutineView(name, template, Status.STOPPED, null, "when the program crashed")
                : new GoroutineView(name, template, Status.STOPPED, op.src().path(),
                        "at " + OpText.of(op) + " when the program crashed");
    }

    /**
     * The op goroutine {@code g} runs next, or null when it has none — also for a goroutine that
     * a crash stopped past its last op.
     */
    public static Op pendingOp(Machine m, int g) {
        try {
            return m.pendingOp(g);
        } catch (IndexOutOfBoundsException e) {
            // a goroutine the crash itself stopped (a sender woken by close) may be past its last op
            return null;
        }
    }

    /** The op {@code g} runs next ({@code op}) in Go's words; an {@code inc} says which half comes next. */
    public static String nextOp(Machine m, int g, Op op) {
        String text = OpText.of(op);
        if (op instanceof Op.Inc) {
            Machine.VarAccess access = m.pendingAccess(g);
            return text + (access != null && access.write() ? " (its write)" : " (its read)");
        }
        return text;
    }

    /** The goroutine part an instance runs: {@code worker} for {@code worker#3}. */
    static String templateOf(String name) {
        int i = name.indexOf('#');
        return i < 0 ? name : name.substring(0, i);
    }
}
