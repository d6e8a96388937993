package org.interleave.gobridge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.interleave.engine.expr.Expr;
import org.interleave.engine.expr.ExprTypes;
import org.interleave.engine.model.Design;
import org.interleave.engine.model.Level;
import org.interleave.engine.model.Part;

/**
 * Writes a design as an equivalent, runnable Go program ({@code interleave export-go}): one file,
 * {@code package main}, standard library only, formatted as gofmt formats it and clean under
 * {@code go vet}.
 *
 * <p>Resources are package-level variables: {@code make(chan int, cap)} (a nil channel is a bare
 * {@code chan int}), {@code sync.Mutex}, {@code sync.RWMutex}, {@code sync.WaitGroup},
 * {@code sync.Once}, a plain {@code int} per shared var (plain loads and stores, so the race
 * detector sees what the engine calls a race), an {@code atomic.Int64} per atomic, and per context
 * a {@code context.WithCancel} or {@code context.WithTimeout} pair with its cancel function.
 * Package-level initialization arms a context's timeout when the program starts, as the engine
 * does. Each goroutine is a function: the main goroutine is {@code main}, which starts the auto
 * goroutines before its first statement (a counted one in a loop, passing {@code id}); a spawn
 * template takes as parameters the locals that {@code go} ops pass it. Sinks print with
 * {@code fmt.Println} (prefixed by the sink's name when there are several).
 *
 * <p>Time: one tick is one millisecond. {@code sleep n} is {@code time.Sleep(n * time.Millisecond)},
 * an {@code after n} case is {@code <-time.After(n * time.Millisecond)} (its timer starting only
 * after the select's other cases were polled, see {@link GoStatements}), a context timeout is
 * {@code n*time.Millisecond}, and {@code work n} calls a helper that keeps a core busy for n
 * milliseconds — CPU work, which synchronizes nothing, as in the engine.
 *
 * <p>Where Go and the engine differ: a run of the program is one interleaving, chosen by the Go
 * scheduler and real timing, where the engine checks them all; and the program exits when
 * {@code main} returns, so a goroutine the engine reports as leaked is simply cut off, and an
 * access made after main returned may not be seen by the race detector.
 *
 * <p>The design need not validate (the Go view shows a design mid-edit): a local that lost the op
 * that gave it its value is declared with its zero value; a design with any other mistake is
 * refused with the validator's words, so a program written here always builds.
 */
public final class GoExporter {
    private GoExporter() {}

    /** The Go program for the level's design (the CLI puts a solution's design in its place). */
    public static String export(Level level) {
        return export(level.design(), level.id(), level.title());
    }

    /**
     * The Go program for {@code design}; {@code id} and {@code title} (either may be null) name it
     * in the package comment.
     *
     * @throws IllegalArgumentException if the design has no main goroutine, or another mistake that
     *     leaves it no Go program that builds ({@link BuildCheck}); its message says which
     */
    public static String export(Design design, String id, String title) {
        return exported(design, id, title).text();
    }

    /**
     * A program as {@link #export(Design, String, String)} writes it, with where each op's statement
     * begins: {@link #lines()} maps {@code template + " " + path} (a goroutine part's id and the op's
     * {@code Src.path}, as in {@code ops[2].do[0]}) to a 1-based line of {@link #text()}. Ops the
     * program leaves out (those that can never run) have no line.
     */
    public record Exported(String text, Map<String, Integer> lines) {
        public Exported {
            lines = Map.copyOf(lines);
        }

        /** The 1-based line where the op at {@code path} of goroutine part {@code template} begins, or -1. */
        public int line(String template, String path) {
            return lines.getOrDefault(key(template, path), -1);
        }

        /** The key of an op in {@link #lines()}. */
        public static String key(String template, String path) {
            return template + " " + path;
        }
    }

    /** The program for {@code design} and the line of each op; see {@link Exported}. */
    public static Exported exported(Design design, String id, String title) {
        if (design.goroutines().stream().noneMatch(g -> g.start() == Part.Start.MAIN)) {
            throw new IllegalArgumentException("a design needs a main goroutine to become one");
        }
        BuildCheck.whyNot(design, LocalTypes.infer(design)).ifPresent(why -> {
            throw new IllegalArgumentException("Go would refuse this design (" + why + ")");
        });
        Globals globals = new Globals(design);
        List<String> functions = new ArrayList<>();
        List<Map<String, Integer>> starts = new ArrayList<>();
        List<String> templates = new ArrayList<>();
        List<Part.Goroutine> order = new ArrayList<>();
        order.add(design.main());
        design.goroutines().stream().filter(g -> g.start() != Part.Start.MAIN).forEach(order::add);
        for (Part.Goroutine g : order) {
            Map<String, Integer> at = new HashMap<>();
            functions.add(function(design, g, globals, at));
            starts.add(at);
            templates.add(g.id());
        }
        if (globals.workUsed()) {
            functions.add(workHelper(globals.work));
        }
        String vars = variables(design, globals);
        String init = init(design, globals);

        GoCode out = new GoCode();
        header(out, id, title, autoLine(design, globals));
        imports(out, globals.imports());
        StringBuilder program = new StringBuilder(out.toString());
        for (String block : new String[] {vars, init}) {
            if (!block.isEmpty()) {
                program.append('\n').append(block);
            }
        }
        Map<String, Integer> lines = new HashMap<>();
        for (int k = 0; k < functions.size(); k++) {
            program.append('\n');
            int first = lineCount(program) + 1;  // 1-based line of the function's first line
            program.append(functions.get(k));
            if (k < starts.size()) {
                for (Map.Entry<String, Integer> e : starts.get(k).entrySet()) {
                    lines.put(Exported.key(templates.get(k), e.getKey()), first + e.getValue());
                }
            }
        }
        return new Exported(program.toString(), lines);
    }

    private static int lineCount(CharSequence text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    /**
     * import-go reads {@code go f()} as main's first statements as auto goroutines; when main's
     * own first op is a go op (or a repeat of one), the line {@code //interleave:auto} names the functions that are
     * auto goroutines (maybe none), so that the go op comes back as one and takes its tick.
     */
    private static String autoLine(Design design, Globals globals) {
        List<org.interleave.engine.model.Op> ops = design.main().ops();
        boolean startsWithGo = !ops.isEmpty() && (ops.get(0) instanceof org.interleave.engine.model.Op.Go
                // a repeat of one go is written as the for loop of go statements import-go reads as one too
                || ops.get(0) instanceof org.interleave.engine.model.Op.Repeat r && r.body().size() == 1
                        && r.body().get(0) instanceof org.interleave.engine.model.Op.Go);
        if (!startsWithGo) {
            return null;
        }
        StringBuilder line = new StringBuilder(GoImporter.AUTO_DIRECTIVE);
        design.goroutines().stream().filter(g -> g.start() == Part.Start.AUTO)
                .forEach(g -> line.append(' ').append(globals.part(g.id())));
        return line.toString();
    }

    private static void header(GoCode out, String id, String title, String autoLine) {
        String name = id == null ? "design" : id;
        String what = title == null || title.isBlank() ? "" : " \"" + title.replaceAll("\\s+", " ").strip() + "\"";
        out.line("// Command " + name + " runs the Interleave design" + what + " as a Go program.");
        out.line("//");
        out.line("// It was written by interleave export-go. One tick of the design is one millisecond.");
        out.line("// A run shows one interleaving, chosen by the Go scheduler, where the engine checks");
        out.line("// them all. Run it with go run -race main.go to let the race detector watch it.");
        if (autoLine != null) {
            out.line("//");
            out.line(autoLine);
        }
        out.line("package main");
    }

    private static void imports(GoCode out, List<String> imports) {
        if (imports.size() == 1) {
            out.blank().line("import \"" + imports.get(0) + "\"");
        } else if (!imports.isEmpty()) {
            out.blank().open("import (");
            imports.forEach(i -> out.line("\"" + i + "\""));
            out.close(")");
        }
    }

    /** The resources, one {@code var} block, aligned as gofmt aligns it. */
    private static String variables(Design design, Globals globals) {
        List<String[]> specs = new ArrayList<>();
        for (Part p : design.parts()) {
            String name = p instanceof Part.Goroutine || p instanceof Part.Sink ? null : globals.part(p.id());
            switch (p) {
                case Part.Channel c when c.nil() -> specs.add(new String[] {name, "chan int"});
                case Part.Channel c -> specs.add(new String[] {name, "= make(chan int" + capacity(c) + ")"});
                case Part.Mutex m -> specs.add(new String[] {name, sync(globals, "sync.Mutex")});
                case Part.RwMutex m -> specs.add(new String[] {name, sync(globals, "sync.RWMutex")});
                case Part.WaitGroup w -> specs.add(new String[] {name, sync(globals, "sync.WaitGroup")});
                case Part.Once o -> specs.add(new String[] {name, sync(globals, "sync.Once")});
                case Part.Var v when v.init() == 0 -> specs.add(new String[] {name, "int"});
                case Part.Var v -> specs.add(new String[] {name, "= " + literal(v.init())});
                case Part.Atomic a -> {
                    globals.use("sync/atomic");
                    specs.add(new String[] {name, "atomic.Int64"});
                }
                case Part.Context c -> {
                    globals.use("context");
                    String parent = c.parent() == null ? "context.Background()" : globals.part(c.parent());
                    String make = c.timeout() > 0
                            ? "context.WithTimeout(" + parent + ", " + duration(globals, c.timeout()) + ")"
                            : "context.WithCancel(" + parent + ")";
                    specs.add(new String[] {name + ", " + globals.cancel(c.id()), "= " + make});
                }
                case Part.Sink s -> { }
                case Part.Goroutine g -> { }
            }
        }
        globals.runtimeInts().forEach((value, name) -> specs.add(new String[] {name, "= " + literal(value)}));
        GoCode code = new GoCode();
        if (specs.size() == 1) {
            code.line("var " + specs.get(0)[0] + " " + specs.get(0)[1]);
        } else if (!specs.isEmpty()) {
            int width = specs.stream().mapToInt(s -> s[0].length()).max().orElse(0);
            code.open("var (");
            specs.forEach(s -> code.line(s[0] + " ".repeat(width - s[0].length() + 1) + s[1]));
            code.close(")");
        }
        return code.toString();
    }

    private static String capacity(Part.Channel c) {
        return c.cap() == 0 ? "" : ", " + c.cap();
    }

    private static String literal(long value) {
        return GoExpr.print(Expr.of(value), GoExpr.ALONE, x -> x);
    }

    private static String sync(Globals globals, String type) {
        globals.use("sync");
        return type;
    }

    private static String duration(Globals globals, long ticks) {
        globals.use("time");
        return ticks == 1 ? "time.Millisecond" : ticks + "*time.Millisecond";
    }

    /** Atomics that start at a value other than 0 are set before main runs. */
    private static String init(Design design, Globals globals) {
        List<Part.Atomic> set = design.parts().stream().filter(Part.Atomic.class::isInstance)
                .map(Part.Atomic.class::cast).filter(a -> a.init() != 0).toList();
        if (set.isEmpty()) {
            return "";
        }
        GoCode code = new GoCode();
        code.open("func init() {");
        set.forEach(a -> code.line(globals.part(a.id()) + ".Store(" + literal(a.init()) + ")"));
        code.close("}");
        return code.toString();
    }

    private static String function(Design design, Part.Goroutine g, Globals globals, Map<String, Integer> starts) {
        List<Globals.Param> params = new ArrayList<>(globals.params(g.id()));
        if (g.start() == Part.Start.AUTO && readsId(g)) {
            params.add(new Globals.Param("id", globals.types.of(g, "id")));
        }
        GoLocals locals = new GoLocals(g, params.stream().map(Globals.Param::local).toList(),
                globals.types, globals.names.function());
        GoCode code = new GoCode();
        String name = g.start() == Part.Start.MAIN ? "main" : globals.part(g.id());
        code.line("// " + name + " " + switch (g.start()) {
            case MAIN -> "is the design's main goroutine" + (g.id().equals("main") ? "" : " (" + g.id() + ")")
                    + ": the program ends when it returns.";
            case AUTO -> g.count() > 1
                    ? "runs as " + g.count() + " goroutines, which main starts before its first statement."
                    : "runs as a goroutine, which main starts before its first statement.";
            case SPAWN -> "runs in the goroutines that go statements start.";
        });
        code.open("func " + name + "(" + parameters(params, locals) + ") {");
        for (String local : locals.declaredAtTop()) {
            code.line("var " + locals.name(local) + " " + locals.type(local).goName());
        }
        if (g.start() == Part.Start.MAIN) {
            startAutoGoroutines(design, globals, locals, code);
        }
        new GoStatements(globals, locals, code, starts).write(g.ops());
        code.close("}");
        return code.toString();
    }

    private static boolean readsId(Part.Goroutine g) {
        return OpWalk.all(g.ops()).stream().flatMap(op -> OpWalk.exprs(op).stream())
                .anyMatch(e -> ExprTypes.locals(e).contains("id"));
    }

    /** {@code id, job int, ok bool}: consecutive parameters of one type share it, as Go writers do. */
    private static String parameters(List<Globals.Param> params, GoLocals locals) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < params.size(); i++) {
            Globals.Param p = params.get(i);
            b.append(locals.name(p.local()));
            boolean last = i == params.size() - 1 || params.get(i + 1).type() != p.type();
            b.append(last ? " " + p.type().goName() + (i == params.size() - 1 ? "" : ", ") : ", ");
        }
        return b.toString();
    }

    private static void startAutoGoroutines(Design design, Globals globals, GoLocals mainLocals, GoCode code) {
        String i = null; // one name serves every loop: each declares it in its own scope
        for (Part.Goroutine g : design.goroutines()) {
            if (g.start() != Part.Start.AUTO) {
                continue;
            }
            String f = globals.part(g.id());
            boolean id = readsId(g);
            if (g.count() == 1) {
                code.line("go " + f + "(" + (id ? "0" : "") + ")");
            } else {
                i = i == null ? mainLocals.fresh("i") : i;
                code.open("for " + i + " := 0; " + i + " < " + g.count() + "; " + i + "++ {");
                code.line("go " + f + "(" + (id ? i : "") + ")");
                code.close("}");
            }
        }
    }

    private static String workHelper(String name) {
        return new GoCode()
                .line("// " + name + " keeps a core busy for ms milliseconds: CPU work, which synchronizes nothing.")
                .open("func " + name + "(ms int) {")
                .line("end := time.Now().Add(time.Duration(ms) * time.Millisecond)")
                .open("for time.Now().Before(end) {")
                .close("}")
                .close("}")
                .toString();
    }
}
