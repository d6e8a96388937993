package org.interleave.gobridge;

import org.interleave.engine.model.Layout;
import org.interleave.engine.model.Part;

/** Places the parts of an imported design on the canvas. */
final class GoLayout {
    private GoLayout() {}

    static Part at(Part p, double x, double y) {
        Layout l = new Layout(x, y, false);
        return switch (p) {
            case Part.Channel c -> new Part.Channel(c.id(), c.cap(), c.nil(), l);
            case Part.Mutex m -> new Part.Mutex(m.id(), l);
            case Part.RwMutex m -> new Part.RwMutex(m.id(), l);
            case Part.WaitGroup w -> new Part.WaitGroup(w.id(), l);
            case Part.Once o -> new Part.Once(o.id(), l);
            case Part.Var v -> new Part.Var(v.id(), v.init(), l);
            case Part.Atomic a -> new Part.Atomic(a.id(), a.init(), l);
            case Part.Context c -> new Part.Context(c.id(), c.parent(), c.timeout(), l);
            case Part.Sink s -> new Part.Sink(s.id(), l);
            case Part.Goroutine g -> new Part.Goroutine(g.id(), g.start(), g.count(), g.ops(), g.preset(), l);
        };
    }
}
