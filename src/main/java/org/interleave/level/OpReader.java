package org.interleave.level;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.interleave.engine.expr.Expr;
import org.interleave.engine.expr.ExprException;
import org.interleave.engine.expr.ExprParser;
import org.interleave.engine.expr.ExprPrinter;
import org.interleave.engine.model.DesignValidator;
import org.interleave.engine.model.Op;
import org.interleave.engine.model.Src;
import org.interleave.level.JsonTree.Arr;
import org.interleave.level.JsonTree.Bool;
import org.interleave.level.JsonTree.Member;
import org.interleave.level.JsonTree.Node;
import org.interleave.level.JsonTree.Num;
import org.interleave.level.JsonTree.Obj;
import org.interleave.level.JsonTree.Str;
import org.interleave.level.SourceMap.PartSource;

/**
 * Reads the ops of goroutines (DESIGN §3), giving each its {@link Src}. A field that cannot be read
 * is reported and left null in the op; an op that cannot be read at all is left out and marks its
 * goroutine incomplete.
 */
final class OpReader {
    static final int MAX_DEPTH = 16;
    static final int MAX_OPS = 2000;
    static final long MAX_TICKS = 1_000_000;
    /** Longer expressions are refused: parsing and evaluating them nests as deep as they are long. */
    static final int MAX_EXPR_CHARS = 1000;

    private static final Pattern LOCAL = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /** Each op's fields; a trailing {@code ?} marks an optional one. */
    static final Map<String, List<String>> OPS = new LinkedHashMap<>();

    static {
        spec("go", "g", "args?");
        spec("send", "ch", "value");
        spec("recv", "ch", "to?", "ok?");
        spec("close", "ch");
        spec("range", "ch", "to?", "do?");
        spec("select", "cases", "default?");
        spec("lock", "mu");
        spec("unlock", "mu");
        spec("rlock", "mu");
        spec("runlock", "mu");
        spec("add", "wg", "n?");
        spec("done", "wg");
        spec("wait", "wg");
        spec("once", "once", "do?");
        spec("read", "var", "to?");
        spec("write", "var", "value");
        spec("inc", "var", "n?");
        spec("atomic.add", "var", "n", "to?");
        spec("atomic.load", "var", "to?");
        spec("atomic.store", "var", "value");
        spec("atomic.cas", "var", "old", "new", "to?");
        spec("cancel", "ctx");
        spec("sleep", "ticks");
        spec("work", "ticks");
        spec("emit", "sink", "value");
        spec("let", "to", "value");
        spec("if", "cond", "then?", "else?");
        spec("while", "cond", "do?");
        spec("repeat", "times", "to?", "do?");
        spec("loop", "do?");
        spec("break");
        spec("continue");
        spec("return");
        spec("assert", "cond", "message?");
    }

    private static void spec(String op, String... fields) {
        OPS.put(op, List.of(fields));
    }

    /** The fields of a select case, by the field that says which kind it is. */
    private static final Map<String, List<String>> CASES = Map.of(
            "recv", List.of("recv", "to", "ok", "do"),
            "send", List.of("send", "value", "do"),
            "after", List.of("after", "do"),
            "done", List.of("done", "do"));
    private static final List<String> CASE_KINDS = List.of("recv", "send", "after", "done");
    private static final List<String> CASE_FIELDS = List.of("recv", "send", "after", "done", "to", "ok", "value", "do");

    private final Report report;
    private int total;
    private PartSource source;
    private boolean incomplete;

    OpReader(Report report) {
        this.report = report;
    }

    /** Reads a goroutine's {@code ops} array (already checked to be an array). */
    List<Op> goroutine(Arr ops, PartSource ps) {
        this.source = ps;
        this.incomplete = false;
        return items(ops, "ops", 1);
    }

    /** Whether an op of the last goroutine read could not be loaded. */
    boolean incomplete() {
        return incomplete;
    }

    /** Counts ops that presets add, so the limit holds for them too. */
    void count(int ops, Obj at) {
        for (int i = 0; i < ops; i++) {
            counted(at);
        }
    }

    private void counted(Obj at) {
        if (++total == MAX_OPS + 1) {
            report.at(at.pos(), "design has more than " + MAX_OPS + " ops");
        }
    }

    private List<Op> items(Arr a, String base, int depth) {
        List<Op> out = new ArrayList<>();
        for (int i = 0; i < a.items().size(); i++) {
            Op op = op(a.items().get(i), base + "[" + i + "]", depth);
            if (op == null) {
                incomplete = true;
            } else {
                out.add(op);
            }
        }
        return out;
    }

    private List<Op> list(Fields f, String field, String path, int depth) {
        Node n = f.node(field);
        if (n == null) {
            return List.of();
        }
        if (n instanceof Arr a) {
            return items(a, path + "." + field, depth + 1);
        }
        f.wrongType(field, n, "an array of ops");
        incomplete = true;
        return List.of();
    }

    private Op op(Node n, String path, int depth) {
        if (!(n instanceof Obj o)) {
            report.at(n.pos(), "an op must be an object, not " + Fields.describe(n));
            return null;
        }
        if (depth > MAX_DEPTH) {
            report.at(o.pos(), "ops are nested more than " + MAX_DEPTH + " deep");
            return null;
        }
        counted(o);
        source.object(path, o);
        Member name = o.member("op");
        if (name == null) {
            Member typo = o.members().stream()
                    .filter(m -> "op".equals(DesignValidator.closest(m.name(), List.of("op"))))
                    .findFirst().orElse(null);
            if (typo != null) {
                report.unknownField(typo.namePos(), typo.name(), "op", List.of("op"));
            } else {
                report.missingField(o.pos(), "op", "op");
            }
            return null;
        }
        if (!(name.value() instanceof Str kind)) {
            report.wrongType(name.value().pos(), "op", "a string", Fields.describe(name.value()));
            return null;
        }
        List<String> spec = OPS.get(kind.value());
        if (spec == null) {
            report.unknown(kind.pos(), "op", kind.value(), OPS.keySet());
            return null;
        }
        List<String> known = new ArrayList<>(List.of("op", "locked"));
        List<String> required = new ArrayList<>();
        for (String field : spec) {
            known.add(field.replace("?", ""));
            if (!field.endsWith("?")) {
                required.add(field);
            }
        }
        Fields f = new Fields(o, "op '" + kind.value() + "'", known, required, report);
        boolean locked = f.bool("locked", false);
        return build(kind.value(), f, new Src(path, o.pos().line(), o.pos().column(), locked), path, depth);
    }

    private Op build(String kind, Fields f, Src src, String path, int depth) {
        return switch (kind) {
            case "go" -> new Op.Go(src, f.name("g"), args(f, path));
            case "send" -> new Op.Send(src, f.name("ch"), expr(f, "value"));
            case "recv" -> new Op.Recv(src, f.name("ch"), local(f, "to"), local(f, "ok"));
            case "close" -> new Op.Close(src, f.name("ch"));
            case "range" -> new Op.Range(src, f.name("ch"), local(f, "to"), list(f, "do", path, depth));
            case "select" -> select(f, src, path, depth);
            case "lock" -> new Op.Lock(src, f.name("mu"));
            case "unlock" -> new Op.Unlock(src, f.name("mu"));
            case "rlock" -> new Op.RLock(src, f.name("mu"));
            case "runlock" -> new Op.RUnlock(src, f.name("mu"));
            case "add" -> new Op.Add(src, f.name("wg"), f.has("n") ? expr(f, "n") : Expr.of(1));
            case "done" -> new Op.Done(src, f.name("wg"));
            case "wait" -> new Op.Wait(src, f.name("wg"));
            case "once" -> new Op.OnceDo(src, f.name("once"), list(f, "do", path, depth));
            case "read" -> new Op.Read(src, f.name("var"), local(f, "to"));
            case "write" -> new Op.Write(src, f.name("var"), expr(f, "value"));
            case "inc" -> new Op.Inc(src, f.name("var"), f.has("n") ? expr(f, "n") : Expr.of(1));
            case "atomic.add" -> new Op.AtomicAdd(src, f.name("var"), expr(f, "n"), local(f, "to"));
            case "atomic.load" -> new Op.AtomicLoad(src, f.name("var"), local(f, "to"));
            case "atomic.store" -> new Op.AtomicStore(src, f.name("var"), expr(f, "value"));
            case "atomic.cas" -> new Op.AtomicCas(src, f.name("var"), expr(f, "old"), expr(f, "new"),
                    local(f, "to"));
            case "cancel" -> new Op.Cancel(src, f.name("ctx"));
            case "sleep" -> new Op.Sleep(src, f.integer("ticks", 0, MAX_TICKS, 0));
            case "work" -> new Op.Work(src, f.integer("ticks", 0, MAX_TICKS, 0));
            case "emit" -> new Op.Emit(src, f.name("sink"), expr(f, "value"));
            case "let" -> new Op.Let(src, local(f, "to"), expr(f, "value"));
            case "if" -> new Op.If(src, expr(f, "cond"), list(f, "then", path, depth), list(f, "else", path, depth));
            case "while" -> new Op.While(src, expr(f, "cond"), list(f, "do", path, depth));
            case "repeat" -> new Op.Repeat(src, times(f), local(f, "to"), list(f, "do", path, depth));
            case "loop" -> new Op.Loop(src, list(f, "do", path, depth));
            case "break" -> new Op.Break(src);
            case "continue" -> new Op.Continue(src);
            case "return" -> new Op.Return(src);
            case "assert" -> {
                Expr cond = expr(f, "cond");
                String message = f.string("message");
                if (message == null && cond != null && !f.has("message")) {
                    message = "assertion failed: " + ExprPrinter.toGo(cond);
                }
                yield new Op.Assert(src, cond, message);
            }
            default -> throw new IllegalStateException("no reader for op " + kind);
        };
    }

    private Map<String, Expr> args(Fields f, String path) {
        Obj o = f.object("args");
        Map<String, Expr> out = new LinkedHashMap<>();
        if (o == null) {
            return out;
        }
        for (Member m : o.members()) {
            source.field(path, "args." + m.name(), m.value());
            if (m.name().length() > Fields.MAX_NAME) {
                report.at(m.namePos(), Fields.tooLong("args", m.name()));
                continue;
            }
            if (!isLocalName(m.name())) {
                report.at(m.namePos(), Quote.quote(m.name()) + " is not a valid local name");
                continue;
            }
            Expr e = expr(f, "args." + m.name(), m.value());
            if (e != null) {
                out.put(m.name(), e);
            }
        }
        return out;
    }

    private Op select(Fields f, Src src, String path, int depth) {
        List<Op.Case> cases = new ArrayList<>();
        Arr a = f.array("cases");
        if (a != null) {
            for (int i = 0; i < a.items().size(); i++) {
                Op.Case c = selectCase(a.items().get(i), path + ".cases[" + i + "]", depth);
                if (c == null) {
                    incomplete = true;
                } else {
                    cases.add(c);
                }
            }
        }
        List<Op> otherwise = f.has("default") ? list(f, "default", path, depth) : null;
        return new Op.Select(src, cases, otherwise);
    }

    private Op.Case selectCase(Node n, String path, int depth) {
        if (!(n instanceof Obj o)) {
            report.at(n.pos(), "a select case must be an object, not " + Fields.describe(n));
            return null;
        }
        source.object(path, o);
        List<Member> kinds = o.members().stream().filter(m -> CASE_KINDS.contains(m.name())).toList();
        if (kinds.isEmpty()) {
            Fields f = new Fields(o, "select case", CASE_FIELDS, List.of(), report);
            if (CASE_KINDS.stream().noneMatch(f::suggested)) {
                report.at(o.pos(), "a select case needs one of 'recv', 'send', 'after' or 'done'");
            }
            return null;
        }
        if (kinds.size() > 1) {
            report.at(kinds.get(1).namePos(), "a select case has both '" + kinds.get(0).name()
                    + "' and '" + kinds.get(1).name() + "'");
            return null;
        }
        String kind = kinds.get(0).name();
        Fields f = new Fields(o, kind + " case", CASES.get(kind), List.of(kind), report);
        List<Op> body = list(f, "do", path, depth);
        return switch (kind) {
            case "recv" -> new Op.RecvCase(f.name("recv"), local(f, "to"), local(f, "ok"), body);
            case "send" -> new Op.SendCase(f.name("send"), expr(f, "value"), body);
            case "after" -> new Op.AfterCase(f.integer("after", 0, MAX_TICKS, 0), body);
            default -> new Op.DoneCase(f.name("done"), body);
        };
    }

    private Expr times(Fields f) {
        Expr times = expr(f, "times");
        if (times instanceof Expr.IntLit(long n) && (n < 0 || n > MAX_TICKS)) {
            f.at(f.node("times").pos(), "'times' must be " + Fields.range(0, MAX_TICKS));
            return null;
        }
        return times;
    }

    /** A local's name, or null when absent or not a name (reported). */
    private String local(Fields f, String name) {
        String value = f.name(name);
        if (value != null && !isLocalName(value)) {
            f.at(f.node(name).pos(), Quote.quote(value) + " is not a valid local name");
            return null;
        }
        return value;
    }

    static boolean isLocalName(String name) {
        return LOCAL.matcher(name).matches() && !Arrays.asList("true", "false", "_").contains(name);
    }

    private Expr expr(Fields f, String name) {
        Node n = f.node(name);
        return n == null ? null : expr(f, name, n);
    }

    /** A JSON number, boolean or Go-like expression string as an expression. */
    private Expr expr(Fields f, String name, Node n) {
        switch (n) {
            case Num num -> {
                Long v = Fields.asLong(num);
                if (v == null) {
                    f.at(num.pos(), num.integral() ? "'" + name + "' is out of range for int"
                            : "'" + name + "' must be an integer, not " + num.text());
                }
                return v == null ? null : Expr.of(v);
            }
            case Bool b -> {
                return Expr.of(b.value());
            }
            case Str s -> {
                if (s.value().length() > MAX_EXPR_CHARS) {
                    f.at(s.pos(), "'" + name + "' is too long: " + s.value().length()
                            + " characters (expressions have at most " + MAX_EXPR_CHARS + ")");
                    return null;
                }
                try {
                    return ExprParser.parse(s.value());
                } catch (ExprException e) {
                    int column = s.plain() ? s.pos().column() + 1 + e.offset() : s.pos().column();
                    report.at(s.pos().line(), column, e.getMessage());
                    return null;
                }
            }
            default -> {
                f.wrongType(name, n, "an expression (a number, true, false or a string)");
                return null;
            }
        }
    }
}
