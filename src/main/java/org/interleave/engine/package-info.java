/**
 * The Go runtime of Interleave: a deterministic interpreter of a design with Go's concurrency
 * semantics, and the detectors that turn its executions into findings.
 *
 * <h2>Background</h2>
 * A design ({@link org.interleave.engine.model.Design}) is a set of parts: resources (channels,
 * mutexes, wait groups, vars, atomics, contexts, sinks) and goroutines, each a list of
 * {@link org.interleave.engine.model.Op ops}. {@link org.interleave.engine.Program} prepares a
 * validated design for execution; {@link org.interleave.engine.Machine} is the state of one
 * execution.
 *
 * <h2>Steps and choices</h2>
 * The machine never chooses anything. {@link org.interleave.engine.Machine#enabled()} lists
 * what can happen next — a goroutine's step, a case of a select with several ready cases, the
 * firing of a context's timeout — as {@link org.interleave.engine.Choice}s, and
 * {@link org.interleave.engine.Machine#step(Choice)} takes one. A step runs the goroutine's next
 * <em>visible</em> op (one that touches shared state: a channel, lock, wait group, once, var,
 * atomic, context, timer, {@code go} or {@code emit}), then its invisible ops (locals, control
 * flow, asserts) up to the next visible one. So interleavings differ only where they can matter.
 * Each choice has a token ({@code worker#1}, {@code worker#1:2} for case 2 of a select,
 * {@code @ctx} for a timeout); the tokens of an execution form its
 * {@link org.interleave.engine.Schedule}, and replaying the schedule reproduces the execution
 * exactly.
 *
 * <pre>{@code
 * Machine m = new Machine(new Program(design), Timing.VERIFY, Limits.DEFAULT);
 * while (!m.enabled().isEmpty()) {
 *     Choice c = m.enabled().get(0);        // a strategy picks; here, the first
 *     StepRecord r = m.step(c);             // goroutine, op, effect, clock
 *     for (Fault f : m.drainFaults()) { ... } // races, panics, failed asserts
 * }
 * List<Fault> end = new Blocking(m).quiescentFaults(); // deadlock or leaks
 * }</pre>
 *
 * <h2>Go's rules</h2>
 * Blocking is modelled exactly: an unbuffered send completes only together with a receive (the
 * step of either side completes both); nil channels block forever; a closed channel yields zero
 * values and makes senders panic; a pending {@code Lock} on an RWMutex blocks new readers; an
 * {@code inc} is a read step and a write step. Each primitive's rules live in its own file
 * ({@code ChannelState}, {@code MutexState}, {@code RwMutexState}, ...).
 *
 * <h2>Races</h2>
 * Every goroutine carries a {@link org.interleave.engine.VectorClock}; every synchronizing
 * operation transfers clocks along the happens-before edges of the Go memory model (send to
 * receive, k-th receive to (k+C)-th send, unlock to lock, done to wait, once body to every return,
 * atomics both ways, cancel to Done). Each shared var keeps its last write and the reads since;
 * an access that is not ordered after a conflicting one is a race. Clocks are not part of the
 * state's identity ({@link org.interleave.engine.Machine#key()}), so a stateful search also checks
 * co-enabled conflicting accesses in every state.
 *
 * <h2>Time</h2>
 * In {@link org.interleave.engine.Timing#VERIFY} a timer may fire at any moment after it starts:
 * a sleep is a step that is always possible, a select's {@code after} case is always ready, and a
 * context's timeout is a choice of its own — so {@code time.Sleep} orders nothing. In
 * {@link org.interleave.engine.Timing#TIMED} the virtual clock drives timers and {@code work}.
 *
 * <h2>Limits</h2>
 * {@link org.interleave.engine.Limits} bounds live goroutines and the invisible ops a goroutine
 * may run between two visible ones (beyond that it counts as spinning forever), so no design
 * can hang the engine or exhaust memory.
 */
package org.interleave.engine;
