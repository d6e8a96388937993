package org.interleave.oracle;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.interleave.engine.model.Part;

/**
 * A whole state of the reference explorer: every goroutine, every resource, how many times each
 * template was spawned, whether main returned and whether the program crashed. Two states are
 * the same state only when their {@link #key()}s are equal, and the key leaves nothing out.
 */
final class ReferenceState {
    /** A problem seen during the last move: a finding kind and Go's words for it. */
    record Fault(String kind, String message) {}

    final List<ReferenceGoroutine> gs = new ArrayList<>();
    final Map<String, ReferenceResources.Resource> res = new LinkedHashMap<>();
    final TreeMap<String, Integer> spawned = new TreeMap<>();
    boolean mainReturned;
    boolean crashed;
    /** Faults of the last move; not part of the state. */
    List<Fault> faults = new ArrayList<>();

    ReferenceState copy() {
        ReferenceState s = new ReferenceState();
        for (ReferenceGoroutine g : gs) {
            s.gs.add(g.copy());
        }
        res.forEach((id, r) -> s.res.put(id, r.copy()));
        s.spawned.putAll(spawned);
        s.mainReturned = mainReturned;
        s.crashed = crashed;
        return s;
    }

    String key() {
        StringBuilder b = new StringBuilder();
        b.append(mainReturned ? 'R' : '-').append(crashed ? 'X' : '-').append(spawned).append('\n');
        for (ReferenceGoroutine g : gs) {
            g.key(b);
            b.append('\n');
        }
        res.forEach((id, r) -> {
            b.append(id).append('=');
            r.key(b);
            b.append('\n');
        });
        return b.toString();
    }

    ReferenceGoroutine main() {
        return gs.get(0);
    }

    @SuppressWarnings("unchecked")
    <T extends ReferenceResources.Resource> T res(String id) {
        return (T) res.get(id);
    }

    void fault(String kind, String message) {
        faults.add(new Fault(kind, message));
    }

    void crash(String kind, String message) {
        crashed = true;
        fault(kind, message);
    }

    /** Forgets the accesses of {@code mask} in every knowledge set of the state. */
    void forget(long mask) {
        for (ReferenceGoroutine g : gs) {
            g.knows &= ~mask;
        }
        for (ReferenceResources.Resource r : res.values()) {
            r.forget(mask);
        }
    }

    /** The resources of a design in their initial state. */
    static void addResources(ReferenceState s, List<Part> parts) {
        for (Part p : parts) {
            switch (p) {
                case Part.Channel c -> s.res.put(c.id(), new ReferenceResources.Chan(c.cap(), c.nil()));
                case Part.Mutex m -> s.res.put(m.id(), new ReferenceResources.Mutex());
                case Part.RwMutex m -> s.res.put(m.id(), new ReferenceRwMutex());
                case Part.WaitGroup w -> s.res.put(w.id(), new ReferenceResources.WaitGroup());
                case Part.Once o -> s.res.put(o.id(), new ReferenceResources.Once());
                case Part.Var v -> {
                    ReferenceResources.Var x = new ReferenceResources.Var();
                    x.value = v.init();
                    s.res.put(v.id(), x);
                }
                case Part.Atomic a -> {
                    ReferenceResources.Atomic x = new ReferenceResources.Atomic();
                    x.value = a.init();
                    s.res.put(a.id(), x);
                }
                case Part.Context c -> s.res.put(c.id(), new ReferenceResources.Context(c.parent(), c.timeout()));
                case Part.Sink k -> s.res.put(k.id(), new ReferenceResources.Sink());
                case Part.Goroutine g -> { }
            }
        }
    }
}
