package org.interleave.app.canvas;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.interleave.app.shared.cast.Pose;
import org.interleave.engine.ResourceSnapshot;
import org.interleave.engine.model.Design;
import org.interleave.engine.model.Op;
import org.interleave.engine.model.Part;
import org.interleave.playback.Trace;

/**
 * What a deadlocked board pulses: at a moment where nothing can move and main has not returned,
 * the goroutines that wait on each other in a cycle — each blocked on a lock another of them
 * holds — and the locks between them; without such a cycle (everyone asleep on channels or a
 * wait group), every blocked goroutine and what it waits on, as nobody is left to wake them.
 *
 * @param instances the goroutine instances of the cycle, in its order ({@code philosopher#1})
 * @param parts     their goroutine parts and the resources between them, as the design names them
 * @param lockCycle whether it is a cycle of lock holders (else the stuck set)
 */
record WaitCycle(List<String> instances, Set<String> parts, boolean lockCycle) {
    WaitCycle {
        instances = List.copyOf(instances);
        parts = Set.copyOf(parts);
    }

    /** The wait-for cycle the board shows at {@code m}, or empty when the board is not frozen there. */
    static Optional<WaitCycle> at(Trace.Moment m, Design d, String mainId) {
        if (m == null) {
            return Optional.empty();
        }
        List<Trace.GoroutineView> all = m.goroutines();
        if (all.stream().noneMatch(g -> Pose.of(g, all) == Pose.FROZEN)) {
            return Optional.empty();
        }
        Map<String, Set<String>> waitsOn = new LinkedHashMap<>();
        Map<String, String> templateOf = new LinkedHashMap<>();
        for (Trace.GoroutineView g : all) {
            if (g.status() != Trace.Status.BLOCKED || g.path() == null) {
                continue;
            }
            String template = g.name().equals("main") || g.template() == null ? mainId : g.template();
            templateOf.put(g.name(), template);
            Op op = d.part(template).filter(Part.Goroutine.class::isInstance)
                    .map(p -> OpTree.find(((Part.Goroutine) p).ops(), g.path())).orElse(null);
            waitsOn.put(g.name(), resourcesOf(op));
        }
        Map<String, Set<String>> holders = new LinkedHashMap<>();
        for (ResourceSnapshot r : m.resources()) {
            Set<String> h = new LinkedHashSet<>();
            if (r instanceof ResourceSnapshot.Mutex mu && mu.holder() != null) {
                h.add(mu.holder());
            } else if (r instanceof ResourceSnapshot.RwMutex rw) {
                if (rw.writer() != null) {
                    h.add(rw.writer());
                }
                h.addAll(rw.readers());
            }
            if (!h.isEmpty()) {
                holders.put(r.id(), h);
            }
        }
        for (String start : waitsOn.keySet()) {
            List<String> path = new ArrayList<>();
            List<String> via = new ArrayList<>();
            if (cycleFrom(start, start, waitsOn, holders, path, via, new LinkedHashSet<>())) {
                Set<String> parts = new LinkedHashSet<>();
                path.forEach(i -> parts.add(templateOf.get(i)));
                parts.addAll(via);
                return Optional.of(new WaitCycle(path, parts, true));
            }
        }
        Set<String> parts = new LinkedHashSet<>(templateOf.values());
        waitsOn.values().forEach(parts::addAll);
        return Optional.of(new WaitCycle(List.copyOf(waitsOn.keySet()), parts, false));
    }

    /** Follows "waits on a lock held by" from {@code at}; true when it comes back to {@code start}. */
    private static boolean cycleFrom(String start, String at, Map<String, Set<String>> waitsOn,
                                     Map<String, Set<String>> holders, List<String> path, List<String> via,
                                     Set<String> seen) {
        if (!seen.add(at)) {
            return false;
        }
        path.add(at);
        for (String r : waitsOn.getOrDefault(at, Set.of())) {
            for (String h : holders.getOrDefault(r, Set.of())) {
                via.add(r);
                if (h.equals(start) || waitsOn.containsKey(h) && cycleFrom(start, h, waitsOn, holders, path, via, seen)) {
                    return true;
                }
                via.remove(via.size() - 1);
            }
        }
        path.remove(path.size() - 1);
        return false;
    }

    /** The resources a blocked op waits on. */
    private static Set<String> resourcesOf(Op op) {
        Set<String> out = new LinkedHashSet<>();
        switch (op) {
            case Op.Lock l -> out.add(l.mu());
            case Op.RLock l -> out.add(l.mu());
            case Op.Send s -> out.add(s.ch());
            case Op.Recv r -> out.add(r.ch());
            case Op.Range r -> out.add(r.ch());
            case Op.Wait w -> out.add(w.wg());
            case Op.OnceDo o -> out.add(o.once());
            case Op.Select s -> s.cases().forEach(c -> {
                switch (c) {
                    case Op.RecvCase r -> out.add(r.ch());
                    case Op.SendCase x -> out.add(x.ch());
                    case Op.DoneCase x -> out.add(x.ctx());
                    default -> { }
                }
            });
            case null, default -> { }
        }
        return out;
    }
}
