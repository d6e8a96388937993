package org.interleave.app.canvas;

import org.interleave.engine.model.Design;
import org.interleave.engine.model.Op;
import org.interleave.engine.model.Part;
import org.interleave.level.PresetSpec;

/** Wiring of goroutine presets: which preset field an op's wire stands for, and what each field needs. */
final class PresetWires {
    private PresetWires() {}

    /** The preset with the field that {@code op}'s reference stands for pointed at {@code target}. */
    static PresetSpec rewire(PresetSpec spec, Op op, String target) {
        return switch (spec) {
            case PresetSpec.Producer p -> new PresetSpec.Producer(target, p.values(), p.close());
            case PresetSpec.Consumer c -> op instanceof Op.Emit
                    ? new PresetSpec.Consumer(c.ch(), target) : new PresetSpec.Consumer(target, c.sink());
            case PresetSpec.Worker w -> switch (op) {
                case Op.Send s -> new PresetSpec.Worker(w.in(), target, w.wg(), w.work());
                case Op.Done s -> new PresetSpec.Worker(w.in(), w.out(), target, w.work());
                default -> new PresetSpec.Worker(target, w.out(), w.wg(), w.work());
            };
            case PresetSpec.Closer c -> op instanceof Op.Wait
                    ? new PresetSpec.Closer(target, c.ch()) : new PresetSpec.Closer(c.wg(), target);
        };
    }

    /** Refuses a preset whose wires point at missing parts or parts of the wrong kind. */
    static void check(PresetSpec spec, Design d) throws Refused {
        switch (spec) {
            case PresetSpec.Producer p -> {
                need(d, "ch", p.ch(), Need.CHANNEL, true);
                if (p.values().size() > 100) {
                    throw new Refused("A producer sends at most 100 values");
                }
            }
            case PresetSpec.Consumer c -> {
                need(d, "ch", c.ch(), Need.CHANNEL, true);
                need(d, "sink", c.sink(), Need.SINK, false);
            }
            case PresetSpec.Worker w -> {
                need(d, "in", w.in(), Need.CHANNEL, true);
                need(d, "out", w.out(), Need.CHANNEL, false);
                need(d, "wg", w.wg(), Need.WAITGROUP, false);
                if (w.work() < 0 || w.work() > 1_000_000) {
                    throw new Refused("work must be between 0 and 1000000 ticks");
                }
            }
            case PresetSpec.Closer c -> {
                need(d, "wg", c.wg(), Need.WAITGROUP, true);
                need(d, "ch", c.ch(), Need.CHANNEL, true);
            }
        }
    }

    private static void need(Design d, String field, String id, Need need, boolean required) throws Refused {
        if (id == null) {
            if (required) {
                throw new Refused(field + " needs " + need.phrase);
            }
            return;
        }
        Part p = d.part(id).orElseThrow(() -> new Refused("There is no part called " + id));
        if (!need.accepts(p)) {
            throw new Refused(field + " needs " + need.phrase + ": " + id + " is " + Need.describe(p));
        }
    }

    /** A new preset wired to the design's first channels, wait group and sink. */
    static PresetSpec fresh(String type, Design d) throws Refused {
        String ch = first(d, Need.CHANNEL, 0);
        String other = first(d, Need.CHANNEL, 1);
        String wg = first(d, Need.WAITGROUP, 0);
        String sink = first(d, Need.SINK, 0);
        if (ch == null) {
            throw new Refused("A " + type + " needs a channel, and the design has none yet");
        }
        if (type.equals("closer") && wg == null) {
            throw new Refused("A closer needs a wait group, and the design has none yet");
        }
        return PresetSpec.fresh(type, type.equals("closer") && other != null ? other : ch, other, wg, sink);
    }

    private static String first(Design d, Need need, int skip) {
        return d.parts().stream().filter(need::accepts).map(Part::id).skip(skip).findFirst().orElse(null);
    }
}
