package org.interleave.engine.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A design: the parts a player wired together. Immutable. */
public record Design(List<Part> parts) {
    public Design {
        parts = List.copyOf(parts);
    }

    /** The parts by id, in file order. */
    public Map<String, Part> byId() {
        Map<String, Part> m = new LinkedHashMap<>();
        for (Part p : parts) {
            m.putIfAbsent(p.id(), p);
        }
        return m;
    }

    public Optional<Part> part(String id) {
        return parts.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public List<Part.Goroutine> goroutines() {
        return parts.stream().filter(Part.Goroutine.class::isInstance).map(Part.Goroutine.class::cast).toList();
    }

    /** The main goroutine; a validated design has exactly one. */
    public Part.Goroutine main() {
        return goroutines().stream().filter(g -> g.start() == Part.Start.MAIN).findFirst()
                .orElseThrow(() -> new IllegalStateException("design has no main goroutine"));
    }
}
