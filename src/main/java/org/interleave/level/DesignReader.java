package org.interleave.level;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.interleave.engine.model.Design;
import org.interleave.engine.model.DesignValidator;
import org.interleave.engine.model.DesignValidator.Gaps;
import org.interleave.engine.model.Layout;
import org.interleave.engine.model.Op;
import org.interleave.engine.model.Part;
import org.interleave.level.JsonTree.Arr;
import org.interleave.level.JsonTree.Member;
import org.interleave.level.JsonTree.Node;
import org.interleave.level.JsonTree.Obj;
import org.interleave.level.JsonTree.Str;
import org.interleave.level.SourceMap.PartSource;

/**
 * Reads a design object ({@code {"parts": [...]}}, DESIGN §3) into the model, recording where
 * everything came from and what could not be loaded.
 */
final class DesignReader {
    static final int MAX_PARTS = 200;
    static final int MAX_COUNT = 64;
    static final int MAX_CAP = 1000;

    /** The part types of DESIGN §3, then the presets; each with its own fields. */
    static final Map<String, List<String>> TYPES = new LinkedHashMap<>();

    static {
        TYPES.put("channel", List.of("cap", "nil"));
        TYPES.put("mutex", List.of());
        TYPES.put("rwmutex", List.of());
        TYPES.put("waitgroup", List.of());
        TYPES.put("once", List.of());
        TYPES.put("var", List.of("init"));
        TYPES.put("atomic", List.of("init"));
        TYPES.put("context", List.of("parent", "timeout"));
        TYPES.put("sink", List.of());
        TYPES.put("goroutine", List.of("start", "count", "ops"));
        Presets.FIELDS.forEach((preset, fields) -> {
            List<String> all = new ArrayList<>(List.of("start", "count"));
            fields.forEach(field -> all.add(field.replace("?", "")));
            TYPES.put(preset, List.copyOf(all));
        });
    }

    private static final List<String> COMMON = List.of("id", "type", "x", "y", "locked", "sealed", "relay");
    private static final List<String> STARTS = List.of("main", "auto", "spawn");

    /** A design read from a file, where its parts came from, and what could not be loaded. */
    record Result(Design design, SourceMap map, Gaps gaps) {}

    private final Report report;
    private final OpReader ops;
    private final SourceMap map;
    private final Set<String> broken = new HashSet<>();
    private final Set<String> incomplete = new HashSet<>();
    private boolean mainUnknown;

    private DesignReader(Report report, Obj design) {
        this.report = report;
        this.ops = new OpReader(report);
        this.map = new SourceMap(design);
    }

    /** Reads a design object; problems go to the report. */
    static Result read(Obj design, Report report) {
        return new DesignReader(report, design).run(design);
    }

    private Result run(Obj design) {
        Fields f = new Fields(design, "design", List.of("parts"), List.of(), report);
        List<Part> parts = new ArrayList<>();
        Arr a = f.array("parts");
        if (a != null) {
            if (a.items().size() > MAX_PARTS) {
                report.at(a.pos(), "design has " + a.items().size() + " parts; at most " + MAX_PARTS
                        + " are allowed");
            }
            for (Node item : a.items()) {
                Part p = item instanceof Obj o ? part(o) : null;
                if (!(item instanceof Obj)) {
                    report.at(item.pos(), "a part must be an object, not " + Fields.describe(item));
                }
                if (p != null) {
                    parts.add(p);
                }
            }
        }
        if (!incomplete.isEmpty()) {
            // a go op that did not load may have passed locals to any template
            parts.stream().filter(p -> p instanceof Part.Goroutine g && g.start() == Part.Start.SPAWN)
                    .forEach(p -> incomplete.add(p.id()));
        }
        return new Result(new Design(parts), map, new Gaps(broken, mainUnknown, incomplete));
    }

    private Part part(Obj o) {
        Member t = o.member("type");
        String type = t != null && t.value() instanceof Str s ? s.value() : null;
        if (t == null) {
            Member typo = o.members().stream()
                    .filter(m -> "type".equals(DesignValidator.closest(m.name(), List.of("type"))))
                    .findFirst().orElse(null);
            if (typo != null) {
                report.unknownField(typo.namePos(), typo.name(), "part", List.of("type"));
            } else {
                report.missingField(o.pos(), "type", "part");
            }
        } else if (type == null) {
            report.wrongType(t.value().pos(), "type", "a string", Fields.describe(t.value()));
        } else if (!TYPES.containsKey(type)) {
            report.unknown(t.value().pos(), "part type", type, TYPES.keySet());
            type = null;
        }
        if (type == null) {
            broken(o);
            return null;
        }
        List<String> known = new ArrayList<>(COMMON);
        known.addAll(TYPES.get(type));
        Fields f = new Fields(o, "part", known, List.of("id", "type"), report);
        String id = f.name("id");
        Layout layout = new Layout(f.number("x", 0), f.number("y", 0), f.bool("locked", false), f.bool("sealed", false),
                f.bool("relay", false));
        if (layout.relay() && !layout.sealed()) {
            report.at(f.node("relay").pos(), "only a sealed part relays (\"sealed\": true): an unsealed one takes"
                    + " anything the player sends");
        }
        if (layout.sealed() && !List.of("channel", "sink").contains(type)) {
            report.at(f.node("sealed").pos(), "only a channel or a sink can be sealed, not a " + type);
        } else if (layout.sealed() && !layout.locked()) {
            report.at(f.node("sealed").pos(), "a sealed part must be locked too (\"locked\": true): the player could"
                    + " otherwise remove it and add an unsealed one in its place");
        }
        if (id == null) {
            broken(o);
            return null;
        }
        PartSource ps = new PartSource(o);
        Part part = switch (type) {
            case "channel" -> new Part.Channel(id, (int) f.integer("cap", 0, MAX_CAP, 0), f.bool("nil", false), layout);
            case "mutex" -> new Part.Mutex(id, layout);
            case "rwmutex" -> new Part.RwMutex(id, layout);
            case "waitgroup" -> new Part.WaitGroup(id, layout);
            case "once" -> new Part.Once(id, layout);
            case "var" -> new Part.Var(id, f.integer("init", Long.MIN_VALUE, Long.MAX_VALUE, 0), layout);
            case "atomic" -> new Part.Atomic(id, f.integer("init", Long.MIN_VALUE, Long.MAX_VALUE, 0), layout);
            case "context" -> new Part.Context(id, f.name("parent"),
                    f.integer("timeout", 0, OpReader.MAX_TICKS, 0), layout);
            case "sink" -> new Part.Sink(id, layout);
            default -> goroutine(id, type, f, ps, layout);
        };
        map.put(part, ps);
        return part;
    }

    private Part.Goroutine goroutine(String id, String type, Fields f, PartSource ps, Layout layout) {
        Part.Start start = Part.Start.AUTO;
        if (f.has("start")) {
            String s = f.choice("start", "start", STARTS);
            if (s == null) {
                mainUnknown = true;
            } else {
                start = Part.Start.valueOf(s.toUpperCase(java.util.Locale.ROOT));
            }
        }
        int count = (int) Math.max(Integer.MIN_VALUE, f.integer("count", Long.MIN_VALUE, MAX_COUNT, 1));
        List<Op> body;
        String preset = null;
        if (type.equals("goroutine")) {
            Arr a = f.array("ops");
            body = a == null ? List.of() : ops.goroutine(a, ps);
            if ((a == null && f.has("ops")) || (a != null && ops.incomplete())) {
                incomplete.add(id);
            }
        } else {
            preset = type;
            body = Presets.lower(type, f, ps);
            ops.count(countOps(body), ps.obj);
        }
        return new Part.Goroutine(id, start, count, body, preset, layout);
    }

    private static int countOps(List<Op> ops) {
        int n = 0;
        for (Op op : ops) {
            n += 1 + switch (op) {
                case Op.Range r -> countOps(r.body());
                default -> 0;
            };
        }
        return n;
    }

    /** Remembers what a part that did not load might have been, so nothing cascades from it. */
    private void broken(Obj o) {
        Member id = o.member("id");
        if (id != null && id.value() instanceof Str s) {
            broken.add(s.value());
        }
        Member start = o.member("start");
        if (start != null && !(start.value() instanceof Str s && !s.value().equals("main"))) {
            mainUnknown = true;
        }
    }
}
