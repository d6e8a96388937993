package org.interleave.engine;

import java.util.List;

/**
 * A problem the machine noticed while stepping or when it stopped: a finding without its
 * schedule, which the explorer attaches.
 */
public record Fault(Kind kind, String message, List<Site> where, List<String> explanation) {
    public Fault {
        where = List.copyOf(where);
        explanation = List.copyOf(explanation);
    }

    public Finding toFinding(Schedule schedule) {
        return new Finding(kind, message, schedule, where, explanation);
    }
}
