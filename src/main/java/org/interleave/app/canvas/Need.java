package org.interleave.app.canvas;

import java.util.Set;
import org.interleave.engine.model.Part;

/** The kind of part an op's reference must point at, with the words the editor says it in. */
enum Need {
    CHANNEL("a channel", "channel"),
    ANY_MUTEX("a mutex or rwmutex", "mutex", "rwmutex"),
    RWMUTEX("an rwmutex", "rwmutex"),
    WAITGROUP("a wait group", "waitgroup"),
    ONCE("a once", "once"),
    VAR("a shared var", "var"),
    ATOMIC("an atomic", "atomic"),
    CONTEXT("a context", "context"),
    SINK("an output sink", "sink"),
    SPAWN("a goroutine started by go", "goroutine");

    final String phrase;
    private final Set<String> types;

    Need(String phrase, String... types) {
        this.phrase = phrase;
        this.types = Set.of(types);
    }

    /** Whether {@code part} is something this reference may point at. */
    boolean accepts(Part part) {
        return types.contains(part.type())
                && (this != SPAWN || ((Part.Goroutine) part).start() == Part.Start.SPAWN);
    }

    /** What a part is, for a refusal: {@code a channel}, {@code a goroutine started by main}. */
    static String describe(Part part) {
        return switch (part) {
            case Part.Goroutine g -> switch (g.start()) {
                case MAIN -> "the main goroutine";
                case AUTO -> "a goroutine started by main";
                case SPAWN -> "a goroutine started by go";
            };
            case Part.Channel c -> "a channel";
            case Part.Mutex m -> "a mutex";
            case Part.RwMutex m -> "an rwmutex";
            case Part.WaitGroup w -> "a wait group";
            case Part.Once o -> "a once";
            case Part.Var v -> "a shared var";
            case Part.Atomic a -> "an atomic";
            case Part.Context c -> "a context";
            case Part.Sink s -> "an output sink";
        };
    }
}
