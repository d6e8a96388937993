package org.interleave.app.canvas;

import java.util.ArrayList;
import java.util.List;
import org.interleave.engine.ResourceSnapshot;
import org.interleave.engine.model.Design;
import org.interleave.engine.model.Op;
import org.interleave.engine.model.Part;
import org.interleave.playback.OpWords;
import org.interleave.playback.Trace;

/**
 * A resource's state in words, as its tooltip says it: "2 of 3 slots full", "held by worker#1",
 * "main blocked on send". Without a moment, the state a run starts in.
 */
final class StateWords {
    private StateWords() {}

    /** The resource's state at the moment (or at the start, when {@code m} is null), then who waits on it. */
    static String of(Part p, ResourceSnapshot s, Trace.Moment m, Design d) {
        List<String> out = new ArrayList<>();
        out.add(state(p, s));
        out.addAll(waiters(p.id(), m, d));
        return String.join("; ", out);
    }

    /** What the resource holds. */
    static String state(Part p, ResourceSnapshot s) {
        return switch (p) {
            case Part.Channel c -> {
                if (c.nil()) {
                    yield "nil channel: every send and receive blocks forever";
                }
                boolean closed = s instanceof ResourceSnapshot.Channel sc && sc.closed();
                int full = s instanceof ResourceSnapshot.Channel sc ? sc.buffer().size() : 0;
                String room = c.cap() == 0 ? "unbuffered: a send waits for a receiver"
                        : full + " of " + c.cap() + (c.cap() == 1 ? " slot" : " slots") + " full";
                yield closed ? room + ", closed" : room;
            }
            case Part.Mutex x -> s instanceof ResourceSnapshot.Mutex sm && sm.holder() != null
                    ? "held by " + sm.holder() : "free";
            case Part.RwMutex x -> {
                if (s instanceof ResourceSnapshot.RwMutex r) {
                    if (r.writer() != null) {
                        yield "held by " + r.writer() + " (writing)";
                    }
                    if (!r.readers().isEmpty()) {
                        yield "read-held by " + String.join(", ", r.readers())
                                + (r.pendingWriter() == null ? "" : "; " + r.pendingWriter() + " waits to write");
                    }
                }
                yield "free";
            }
            case Part.WaitGroup w -> "counter " + (s instanceof ResourceSnapshot.WaitGroup sw ? sw.counter() : 0);
            case Part.Once o -> s instanceof ResourceSnapshot.Once so && so.done() ? "done: its function has run"
                    : s instanceof ResourceSnapshot.Once so && so.runner() != null ? "running in " + so.runner()
                    : "not run yet";
            case Part.Var v -> "value " + (s instanceof ResourceSnapshot.Var sv ? sv.value() : v.init());
            case Part.Atomic a -> "value " + (s instanceof ResourceSnapshot.Atomic sa ? sa.value() : a.init());
            case Part.Context c -> s instanceof ResourceSnapshot.Context sc && sc.cancelled()
                    ? (sc.timedOut() ? "timed out: Done is closed" : "cancelled: Done is closed")
                    : c.timeout() > 0 ? "running, times out after " + c.timeout() + " ticks" : "running";
            case Part.Sink k -> {
                List<Long> v = s instanceof ResourceSnapshot.Sink ss ? ss.values() : List.of();
                yield v.isEmpty() ? "nothing printed yet" : "printed " + v.stream().map(String::valueOf)
                        .reduce((a, b) -> a + ", " + b).orElse("");
            }
            case Part.Goroutine g -> "";
        };
    }

    /** "main blocked on send", one per goroutine instance blocked on an op that uses this part. */
    static List<String> waiters(String id, Trace.Moment m, Design d) {
        List<String> out = new ArrayList<>();
        if (m == null || d == null) {
            return out;
        }
        for (Trace.GoroutineView g : m.goroutines()) {
            if (g.status() != Trace.Status.BLOCKED || g.path() == null) {
                continue;
            }
            String template = g.name().equals("main") ? mainId(d) : g.template();
            Op op = d.part(template).filter(Part.Goroutine.class::isInstance)
                    .map(p -> OpTree.find(((Part.Goroutine) p).ops(), g.path())).orElse(null);
            if (op != null && OpFields.refs(op).stream().anyMatch(r -> id.equals(r.target()))) {
                out.add(g.name() + " blocked on " + OpWords.verb(op));
            }
        }
        return out;
    }

    private static String mainId(Design d) {
        return d.goroutines().stream().filter(g -> g.start() == Part.Start.MAIN).map(Part::id).findFirst().orElse("main");
    }
}
