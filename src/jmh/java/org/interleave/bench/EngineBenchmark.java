package org.interleave.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.interleave.engine.Choice;
import org.interleave.engine.Limits;
import org.interleave.engine.Machine;
import org.interleave.engine.Program;
import org.interleave.engine.Schedule;
import org.interleave.engine.StateWriter;
import org.interleave.engine.Timing;
import org.interleave.engine.model.Level;
import org.interleave.explore.Explorer;
import org.interleave.explore.SearchBudget;
import org.interleave.explore.SearchResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Micro-benchmarks of the interpreter's inner loop and of the search built on it. All scores are
 * throughput in operations per second; what one operation is, each benchmark says.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class EngineBenchmark {

    /** The pool that is run step by step: 3 workers, 10 jobs in a buffered channel. */
    static final int RUN_WORKERS = 3;
    static final int RUN_JOBS = 10;

    /** The pool that is searched exhaustively: 2 workers, 3 jobs. */
    static final int SEARCH_WORKERS = 2;
    static final int SEARCH_JOBS = 3;

    /** Runs a machine to its end, always taking the first enabled choice. */
    static Machine runToEnd(Machine m) {
        for (List<Choice> en = m.enabled(); !en.isEmpty(); en = m.enabled()) {
            m.step(en.get(0));
        }
        return m;
    }

    /** A 3x10 pool being run step by step; a finished run starts over from a fresh machine. */
    @State(Scope.Thread)
    public static class Run {
        Program program;
        Machine machine;

        @Setup
        public void setup() {
            program = new Program(Pools.pool(RUN_WORKERS, RUN_JOBS).design());
            Machine m = runToEnd(fresh());
            if (!m.mainReturned() || !m.output("out").equals(List.of(Pools.expectedSum(RUN_JOBS)))) {
                throw new IllegalStateException("the pool run went wrong: main returned " + m.mainReturned()
                        + ", output " + m.output("out"));
            }
            machine = fresh();
        }

        Machine fresh() {
            return new Machine(program, Timing.VERIFY, Limits.DEFAULT);
        }
    }

    /** The 3x10 pool halfway through its first-choice run. */
    @State(Scope.Thread)
    public static class MidRun {
        Machine machine;

        @Setup
        public void setup() {
            Program program = new Program(Pools.pool(RUN_WORKERS, RUN_JOBS).design());
            int total = runToEnd(new Machine(program, Timing.VERIFY, Limits.DEFAULT)).steps();
            machine = new Machine(program, Timing.VERIFY, Limits.DEFAULT);
            while (machine.steps() < total / 2) {
                machine.step(machine.enabled().get(0));
            }
            machine.drainFaults();
        }
    }

    /** The 2x3 pool's level (for its goal) and its initial state. */
    @State(Scope.Thread)
    public static class SmallPool {
        Level level;
        Machine start;

        @Setup
        public void setup() {
            level = Pools.pool(SEARCH_WORKERS, SEARCH_JOBS);
            start = new Machine(new Program(level.design()), Timing.VERIFY, Limits.DEFAULT);
            SearchResult r = search(this);
            if (!r.complete() || !r.findings().isEmpty()) {
                throw new IllegalStateException("the 2x3 pool search went wrong: complete " + r.complete()
                        + ", findings " + r.findings());
            }
        }
    }

    static SearchResult search(SmallPool p) {
        return new Explorer(p.level.goal(), SearchBudget.DEFAULT, () -> false, Explorer.Progress.NONE)
                .explore(p.start, Schedule.EMPTY);
    }

    /**
     * One operation is one step of the 3x10 pool, first enabled choice each time (so ops/s is
     * steps/s); listing the choices is part of it, and so is creating a fresh machine once every
     * run ({@code Run} tells how many steps a run has).
     */
    @Benchmark
    public void stepThroughARun(Run run, Blackhole bh) {
        List<Choice> en = run.machine.enabled();
        if (en.isEmpty()) {
            bh.consume(run.machine.drainFaults());
            run.machine = run.fresh();
            en = run.machine.enabled();
        }
        bh.consume(run.machine.step(en.get(0)));
    }

    /** One operation is one {@link Machine#copy()} of the 3x10 pool halfway through its run. */
    @Benchmark
    public Machine copyState(MidRun s) {
        return s.machine.copy();
    }

    /** One operation is one canonical {@link Machine#key()} of the 3x10 pool halfway through its run. */
    @Benchmark
    public StateWriter.StateKey stateKey(MidRun s) {
        return s.machine.key();
    }

    /** One operation is a whole exhaustive search of the 2x3 pool (every state, then liveness). */
    @Benchmark
    public SearchResult exhaustiveSearchSmallPool(SmallPool p) {
        return search(p);
    }
}
