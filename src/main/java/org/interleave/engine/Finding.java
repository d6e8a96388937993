package org.interleave.engine;

import java.util.List;

/**
 * A problem found in an execution: its kind, Go's message for it, the schedule that produces it,
 * the places involved, and a plain-language explanation. Rendered by the CLI and the game alike.
 */
public record Finding(Kind kind, String message, Schedule schedule, List<Site> where,
                      List<String> explanation) {
    public Finding {
        where = List.copyOf(where);
        explanation = List.copyOf(explanation);
    }

    /** What makes two findings the same problem: the kind and the places, instances ignored. */
    public String key() {
        StringBuilder b = new StringBuilder(kind.json());
        where.stream().map(Site::placeKey).sorted().forEach(s -> b.append('|').append(s));
        if (where.isEmpty()) {
            b.append('|').append(message);
        }
        return b.toString();
    }

    public Finding withSchedule(Schedule s) {
        return new Finding(kind, message, s, where, explanation);
    }
}
