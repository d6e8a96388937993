package org.interleave.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * What a shared resource holds at one moment of a run, read-only, for the game to draw: a
 * channel's buffer, a mutex's holder, a wait group's counter, a variable's value, a context's
 * state, a sink's output. Goroutines are named by instance ({@code worker#1}).
 */
public sealed interface ResourceSnapshot {
    /** The part id of the resource. */
    String id();

    /** A channel: its capacity, whether it is nil or closed, and the values in its buffer, oldest first. */
    record Channel(String id, int cap, boolean nil, boolean closed, List<Long> buffer) implements ResourceSnapshot {
        public Channel {
            buffer = List.copyOf(buffer);
        }
    }

    /** A mutex and the goroutine holding it (null when free). */
    record Mutex(String id, String holder) implements ResourceSnapshot {}

    /** An RWMutex: its writer (or null), its readers, and a writer waiting for them (or null). */
    record RwMutex(String id, String writer, List<String> readers, String pendingWriter) implements ResourceSnapshot {
        public RwMutex {
            readers = List.copyOf(readers);
        }
    }

    /** A wait group's counter. */
    record WaitGroup(String id, long counter) implements ResourceSnapshot {}

    /** A once: whether its function has run, and who runs it now (or null). */
    record Once(String id, boolean done, String runner) implements ResourceSnapshot {}

    /** A plain shared int's value. */
    record Var(String id, long value) implements ResourceSnapshot {}

    /** An atomic int's value. */
    record Atomic(String id, long value) implements ResourceSnapshot {}

    /** A context: cancelled or not, and whether by its timeout. */
    record Context(String id, boolean cancelled, boolean timedOut) implements ResourceSnapshot {}

    /** A sink and every value emitted on it so far. */
    record Sink(String id, List<Long> values) implements ResourceSnapshot {
        public Sink {
            values = List.copyOf(values);
        }
    }

    /** Every resource of the machine's program, in design order. */
    static List<ResourceSnapshot> of(Machine m) {
        List<ResourceSnapshot> out = new ArrayList<>();
        for (Object r : m.res) {
            ResourceSnapshot s = switch (r) {
                case null -> null;
                case ChannelState c -> new Channel(c.id, c.cap, c.nil, c.closed, c.contents());
                case MutexState x -> new Mutex(x.id, name(m, x.holder));
                case RwMutexState x -> new RwMutex(x.id, name(m, x.writer),
                        x.readers.stream().map(g -> name(m, g)).toList(), name(m, x.pendingWriter));
                case WaitGroupState w -> new WaitGroup(w.id, w.counter);
                case OnceState o -> new Once(o.id, o.done, name(m, o.runner));
                case VarState v -> new Var(v.id, v.value);
                case AtomicState a -> new Atomic(a.id, a.value);
                case ContextState c -> new Context(c.id, c.cancelled, c.timedOut);
                case SinkState k -> new Sink(k.id, k.values);
                default -> null;
            };
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    private static String name(Machine m, int g) {
        return g < 0 || g >= m.goroutineCount() ? null : m.goroutineName(g);
    }
}
