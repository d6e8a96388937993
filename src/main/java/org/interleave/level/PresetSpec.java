package org.interleave.level;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.interleave.engine.expr.Expr;
import org.interleave.engine.model.Op;
import org.interleave.engine.model.Part;
import org.interleave.engine.model.Src;

/**
 * A goroutine preset with its fields (see {@link Presets} for what each stands for), as the
 * editor configures it: it lowers to the same ops the loader makes of the preset's JSON, and it
 * can be read back from a goroutine that still holds exactly those ops.
 */
public sealed interface PresetSpec {
    /** The preset names, in the order the palette offers them. */
    List<String> TYPES = List.of("producer", "worker", "consumer", "closer");

    /** The part type written in level files: {@code producer}, {@code worker}, ... */
    String type();

    /** The ops this preset stands for, with their paths. */
    List<Op> lower();

    /** Sends each value on {@code ch} in order, then closes it if {@code close}. */
    record Producer(String ch, List<Long> values, boolean close) implements PresetSpec {
        public Producer {
            values = List.copyOf(values);
        }

        public String type() { return "producer"; }

        public List<Op> lower() {
            List<Op> ops = new ArrayList<>();
            for (long v : values) {
                ops.add(new Op.Send(at(ops.size()), ch, Expr.of(v)));
            }
            if (close) {
                ops.add(new Op.Close(at(ops.size()), ch));
            }
            return ops;
        }
    }

    /** {@code for v := range ch}, emitting each v to {@code sink} (if any). */
    record Consumer(String ch, String sink) implements PresetSpec {
        public String type() { return "consumer"; }

        public List<Op> lower() {
            List<Op> body = sink == null ? List.of()
                    : List.of(new Op.Emit(Src.of("ops[0].do[0]"), sink, new Expr.Local("v")));
            return List.of(new Op.Range(at(0), ch, "v", body));
        }
    }

    /** {@code for v := range in} doing {@code work} ticks and sending v on {@code out}; then {@code wg.Done()}. */
    record Worker(String in, String out, String wg, long work) implements PresetSpec {
        public String type() { return "worker"; }

        public List<Op> lower() {
            List<Op> body = new ArrayList<>();
            if (work > 0) {
                body.add(new Op.Work(Src.of("ops[0].do[" + body.size() + "]"), work));
            }
            if (out != null) {
                body.add(new Op.Send(Src.of("ops[0].do[" + body.size() + "]"), out, new Expr.Local("v")));
            }
            List<Op> ops = new ArrayList<>();
            ops.add(new Op.Range(at(0), in, "v", body));
            if (wg != null) {
                ops.add(new Op.Done(at(1), wg));
            }
            return ops;
        }
    }

    /** {@code wg.Wait()}, then {@code close(ch)}. */
    record Closer(String wg, String ch) implements PresetSpec {
        public String type() { return "closer"; }

        public List<Op> lower() {
            return List.of(new Op.Wait(at(0), wg), new Op.Close(at(1), ch));
        }
    }

    /** The preset a goroutine was made from, if it still holds exactly that preset's ops. */
    static Optional<PresetSpec> of(Part.Goroutine g) {
        if (g.preset() == null) {
            return Optional.empty();
        }
        PresetSpec spec = infer(g.preset(), g.ops());
        if (spec == null || !DesignWriter.ops(spec.lower()).equals(DesignWriter.ops(g.ops()))) {
            return Optional.empty();
        }
        return Optional.of(spec);
    }

    /**
     * The most ops of each kind that a preset of {@code type} lowers to, over every setting of its
     * fields ({@link Integer#MAX_VALUE}: no bound, as a producer's sends, one per value). An opened
     * preset holds at most these, unless the player added more of kinds the palette offers.
     */
    static java.util.Map<String, Integer> mostOps(String type) {
        return switch (type) {
            case "producer" -> java.util.Map.of("send", Integer.MAX_VALUE, "close", 1);
            case "consumer" -> java.util.Map.of("range", 1, "emit", 1);
            case "worker" -> java.util.Map.of("range", 1, "work", 1, "send", 1, "done", 1);
            case "closer" -> java.util.Map.of("wait", 1, "close", 1);
            default -> java.util.Map.of();
        };
    }

    /** The fields of a new preset, wired to the given resources (any may be null). */
    static PresetSpec fresh(String type, String channel, String otherChannel, String waitGroup, String sink) {
        return switch (type) {
            case "producer" -> new Producer(channel, List.of(1L, 2L, 3L), true);
            case "consumer" -> new Consumer(channel, sink);
            case "worker" -> new Worker(channel, otherChannel, waitGroup, 1);
            case "closer" -> new Closer(waitGroup, channel);
            default -> throw new IllegalArgumentException("no preset " + type);
        };
    }

    private static PresetSpec infer(String preset, List<Op> ops) {
        return switch (preset) {
            case "producer" -> {
                String ch = null;
                List<Long> values = new ArrayList<>();
                boolean close = false;
                for (Op op : ops) {
                    if (op instanceof Op.Send s && s.value() instanceof Expr.IntLit v && !close) {
                        ch = s.ch();
                        values.add(v.value());
                    } else if (op instanceof Op.Close c && !close) {
                        ch = c.ch();
                        close = true;
                    } else {
                        yield null;
                    }
                }
                yield new Producer(ch, values, close);
            }
            case "consumer" -> ops.size() == 1 && ops.get(0) instanceof Op.Range r
                    ? new Consumer(r.ch(), r.body().size() == 1 && r.body().get(0) instanceof Op.Emit e ? e.sink() : null)
                    : null;
            case "worker" -> {
                if (ops.isEmpty() || !(ops.get(0) instanceof Op.Range r)) {
                    yield null;
                }
                long work = 0;
                String out = null;
                for (Op op : r.body()) {
                    if (op instanceof Op.Work w) {
                        work = w.ticks();
                    } else if (op instanceof Op.Send s) {
                        out = s.ch();
                    }
                }
                String wg = ops.size() > 1 && ops.get(1) instanceof Op.Done d ? d.wg() : null;
                yield new Worker(r.ch(), out, wg, work);
            }
            case "closer" -> ops.size() == 2 && ops.get(0) instanceof Op.Wait w && ops.get(1) instanceof Op.Close c
                    ? new Closer(w.wg(), c.ch()) : null;
            default -> null;
        };
    }

    /** Writes the preset's own fields into its part object. */
    default void writeFields(ObjectNode o) {
        switch (this) {
            case Producer p -> {
                put(o, "ch", p.ch());
                ArrayNode values = o.putArray("values");
                p.values().forEach(values::add);
                if (p.close()) {
                    o.put("close", true);
                }
            }
            case Consumer c -> {
                put(o, "ch", c.ch());
                put(o, "sink", c.sink());
            }
            case Worker w -> {
                put(o, "in", w.in());
                put(o, "out", w.out());
                put(o, "wg", w.wg());
                if (w.work() > 0) {
                    o.put("work", w.work());
                }
            }
            case Closer c -> {
                put(o, "wg", c.wg());
                put(o, "ch", c.ch());
            }
        }
    }

    private static void put(ObjectNode o, String field, String value) {
        if (value != null) {
            o.put(field, value);
        }
    }

    private static Src at(int i) {
        return Src.of("ops[" + i + "]");
    }
}
