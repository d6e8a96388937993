package org.interleave.gobridge;

import static org.interleave.gobridge.GoSyntax.callArgs;
import static org.interleave.gobridge.GoSyntax.calleeName;
import static org.interleave.gobridge.GoSyntax.isIntType;
import static org.interleave.gobridge.GoSyntax.methodName;
import static org.interleave.gobridge.GoSyntax.paramNames;
import static org.interleave.gobridge.GoSyntax.receiverText;
import static org.interleave.gobridge.GoSyntax.refuse;
import static org.interleave.gobridge.GoSyntax.statements;
import static org.interleave.gobridge.GoSyntax.unquote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.interleave.engine.expr.ValueType;
import org.interleave.engine.model.Layout;
import org.interleave.engine.model.Op;
import org.interleave.engine.model.Part;
import org.interleave.gobridge.GoBinding.Scope;
import org.interleave.gobridge.GoProgram.Frame;
import org.interleave.gobridge.parse.GoSubsetParser.*;

/**
 * Translates a parsed Go program into the parts and ops of a design (see {@link GoImporter} for the
 * subset). Calls are inlined, each {@code go} statement starts a goroutine template, and every
 * construct outside the subset is refused with what is supported instead.
 *
 * <p>This class reads the file (its imports, functions, package-level declarations, {@code init}
 * and {@code main}) and holds the state of one translation. The work is shared by one translator
 * per kind of Go construct, each reaching the others through this class:
 * {@link DeclarationTranslator}, {@link StatementTranslator}, {@link LoopTranslator},
 * {@link ChannelTranslator} (send, receive, select), {@link CallTranslator},
 * {@link FunctionTranslator} (inlined calls), {@link GoroutineTranslator} ({@code go}),
 * {@link ExpressionTranslator}, and {@link NameResolver} (names and constants);
 * {@link GoSyntax} answers questions about the parse tree.
 */
final class GoTranslator {
    static final Map<String, String> IMPORTS = Map.of("fmt", "fmt", "sync", "sync", "sync/atomic", "atomic",
            "time", "time", "context", "context");

    /** A function body being translated: a goroutine's own (main, a go target) or one inlined into a caller. */
    static final class Fn {
        final String name;
        final boolean inline;
        final boolean wrapped;
        final List<Deferred> defers = new ArrayList<>();

        Fn(String name, boolean inline, boolean wrapped) {
            this.name = name;
            this.inline = inline;
            this.wrapped = wrapped;
        }
    }

    /** A deferred call, translated where the function returns. */
    record Deferred(ExpressionContext call, Scope scope) {}

    /** Where a statement is translated: the goroutine, the function, the scope, and how nested. */
    record Ctx(Frame frame, Fn fn, Scope scope, boolean unique, int depth, boolean top) {
        Ctx scoped() {
            return new Ctx(frame, fn, scope.child(), unique, depth, top);
        }

        Ctx nested() {
            return new Ctx(frame, fn, scope.child(), unique, depth, false);
        }

        Ctx loop() {
            return new Ctx(frame, fn, scope.child(), false, depth + 1, false);
        }

        Ctx breakable() {
            return new Ctx(frame, fn, scope.child(), unique, depth + 1, false);
        }
    }

    final GoProgram program;
    /** The package's names: imports, functions, package-level variables and constants. */
    final Scope pkg = new Scope(null, false);
    /** True if {@code fmt.Println("name:", v)} prints to a sink of that name (see {@link #sinkPrefixes(SourceFileContext)}). */
    boolean sinkPrefixes;
    final NameResolver names;
    final ExpressionTranslator expressions;
    final DeclarationTranslator declarations;
    final StatementTranslator statements;
    final LoopTranslator loops;
    final ChannelTranslator channels;
    final CallTranslator calls;
    final FunctionTranslator functions;
    final GoroutineTranslator goroutines;
    private final Map<String, Integer> autoCounts = new LinkedHashMap<>();

    GoTranslator(GoProgram program) {
        this.program = program;
        // Each translator keeps this translation's program and package scope: make them after both are set.
        names = new NameResolver(this);
        expressions = new ExpressionTranslator(this);
        declarations = new DeclarationTranslator(this);
        statements = new StatementTranslator(this);
        loops = new LoopTranslator(this);
        channels = new ChannelTranslator(this);
        calls = new CallTranslator(this);
        functions = new FunctionTranslator(this);
        goroutines = new GoroutineTranslator(this);
    }

    void translate(SourceFileContext file) {
        if (!file.packageClause().IDENT().getText().equals("main")) {
            throw refuse(file.packageClause().IDENT().getSymbol(), "package " + file.packageClause().IDENT().getText()
                    + ": import-go reads one file of package main");
        }
        for (ImportDeclContext d : file.importDecl()) {
            for (ImportSpecContext spec : d.importSpec()) {
                String path = unquote(spec.string_());
                String name = IMPORTS.get(path);
                if (name == null) {
                    throw refuse(spec.getStart(), "import \"" + path + "\": the subset imports only fmt, sync, sync/atomic, time and context");
                }
                if (spec.IDENT() != null || spec.DOT() != null) {
                    throw refuse(spec.getStart(), "renamed import of \"" + path + "\": import it under its own name");
                }
                pkg.put(name, new GoBinding.Package(path));
            }
        }
        FunctionDeclContext main = null;
        FunctionDeclContext init = null;
        for (TopLevelDeclContext d : file.topLevelDecl()) {
            if (d.methodDecl() != null) {
                throw refuse(d.getStart(), "method " + d.methodDecl().IDENT().getText()
                        + ": methods are not in the subset; write a function");
            }
            if (d.functionDecl() != null) {
                FunctionDeclContext f = d.functionDecl();
                String name = f.IDENT().getText();
                if (f.block() == null) {
                    throw refuse(f.getStart(), "function " + name + " without a body");
                }
                switch (name) {
                    case "main" -> main = f;
                    case "init" -> init = f;
                    default -> {
                        if (pkg.declaresHere(name)) {
                            throw refuse(f.IDENT().getSymbol(), name + " is declared twice");
                        }
                        pkg.put(name, new GoBinding.Func(f));
                        program.functions.put(name, f);
                    }
                }
            }
        }
        for (TopLevelDeclContext d : file.topLevelDecl()) {
            if (d.declaration() != null) {
                declarations.declaration(d.declaration(), null, pkg, GoProgram.ops());
            }
        }
        if (main == null) {
            throw refuse(file.getStart(), "no func main: the program starts at main");
        }
        if (init != null) {
            init(init);
        }
        if (!main.signature().parameters().parameterDecl().isEmpty() || main.signature().result() != null) {
            throw refuse(main.getStart(), "func main takes no parameters and returns nothing");
        }
        sinkPrefixes = sinkPrefixes(file);
        List<StatementContext> body = statements(main.block().statementList());
        int skip = autoPrelude(body, file);
        Frame frame = new Frame("main");
        Fn fn = new Fn("main", false, false);
        Ctx ctx = new Ctx(frame, fn, pkg.child(), true, 0, true);
        List<Op> ops = GoProgram.ops();
        for (int i = skip; i < body.size(); i++) {
            statements.statement(body.get(i), ctx, ops);
        }
        statements.runDefers(fn, ctx, ops);
        program.goroutines.put("main", new Part.Goroutine("main", Part.Start.MAIN, 1, ops, null, Layout.NONE));
        List<Map.Entry<String, Part.Goroutine>> order = new ArrayList<>(program.goroutines.entrySet());
        program.goroutines.clear();
        program.goroutines.put("main", order.stream().filter(e -> e.getKey().equals("main")).findFirst().orElseThrow().getValue());
        order.stream().filter(e -> !e.getKey().equals("main")).forEach(e -> program.goroutines.put(e.getKey(), e.getValue()));
    }

    /**
     * True if the program prints as export-go prints to several sinks: every {@code fmt.Println}
     * is {@code fmt.Println("name:", v)}, with at least two names. Otherwise all prints go to one
     * sink, and their strings are left out.
     */
    private static boolean sinkPrefixes(SourceFileContext file) {
        Set<String> names = new HashSet<>();
        boolean[] other = {false};
        file.accept(new org.interleave.gobridge.parse.GoSubsetBaseVisitor<Void>() {
            @Override
            public Void visitCallExpr(CallExprContext c) {
                if (c.primaryExpr().getText().startsWith("fmt.Print")) {
                    String first = c.argument().isEmpty() ? "" : c.argument(0).getText();
                    if (c.argument().size() == 2 && first.matches("\"[A-Za-z_][A-Za-z0-9_]*:\"")) {
                        names.add(first);
                    } else {
                        other[0] = true;
                    }
                }
                return visitChildren(c);
            }
        });
        return !other[0] && names.size() >= 2;
    }

    /**
     * {@code go f()}, {@code go f(0)} or {@code for i := 0; i < N; i++ { go f(i) }} as main's first
     * statements start f as N goroutines before main's first op: an auto goroutine part with count
     * N and the local {@code id} (what export-go writes for one). Returns how many statements that
     * covers. A function started anywhere else stays a template that go ops start, and so does one
     * that a program with an {@code //interleave:auto} line does not name there.
     */
    private int autoPrelude(List<StatementContext> body, SourceFileContext file) {
        Map<String, Integer> sites = new HashMap<>();
        file.accept(new org.interleave.gobridge.parse.GoSubsetBaseVisitor<Void>() {
            @Override
            public Void visitGoStmt(GoStmtContext g) {
                String f = calleeName(g.expression());
                if (f != null) {
                    sites.merge(f, 1, Integer::sum);
                }
                return visitChildren(g);
            }
        });
        int k = 0;
        for (; k < body.size(); k++) {
            StatementContext s = body.get(k);
            String f = null;
            int count = 0;
            if (s instanceof GoStmtContext g) {
                f = autoTarget(g.expression(), null);
                count = 1;
            } else if (s instanceof ForStmtAltContext fa && fa.forStmt().forClause() != null) {
                ForStmtContext loop = fa.forStmt();
                ForClauseContext c = loop.forClause();
                List<StatementContext> inner = statements(loop.block().statementList());
                String counter = canonicalCounter(c);
                GoValue bound = counter == null ? null : names.constOrNull(((CompareContext) c.expression()).expression(1));
                if (bound != null && bound.kind() == GoValue.Kind.INT && bound.constant() > 1 && bound.constant() <= 64
                        && inner.size() == 1 && inner.get(0) instanceof GoStmtContext g) {
                    f = autoTarget(g.expression(), counter);
                    count = (int) bound.constant();
                }
            }
            if (f == null || sites.getOrDefault(f, 0) != 1 || autoCounts.containsKey(f)
                    || (program.autoStarted != null && !program.autoStarted.contains(f)) || !program.reserve(f)) {
                break;
            }
            autoCounts.put(f, count);
        }
        for (Map.Entry<String, Integer> e : autoCounts.entrySet()) {
            FunctionDeclContext f = program.functions.get(e.getKey());
            Frame frame = new Frame(e.getKey());
            frame.reserve("id");
            Fn fn = new Fn(e.getKey(), false, false);
            Scope scope = new Scope(pkg, true);
            List<String> params = paramNames(f.signature().parameters());
            if (!params.isEmpty()) {
                scope.put(params.get(0), new GoBinding.Local(e.getKey(), "id", ValueType.INT, null));
            }
            Ctx ctx = new Ctx(frame, fn, scope, e.getValue() == 1, 0, true);
            functions.inProgress.add(e.getKey());
            List<Op> ops = statements.body(f.block(), ctx, fn);
            functions.inProgress.remove(e.getKey());
            program.goroutines.put(e.getKey(), new Part.Goroutine(e.getKey(), Part.Start.AUTO, e.getValue(), ops, null, Layout.NONE));
        }
        return autoCounts.size() == 0 ? 0 : k;
    }

    /** The function {@code go f()} or {@code go f(arg)} starts, when f takes no parameter or one int fed {@code arg} (or 0 when null). */
    private String autoTarget(ExpressionContext e, String arg) {
        String name = calleeName(e);
        if (name == null || !(pkg.get(name) instanceof GoBinding.Func func)) {
            return null;
        }
        List<ParameterDeclContext> params = func.decl().signature().parameters().parameterDecl();
        if (func.decl().signature().result() != null) {
            return null;
        }
        List<ArgumentContext> args = callArgs(e);
        if (args.isEmpty() && params.isEmpty()) {
            return name;
        }
        if (args.size() != 1 || params.size() != 1 || params.get(0).identList() == null
                || params.get(0).identList().IDENT().size() != 1 || !isIntType(params.get(0).type_())) {
            return null;
        }
        String text = args.get(0).getText();
        return text.equals(arg == null ? "0" : arg) ? name : null;
    }

    /** The counter of {@code for i := 0; i < N; i++}, or null for a loop of another shape. */
    private static String canonicalCounter(ForClauseContext c) {
        if (!(c.init instanceof ShortVarDeclContext init) || init.identList().IDENT().size() != 1
                || init.expressionList().expression().size() != 1
                || !init.expressionList().expression(0).getText().equals("0")) {
            return null;
        }
        String i = init.identList().IDENT(0).getText();
        if (!(c.expression() instanceof CompareContext cmp) || cmp.op.getType() != org.interleave.gobridge.parse.GoSubsetParser.LT
                || !cmp.expression(0).getText().equals(i)) {
            return null;
        }
        if (!(c.post instanceof IncDecStmtContext post) || post.INC() == null || !post.expression().getText().equals(i)) {
            return null;
        }
        return i;
    }

    private void init(FunctionDeclContext init) {
        for (StatementContext s : statements(init.block().statementList())) {
            String problem = "func init may only give package-level variables their first values (x = 5, n.Store(5))";
            if (s instanceof SimpleStmtAltContext simple && simple.simpleStmt() instanceof AssignStmtContext a
                    && a.assignOp().ASSIGN() != null && a.expressionList(0).expression().size() == 1) {
                GoBinding b = pkg.get(a.expressionList(0).expression(0).getText());
                GoValue v = names.constOrNull(a.expressionList(1).expression(0));
                if (b instanceof GoBinding.Shared sh && v != null && (v.kind() == GoValue.Kind.INT || v.kind() == GoValue.Kind.BOOL)) {
                    program.add(new Part.Var(sh.part(), v.constant(), Layout.NONE));
                    continue;
                }
                throw refuse(s.getStart(), problem);
            }
            if (s instanceof SimpleStmtAltContext simple && simple.simpleStmt() instanceof ExprStmtContext es) {
                ExpressionContext call = es.expression();
                List<ArgumentContext> args = callArgs(call);
                String method = methodName(call);
                GoBinding target = method == null ? null : pkg.get(receiverText(call));
                if (target instanceof GoBinding.Atomic at && method.equals("Store") && args.size() == 1) {
                    GoValue v = names.constOrNull(args.get(0).expression());
                    if (v != null && v.kind() == GoValue.Kind.INT) {
                        program.add(new Part.Atomic(at.part(), v.constant(), Layout.NONE));
                        continue;
                    }
                }
            }
            throw refuse(s.getStart(), problem);
        }
    }
}
