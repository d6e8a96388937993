package org.interleave.engine;

import java.util.ArrayList;
import java.util.List;

/** Runtime state of a sink: the values emitted, and how many of them came before main returned. */
final class SinkState extends SharedPart {
    final String id;
    final List<Long> values = new ArrayList<>();
    int beforeMainReturned = -1;

    SinkState(String id) {
        this.id = id;
    }

    SinkState copy() {
        SinkState s = new SinkState(id);
        s.values.addAll(values);
        s.beforeMainReturned = beforeMainReturned;
        return s;
    }

    /** The values the output goal inspects: those emitted before main returned. */
    List<Long> output() {
        return beforeMainReturned < 0 ? List.copyOf(values) : List.copyOf(values.subList(0, beforeMainReturned));
    }

    void encode(StateWriter w) {
        int n = beforeMainReturned < 0 ? values.size() : beforeMainReturned;
        w.put(n);
        for (int i = 0; i < n; i++) {
            w.put(values.get(i));
        }
    }
}
