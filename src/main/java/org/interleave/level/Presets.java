package org.interleave.level;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.interleave.engine.expr.Expr;
import org.interleave.engine.model.Op;
import org.interleave.engine.model.Src;
import org.interleave.level.JsonTree.Arr;
import org.interleave.level.JsonTree.Node;
import org.interleave.level.JsonTree.Num;
import org.interleave.level.SourceMap.PartSource;

/**
 * Goroutine presets: parts that stand for a common goroutine and lower to plain ops when loaded.
 * Besides {@code id}, {@code type}, {@code x}, {@code y}, {@code locked}, {@code start} and
 * {@code count}, each takes:
 * <ul>
 *   <li>{@code producer}: {@code ch}, {@code values} [ints], optional {@code close} —
 *       sends each value on ch in order, then closes ch if {@code close} is true;</li>
 *   <li>{@code consumer}: {@code ch}, optional {@code sink} — {@code for v := range ch},
 *       emitting each v to the sink;</li>
 *   <li>{@code worker}: {@code in}, optional {@code out}, {@code wg}, {@code work} (ticks) —
 *       {@code for v := range in}, doing the work and sending v on out; then {@code wg.Done()};</li>
 *   <li>{@code closer}: {@code wg}, {@code ch} — {@code wg.Wait()}, then {@code close(ch)}.</li>
 * </ul>
 * The lowered ops point at the preset's own fields, so problems in them are reported there.
 */
final class Presets {
    /** Each preset's own fields; a trailing {@code ?} marks an optional one. */
    static final Map<String, List<String>> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("producer", List.of("ch", "values", "close?"));
        FIELDS.put("consumer", List.of("ch", "sink?"));
        FIELDS.put("worker", List.of("in", "out?", "wg?", "work?"));
        FIELDS.put("closer", List.of("wg", "ch"));
    }

    private final PartSource source;
    private final Fields f;

    private Presets(PartSource source, Fields f) {
        this.source = source;
        this.f = f;
    }

    /** The ops a preset stands for. */
    static List<Op> lower(String preset, Fields f, PartSource source) {
        Presets p = new Presets(source, f);
        return switch (preset) {
            case "producer" -> p.producer();
            case "consumer" -> p.consumer();
            case "worker" -> p.worker();
            case "closer" -> p.closer();
            default -> throw new IllegalArgumentException("no preset " + preset);
        };
    }

    private List<Op> producer() {
        String ch = f.string("ch");
        List<Op> ops = new ArrayList<>();
        Arr values = f.array("values");
        if (values != null) {
            for (Node item : values.items()) {
                Long v = item instanceof Num n ? Fields.asLong(n) : null;
                if (v == null) {
                    f.at(item.pos(), "'values' must hold integers, not " + Fields.describe(item));
                    continue;
                }
                Src src = src("ops[" + ops.size() + "]", "ch");
                source.field(src.path(), "value", item);
                ops.add(new Op.Send(src, ch, Expr.of(v)));
            }
        }
        if (f.bool("close", false)) {
            ops.add(new Op.Close(src("ops[" + ops.size() + "]", "ch"), ch));
        }
        return ops;
    }

    private List<Op> consumer() {
        String sink = f.string("sink");
        List<Op> body = sink == null ? List.of()
                : List.of(new Op.Emit(src("ops[0].do[0]", "sink"), sink, new Expr.Local("v")));
        return List.of(new Op.Range(src("ops[0]", "ch"), f.string("ch"), "v", body));
    }

    private List<Op> worker() {
        long work = f.integer("work", 0, OpReader.MAX_TICKS, 0);
        String out = f.string("out");
        String wg = f.string("wg");
        List<Op> body = new ArrayList<>();
        if (work > 0) {
            body.add(new Op.Work(src("ops[0].do[" + body.size() + "]", "work"), work));
        }
        if (out != null) {
            body.add(new Op.Send(src("ops[0].do[" + body.size() + "]", "out"), out, new Expr.Local("v")));
        }
        List<Op> ops = new ArrayList<>();
        ops.add(new Op.Range(srcAs("ops[0]", "ch", "in"), f.string("in"), "v", body));
        if (wg != null) {
            ops.add(new Op.Done(src("ops[1]", "wg"), wg));
        }
        return ops;
    }

    private List<Op> closer() {
        return List.of(new Op.Wait(src("ops[0]", "wg"), f.string("wg")),
                new Op.Close(src("ops[1]", "ch"), f.string("ch")));
    }

    /** An op at {@code path} whose field {@code field} is the preset's field of that name. */
    private Src src(String path, String field) {
        return srcAs(path, field, field);
    }

    private Src srcAs(String path, String opField, String presetField) {
        Node node = f.node(presetField);
        if (node != null) {
            source.field(path, opField, node);
        }
        return new Src(path, source.obj.pos().line(), source.obj.pos().column());
    }
}
