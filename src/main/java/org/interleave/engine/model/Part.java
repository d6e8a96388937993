package org.interleave.engine.model;

import java.util.List;
import java.util.Objects;

/** A part of a design: a shared resource or a goroutine. */
public sealed interface Part {
    String id();

    Layout layout();

    /** The part type as written in level files ({@code "channel"}, {@code "mutex"}, ...). */
    String type();

    /** This part placed at {@code layout}, all else the same. */
    default Part withLayout(Layout layout) {
        return with(id(), layout);
    }

    /** This part under the id {@code id}, all else the same (ops that name it are not changed). */
    default Part withId(String id) {
        return with(id, layout());
    }

    private Part with(String id, Layout l) {
        return switch (this) {
            case Channel c -> new Channel(id, c.cap(), c.nil(), l);
            case Mutex m -> new Mutex(id, l);
            case RwMutex m -> new RwMutex(id, l);
            case WaitGroup w -> new WaitGroup(id, l);
            case Once o -> new Once(id, l);
            case Var v -> new Var(id, v.init(), l);
            case Atomic a -> new Atomic(id, a.init(), l);
            case Context c -> new Context(id, c.parent(), c.timeout(), l);
            case Sink s -> new Sink(id, l);
            case Goroutine g -> new Goroutine(id, g.start(), g.count(), g.ops(), g.preset(), l);
        };
    }

    /** {@code make(chan int, cap)}, or a nil channel. */
    record Channel(String id, int cap, boolean nil, Layout layout) implements Part {
        public String type() { return "channel"; }
    }

    /** {@code sync.Mutex}. */
    record Mutex(String id, Layout layout) implements Part {
        public String type() { return "mutex"; }
    }

    /** {@code sync.RWMutex}, with writer preference. */
    record RwMutex(String id, Layout layout) implements Part {
        public String type() { return "rwmutex"; }
    }

    /** {@code sync.WaitGroup}. */
    record WaitGroup(String id, Layout layout) implements Part {
        public String type() { return "waitgroup"; }
    }

    /** {@code sync.Once}. */
    record Once(String id, Layout layout) implements Part {
        public String type() { return "once"; }
    }

    /** A plain shared {@code int}: unsynchronized accesses can race. */
    record Var(String id, long init, Layout layout) implements Part {
        public String type() { return "var"; }
    }

    /** An {@code atomic.Int64}. */
    record Atomic(String id, long init, Layout layout) implements Part {
        public String type() { return "atomic"; }
    }

    /** {@code context.WithCancel} or, with a timeout in ticks (0 = none), {@code WithTimeout}. */
    record Context(String id, String parent, long timeout, Layout layout) implements Part {
        public String type() { return "context"; }
    }

    /** An output stream ({@code fmt.Println}) that goals inspect. */
    record Sink(String id, Layout layout) implements Part {
        public String type() { return "sink"; }
    }

    /**
     * A goroutine: the main one, an auto-started one ({@code count} instances), or a template
     * started only by {@code go} ops. {@code preset} names the preset it was lowered from, if any.
     */
    record Goroutine(String id, Start start, int count, List<Op> ops, String preset, Layout layout)
            implements Part {
        public Goroutine {
            Objects.requireNonNull(start);
            ops = List.copyOf(ops);
        }

        public String type() { return "goroutine"; }
    }

    /** How a goroutine starts. */
    enum Start {
        MAIN, AUTO, SPAWN;

        public String json() { return name().toLowerCase(java.util.Locale.ROOT); }
    }
}
