package org.interleave.level;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.TreeMap;
import org.interleave.engine.expr.Expr;
import org.interleave.engine.expr.ExprPrinter;
import org.interleave.engine.model.Design;
import org.interleave.engine.model.Layout;
import org.interleave.engine.model.Op;
import org.interleave.engine.model.Part;

/**
 * Writes a design as the JSON object of DESIGN §3, the inverse of what the loader reads: a
 * goroutine lowered from a preset is written as that preset with its fields ({@link PresetSpec}),
 * so the file reads as the player built it. Null fields (mistakes the editor shows) are left out.
 */
public final class DesignWriter {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private DesignWriter() {}

    /** The design object {@code {"parts": [...]}}. */
    public static ObjectNode write(Design design) {
        ObjectNode root = JSON.objectNode();
        ArrayNode parts = root.putArray("parts");
        for (Part p : design.parts()) {
            parts.add(part(p));
        }
        return root;
    }

    private static ObjectNode part(Part p) {
        ObjectNode o = JSON.objectNode();
        o.put("id", p.id());
        PresetSpec preset = p instanceof Part.Goroutine g ? PresetSpec.of(g).orElse(null) : null;
        o.put("type", preset != null ? preset.type() : p.type());
        Layout l = p.layout() == null ? Layout.NONE : p.layout();
        putNumber(o, "x", l.x());
        putNumber(o, "y", l.y());
        if (l.locked()) {
            o.put("locked", true);
        }
        if (l.sealed()) {
            o.put("sealed", true);
        }
        if (l.relay()) {
            o.put("relay", true);
        }
        switch (p) {
            case Part.Channel c -> {
                o.put("cap", c.cap());
                if (c.nil()) {
                    o.put("nil", true);
                }
            }
            case Part.Var v -> o.put("init", v.init());
            case Part.Atomic a -> o.put("init", a.init());
            case Part.Context c -> {
                putString(o, "parent", c.parent());
                if (c.timeout() > 0) {
                    o.put("timeout", c.timeout());
                }
            }
            case Part.Goroutine g -> {
                o.put("start", g.start().json());
                if (g.count() != 1) {
                    o.put("count", g.count());
                }
                if (preset != null) {
                    preset.writeFields(o);
                } else {
                    o.set("ops", ops(g.ops()));
                }
            }
            default -> { }
        }
        return o;
    }

    private static void putNumber(ObjectNode o, String field, double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            o.put(field, (long) v);
        } else {
            o.put(field, v);
        }
    }

    private static void putString(ObjectNode o, String field, String v) {
        if (v != null) {
            o.put(field, v);
        }
    }

    private static void putExpr(ObjectNode o, String field, Expr e) {
        if (e != null) {
            o.set(field, expr(e));
        }
    }

    /** An expression as the loader reads it: a number, a boolean, or a Go-like string. */
    static JsonNode expr(Expr e) {
        return switch (e) {
            case Expr.IntLit i -> JSON.numberNode(i.value());
            case Expr.BoolLit b -> JSON.booleanNode(b.value());
            default -> JSON.textNode(ExprPrinter.toGo(e));
        };
    }

    static ArrayNode ops(List<Op> ops) {
        ArrayNode a = JSON.arrayNode();
        for (Op op : ops) {
            a.add(op(op));
        }
        return a;
    }

    static ObjectNode op(Op op) {
        ObjectNode o = JSON.objectNode();
        o.put("op", op.kind());
        if (op.src() != null && op.src().locked()) {
            o.put("locked", true);
        }
        switch (op) {
            case Op.Go g -> {
                putString(o, "g", g.g());
                if (!g.args().isEmpty()) {
                    ObjectNode args = o.putObject("args");
                    new TreeMap<>(g.args()).forEach((k, v) -> args.set(k, expr(v)));
                }
            }
            case Op.Send s -> {
                putString(o, "ch", s.ch());
                putExpr(o, "value", s.value());
            }
            case Op.Recv r -> {
                putString(o, "ch", r.ch());
                putString(o, "to", r.to());
                putString(o, "ok", r.ok());
            }
            case Op.Close c -> putString(o, "ch", c.ch());
            case Op.Range r -> {
                putString(o, "ch", r.ch());
                putString(o, "to", r.to());
                o.set("do", ops(r.body()));
            }
            case Op.Select s -> {
                ArrayNode cases = o.putArray("cases");
                for (Op.Case c : s.cases()) {
                    cases.add(selectCase(c));
                }
                if (s.hasDefault()) {
                    o.set("default", ops(s.otherwise()));
                }
            }
            case Op.Lock l -> putString(o, "mu", l.mu());
            case Op.Unlock u -> putString(o, "mu", u.mu());
            case Op.RLock l -> putString(o, "mu", l.mu());
            case Op.RUnlock u -> putString(o, "mu", u.mu());
            case Op.Add a -> {
                putString(o, "wg", a.wg());
                putExpr(o, "n", a.n());
            }
            case Op.Done d -> putString(o, "wg", d.wg());
            case Op.Wait w -> putString(o, "wg", w.wg());
            case Op.OnceDo d -> {
                putString(o, "once", d.once());
                o.set("do", ops(d.body()));
            }
            case Op.Read r -> {
                putString(o, "var", r.var());
                putString(o, "to", r.to());
            }
            case Op.Write w -> {
                putString(o, "var", w.var());
                putExpr(o, "value", w.value());
            }
            case Op.Inc i -> {
                putString(o, "var", i.var());
                putExpr(o, "n", i.n());
            }
            case Op.AtomicAdd a -> {
                putString(o, "var", a.var());
                putExpr(o, "n", a.n());
                putString(o, "to", a.to());
            }
            case Op.AtomicLoad a -> {
                putString(o, "var", a.var());
                putString(o, "to", a.to());
            }
            case Op.AtomicStore a -> {
                putString(o, "var", a.var());
                putExpr(o, "value", a.value());
            }
            case Op.AtomicCas a -> {
                putString(o, "var", a.var());
                putExpr(o, "old", a.old());
                putExpr(o, "new", a.replacement());
                putString(o, "to", a.to());
            }
            case Op.Cancel c -> putString(o, "ctx", c.ctx());
            case Op.Sleep s -> o.put("ticks", s.ticks());
            case Op.Work w -> o.put("ticks", w.ticks());
            case Op.Emit e -> {
                putString(o, "sink", e.sink());
                putExpr(o, "value", e.value());
            }
            case Op.Let l -> {
                putString(o, "to", l.to());
                putExpr(o, "value", l.value());
            }
            case Op.If i -> {
                putExpr(o, "cond", i.cond());
                o.set("then", ops(i.then()));
                if (!i.otherwise().isEmpty()) {
                    o.set("else", ops(i.otherwise()));
                }
            }
            case Op.While w -> {
                putExpr(o, "cond", w.cond());
                o.set("do", ops(w.body()));
            }
            case Op.Repeat r -> {
                putExpr(o, "times", r.times());
                putString(o, "to", r.to());
                o.set("do", ops(r.body()));
            }
            case Op.Loop l -> o.set("do", ops(l.body()));
            case Op.Break b -> { }
            case Op.Continue c -> { }
            case Op.Return r -> { }
            case Op.Assert a -> {
                putExpr(o, "cond", a.cond());
                putString(o, "message", a.message());
            }
        }
        return o;
    }

    private static ObjectNode selectCase(Op.Case c) {
        ObjectNode o = JSON.objectNode();
        switch (c) {
            case Op.RecvCase r -> {
                putString(o, "recv", r.ch());
                putString(o, "to", r.to());
                putString(o, "ok", r.ok());
            }
            case Op.SendCase s -> {
                putString(o, "send", s.ch());
                putExpr(o, "value", s.value());
            }
            case Op.AfterCase a -> o.put("after", a.ticks());
            case Op.DoneCase d -> putString(o, "done", d.ctx());
        }
        o.set("do", ops(c.body()));
        return o;
    }
}
