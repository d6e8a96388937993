package org.interleave.engine;

import java.util.List;
import org.interleave.engine.model.Part;

/**
 * The resources of a machine (channels, locks, wait groups, onces, vars, atomics, contexts,
 * sinks), one per part, in the program's part order: their initial state, copies and size.
 */
final class Resources {
    private Resources() {
    }

    /** Fills res with each part's initial state (null for goroutine templates) and links contexts to their children. */
    static void create(Program program, Object[] res) {
        List<Part> parts = program.parts();
        for (int i = 0; i < parts.size(); i++) {
            res[i] = switch (parts.get(i)) {
                case Part.Channel c -> new ChannelState(c.id(), i, c.cap(), c.nil());
                case Part.Mutex m -> new MutexState(m.id());
                case Part.RwMutex m -> new RwMutexState(m.id());
                case Part.WaitGroup w -> new WaitGroupState(w.id());
                case Part.Once o -> new OnceState(o.id());
                case Part.Var v -> new VarState(v.id(), v.init());
                case Part.Atomic a -> new AtomicState(a.id(), a.init());
                case Part.Context c -> new ContextState(c.id(), i,
                        c.parent() == null ? -1 : program.indexOf(c.parent()), c.timeout());
                case Part.Sink s -> new SinkState(s.id());
                case Part.Goroutine g -> null;
            };
        }
        for (Object o : res) {
            if (o instanceof ContextState c && c.parent >= 0) {
                ((ContextState) res[c.parent]).children.add(c.index);
            }
        }
    }

    /** An independent copy of one resource's state (null stays null). */
    static Object copy(Object o) {
        return switch (o) {
            case null -> null;
            case ChannelState c -> c.copy();
            case MutexState m -> m.copy();
            case RwMutexState m -> m.copy();
            case WaitGroupState w -> w.copy();
            case OnceState w -> w.copy();
            case VarState v -> v.copy();
            case AtomicState a -> a.copy();
            case ContextState c -> c.copy();
            case SinkState s -> s.copy();
            default -> throw new IllegalStateException("unknown resource " + o);
        };
    }

    /** About how much heap one resource's state takes, for memory budgets. */
    static long heapBytes(Object o) {
        return switch (o) {
            case null -> 0;
            case ChannelState c -> 120 + 2 * (40 + 16 + 4L * Math.max(1, c.cap)) + 32L * c.buffer.size();
            case SinkState x -> 64 + 24L * x.values.size();
            default -> 48;
        };
    }

    /** About how much heap a machine takes (see {@link Machine#heapBytes()}). */
    static long heapBytes(Machine m) {
        long b = 96 + 16 + 4L * m.res.length + 40 + 16 + 4L * m.spawned.length;
        for (Object o : m.res) {
            b += heapBytes(o);
        }
        for (GoroutineState g : m.gs) {
            b += heapBytes(g);
        }
        return b;
    }

    /** About how much heap one goroutine's state takes, with its frames, locals and clock. */
    static long heapBytes(GoroutineState g) {
        return 96 + 16 + 8L * g.locals.length + 40 + 4L * (g.frames.size() + 2) + 48L * g.frames.size()
                + 32 + 16 + 8L * g.vc.width();
    }

    /**
     * About how much heap a machine takes besides its goroutines' and resources' states, which
     * it may share with copies: itself, its arrays, the memo of its last key and of its choices.
     */
    static int ownBytes(Machine m) {
        int g = m.gs.size();
        int b = 160 + 16 + 4 * m.res.length + 40 + 16 + 4 * g + 16 + 4 * m.spawned.length
                + (m.resOwned == null ? 0 : 16 + 8 * m.resOwned.length);
        OptionsMemo om = m.optionsMemo;
        if (om != null) {
            b += om.heapBytes();
        }
        StateKeys.Memo memo = m.keyMemo;
        if (memo != null) {
            b += 32 + 16 + 4 * memo.parts().length + (memo.observed() == null ? 0 : 16 + 8 * memo.observed().length);
        }
        return b;
    }
}
