package org.interleave.gobridge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.interleave.engine.expr.BinaryOp;
import org.interleave.engine.expr.Expr;
import org.interleave.engine.expr.UnaryOp;
import org.interleave.engine.expr.ValueType;
import org.interleave.engine.model.Layout;
import org.interleave.engine.model.Op;
import org.interleave.engine.model.Part;
import org.interleave.engine.model.Src;
import org.interleave.gobridge.GoBinding.Scope;
import org.interleave.gobridge.GoProgram.Frame;
import org.interleave.gobridge.GoProgram.Refusal;
import org.interleave.gobridge.GoProgram.Restart;
import org.interleave.gobridge.parse.GoSubsetParser.*;

/**
 * Translates the statements of a parsed Go program into the ops of a design (see {@link GoImporter}
 * for the subset). Calls are inlined, each {@code go} statement starts a goroutine template, and
 * every construct outside the subset is refused with what is supported instead.
 */
final class GoTranslator {
    static final Map<String, String> IMPORTS = Map.of("fmt", "fmt", "sync", "sync", "sync/atomic", "atomic",
            "time", "time", "context", "context");
    private static final Set<String> INT_TYPES = Set.of("int", "int64", "int32");
    private static final Set<String> SYNC_TYPES = Set.of("Mutex", "RWMutex", "WaitGroup", "Once");
    static final String SUBSET = "see the README's import-go subset";

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

    /** A template started by go statements: the function and the parts its resource parameters are bound to. */
    private record TemplateKey(String function, List<String> resources) {}

    private final GoProgram program;
    private final Scope pkg = new Scope(null, false);
    private final Map<TemplateKey, String> templates = new HashMap<>();
    private final Set<String> inProgress = new HashSet<>();
    private final List<String> inlining = new ArrayList<>();
    private final Map<String, Integer> autoCounts = new LinkedHashMap<>();
    private final Set<String> makesResources = new HashSet<>();
    private boolean sinkPrefixes;

    GoTranslator(GoProgram program) {
        this.program = program;
    }

    // ---------------------------------------------------------------- the file

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
                declaration(d.declaration(), null, pkg, GoProgram.ops());
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
            statement(body.get(i), ctx, ops);
        }
        runDefers(fn, ctx, ops);
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
     * covers. A function started anywhere else stays a template that go ops start.
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
                GoValue bound = counter == null ? null : constOrNull(((CompareContext) c.expression()).expression(1));
                if (bound != null && bound.kind() == GoValue.Kind.INT && bound.constant() > 1 && bound.constant() <= 64
                        && inner.size() == 1 && inner.get(0) instanceof GoStmtContext g) {
                    f = autoTarget(g.expression(), counter);
                    count = (int) bound.constant();
                }
            }
            if (f == null || sites.getOrDefault(f, 0) != 1 || autoCounts.containsKey(f) || !program.reserve(f)) {
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
            inProgress.add(e.getKey());
            List<Op> ops = body(f.block(), ctx, fn);
            inProgress.remove(e.getKey());
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
                GoValue v = constOrNull(a.expressionList(1).expression(0));
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
                    GoValue v = constOrNull(args.get(0).expression());
                    if (v != null && v.kind() == GoValue.Kind.INT) {
                        program.add(new Part.Atomic(at.part(), v.constant(), Layout.NONE));
                        continue;
                    }
                }
            }
            throw refuse(s.getStart(), problem);
        }
    }

    // ---------------------------------------------------------------- declarations

    private void declaration(DeclarationContext d, Ctx ctx, Scope scope, List<Op> out) {
        if (d.typeDecl() != null) {
            throw refuse(d.getStart(), "type declarations are not in the subset: use int, bool, channels and the sync, atomic and context types");
        }
        if (d.constDecl() != null) {
            for (ConstSpecContext spec : d.constDecl().constSpec()) {
                if (spec.expressionList() == null) {
                    throw refuse(spec.getStart(), "a constant needs a value (iota is not in the subset)");
                }
                if (spec.identList().IDENT().size() != spec.expressionList().expression().size()) {
                    throw refuse(spec.getStart(), "give each constant its own value");
                }
                for (int i = 0; i < spec.identList().IDENT().size(); i++) {
                    ExpressionContext e = spec.expressionList().expression(i);
                    GoValue v = constOrNull(e, scope);
                    if (v == null) {
                        throw refuse(e.getStart(), "constant " + spec.identList().IDENT(i).getText()
                                + ": the subset's constants are ints, bools and durations");
                    }
                    scope.put(spec.identList().IDENT(i).getText(), new GoBinding.Const(v));
                }
            }
            return;
        }
        for (VarSpecContext spec : d.varDecl().varSpec()) {
            List<Token> names = spec.identList().IDENT().stream().map(t -> t.getSymbol()).toList();
            List<ExpressionContext> values = spec.expressionList() == null ? List.of() : spec.expressionList().expression();
            if (values.size() == 1 && names.size() == 2) {
                pairDeclaration(names, values.get(0), ctx, scope, out);
                continue;
            }
            if (!values.isEmpty() && values.size() != names.size()) {
                throw refuse(spec.getStart(), "give each variable its own value");
            }
            for (int i = 0; i < names.size(); i++) {
                declare(names.get(i), spec.type_(), values.isEmpty() ? null : values.get(i), ctx, scope, out);
            }
        }
    }

    /**
     * Declares {@code name} (of the written {@code type}, or of {@code value}'s type): a local, a
     * shared variable (a package-level one, or a local some goroutine's function literal uses), or
     * a new part.
     */
    private void declare(Token name, Type_Context type, ExpressionContext value, Ctx ctx, Scope scope, List<Op> out) {
        String goName = name.getText();
        if (type != null && value == null) {
            declareZero(name, type, ctx, scope, out);
            return;
        }
        GoBinding made = resource(value, goName, ctx);
        if (made != null) {
            scope.put(goName, made);
            return;
        }
        if (value != null && isAlias(value, ctx == null ? scope : ctx.scope())) {
            scope.put(goName, lookup(value.getStart(), value.getText(), ctx == null ? scope : ctx.scope(), ctx));
            return;
        }
        if (type != null && !isIntType(type) && !type.getText().equals("bool")) {
            throw refuse(type.getStart(), "variable " + goName + " of type " + type.getText() + ": " + typeHint());
        }
        boolean atomicUse = program.atomicDecls.contains(GoProgram.declKey(name));
        List<Op> pre = GoProgram.ops();
        Ctx valueCtx = ctx == null ? null : ctx;
        GoValue v = ctx == null ? constOrRefuse(value, "a package-level variable's first value must be a constant")
                : expr(value, valueCtx, pre);
        if (type != null) {
            v = convert(v, type, value);
        }
        if (v.kind() != GoValue.Kind.INT && v.kind() != GoValue.Kind.BOOL) {
            throw refuse(value.getStart(), "variable " + goName + ": the subset's variables are int and bool");
        }
        boolean shared = ctx == null || program.sharedDecls.contains(GoProgram.declKey(name)) || atomicUse;
        if (!shared) {
            out.addAll(pre);
            String local = ctx.frame().local(goName);
            out.add(new Op.Let(GoProgram.src(value), local, v.toExpr()));
            scope.put(goName, new GoBinding.Local(ctx.frame().template, local, v.type(), GoProgram.declKey(name)));
            return;
        }
        if (ctx != null && !ctx.unique()) {
            throw refuse(name, "variable " + goName + " is shared with a goroutine but declared in a loop or a goroutine started many times:"
                    + " each run of the declaration makes a new variable; declare it once, in main or at package level");
        }
        String id = program.partId(goName);
        if (atomicUse) {
            if (v.kind() != GoValue.Kind.INT || !v.isConstant()) {
                throw refuse(value.getStart(), "atomic variable " + goName + " needs a constant int as its first value");
            }
            program.add(new Part.Atomic(id, v.constant(), Layout.NONE));
            scope.put(goName, new GoBinding.Atomic(id, true, false));
            return;
        }
        boolean bool = v.kind() == GoValue.Kind.BOOL;
        if (v.isConstant()) {
            program.add(new Part.Var(id, v.constant(), Layout.NONE));
        } else {
            program.add(new Part.Var(id, 0, Layout.NONE));
            out.addAll(pre);
            write(id, bool, v, GoProgram.src(value), out);
        }
        scope.put(goName, new GoBinding.Shared(id, bool, GoProgram.declKey(name)));
    }

    /** {@code var x T} with no value: the zero value of T. */
    private void declareZero(Token name, Type_Context type, Ctx ctx, Scope scope, List<Op> out) {
        String goName = name.getText();
        String t = type.getText();
        if (isIntType(type) || t.equals("bool")) {
            ExpressionContext none = null;
            boolean atomicUse = program.atomicDecls.contains(GoProgram.declKey(name));
            boolean shared = ctx == null || program.sharedDecls.contains(GoProgram.declKey(name)) || atomicUse;
            if (!shared) {
                String local = ctx.frame().local(goName);
                out.add(new Op.Let(new Src(null, name.getLine(), name.getCharPositionInLine() + 1), local,
                        t.equals("bool") ? new Expr.BoolLit(false) : new Expr.IntLit(0)));
                scope.put(goName, new GoBinding.Local(ctx.frame().template, local,
                        t.equals("bool") ? ValueType.BOOL : ValueType.INT, GoProgram.declKey(name)));
                return;
            }
            requireUnique(name, ctx, goName);
            String id = program.partId(goName);
            if (atomicUse) {
                if (t.equals("bool")) {
                    throw refuse(name, "atomic bool " + goName + ": the subset's atomics are Int32 and Int64");
                }
                program.add(new Part.Atomic(id, 0, Layout.NONE));
                scope.put(goName, new GoBinding.Atomic(id, true, false));
            } else {
                program.add(new Part.Var(id, 0, Layout.NONE));
                scope.put(goName, new GoBinding.Shared(id, t.equals("bool"), GoProgram.declKey(name)));
            }
            return;
        }
        String sync = syncType(type);
        if (sync != null && !t.startsWith("*")) {
            requireUnique(name, ctx, goName);
            scope.put(goName, new GoBinding.Sync(newSync(goName, sync), sync, false));
            return;
        }
        if (t.equals("atomic.Int64") || t.equals("atomic.Int32")) {
            requireUnique(name, ctx, goName);
            String id = program.partId(goName);
            program.add(new Part.Atomic(id, 0, Layout.NONE));
            scope.put(goName, new GoBinding.Atomic(id, false, false));
            return;
        }
        GoBinding.Elem elem = chanElem(type);
        if (elem != null) {
            requireUnique(name, ctx, goName);
            String id = program.partId(goName);
            program.add(new Part.Channel(id, 0, true, Layout.NONE));
            scope.put(goName, new GoBinding.Channel(id, elem));
            return;
        }
        throw refuse(type.getStart(), "variable " + goName + " of type " + t + ": " + typeHint());
    }

    private void requireUnique(Token name, Ctx ctx, String goName) {
        if (ctx != null && !ctx.unique()) {
            throw refuse(name, goName + " is declared in a loop or in a goroutine started many times, so each run makes a new one;"
                    + " the subset needs channels, locks, wait groups, contexts and shared variables declared once (in main or at package level)");
        }
        if (ctx != null) {
            makesResources.add(ctx.frame().template);
        }
    }

    private String newSync(String goName, String type) {
        String id = program.partId(goName);
        program.add(switch (type) {
            case "Mutex" -> new Part.Mutex(id, Layout.NONE);
            case "RWMutex" -> new Part.RwMutex(id, Layout.NONE);
            case "WaitGroup" -> new Part.WaitGroup(id, Layout.NONE);
            default -> new Part.Once(id, Layout.NONE);
        });
        return id;
    }

    private static String typeHint() {
        return "the subset's types are int, int32, int64, bool, chan int/bool/struct{}, sync.Mutex, sync.RWMutex,"
                + " sync.WaitGroup, sync.Once, atomic.Int32, atomic.Int64 and context.Context";
    }

    /** A value that makes a part: {@code make(chan T, n)}, {@code sync.Mutex{}}, {@code new(sync.WaitGroup)}, {@code context.Background()}. */
    private GoBinding resource(ExpressionContext value, String goName, Ctx ctx) {
        if (value == null) {
            return null;
        }
        ExpressionContext e = stripParens(value);
        String callee = calleeText(e);
        if ("make".equals(callee)) {
            List<ArgumentContext> args = callArgs(e);
            Type_Context t = args.isEmpty() ? null : argType(args.get(0));
            GoBinding.Elem elem = t == null ? null : chanElem(t);
            if (elem == null) {
                throw refuse(e.getStart(), "make(" + (args.isEmpty() ? "" : args.get(0).getText())
                        + "): the subset makes only channels: make(chan int), make(chan bool, 3), make(chan struct{})");
            }
            long cap = 0;
            if (args.size() == 2) {
                GoValue c = constOrNull(args.get(1).expression(), ctx == null ? pkg : ctx.scope());
                if (c == null || c.kind() != GoValue.Kind.INT || c.constant() < 0 || c.constant() > 1000) {
                    throw refuse(args.get(1).getStart(), "channel capacity " + args.get(1).getText()
                            + ": the subset needs a constant capacity from 0 to 1000");
                }
                cap = c.constant();
            }
            requireUnique(value.getStart(), ctx, goName);
            String id = program.partId(goName);
            program.add(new Part.Channel(id, (int) cap, false, Layout.NONE));
            return new GoBinding.Channel(id, elem);
        }
        if ("new".equals(callee)) {
            List<ArgumentContext> args = callArgs(e);
            Type_Context t = args.size() == 1 ? argType(args.get(0)) : null;
            String sync = t == null ? null : syncType(t);
            if (sync != null) {
                requireUnique(value.getStart(), ctx, goName);
                return new GoBinding.Sync(newSync(goName, sync), sync, true);
            }
            if (t != null && (t.getText().equals("atomic.Int64") || t.getText().equals("atomic.Int32"))) {
                requireUnique(value.getStart(), ctx, goName);
                String id = program.partId(goName);
                program.add(new Part.Atomic(id, 0, Layout.NONE));
                return new GoBinding.Atomic(id, false, true);
            }
            throw refuse(e.getStart(), "new(" + (args.isEmpty() ? "" : args.get(0).getText()) + "): " + typeHint());
        }
        if (e instanceof UnaryContext u && u.op.getType() == org.interleave.gobridge.parse.GoSubsetParser.AMP
                && stripParens(u.expression()) instanceof PrimaryContext p && p.primaryExpr() instanceof OperandExprContext o
                && o.operand() instanceof CompositeLitContext) {
            throw refuse(e.getStart(), "composite literal " + e.getText() + ": declare it as var " + goName + " sync.WaitGroup (or Mutex, ...)");
        }
        if (e instanceof PrimaryContext p && p.primaryExpr() instanceof OperandExprContext o && o.operand() instanceof CompositeLitContext c) {
            throw refuse(c.getStart(), "composite literal " + c.getText() + ": slices, arrays, maps and structs are not in the subset");
        }
        if ("context.Background".equals(callee) || "context.TODO".equals(callee)) {
            requireUnique(value.getStart(), ctx, goName);
            String id = program.partId(goName);
            program.add(new Part.Context(id, null, 0, Layout.NONE));
            return new GoBinding.Context(id);
        }
        if (callee != null && callee.startsWith("context.")) {
            throw refuse(e.getStart(), callee + " returns two values: write ctx, cancel := " + callee + "(...)");
        }
        if ("time.After".equals(callee) || "time.Tick".equals(callee) || "time.NewTimer".equals(callee)) {
            throw refuse(e.getStart(), callee + " kept in a variable: the subset supports case <-time.After(d) in a select and time.Sleep(d)");
        }
        if (e instanceof PrimaryContext p && p.primaryExpr() instanceof OperandExprContext o && o.operand() instanceof FuncLitContext) {
            throw refuse(e.getStart(), "a function literal kept in a variable: declare a function at package level and call it");
        }
        return null;
    }

    /** {@code ctx, cancel := context.WithCancel(parent)} / {@code WithTimeout(parent, d)}, or {@code v, ok := <-ch}. */
    private void pairDeclaration(List<Token> names, ExpressionContext value, Ctx ctx, Scope scope, List<Op> out) {
        ExpressionContext e = stripParens(value);
        String callee = calleeText(e);
        if ("context.WithCancel".equals(callee) || "context.WithTimeout".equals(callee)) {
            List<ArgumentContext> args = callArgs(e);
            boolean timeout = callee.endsWith("Timeout");
            if (args.size() != (timeout ? 2 : 1)) {
                throw refuse(e.getStart(), callee + " takes " + (timeout ? "a parent and a duration" : "a parent"));
            }
            String parent = null;
            ExpressionContext p = stripParens(args.get(0).expression());
            String pc = p == null ? null : calleeText(p);
            if (!"context.Background".equals(pc) && !"context.TODO".equals(pc)) {
                GoBinding b = p == null ? null : lookup(p.getStart(), p.getText(), ctx == null ? scope : ctx.scope(), ctx);
                if (!(b instanceof GoBinding.Context c)) {
                    throw refuse(args.get(0).getStart(), "parent context " + args.get(0).getText()
                            + ": use context.Background() or a context made earlier");
                }
                parent = c.part();
            }
            long ticks = 0;
            if (timeout) {
                ticks = duration(args.get(1).expression(), ctx == null ? scope : ctx.scope());
            }
            requireUnique(names.get(0), ctx, names.get(0).getText());
            String id = program.partId(names.get(0).getText());
            program.add(new Part.Context(id, parent, ticks, Layout.NONE));
            scope.put(names.get(0).getText(), new GoBinding.Context(id));
            scope.put(names.get(1).getText(), new GoBinding.Cancel(id));
            return;
        }
        if ("context.WithDeadline".equals(callee)) {
            throw refuse(e.getStart(), "context.WithDeadline: use context.WithTimeout(parent, d), which the subset supports");
        }
        if (ctx != null && e instanceof UnaryContext u && u.op.getType() == org.interleave.gobridge.parse.GoSubsetParser.ARROW) {
            GoBinding.Channel ch = channel(u.expression(), ctx);
            String to = names.get(0).getText().equals("_") ? null : declareLocal(names.get(0), ch.elem() == GoBinding.Elem.BOOL
                    ? ValueType.BOOL : ValueType.INT, ctx, scope);
            String ok = names.get(1).getText().equals("_") ? null : declareLocal(names.get(1), ValueType.BOOL, ctx, scope);
            receive(ch, to, ok, GoProgram.src(value), ctx, out);
            return;
        }
        throw refuse(value.getStart(), "two variables from " + value.getText()
                + ": the subset declares two at once only for v, ok := <-ch and ctx, cancel := context.WithCancel/WithTimeout(...)");
    }

    /** Declares a new local (refusing one that goroutines share: that needs a shared variable, declared with a value). */
    private String declareLocal(Token name, ValueType type, Ctx ctx, Scope scope) {
        if (program.sharedDecls.contains(GoProgram.declKey(name)) || program.atomicDecls.contains(GoProgram.declKey(name))) {
            throw refuse(name, name.getText() + " is shared with a goroutine: declare it first (var " + name.getText()
                    + " int), then assign it");
        }
        String local = ctx.frame().local(name.getText());
        scope.put(name.getText(), new GoBinding.Local(ctx.frame().template, local, type, GoProgram.declKey(name)));
        return local;
    }

    // ---------------------------------------------------------------- statements

    private List<Op> body(BlockContext block, Ctx ctx, Fn fn) {
        List<Op> ops = GoProgram.ops();
        for (StatementContext s : statements(block.statementList())) {
            statement(s, ctx, ops);
        }
        runDefers(fn, ctx, ops);
        return ops;
    }

    private void block(BlockContext block, Ctx ctx, List<Op> out) {
        for (StatementContext s : statements(block.statementList())) {
            statement(s, ctx, out);
        }
    }

    static List<StatementContext> statements(StatementListContext list) {
        return list == null ? List.of() : list.statement();
    }

    private void runDefers(Fn fn, Ctx ctx, List<Op> out) {
        for (int i = fn.defers.size() - 1; i >= 0; i--) {
            Deferred d = fn.defers.get(i);
            call(d.call(), new Ctx(ctx.frame(), fn, d.scope(), ctx.unique(), ctx.depth(), false), out, true);
        }
    }

    private void statement(StatementContext s, Ctx ctx, List<Op> out) {
        switch (s) {
            case DeclStmtContext d -> declaration(d.declaration(), ctx, ctx.scope(), out);
            case SimpleStmtAltContext simple -> simpleStatement(simple.simpleStmt(), ctx, out);
            case GoStmtContext g -> go(g, ctx, out);
            case DeferStmtContext d -> defer(d, ctx);
            case ReturnStmtContext r -> {
                if (r.expressionList() != null) {
                    throw refuse(r.getStart(), "return with a value: the subset's functions return nothing");
                }
                if (ctx.fn().inline && ctx.depth() > 0) {
                    throw refuse(r.getStart(), "return inside a loop or select of " + ctx.fn().name
                            + ", which is inlined where it is called: return from its top level, or start it with go");
                }
                runDefers(ctx.fn(), ctx, out);
                out.add(ctx.fn().inline ? new Op.Break(GoProgram.src(r)) : new Op.Return(GoProgram.src(r)));
            }
            case BreakStmtContext b -> {
                if (b.IDENT() != null) {
                    throw refuse(b.getStart(), "break " + b.IDENT().getText() + ": labels are not in the subset");
                }
                out.add(new Op.Break(GoProgram.src(b)));
            }
            case ContinueStmtContext c -> {
                if (c.IDENT() != null) {
                    throw refuse(c.getStart(), "continue " + c.IDENT().getText() + ": labels are not in the subset");
                }
                out.add(new Op.Continue(GoProgram.src(c)));
            }
            case BlockStmtContext b -> block(b.block(), ctx.nested(), out);
            case IfStmtAltContext i -> ifStatement(i.ifStmt(), ctx, out);
            case ForStmtAltContext f -> forStatement(f.forStmt(), ctx, out);
            case SelectStmtAltContext sel -> select(sel.selectStmt(), ctx, out);
            case SwitchStmtAltContext sw -> throw refuse(sw.getStart(), "switch is not in the subset: write if / else if / else");
            case LabeledStmtContext l -> throw refuse(l.getStart(), "label " + l.IDENT().getText() + ": labels are not in the subset");
            case GotoStmtContext g -> throw refuse(g.getStart(), "goto is not in the subset: use for, break and continue");
            case FallthroughStmtContext f -> throw refuse(f.getStart(), "fallthrough is not in the subset");
            default -> throw refuse(s.getStart(), "statement " + s.getText() + " is not in the subset");
        }
    }

    private void simpleStatement(SimpleStmtContext s, Ctx ctx, List<Op> out) {
        switch (s) {
            case SendStmtContext send -> {
                GoBinding.Channel ch = channel(send.expression(0), ctx);
                GoValue v = expr(send.expression(1), ctx, out);
                send(ch, v, send.expression(1), GoProgram.src(send), out);
            }
            case IncDecStmtContext inc -> {
                long by = inc.INC() != null ? 1 : -1;
                GoBinding target = target(inc.expression(), ctx);
                switch (target) {
                    case GoBinding.Local l when l.type() == ValueType.INT -> out.add(new Op.Let(GoProgram.src(inc), l.name(),
                            new Expr.Binary(BinaryOp.ADD, new Expr.Local(l.name()), new Expr.IntLit(by))));
                    case GoBinding.Shared sh when !sh.bool() -> out.add(new Op.Inc(GoProgram.src(inc), sh.part(), new Expr.IntLit(by)));
                    default -> throw refuse(inc.getStart(), inc.getText() + ": ++ and -- work on int variables"
                            + (target instanceof GoBinding.Atomic ? "; an atomic counts with Add(1)" : ""));
                }
            }
            case AssignStmtContext a -> assign(a, ctx, out);
            case ShortVarDeclContext d -> {
                List<Token> names = d.identList().IDENT().stream().map(t -> t.getSymbol()).toList();
                List<ExpressionContext> values = d.expressionList().expression();
                if (values.size() == 1 && names.size() == 2) {
                    pairDeclaration(names, values.get(0), ctx, ctx.scope(), out);
                    return;
                }
                if (values.size() != names.size()) {
                    throw refuse(d.getStart(), "give each variable its own value (" + d.getText() + ")");
                }
                for (int i = 0; i < names.size(); i++) {
                    if (ctx.scope().declaresHere(names.get(i).getText())) {
                        assignTo(names.get(i), ctx.scope().get(names.get(i).getText()), values.get(i), ctx, out);
                    } else {
                        declare(names.get(i), null, values.get(i), ctx, ctx.scope(), out);
                    }
                }
            }
            case ExprStmtContext e -> call(e.expression(), ctx, out, false);
            default -> throw refuse(s.getStart(), s.getText() + " is not in the subset");
        }
    }

    private void assign(AssignStmtContext a, Ctx ctx, List<Op> out) {
        List<ExpressionContext> left = a.expressionList(0).expression();
        List<ExpressionContext> right = a.expressionList(1).expression();
        String op = a.assignOp().getText();
        if (left.size() == 2 && right.size() == 1 && op.equals("=")) {
            ExpressionContext e = stripParens(right.get(0));
            if (e instanceof UnaryContext u && u.op.getType() == org.interleave.gobridge.parse.GoSubsetParser.ARROW) {
                GoBinding.Channel ch = channel(u.expression(), ctx);
                String to = localTarget(left.get(0), ch.elem() == GoBinding.Elem.BOOL ? ValueType.BOOL : ValueType.INT, ctx);
                String ok = localTarget(left.get(1), ValueType.BOOL, ctx);
                receive(ch, to, ok, GoProgram.src(a), ctx, out);
                return;
            }
        }
        if (op.equals("=") && left.size() == right.size() && left.stream().allMatch(l -> l.getText().equals("_"))) {
            for (ExpressionContext r : right) {
                expr(r, ctx, out);  // _ = v only evaluates v: its reads and receives happen
            }
            return;
        }
        if (left.size() != 1 || right.size() != 1) {
            throw refuse(a.getStart(), "assignment of several variables at once: assign one per statement");
        }
        ExpressionContext lhs = left.get(0);
        if (lhs.getText().equals("_")) {
            List<Op> pre = GoProgram.ops();
            expr(right.get(0), ctx, pre);
            out.addAll(pre);
            return;
        }
        GoBinding target = target(lhs, ctx);
        if (op.equals("=")) {
            assignTo(lhs.getStart(), target, right.get(0), ctx, out);
            return;
        }
        BinaryOp bop = switch (op) {
            case "+=" -> BinaryOp.ADD;
            case "-=" -> BinaryOp.SUB;
            case "*=" -> BinaryOp.MUL;
            case "/=" -> BinaryOp.DIV;
            case "%=" -> BinaryOp.MOD;
            default -> throw refuse(a.assignOp().getStart(), op + ": bit operators are not in the subset; use + - * / %");
        };
        List<Op> pre = GoProgram.ops();
        GoValue v = expr(right.get(0), ctx, pre);
        if (v.kind() != GoValue.Kind.INT) {
            throw refuse(right.get(0).getStart(), op + " needs an int");
        }
        switch (target) {
            case GoBinding.Local l when l.type() == ValueType.INT -> {
                out.addAll(pre);
                out.add(new Op.Let(GoProgram.src(a), l.name(), new Expr.Binary(bop, new Expr.Local(l.name()), v.toExpr())));
            }
            case GoBinding.Shared sh when !sh.bool() && (bop == BinaryOp.ADD || bop == BinaryOp.SUB) -> {
                out.addAll(pre);
                Expr n = bop == BinaryOp.ADD ? v.toExpr() : GoValue.unary(UnaryOp.NEG, v).toExpr();
                out.add(new Op.Inc(GoProgram.src(a), sh.part(), n));
            }
            case GoBinding.Shared sh when !sh.bool() -> {
                String tmp = ctx.frame().local(sh.part() + "_v");
                out.add(new Op.Read(GoProgram.src(a), sh.part(), tmp));
                out.addAll(pre);
                out.add(new Op.Write(GoProgram.src(a), sh.part(), new Expr.Binary(bop, new Expr.Local(tmp), v.toExpr())));
            }
            default -> throw refuse(lhs.getStart(), op + " on " + lhs.getText() + ": it works on int variables");
        }
    }

    /** {@code x = value} for a local or a shared variable. */
    private void assignTo(Token at, GoBinding target, ExpressionContext value, Ctx ctx, List<Op> out) {
        ExpressionContext e = stripParens(value);
        if (target instanceof GoBinding.Local l && e instanceof UnaryContext u
                && u.op.getType() == org.interleave.gobridge.parse.GoSubsetParser.ARROW) {
            GoBinding.Channel ch = channel(u.expression(), ctx);
            checkElem(ch, l.type(), value);
            receive(ch, l.name(), null, GoProgram.src(value), ctx, out);
            return;
        }
        List<Op> pre = GoProgram.ops();
        GoValue v = expr(value, ctx, pre);
        out.addAll(pre);
        switch (target) {
            case GoBinding.Local l -> {
                if (l.type() != v.type() || v.kind() == GoValue.Kind.DURATION || v.kind() == GoValue.Kind.UNIT) {
                    throw refuse(value.getStart(), "cannot assign " + value.getText() + " to " + at.getText());
                }
                out.add(new Op.Let(GoProgram.src(value), l.name(), v.toExpr()));
            }
            case GoBinding.Shared sh -> {
                if ((v.kind() == GoValue.Kind.BOOL) != sh.bool() || v.kind() == GoValue.Kind.DURATION || v.kind() == GoValue.Kind.UNIT) {
                    throw refuse(value.getStart(), "cannot assign " + value.getText() + " to " + at.getText());
                }
                write(sh.part(), sh.bool(), v, GoProgram.src(value), out);
            }
            default -> throw refuse(at, "cannot assign to " + at.getText() + ": the subset assigns int and bool variables");
        }
    }

    private void write(String part, boolean bool, GoValue v, Src src, List<Op> out) {
        if (!bool || v.isConstant()) {
            out.add(new Op.Write(src, part, bool ? new Expr.IntLit(v.constant()) : v.toExpr()));
        } else {
            out.add(new Op.If(src, v.toExpr(), List.of(new Op.Write(src, part, new Expr.IntLit(1))),
                    List.of(new Op.Write(src, part, new Expr.IntLit(0)))));
        }
    }

    /** The variable an assignment writes. */
    private GoBinding target(ExpressionContext lhs, Ctx ctx) {
        ExpressionContext e = stripParens(lhs);
        if (!(e instanceof PrimaryContext p && p.primaryExpr() instanceof OperandExprContext o && o.operand() instanceof NameContext n)) {
            throw refuse(lhs.getStart(), "assignment to " + lhs.getText() + ": the subset assigns variables only (no fields, elements or pointers)");
        }
        GoBinding b = lookup(n.getStart(), n.getText(), ctx.scope(), ctx);
        if (b instanceof GoBinding.Atomic a && a.function()) {
            throw refuse(lhs.getStart(), lhs.getText() + " is used atomically elsewhere; the subset needs every access to it atomic"
                    + " (atomic.StoreInt64(&" + lhs.getText() + ", v))");
        }
        return b;
    }

    /** The local that {@code v, ok = <-ch} assigns, or null for {@code _}. */
    private String localTarget(ExpressionContext e, ValueType type, Ctx ctx) {
        if (e.getText().equals("_")) {
            return null;
        }
        if (target(e, ctx) instanceof GoBinding.Local l && l.type() == type) {
            return l.name();
        }
        throw refuse(e.getStart(), "v, ok = <-ch assigns locals of the goroutine (int or bool); " + e.getText() + " is not one");
    }

    private void ifStatement(IfStmtContext i, Ctx outer, List<Op> out) {
        Ctx ctx = outer.nested();
        if (i.simpleStmt() != null) {
            simpleStatement(i.simpleStmt(), ctx, out);
        }
        GoValue cond = condition(i.expression(), ctx, out);
        List<Op> then = GoProgram.ops();
        block(i.block(0), ctx.nested(), then);
        List<Op> otherwise = GoProgram.ops();
        if (i.ifStmt() != null) {
            ifStatement(i.ifStmt(), ctx, otherwise);
        } else if (i.block().size() > 1) {
            block(i.block(1), ctx.nested(), otherwise);
        }
        out.add(new Op.If(GoProgram.src(i), cond.toExpr(), then, otherwise));
    }

    private GoValue condition(ExpressionContext e, Ctx ctx, List<Op> out) {
        GoValue cond = expr(e, ctx, out);
        if (cond.kind() != GoValue.Kind.BOOL) {
            throw refuse(e.getStart(), "condition " + e.getText() + " is not a bool");
        }
        return cond;
    }

    private void forStatement(ForStmtContext f, Ctx outer, List<Op> out) {
        Src src = GoProgram.src(f);
        if (f.rangeClause() != null) {
            range(f, outer, out);
            return;
        }
        if (f.forClause() == null) {
            Ctx ctx = outer.loop();
            if (f.expression() == null) {
                List<Op> body = GoProgram.ops();
                block(f.block(), ctx, body);
                out.add(new Op.Loop(src, body));
                return;
            }
            List<Op> pre = GoProgram.ops();
            GoValue cond = condition(f.expression(), ctx, pre);
            List<Op> body = GoProgram.ops();
            if (pre.isEmpty()) {
                block(f.block(), ctx, body);
                out.add(new Op.While(src, cond.toExpr(), body));
            } else {
                // The condition reads shared variables: read them at the head of every iteration.
                body.addAll(pre);
                body.add(new Op.If(src, GoStatements.negate(cond.toExpr()), List.of(new Op.Break(src)), List.of()));
                block(f.block(), ctx, body);
                out.add(new Op.Loop(src, body));
            }
            return;
        }
        ForClauseContext c = f.forClause();
        Ctx ctx = outer.loop();
        String counter = c.init instanceof ShortVarDeclContext sv && sv.identList().IDENT().size() >= 1
                ? sv.identList().IDENT(0).getText() : null;
        if (counter == null || !(c.post instanceof IncDecStmtContext post) || post.INC() == null
                || !post.expression().getText().equals(counter)
                || !(c.expression() instanceof CompareContext cmp)
                || (cmp.op.getType() != org.interleave.gobridge.parse.GoSubsetParser.LT
                    && cmp.op.getType() != org.interleave.gobridge.parse.GoSubsetParser.LE)
                || !cmp.expression(0).getText().equals(counter)) {
            throw refuse(f.getStart(), "for loop of this shape is not in the subset: write for i := a; i < b; i++ (or <=),"
                    + " for cond { }, for { } or for v := range ch");
        }
        ShortVarDeclContext init = (ShortVarDeclContext) c.init;
        if (assigns(f.block(), counter)) {
            throw refuse(f.getStart(), "the loop body assigns its counter " + counter
                    + ": the subset's counted loops leave the counter to the loop");
        }
        Ctx head = outer.nested();
        // Every variable of the init but the counter (for i, n := 0, N) is an ordinary local.
        Token counterName = init.identList().IDENT(0).getSymbol();
        List<ExpressionContext> values = init.expressionList().expression();
        if (values.size() != init.identList().IDENT().size()) {
            throw refuse(init.getStart(), "give each variable of the loop its own value");
        }
        for (int k = 1; k < values.size(); k++) {
            declare(init.identList().IDENT(k).getSymbol(), null, values.get(k), head, head.scope(), out);
        }
        List<Op> pre = GoProgram.ops();
        GoValue from = expr(values.get(0), head, pre);
        GoValue to = expr(cmp.expression(1), head, pre);
        if (from.kind() != GoValue.Kind.INT || to.kind() != GoValue.Kind.INT) {
            throw refuse(f.getStart(), "a counted loop counts ints");
        }
        if (!pre.isEmpty() || readsAssigned(cmp.expression(1), f.block(), head)) {
            throw refuse(cmp.expression(1).getStart(), "loop bound " + cmp.expression(1).getText()
                    + " changes while the loop runs: the subset needs a bound that is constant or a local the body does not assign");
        }
        if (program.sharedDecls.contains(GoProgram.declKey(counterName))) {
            throw refuse(counterName, "goroutine started in the loop uses its counter " + counter
                    + " (before Go 1.22 every iteration shares it): pass it as an argument, go func(" + counter + " int) {...}(" + counter + ")");
        }
        GoValue times = GoValue.binary(BinaryOp.SUB, to, from);
        if (cmp.op.getType() == org.interleave.gobridge.parse.GoSubsetParser.LE) {
            times = GoValue.binary(BinaryOp.ADD, times, GoValue.ofInt(1));
        }
        if (times.isConstant() && times.constant() > 10_000) {
            throw refuse(cmp.expression(1).getStart(), "loop of " + times.constant() + " iterations: the subset checks loops of at most 10000");
        }
        Ctx body = new Ctx(ctx.frame(), ctx.fn(), head.scope().child(), false, ctx.depth(), false);
        List<Op> ops = GoProgram.ops();
        String local;
        if (from.isConstant() && from.constant() == 0) {
            local = ctx.frame().local(counter);
        } else {
            String raw = ctx.frame().local(counter + "_n");
            local = ctx.frame().local(counter);
            ops.add(new Op.Let(src, local, GoValue.binary(BinaryOp.ADD, GoValue.of(new Expr.Local(raw), ValueType.INT), from).toExpr()));
            body.scope().put(counter, new GoBinding.Local(ctx.frame().template, local, ValueType.INT, GoProgram.declKey(counterName)));
            block(f.block(), body, ops);
            out.add(new Op.Repeat(src, times.isConstant() && times.constant() < 0 ? new Expr.IntLit(0) : times.toExpr(), raw, ops));
            return;
        }
        body.scope().put(counter, new GoBinding.Local(ctx.frame().template, local, ValueType.INT, GoProgram.declKey(counterName)));
        block(f.block(), body, ops);
        out.add(new Op.Repeat(src, times.isConstant() && times.constant() < 0 ? new Expr.IntLit(0) : times.toExpr(), local, ops));
    }

    /** True if {@code block} assigns the Go name {@code name} (by =, op=, ++ or --). */
    private static boolean assigns(ParseTree tree, String name) {
        if (tree instanceof AssignStmtContext a) {
            for (ExpressionContext e : a.expressionList(0).expression()) {
                if (e.getText().equals(name)) {
                    return true;
                }
            }
        }
        if (tree instanceof IncDecStmtContext i && i.expression().getText().equals(name)) {
            return true;
        }
        if (tree instanceof UnaryContext u && u.op.getType() == org.interleave.gobridge.parse.GoSubsetParser.AMP
                && u.expression().getText().equals(name)) {
            return true;
        }
        for (int k = 0; k < tree.getChildCount(); k++) {
            if (assigns(tree.getChild(k), name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean readsAssigned(ExpressionContext bound, BlockContext body, Ctx ctx) {
        Set<String> names = new HashSet<>();
        collectNames(bound, names);
        return names.stream().anyMatch(n -> assigns(body, n));
    }

    private static void collectNames(ParseTree t, Set<String> names) {
        if (t instanceof NameContext n) {
            names.add(n.getText());
        }
        for (int k = 0; k < t.getChildCount(); k++) {
            collectNames(t.getChild(k), names);
        }
    }

    private void range(ForStmtContext f, Ctx outer, List<Op> out) {
        RangeClauseContext r = f.rangeClause();
        Src src = GoProgram.src(f);
        GoBinding over = stripParens(r.expression()) instanceof PrimaryContext p && p.primaryExpr() instanceof OperandExprContext o
                && o.operand() instanceof NameContext ? lookup(r.expression().getStart(), r.expression().getText(), outer.scope(), outer) : null;
        if (!(over instanceof GoBinding.Channel ch)) {
            throw refuse(r.expression().getStart(), "range over " + r.expression().getText()
                    + ": the subset ranges over channels only (for v := range ch)");
        }
        Ctx ctx = outer.loop();
        List<Op> body = GoProgram.ops();
        String to = null;
        int vars = r.identList() != null ? r.identList().IDENT().size() : r.expressionList() != null ? r.expressionList().expression().size() : 0;
        if (vars > 1) {
            throw refuse(r.getStart(), "range over a channel gives one value: for v := range ch");
        }
        if (r.identList() != null && !r.identList().IDENT(0).getText().equals("_")) {
            Token name = r.identList().IDENT(0).getSymbol();
            if (ch.elem() == GoBinding.Elem.BOOL) {
                to = ctx.frame().local(name.getText() + "_n");
                String b = declareLocal(name, ValueType.BOOL, ctx, ctx.scope());
                body.add(new Op.Let(src, b, new Expr.Binary(BinaryOp.NE, new Expr.Local(to), new Expr.IntLit(0))));
            } else if (ch.elem() == GoBinding.Elem.UNIT) {
                throw refuse(name, "range over a chan struct{} gives no value worth naming: for range " + r.expression().getText());
            } else {
                to = declareLocal(name, ValueType.INT, ctx, ctx.scope());
            }
        } else if (r.expressionList() != null && !r.expressionList().expression(0).getText().equals("_")) {
            to = localTarget(r.expressionList().expression(0), ValueType.INT, ctx);
        }
        block(f.block(), ctx, body);
        out.add(new Op.Range(src, ch.part(), to, body));
    }

    private void select(SelectStmtContext s, Ctx outer, List<Op> out) {
        List<Op.Case> cases = new ArrayList<>();
        List<Op> otherwise = null;
        for (CommClauseContext clause : s.commClause()) {
            Ctx ctx = outer.breakable();
            List<Op> body = GoProgram.ops();
            CommCaseContext head = clause.commCase();
            java.util.function.Function<List<Op>, Op.Case> made;
            switch (head) {
                case DefaultCaseContext d -> {
                    block(clause.statementList(), ctx, body);
                    otherwise = body;
                    continue;
                }
                case SendCaseContext sc -> {
                    GoBinding.Channel ch = channel(sc.expression(0), ctx);
                    GoValue v = expr(sc.expression(1), ctx, out);
                    Expr value = sendValue(ch, v, sc.expression(1));
                    if (value == null) {
                        throw refuse(sc.expression(1).getStart(), "a select case sending a computed bool: send true or false");
                    }
                    made = ops -> new Op.SendCase(ch.part(), value, ops);
                }
                case RecvCaseContext rc -> made = receiveCase(rc.expression(), null, null, ctx, body);
                case RecvDeclareCaseContext rd -> {
                    List<Token> names = rd.identList().IDENT().stream().map(t -> t.getSymbol()).toList();
                    if (names.size() > 2) {
                        throw refuse(rd.getStart(), "a receive gives at most two values: v, ok := <-ch");
                    }
                    made = receiveCase(rd.expression(), names.get(0), names.size() > 1 ? names.get(1) : null, ctx, body);
                }
                case RecvAssignCaseContext ra -> {
                    List<ExpressionContext> targets = ra.expressionList().expression();
                    if (targets.size() > 2) {
                        throw refuse(ra.getStart(), "a receive gives at most two values: v, ok = <-ch");
                    }
                    ExpressionContext x = stripParens(ra.expression());
                    if (!(x instanceof UnaryContext u) || u.op.getType() != org.interleave.gobridge.parse.GoSubsetParser.ARROW) {
                        throw refuse(ra.getStart(), "case " + ra.getText() + ": a case sends or receives");
                    }
                    GoBinding.Channel ch = channel(u.expression(), ctx);
                    String to = localTarget(targets.get(0), ch.elem() == GoBinding.Elem.BOOL ? ValueType.BOOL : ValueType.INT, ctx);
                    String ok = targets.size() > 1 ? localTarget(targets.get(1), ValueType.BOOL, ctx) : null;
                    String raw = to;
                    if (to != null && ch.elem() == GoBinding.Elem.BOOL) {
                        raw = ctx.frame().local(to + "_n");
                        body.add(new Op.Let(GoProgram.src(ra), to, new Expr.Binary(BinaryOp.NE, new Expr.Local(raw), new Expr.IntLit(0))));
                    }
                    String r = raw;
                    made = ops -> new Op.RecvCase(ch.part(), r, ok, ops);
                }
                default -> throw refuse(head.getStart(), head.getText() + " is not in the subset");
            }
            block(clause.statementList(), ctx, body);
            cases.add(made.apply(body));
        }
        out.add(new Op.Select(GoProgram.src(s), cases, otherwise));
    }

    private void blockOf(StatementListContext list, Ctx ctx, List<Op> out) {
        for (StatementContext s : statements(list)) {
            statement(s, ctx, out);
        }
    }

    private void block(StatementListContext list, Ctx ctx, List<Op> out) {
        blockOf(list, ctx, out);
    }

    /** A receiving case: from a channel, {@code ctx.Done()} or {@code time.After(d)}. */
    private java.util.function.Function<List<Op>, Op.Case> receiveCase(ExpressionContext e, Token to, Token ok, Ctx ctx, List<Op> body) {
        ExpressionContext x = stripParens(e);
        if (!(x instanceof UnaryContext u) || u.op.getType() != org.interleave.gobridge.parse.GoSubsetParser.ARROW) {
            throw refuse(e.getStart(), "case " + e.getText() + ": a case sends (ch <- v) or receives (<-ch, v := <-ch, v, ok := <-ch)");
        }
        ExpressionContext from = stripParens(u.expression());
        String callee = calleeText(from);
        if ("time.After".equals(callee)) {
            if (to != null) {
                throw refuse(to, "the time from time.After is not in the subset: case <-time.After(d):");
            }
            List<ArgumentContext> args = callArgs(from);
            long ticks = duration(args.get(0).expression(), ctx.scope());
            return ops -> new Op.AfterCase(ticks, ops);
        }
        String method = methodName(from);
        if ("Done".equals(method) && lookup(from.getStart(), receiverText(from), ctx.scope(), ctx) instanceof GoBinding.Context c) {
            if (to != null) {
                throw refuse(to, "the value from ctx.Done() is not in the subset: case <-ctx.Done():");
            }
            return ops -> new Op.DoneCase(c.part(), ops);
        }
        GoBinding.Channel ch = channel(u.expression(), ctx);
        String toLocal = null;
        if (to != null && !to.getText().equals("_")) {
            if (ch.elem() == GoBinding.Elem.BOOL) {
                toLocal = ctx.frame().local(to.getText() + "_n");
                String b = declareLocal(to, ValueType.BOOL, ctx, ctx.scope());
                body.add(new Op.Let(GoProgram.src(e), b, new Expr.Binary(BinaryOp.NE, new Expr.Local(toLocal), new Expr.IntLit(0))));
            } else {
                toLocal = declareLocal(to, ValueType.INT, ctx, ctx.scope());
            }
        }
        String okLocal = ok == null || ok.getText().equals("_") ? null : declareLocal(ok, ValueType.BOOL, ctx, ctx.scope());
        String t = toLocal;
        return ops -> new Op.RecvCase(ch.part(), t, okLocal, ops);
    }

    // ---------------------------------------------------------------- channels

    private GoBinding.Channel channel(ExpressionContext e, Ctx ctx) {
        ExpressionContext x = stripParens(e);
        if (x instanceof PrimaryContext p && p.primaryExpr() instanceof OperandExprContext o && o.operand() instanceof NameContext) {
            GoBinding b = lookup(x.getStart(), x.getText(), ctx.scope(), ctx);
            if (b instanceof GoBinding.Channel ch) {
                return ch;
            }
            String method = b instanceof GoBinding.Context ? "; for a context's Done channel write <-ctx.Done() or case <-ctx.Done():" : "";
            throw refuse(e.getStart(), e.getText() + " is not a channel" + method);
        }
        if ("Done".equals(methodName(x))) {
            throw refuse(e.getStart(), "ctx.Done() is supported as <-ctx.Done() and case <-ctx.Done(): only");
        }
        throw refuse(e.getStart(), "channel " + e.getText() + ": the subset sends and receives on channel variables");
    }

    private void checkElem(GoBinding.Channel ch, ValueType type, ExpressionContext at) {
        if ((ch.elem() == GoBinding.Elem.BOOL) != (type == ValueType.BOOL) || ch.elem() == GoBinding.Elem.UNIT) {
            throw refuse(at.getStart(), "receiving a chan " + ch.elem().go + " value into a " + type.name().toLowerCase() + " variable");
        }
    }

    private Expr sendValue(GoBinding.Channel ch, GoValue v, ExpressionContext at) {
        switch (ch.elem()) {
            case UNIT -> {
                if (v.kind() != GoValue.Kind.UNIT) {
                    throw refuse(at.getStart(), "a chan struct{} carries struct{}{}");
                }
                return new Expr.IntLit(0);
            }
            case BOOL -> {
                if (v.kind() != GoValue.Kind.BOOL) {
                    throw refuse(at.getStart(), "a chan bool carries bools");
                }
                if (!v.isConstant()) {
                    return null;
                }
                return new Expr.IntLit(v.constant());
            }
            default -> {
                if (v.kind() != GoValue.Kind.INT) {
                    throw refuse(at.getStart(), "a chan int carries ints");
                }
                return v.toExpr();
            }
        }
    }

    private void send(GoBinding.Channel ch, GoValue v, ExpressionContext at, Src src, List<Op> out) {
        Expr value = sendValue(ch, v, at);
        if (value == null) {
            out.add(new Op.If(src, v.toExpr(), List.of(new Op.Send(src, ch.part(), new Expr.IntLit(1))),
                    List.of(new Op.Send(src, ch.part(), new Expr.IntLit(0)))));
        } else {
            out.add(new Op.Send(src, ch.part(), value));
        }
    }

    private void receive(GoBinding.Channel ch, String to, String ok, Src src, Ctx ctx, List<Op> out) {
        if (to != null && ch.elem() == GoBinding.Elem.BOOL) {
            String raw = ctx.frame().local(to + "_n");
            out.add(new Op.Recv(src, ch.part(), raw, ok));
            out.add(new Op.Let(src, to, new Expr.Binary(BinaryOp.NE, new Expr.Local(raw), new Expr.IntLit(0))));
        } else {
            out.add(new Op.Recv(src, ch.part(), to, ok));
        }
    }

    // ---------------------------------------------------------------- calls

    /** A call as a statement (or a deferred call at a function's exit). */
    private void call(ExpressionContext e, Ctx ctx, List<Op> out, boolean deferred) {
        ExpressionContext x = stripParens(e);
        Src src = GoProgram.src(e);
        if (x instanceof UnaryContext u && u.op.getType() == org.interleave.gobridge.parse.GoSubsetParser.ARROW) {
            ExpressionContext from = stripParens(u.expression());
            String callee = calleeText(from);
            if ("time.After".equals(callee)) {
                out.add(new Op.Sleep(src, duration(callArgs(from).get(0).expression(), ctx.scope())));
                return;
            }
            if ("Done".equals(methodName(from)) && lookup(from.getStart(), receiverText(from), ctx.scope(), ctx) instanceof GoBinding.Context c) {
                out.add(new Op.Select(src, List.of(new Op.DoneCase(c.part(), List.of())), null));
                return;
            }
            out.add(new Op.Recv(src, channel(u.expression(), ctx).part(), null, null));
            return;
        }
        if (!(x instanceof PrimaryContext p) || !(p.primaryExpr() instanceof CallExprContext c)) {
            throw refuse(e.getStart(), e.getText() + " is not a statement the subset knows");
        }
        if (c.primaryExpr() instanceof OperandExprContext o && o.operand() instanceof FuncLitContext lit) {
            if (!callArgs(x).isEmpty() || !lit.signature().parameters().parameterDecl().isEmpty()) {
                throw refuse(e.getStart(), "a function literal called with arguments: call it without, or declare a function");
            }
            Fn fn = new Fn(ctx.fn().name + " literal", true, hasReturn(lit.block()));
            inlineBody(lit.block(), new Ctx(ctx.frame(), fn, ctx.scope().child(), ctx.unique(), 0, true), fn, src, out);
            return;
        }
        String callee = calleeText(x);
        List<ArgumentContext> args = callArgs(x);
        String method = methodName(x);
        if (method != null && c.primaryExpr() instanceof SelectorExprContext sel) {
            String recv = sel.primaryExpr().getText();
            GoBinding b = lookup(sel.primaryExpr().getStart(), recv, ctx.scope(), ctx);
            if (b instanceof GoBinding.Package pk) {
                packageCall(pk.path(), method, args, x, ctx, out, src);
                return;
            }
            methodCall(b, recv, method, args, x, ctx, out, src);
            return;
        }
        if (callee == null) {
            throw refuse(e.getStart(), "call of " + c.primaryExpr().getText() + ": the subset calls functions by name");
        }
        GoBinding b = ctx.scope().get(callee);
        if (b == null) {
            switch (callee) {
                case "close" -> {
                    out.add(new Op.Close(src, channel(args.get(0).expression(), ctx).part()));
                    return;
                }
                case "panic" -> {
                    String message = args.size() == 1 && args.get(0).expression() != null
                            && stripParens(args.get(0).expression()) instanceof PrimaryContext pp
                            && pp.primaryExpr() instanceof OperandExprContext oo && oo.operand() instanceof StringLitContext s
                            ? unquote(s.string_()) : "panic: " + (args.isEmpty() ? "" : args.get(0).getText());
                    out.add(new Op.Assert(src, new Expr.BoolLit(false), message));
                    return;
                }
                case "println", "print" -> throw refuse(e.getStart(), callee + ": print with fmt.Println");
                default -> throw refuse(e.getStart(), "call of " + callee + ": it is not declared in this file");
            }
        }
        switch (b) {
            case GoBinding.Cancel cancel -> {
                if (!args.isEmpty()) {
                    throw refuse(e.getStart(), "cancel takes no arguments");
                }
                out.add(new Op.Cancel(src, cancel.ctx()));
            }
            case GoBinding.Func f -> inlineCall(f.decl(), args, x, ctx, out, src);
            default -> throw refuse(e.getStart(), callee + " is not a function");
        }
    }

    private void packageCall(String path, String name, List<ArgumentContext> args, ExpressionContext at, Ctx ctx, List<Op> out, Src src) {
        switch (path + "." + name) {
            case "time.Sleep" -> out.add(new Op.Sleep(src, duration(args.get(0).expression(), ctx.scope())));
            case "fmt.Println", "fmt.Printf", "fmt.Print" -> print(name, args, at, ctx, out, src);
            case "sync/atomic.AddInt64", "sync/atomic.AddInt32", "sync/atomic.LoadInt64", "sync/atomic.LoadInt32",
                    "sync/atomic.StoreInt64", "sync/atomic.StoreInt32", "sync/atomic.CompareAndSwapInt64",
                    "sync/atomic.CompareAndSwapInt32" -> atomicFunction(name, args, at, ctx, out, src, null);
            default -> throw refuse(at.getStart(), IMPORTS.get(path) + "." + name + " is not in the subset: "
                    + switch (path) {
                        case "time" -> "time.Sleep(d) and case <-time.After(d) are";
                        case "fmt" -> "fmt.Println, fmt.Printf and fmt.Print of ints are";
                        case "sync/atomic" -> "atomic.Add/Load/Store/CompareAndSwap of Int32 and Int64 are";
                        case "context" -> "context.Background, WithCancel, WithTimeout and ctx.Done() are";
                        default -> "the sync types' methods are";
                    });
        }
    }

    /** {@code fmt.Println}: the int it prints goes to the sink; string literals are left out (see {@link #sinkPrefixes}). */
    private void print(String name, List<ArgumentContext> args, ExpressionContext at, Ctx ctx, List<Op> out, Src src) {
        String sink = null;
        GoValue value = null;
        List<Op> pre = GoProgram.ops();
        for (int k = 0; k < args.size(); k++) {
            ExpressionContext a = args.get(k).expression();
            if (a == null) {
                throw refuse(args.get(k).getStart(), "printing a type");
            }
            if (stripParens(a) instanceof PrimaryContext pp && pp.primaryExpr() instanceof OperandExprContext oo
                    && oo.operand() instanceof StringLitContext s) {
                String text = unquote(s.string_());
                if (sinkPrefixes && k == 0 && args.size() == 2 && text.matches("[A-Za-z_][A-Za-z0-9_]*:")) {
                    sink = text.substring(0, text.length() - 1);
                }
                continue;
            }
            GoValue v = expr(a, ctx, pre);
            if (v.kind() != GoValue.Kind.INT) {
                throw refuse(a.getStart(), "fmt." + name + " of " + a.getText() + ": the subset prints ints (and string literals, which are left out)");
            }
            if (value != null) {
                throw refuse(a.getStart(), "fmt." + name + " of two ints: print one int per call");
            }
            value = v;
        }
        out.addAll(pre);
        if (value != null) {
            out.add(new Op.Emit(src, program.sink(sink), value.toExpr()));
        }
    }

    /** {@code atomic.AddInt64(&x, n)} and its kin; {@code result} receives the call's value, when it is used. */
    private GoValue atomicFunction(String name, List<ArgumentContext> args, ParserRuleContext at, Ctx ctx, List<Op> out, Src src, String result) {
        ExpressionContext first = args.isEmpty() ? null : stripParens(args.get(0).expression());
        if (!(first instanceof UnaryContext u) || u.op.getType() != org.interleave.gobridge.parse.GoSubsetParser.AMP) {
            throw refuse(at.getStart(), "atomic." + name + " takes &x of a variable");
        }
        String var = u.expression().getText();
        GoBinding b = lookup(u.expression().getStart(), var, ctx.scope(), ctx);
        String key = b instanceof GoBinding.Local l ? l.decl() : b instanceof GoBinding.Shared sh ? sh.decl() : null;
        if (key != null) {
            program.atomicDecls.add(key);
            throw new Restart();
        }
        if (!(b instanceof GoBinding.Atomic a) || !a.function()) {
            throw refuse(u.expression().getStart(), "atomic." + name + " of " + var + ": declare it as var " + var + " int64 (or int32)");
        }
        String base = name.replaceAll("Int(32|64)$", "");
        List<Op> pre = GoProgram.ops();
        GoValue outValue;
        switch (base) {
            case "Add" -> {
                GoValue n = intArg(args, 1, ctx, pre, at);
                out.addAll(pre);
                String to = result == null ? null : ctx.frame().local(result);
                out.add(new Op.AtomicAdd(src, a.part(), n.toExpr(), to));
                outValue = to == null ? null : GoValue.of(new Expr.Local(to), ValueType.INT);
            }
            case "Load" -> {
                String to = result == null ? null : ctx.frame().local(result);
                out.add(new Op.AtomicLoad(src, a.part(), to));
                outValue = to == null ? null : GoValue.of(new Expr.Local(to), ValueType.INT);
            }
            case "Store" -> {
                GoValue v = intArg(args, 1, ctx, pre, at);
                out.addAll(pre);
                out.add(new Op.AtomicStore(src, a.part(), v.toExpr()));
                outValue = null;
            }
            default -> {
                GoValue old = intArg(args, 1, ctx, pre, at);
                GoValue neu = intArg(args, 2, ctx, pre, at);
                out.addAll(pre);
                String to = result == null ? null : ctx.frame().local(result);
                out.add(new Op.AtomicCas(src, a.part(), old.toExpr(), neu.toExpr(), to));
                outValue = to == null ? null : GoValue.of(new Expr.Local(to), ValueType.BOOL);
            }
        }
        return outValue;
    }

    private GoValue intArg(List<ArgumentContext> args, int k, Ctx ctx, List<Op> pre, ParserRuleContext at) {
        if (args.size() <= k || args.get(k).expression() == null) {
            throw refuse(at.getStart(), at.getText() + " needs more arguments");
        }
        GoValue v = expr(args.get(k).expression(), ctx, pre);
        if (v.kind() != GoValue.Kind.INT) {
            throw refuse(args.get(k).getStart(), args.get(k).getText() + " is not an int");
        }
        return v;
    }

    private void methodCall(GoBinding b, String recv, String method, List<ArgumentContext> args, ExpressionContext at,
                            Ctx ctx, List<Op> out, Src src) {
        switch (b) {
            case GoBinding.Sync s -> {
                String type = s.type();
                Op op = switch (type + "." + method) {
                    case "Mutex.Lock", "RWMutex.Lock" -> new Op.Lock(src, s.part());
                    case "Mutex.Unlock", "RWMutex.Unlock" -> new Op.Unlock(src, s.part());
                    case "RWMutex.RLock" -> new Op.RLock(src, s.part());
                    case "RWMutex.RUnlock" -> new Op.RUnlock(src, s.part());
                    case "WaitGroup.Done" -> new Op.Done(src, s.part());
                    case "WaitGroup.Wait" -> new Op.Wait(src, s.part());
                    case "WaitGroup.Add" -> {
                        List<Op> pre = GoProgram.ops();
                        GoValue n = intArg(args, 0, ctx, pre, at);
                        out.addAll(pre);
                        yield new Op.Add(src, s.part(), n.toExpr());
                    }
                    case "Once.Do" -> once(s, args, at, ctx, src);
                    default -> throw refuse(at.getStart(), recv + "." + method + " is not in the subset: " + switch (type) {
                        case "Mutex" -> "a Mutex has Lock and Unlock";
                        case "RWMutex" -> "an RWMutex has Lock, Unlock, RLock and RUnlock";
                        case "WaitGroup" -> "a WaitGroup has Add, Done and Wait";
                        default -> "a Once has Do";
                    });
                };
                out.add(op);
            }
            case GoBinding.Atomic a when !a.function() -> atomicMethod(a, recv, method, args, at, ctx, out, src, null);
            case GoBinding.Context c -> throw refuse(at.getStart(), recv + "." + method
                    + ": the subset uses a context through <-ctx.Done() and case <-ctx.Done(): only");
            default -> throw refuse(at.getStart(), "call of " + recv + "." + method + ": not in the subset");
        }
    }

    private GoValue atomicMethod(GoBinding.Atomic a, String recv, String method, List<ArgumentContext> args, ParserRuleContext at,
                                 Ctx ctx, List<Op> out, Src src, String result) {
        List<Op> pre = GoProgram.ops();
        String to = result == null ? null : ctx.frame().local(result);
        switch (method) {
            case "Add" -> {
                GoValue n = intArg(args, 0, ctx, pre, at);
                out.addAll(pre);
                out.add(new Op.AtomicAdd(src, a.part(), n.toExpr(), to));
                return to == null ? null : GoValue.of(new Expr.Local(to), ValueType.INT);
            }
            case "Load" -> {
                out.add(new Op.AtomicLoad(src, a.part(), to));
                return to == null ? null : GoValue.of(new Expr.Local(to), ValueType.INT);
            }
            case "Store" -> {
                GoValue v = intArg(args, 0, ctx, pre, at);
                out.addAll(pre);
                out.add(new Op.AtomicStore(src, a.part(), v.toExpr()));
                return null;
            }
            case "CompareAndSwap" -> {
                GoValue old = intArg(args, 0, ctx, pre, at);
                GoValue neu = intArg(args, 1, ctx, pre, at);
                out.addAll(pre);
                out.add(new Op.AtomicCas(src, a.part(), old.toExpr(), neu.toExpr(), to));
                return to == null ? null : GoValue.of(new Expr.Local(to), ValueType.BOOL);
            }
            default -> throw refuse(at.getStart(), recv + "." + method + " is not in the subset: an atomic has Add, Load, Store and CompareAndSwap");
        }
    }

    /** {@code once.Do(f)} or {@code once.Do(func() {...})}: the body runs inline, and return leaves it. */
    private Op once(GoBinding.Sync s, List<ArgumentContext> args, ExpressionContext at, Ctx ctx, Src src) {
        ExpressionContext f = args.size() == 1 ? stripParens(args.get(0).expression()) : null;
        BlockContext block;
        Scope scope;
        String name;
        if (f instanceof PrimaryContext p && p.primaryExpr() instanceof OperandExprContext o && o.operand() instanceof FuncLitContext lit
                && lit.signature().parameters().parameterDecl().isEmpty() && lit.signature().result() == null) {
            block = lit.block();
            scope = ctx.scope().child();
            name = "the function passed to Do";
        } else if (f != null && ctx.scope().get(f.getText()) instanceof GoBinding.Func fn
                && fn.decl().signature().parameters().parameterDecl().isEmpty() && fn.decl().signature().result() == null) {
            block = fn.decl().block();
            scope = new Scope(pkg, false);
            name = fn.decl().IDENT().getText();
            enter(name, at);
        } else {
            throw refuse(at.getStart(), "once.Do takes a function without parameters: once.Do(setup) or once.Do(func() {...})");
        }
        Fn fn = new Fn(name, false, false);
        Ctx inner = new Ctx(ctx.frame(), fn, scope, ctx.unique(), 0, true);
        List<Op> ops = body(block, inner, fn);
        if (scope.parent == pkg) {
            inlining.remove(inlining.size() - 1);
        }
        return new Op.OnceDo(src, s.part(), ops);
    }

    private void enter(String function, ExpressionContext at) {
        if (inlining.contains(function) || inProgress.contains(function)) {
            List<String> cycle = new ArrayList<>(inlining.subList(Math.max(0, inlining.indexOf(function)), inlining.size()));
            cycle.add(function);
            throw refuse(at.getStart(), "recursive call " + String.join(" → ", cycle)
                    + ": calls are inlined, so the subset has no recursion; write a loop");
        }
        inlining.add(function);
    }

    /** A call of a package-level function, inlined: parameters become locals (ints, bools) or name the parts passed. */
    private void inlineCall(FunctionDeclContext f, List<ArgumentContext> args, ExpressionContext at, Ctx ctx, List<Op> out, Src src) {
        String name = f.IDENT().getText();
        if (f.signature().result() != null) {
            throw refuse(at.getStart(), "call of " + name + ", which returns a value: the subset's functions return nothing"
                    + " (share results through a channel or a variable)");
        }
        if (isWorkHelper(f)) {
            GoValue ms = args.size() == 1 ? constOrNull(args.get(0).expression(), ctx.scope()) : null;
            if (ms == null || ms.kind() != GoValue.Kind.INT || ms.constant() < 1) {
                throw refuse(at.getStart(), name + " keeps a core busy: call it with a constant number of milliseconds");
            }
            out.add(new Op.Work(src, ms.constant()));
            return;
        }
        enter(name, at);
        Fn fn = new Fn(name, true, hasReturn(f.block()));
        Scope scope = new Scope(pkg, false);
        Ctx inner = new Ctx(ctx.frame(), fn, scope, ctx.unique(), 0, true);
        bindParams(f, args, at, ctx, inner, scope, out, null);
        inlineBody(f.block(), inner, fn, src, out);
        inlining.remove(inlining.size() - 1);
    }

    private void inlineBody(BlockContext block, Ctx inner, Fn fn, Src src, List<Op> out) {
        List<Op> ops = GoProgram.ops();
        block(block, inner, ops);
        runDefers(fn, inner, ops);
        if (fn.wrapped) {
            ops.add(new Op.Break(src));
            out.add(new Op.Loop(src, ops));
        } else {
            out.addAll(ops);
        }
    }

    /** True if the body returns anywhere (not counting function literals inside it). */
    private static boolean hasReturn(ParseTree t) {
        if (t instanceof ReturnStmtContext) {
            return true;
        }
        if (t instanceof FuncLitContext) {
            return false;
        }
        for (int k = 0; k < t.getChildCount(); k++) {
            if (hasReturn(t.getChild(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Binds f's parameters: an int or bool becomes a local set from the argument ({@code go}
     * passes it in {@code goArgs} instead), a channel, lock, wait group, atomic, context or cancel
     * function names the part passed. Returns the parts bound, in order.
     */
    private List<String> bindParams(FunctionDeclContext f, List<ArgumentContext> args, ExpressionContext at, Ctx caller, Ctx inner,
                                    Scope scope, List<Op> out, Map<String, Expr> goArgs) {
        String name = f.IDENT().getText();
        List<ParameterDeclContext> params = f.signature().parameters().parameterDecl();
        List<String> resources = new ArrayList<>();
        int k = 0;
        List<Op> pre = GoProgram.ops();
        List<Op> lets = GoProgram.ops();
        for (ParameterDeclContext p : params) {
            if (p.ELLIPSIS() != null) {
                throw refuse(p.getStart(), "variadic parameter: not in the subset");
            }
            List<Token> names = p.identList() == null ? List.of() : p.identList().IDENT().stream().map(t -> t.getSymbol()).toList();
            if (names.isEmpty()) {
                throw refuse(p.getStart(), "unnamed parameter of " + name);
            }
            for (Token pn : names) {
                if (k >= args.size()) {
                    throw refuse(at.getStart(), "call of " + name + " with too few arguments");
                }
                ArgumentContext arg = args.get(k++);
                if (arg.expression() == null) {
                    throw refuse(arg.getStart(), "a type as an argument");
                }
                Type_Context t = p.type_();
                if (isIntType(t) || t.getText().equals("bool")) {
                    GoValue v = expr(arg.expression(), caller, pre);
                    if ((v.kind() == GoValue.Kind.BOOL) != t.getText().equals("bool") || v.kind() == GoValue.Kind.DURATION
                            || v.kind() == GoValue.Kind.UNIT) {
                        throw refuse(arg.getStart(), "argument " + arg.getText() + " does not fit parameter " + pn.getText() + " " + t.getText());
                    }
                    if (program.sharedDecls.contains(GoProgram.declKey(pn)) || program.atomicDecls.contains(GoProgram.declKey(pn))) {
                        throw refuse(pn, "parameter " + pn.getText() + " is shared with a goroutine: share a package-level variable instead");
                    }
                    if (goArgs != null) {
                        inner.frame().reserve(pn.getText());
                        goArgs.put(pn.getText(), v.toExpr());
                        scope.put(pn.getText(), new GoBinding.Local(inner.frame().template, pn.getText(), v.type(), GoProgram.declKey(pn)));
                    } else {
                        String local = inner.frame().local(pn.getText());
                        lets.add(new Op.Let(GoProgram.src(arg), local, v.toExpr()));
                        scope.put(pn.getText(), new GoBinding.Local(inner.frame().template, local, v.type(), GoProgram.declKey(pn)));
                    }
                    continue;
                }
                GoBinding b = argumentBinding(arg.expression(), t, caller, pn.getText(), name);
                scope.put(pn.getText(), b);
                resources.add(switch (b) {
                    case GoBinding.Channel c -> c.part();
                    case GoBinding.Sync s -> s.part();
                    case GoBinding.Atomic a -> a.part();
                    case GoBinding.Context c -> c.part();
                    case GoBinding.Cancel c -> "cancel:" + c.ctx();
                    default -> "?";
                });
            }
        }
        if (k != args.size()) {
            throw refuse(at.getStart(), "call of " + name + " with too many arguments");
        }
        out.addAll(pre);
        out.addAll(lets);
        return resources;
    }

    /** The part an argument passes to a parameter of a channel, sync, atomic, context or func() type. */
    private GoBinding argumentBinding(ExpressionContext arg, Type_Context type, Ctx caller, String param, String function) {
        String t = type.getText();
        ExpressionContext e = stripParens(arg);
        boolean address = e instanceof UnaryContext u && u.op.getType() == org.interleave.gobridge.parse.GoSubsetParser.AMP;
        ExpressionContext named = address ? stripParens(((UnaryContext) e).expression()) : e;
        GoBinding b = lookup(named.getStart(), named.getText(), caller.scope(), caller);
        GoBinding.Elem elem = chanElem(type);
        if (elem != null && b instanceof GoBinding.Channel c && !address) {
            if (c.elem() != elem) {
                throw refuse(arg.getStart(), arg.getText() + " is a chan " + c.elem().go + ", parameter " + param + " a " + t);
            }
            return c;
        }
        String sync = syncType(type);
        if (sync != null && b instanceof GoBinding.Sync s && s.type().equals(sync)) {
            boolean pointerParam = t.startsWith("*");
            if (!pointerParam) {
                throw refuse(type.getStart(), "parameter " + param + " of " + function + " copies a sync." + sync
                        + " (go vet: passes lock by value): take *sync." + sync + " and pass &" + named.getText());
            }
            if (address == s.pointer()) {
                throw refuse(arg.getStart(), "pass " + (s.pointer() ? named.getText() : "&" + named.getText()) + " to *sync." + sync);
            }
            return new GoBinding.Sync(s.part(), s.type(), true);
        }
        if ((t.equals("*atomic.Int64") || t.equals("*atomic.Int32")) && b instanceof GoBinding.Atomic a && !a.function()
                && address != a.pointer()) {
            return new GoBinding.Atomic(a.part(), false, true);
        }
        if (t.equals("context.Context") && b instanceof GoBinding.Context c && !address) {
            return c;
        }
        if ((t.equals("context.CancelFunc") || t.equals("func()")) && b instanceof GoBinding.Cancel c && !address) {
            return c;
        }
        throw refuse(arg.getStart(), "argument " + arg.getText() + " for parameter " + param + " " + t + " of " + function
                + ": parameters are ints, bools, channels, *sync.Mutex (and the other sync types by pointer),"
                + " *atomic.Int64, context.Context or a cancel func()");
    }

    /** The busy-wait helper export-go writes ({@code func work(ms int)} looping on time.Now): CPU work of ms ticks. */
    private static boolean isWorkHelper(FunctionDeclContext f) {
        List<ParameterDeclContext> params = f.signature().parameters().parameterDecl();
        List<StatementContext> body = statements(f.block().statementList());
        return params.size() == 1 && params.get(0).identList() != null && params.get(0).identList().IDENT().size() == 1
                && params.get(0).type_().getText().equals("int") && body.size() == 2
                && body.get(0).getText().contains("time.Now().Add(time.Duration(" + params.get(0).identList().IDENT(0).getText()
                        + ")*time.Millisecond)")
                && body.get(1) instanceof ForStmtAltContext loop && loop.forStmt().expression() != null
                && loop.forStmt().expression().getText().startsWith("time.Now().Before(")
                && statements(loop.forStmt().block().statementList()).isEmpty();
    }

    // ---------------------------------------------------------------- go and defer

    private void go(GoStmtContext g, Ctx ctx, List<Op> out) {
        ExpressionContext e = stripParens(g.expression());
        Src src = GoProgram.src(g);
        if (!(e instanceof PrimaryContext p) || !(p.primaryExpr() instanceof CallExprContext call)) {
            throw refuse(g.getStart(), "go needs a function call: go f(x) or go func() {...}()");
        }
        List<ArgumentContext> args = callArgs(e);
        if (call.primaryExpr() instanceof OperandExprContext o && o.operand() instanceof FuncLitContext lit) {
            if (lit.signature().result() != null) {
                throw refuse(lit.getStart(), "a goroutine's function returns nothing");
            }
            String id = program.closureId(ctx.fn().name.replaceAll("[^A-Za-z0-9_]", "_"));
            Frame frame = new Frame(id);
            Fn fn = new Fn(id, false, false);
            Scope scope = new Scope(ctx.scope(), true);
            Ctx inner = new Ctx(frame, fn, scope, ctx.unique(), 0, true);
            Map<String, Expr> goArgs = new LinkedHashMap<>();
            FunctionDeclContext asDecl = null;
            bindLiteralParams(lit, args, g, ctx, inner, scope, out, goArgs);
            List<Op> ops = body(lit.block(), inner, fn);
            program.goroutines.put(id, new Part.Goroutine(id, Part.Start.SPAWN, 1, ops, null, Layout.NONE));
            out.add(new Op.Go(src, id, goArgs));
            return;
        }
        String name = calleeName(e);
        if (name == null || !(ctx.scope().get(name) instanceof GoBinding.Func f)) {
            throw refuse(g.getStart(), "go " + call.primaryExpr().getText() + "(...): the subset starts package-level functions"
                    + " and function literals");
        }
        FunctionDeclContext decl = f.decl();
        if (decl.signature().result() != null) {
            throw refuse(g.getStart(), "go " + name + ": a goroutine's function returns nothing in the subset");
        }
        if (isWorkHelper(decl)) {
            throw refuse(g.getStart(), "go " + name + ": a busy-wait helper as a goroutine is not in the subset");
        }
        // Bind once to learn the key, in a scratch frame; then reuse or build the template.
        Frame scratch = new Frame("?");
        Scope probe = new Scope(pkg, true);
        Map<String, Expr> goArgs = new LinkedHashMap<>();
        List<Op> pre = GoProgram.ops();
        List<String> resources = bindParams(decl, args, e, ctx, new Ctx(scratch, null, probe, ctx.unique(), 0, true), probe, pre, goArgs);
        TemplateKey key = new TemplateKey(name, resources);
        String id = templates.get(key);
        if (id == null || makesResources.contains(id)) {
            id = program.reserve(name) ? name : program.partId(name);
            templates.put(key, id);
            Frame frame = new Frame(id);
            Fn fn = new Fn(name, false, false);
            Scope scope = new Scope(pkg, true);
            Ctx inner = new Ctx(frame, fn, scope, ctx.unique(), 0, true);
            Map<String, Expr> ignored = new LinkedHashMap<>();
            bindParams(decl, args, e, ctx, inner, scope, GoProgram.ops(), ignored);
            inProgress.add(name);
            program.goroutines.put(id, new Part.Goroutine(id, Part.Start.SPAWN, 1, List.of(), null, Layout.NONE));
            List<Op> ops = body(decl.block(), inner, fn);
            inProgress.remove(name);
            program.goroutines.put(id, new Part.Goroutine(id, Part.Start.SPAWN, 1, ops, null, Layout.NONE));
        }
        out.addAll(pre);
        out.add(new Op.Go(src, id, goArgs));
    }

    private void bindLiteralParams(FuncLitContext lit, List<ArgumentContext> args, GoStmtContext at, Ctx caller, Ctx inner, Scope scope,
                                   List<Op> out, Map<String, Expr> goArgs) {
        List<Op> pre = GoProgram.ops();
        int k = 0;
        for (ParameterDeclContext p : lit.signature().parameters().parameterDecl()) {
            List<Token> names = p.identList() == null ? List.of() : p.identList().IDENT().stream().map(t -> t.getSymbol()).toList();
            if (names.isEmpty()) {
                throw refuse(p.getStart(), "unnamed parameter");
            }
            for (Token pn : names) {
                if (k >= args.size() || args.get(k).expression() == null) {
                    throw refuse(at.getStart(), "go func(...) with too few arguments");
                }
                ArgumentContext arg = args.get(k++);
                Type_Context t = p.type_();
                if (isIntType(t) || t.getText().equals("bool")) {
                    GoValue v = expr(arg.expression(), caller, pre);
                    if ((v.kind() == GoValue.Kind.BOOL) != t.getText().equals("bool")) {
                        throw refuse(arg.getStart(), "argument " + arg.getText() + " does not fit parameter " + pn.getText());
                    }
                    inner.frame().reserve(pn.getText());
                    goArgs.put(pn.getText(), v.toExpr());
                    scope.put(pn.getText(), new GoBinding.Local(inner.frame().template, pn.getText(), v.type(), GoProgram.declKey(pn)));
                } else {
                    scope.put(pn.getText(), argumentBinding(arg.expression(), t, caller, pn.getText(), "the function literal"));
                }
            }
        }
        if (k != args.size()) {
            throw refuse(at.getStart(), "go func(...) with too many arguments");
        }
        out.addAll(pre);
    }

    private void defer(DeferStmtContext d, Ctx ctx) {
        if (!ctx.top() || ctx.depth() > 0) {
            throw refuse(d.getStart(), "defer inside a block: the subset defers at the top level of a function");
        }
        ExpressionContext e = stripParens(d.expression());
        if (!(e instanceof PrimaryContext p) || !(p.primaryExpr() instanceof CallExprContext)) {
            throw refuse(d.getStart(), "defer needs a call");
        }
        for (ArgumentContext a : callArgs(e)) {
            ExpressionContext x = a.expression() == null ? null : stripParens(a.expression());
            boolean constant = x != null && constOrNull(x, ctx.scope()) != null;
            boolean part = x != null && !constant && (x instanceof UnaryContext u && u.op.getType() == org.interleave.gobridge.parse.GoSubsetParser.AMP
                    || !(lookup(x.getStart(), x.getText(), ctx.scope(), ctx) instanceof GoBinding.Local)
                    && !(lookup(x.getStart(), x.getText(), ctx.scope(), ctx) instanceof GoBinding.Shared));
            if (!constant && !part) {
                throw refuse(a.getStart(), "defer with argument " + a.getText()
                        + ", evaluated when defer runs: the subset defers calls with constant arguments (wg.Done(), mu.Unlock(), close(ch), cancel())");
            }
        }
        ctx.fn().defers.add(new Deferred(d.expression(), ctx.scope()));
    }

    // ---------------------------------------------------------------- expressions

    /** Translates an expression; reads of shared variables, receives and atomic loads go to {@code pre}, in Go's order. */
    GoValue expr(ExpressionContext e, Ctx ctx, List<Op> pre) {
        GoValue v = exprOrNull(e, ctx, pre);
        if (v == null) {
            throw refuse(e.getStart(), "expression " + e.getText() + " mixes types the subset does not combine");
        }
        return v;
    }

    private GoValue exprOrNull(ExpressionContext e, Ctx ctx, List<Op> pre) {
        switch (e) {
            case PrimaryContext p -> {
                return primary(p.primaryExpr(), ctx, pre);
            }
            case UnaryContext u -> {
                switch (u.op.getType()) {
                    case org.interleave.gobridge.parse.GoSubsetParser.MINUS:
                        return GoValue.unary(UnaryOp.NEG, expr(u.expression(), ctx, pre));
                    case org.interleave.gobridge.parse.GoSubsetParser.PLUS:
                        return expr(u.expression(), ctx, pre);
                    case org.interleave.gobridge.parse.GoSubsetParser.NOT:
                        return GoValue.unary(UnaryOp.NOT, expr(u.expression(), ctx, pre));
                    case org.interleave.gobridge.parse.GoSubsetParser.ARROW: {
                        GoBinding.Channel ch = channel(u.expression(), ctx);
                        if (ch.elem() == GoBinding.Elem.UNIT) {
                            throw refuse(e.getStart(), "the value received from a chan struct{}: receive it as a statement, <-" + u.expression().getText());
                        }
                        String tmp = ctx.frame().local(ch.part() + "_v");
                        pre.add(new Op.Recv(GoProgram.src(e), ch.part(), tmp, null));
                        GoValue raw = GoValue.of(new Expr.Local(tmp), ValueType.INT);
                        return ch.elem() == GoBinding.Elem.BOOL ? GoValue.binary(BinaryOp.NE, raw, GoValue.ofInt(0)) : raw;
                    }
                    case org.interleave.gobridge.parse.GoSubsetParser.AMP:
                        throw refuse(e.getStart(), "&" + u.expression().getText() + ": pointers are passed only to *sync.X and *atomic.IntN parameters");
                    case org.interleave.gobridge.parse.GoSubsetParser.STAR:
                        throw refuse(e.getStart(), "pointer dereference: pointers are not in the subset");
                    default:
                        throw refuse(e.getStart(), "bit operator ^: the subset computes with + - * / %");
                }
            }
            case MulContext m -> {
                return binary(m.op, m.expression(0), m.expression(1), ctx, pre);
            }
            case AddContext a -> {
                return binary(a.op, a.expression(0), a.expression(1), ctx, pre);
            }
            case CompareContext c -> {
                return binary(c.op, c.expression(0), c.expression(1), ctx, pre);
            }
            case AndContext a -> {
                return logical(BinaryOp.AND, a.expression(0), a.expression(1), ctx, pre);
            }
            case OrContext o -> {
                return logical(BinaryOp.OR, o.expression(0), o.expression(1), ctx, pre);
            }
            default -> throw refuse(e.getStart(), e.getText() + " is not in the subset");
        }
    }

    private GoValue logical(BinaryOp op, ExpressionContext a, ExpressionContext b, Ctx ctx, List<Op> pre) {
        GoValue left = expr(a, ctx, pre);
        List<Op> right = GoProgram.ops();
        GoValue r = expr(b, ctx, right);
        if (!right.isEmpty()) {
            throw refuse(b.getStart(), b.getText() + " reads shared state on the right of " + op.symbol()
                    + ", which Go evaluates only sometimes: read it into a local first");
        }
        return GoValue.binary(op, left, r);
    }

    private GoValue binary(Token op, ExpressionContext a, ExpressionContext b, Ctx ctx, List<Op> pre) {
        BinaryOp bop = switch (op.getText()) {
            case "+" -> BinaryOp.ADD;
            case "-" -> BinaryOp.SUB;
            case "*" -> BinaryOp.MUL;
            case "/" -> BinaryOp.DIV;
            case "%" -> BinaryOp.MOD;
            case "==" -> BinaryOp.EQ;
            case "!=" -> BinaryOp.NE;
            case "<" -> BinaryOp.LT;
            case "<=" -> BinaryOp.LE;
            case ">" -> BinaryOp.GT;
            case ">=" -> BinaryOp.GE;
            default -> throw refuse(op, "bit operator " + op.getText() + ": the subset computes with + - * / % and compares");
        };
        GoValue left = expr(a, ctx, pre);
        GoValue right = expr(b, ctx, pre);
        GoValue v = GoValue.binary(bop, left, right);
        if (v == null && left.isConstant() && right.isConstant() && (bop == BinaryOp.DIV || bop == BinaryOp.MOD)) {
            throw refuse(b.getStart(), "division by constant zero");
        }
        if (v == null && (left.kind() == GoValue.Kind.DURATION || right.kind() == GoValue.Kind.DURATION)) {
            throw refuse(a.getStart(), "duration " + a.getText() + " " + op.getText() + " " + b.getText()
                    + " computed at run time: the subset needs constant durations");
        }
        return v;
    }

    private GoValue primary(PrimaryExprContext p, Ctx ctx, List<Op> pre) {
        switch (p) {
            case OperandExprContext o -> {
                return operand(o.operand(), ctx, pre);
            }
            case SelectorExprContext s -> {
                String text = s.getText();
                GoValue d = durationConstant(text);
                if (d != null && ctx.scope().get("time") instanceof GoBinding.Package) {
                    return d;
                }
                throw refuse(s.getStart(), text + " is not in the subset (no fields or package variables besides time's durations)");
            }
            case CallExprContext c -> {
                return callValue(c, ctx, pre);
            }
            case IndexExprContext i -> throw refuse(i.getStart(), "indexing " + i.getText() + ": slices, arrays and maps are not in the subset");
            case TypeAssertExprContext t -> throw refuse(t.getStart(), "type assertion: interfaces are not in the subset");
            default -> throw refuse(p.getStart(), p.getText() + " is not in the subset");
        }
    }

    private GoValue operand(OperandContext o, Ctx ctx, List<Op> pre) {
        switch (o) {
            case IntLitContext i -> {
                try {
                    return GoValue.ofInt(Long.decode(i.getText().replace("_", "").replaceFirst("^0[oO]", "0")));
                } catch (NumberFormatException ex) {
                    throw refuse(i.getStart(), "integer " + i.getText() + " does not fit 64 bits");
                }
            }
            case FloatLitContext f -> throw refuse(f.getStart(), "floating-point number " + f.getText() + ": the subset computes with ints");
            case RuneLitContext r -> throw refuse(r.getStart(), "rune " + r.getText() + ": the subset computes with ints and bools");
            case StringLitContext s -> throw refuse(s.getStart(), "string " + s.getText() + ": strings are printed by fmt.Println but not computed with");
            case ParenContext p -> {
                return expr(p.expression(), ctx, pre);
            }
            case FuncLitContext f -> throw refuse(f.getStart(), "function literal as a value: the subset runs them with go func() {...}() and once.Do");
            case CompositeLitContext c -> {
                if (c.literalType().structType() != null && c.literalType().structType().fieldDecl().isEmpty()
                        && c.literalValue().element().isEmpty()) {
                    return GoValue.unit();
                }
                throw refuse(c.getStart(), "composite literal " + c.getText() + ": the subset's only composite value is struct{}{}");
            }
            case NameContext n -> {
                return name(n.IDENT().getSymbol(), ctx, pre);
            }
            default -> throw refuse(o.getStart(), o.getText() + " is not in the subset");
        }
    }

    private GoValue name(Token at, Ctx ctx, List<Op> pre) {
        String name = at.getText();
        if (name.equals("nil") && ctx.scope().get(name) == null) {
            throw refuse(at, "nil: the subset has nil channels only as var ch chan int (never made)");
        }
        GoBinding b = lookup(at, name, ctx.scope(), ctx);
        return switch (b) {
            case GoBinding.Const c -> c.value();
            case GoBinding.Local l -> GoValue.of(new Expr.Local(l.name()), l.type());
            case GoBinding.Shared sh -> {
                if (ctx.frame() == null) {
                    throw refuse(at, name + " is a variable, not a constant");
                }
                String tmp = ctx.frame().local(sh.part() + "_v");
                pre.add(new Op.Read(new Src(null, at.getLine(), at.getCharPositionInLine() + 1), sh.part(), tmp));
                GoValue raw = GoValue.of(new Expr.Local(tmp), ValueType.INT);
                yield sh.bool() ? GoValue.binary(BinaryOp.NE, raw, GoValue.ofInt(0)) : raw;
            }
            case GoBinding.Atomic a -> throw refuse(at, name + " is atomic: read it with " + (a.function()
                    ? "atomic.LoadInt64(&" + name + ")" : name + ".Load()"));
            default -> throw refuse(at, name + " is used as a value; the subset computes with ints and bools");
        };
    }

    /** A call whose value is used: conversions, atomic loads and adds, and CompareAndSwap. */
    private GoValue callValue(CallExprContext c, Ctx ctx, List<Op> pre) {
        List<ArgumentContext> args = c.argument();
        String callee = c.primaryExpr().getText();
        if (Set.of("int", "int64", "int32").contains(callee) && args.size() == 1 && args.get(0).expression() != null
                && ctx.scope().get(callee) == null) {
            GoValue v = expr(args.get(0).expression(), ctx, pre);
            if (v.kind() == GoValue.Kind.DURATION) {
                return GoValue.ofInt(v.constant());
            }
            return v;
        }
        if (callee.equals("time.Duration") && args.size() == 1 && args.get(0).expression() != null) {
            GoValue v = expr(args.get(0).expression(), ctx, pre);
            if (!v.isConstant() || v.kind() != GoValue.Kind.INT && v.kind() != GoValue.Kind.DURATION) {
                throw refuse(c.getStart(), "time.Duration(" + args.get(0).getText() + "): the subset needs constant durations");
            }
            return GoValue.ofDuration(v.constant());
        }
        if (ctx.frame() != null && c.primaryExpr() instanceof SelectorExprContext sel) {
            String recv = sel.primaryExpr().getText();
            String method = sel.IDENT().getText();
            GoBinding b = lookup(sel.primaryExpr().getStart(), recv, ctx.scope(), ctx);
            String result = recv.replaceAll("[^A-Za-z0-9_]", "_") + "_v";
            if (b instanceof GoBinding.Package pk && pk.path().equals("sync/atomic") && method.matches("(Add|Load|CompareAndSwap)Int(32|64)")) {
                return atomicFunction(method, args, c, ctx, pre, GoProgram.src(c), result);
            }
            if (b instanceof GoBinding.Atomic a && !a.function() && Set.of("Add", "Load", "CompareAndSwap").contains(method)) {
                return atomicMethod(a, recv, method, args, c, ctx, pre, GoProgram.src(c), result);
            }
        }
        throw refuse(c.getStart(), "call of " + callee + " as a value: the subset's functions return nothing"
                + " (values come from channels, atomics and conversions)");
    }

    /** Looks a name up; a local of another goroutine means it is shared, so the translation starts over with it as a variable. */
    private GoBinding lookup(Token at, String name, Scope scope, Ctx ctx) {
        Scope s = scope;
        boolean crossed = false;
        while (s != null) {
            if (s.declaresHere(name)) {
                GoBinding b = s.get(name);
                if (crossed && b instanceof GoBinding.Local l && ctx != null && ctx.frame() != null && !l.owner().equals(ctx.frame().template)) {
                    if (l.decl() == null) {
                        throw refuse(at, name + " belongs to another goroutine");
                    }
                    program.sharedDecls.add(l.decl());
                    throw new Restart();
                }
                return b;
            }
            crossed |= s.boundary;
            s = s.parent;
        }
        if (name.equals("true") || name.equals("false")) {
            return new GoBinding.Const(GoValue.ofBool(name.equals("true")));
        }
        throw refuse(at, "undefined: " + name);
    }

    // ---------------------------------------------------------------- constants and types

    GoValue constOrNull(ExpressionContext e) {
        return constOrNull(e, pkg);
    }

    /** The value of a constant expression over the names of {@code scope}, or null if it is not one. */
    GoValue constOrNull(ExpressionContext e, Scope scope) {
        if (e == null) {
            return null;
        }
        try {
            List<Op> pre = GoProgram.ops();
            GoValue v = exprOrNull(e, new Ctx(null, null, scope, true, 0, false), pre);
            return v != null && v.isConstant() && pre.isEmpty() ? v : null;
        } catch (Refusal | Restart | NullPointerException ex) {
            return null;
        }
    }

    private GoValue constOrRefuse(ExpressionContext e, String message) {
        GoValue v = constOrNull(e, pkg);
        if (v == null) {
            throw refuse(e.getStart(), message);
        }
        return v;
    }

    /** A constant duration, in ticks (milliseconds). */
    private long duration(ExpressionContext e, Scope scope) {
        GoValue v = constOrNull(e, scope);
        if (v == null || v.kind() != GoValue.Kind.DURATION && !(v.kind() == GoValue.Kind.INT && v.constant() == 0)) {
            throw refuse(e.getStart(), "duration " + e.getText() + ": the subset needs a constant duration such as 50 * time.Millisecond");
        }
        if (v.constant() % 1_000_000 != 0 || v.constant() < 0) {
            throw refuse(e.getStart(), "duration " + e.getText() + ": the subset counts whole milliseconds (one tick each)");
        }
        long ms = v.constant() / 1_000_000;
        if (ms > 1_000_000) {
            throw refuse(e.getStart(), "duration " + e.getText() + " is longer than the subset's 1000 s");
        }
        return ms;
    }

    private static GoValue durationConstant(String text) {
        return switch (text) {
            case "time.Nanosecond" -> GoValue.ofDuration(1);
            case "time.Microsecond" -> GoValue.ofDuration(1_000);
            case "time.Millisecond" -> GoValue.ofDuration(1_000_000);
            case "time.Second" -> GoValue.ofDuration(1_000_000_000);
            case "time.Minute" -> GoValue.ofDuration(60_000_000_000L);
            default -> null;
        };
    }

    private GoValue convert(GoValue v, Type_Context type, ExpressionContext at) {
        boolean bool = type.getText().equals("bool");
        if ((v.kind() == GoValue.Kind.BOOL) != bool || v.kind() == GoValue.Kind.DURATION || v.kind() == GoValue.Kind.UNIT) {
            throw refuse(at.getStart(), at.getText() + " is not a " + type.getText());
        }
        return v;
    }

    private static boolean isIntType(Type_Context t) {
        return t != null && INT_TYPES.contains(t.getText());
    }

    private static String syncType(Type_Context t) {
        String text = t.getText().startsWith("*") ? t.getText().substring(1) : t.getText();
        if (text.startsWith("sync.") && SYNC_TYPES.contains(text.substring(5))) {
            return text.substring(5);
        }
        return null;
    }

    private static GoBinding.Elem chanElem(Type_Context t) {
        if (t.chanType() == null) {
            return null;
        }
        String elem = t.chanType().type_().getText();
        return switch (elem) {
            case "int", "int64", "int32" -> GoBinding.Elem.INT;
            case "bool" -> GoBinding.Elem.BOOL;
            case "struct{}" -> GoBinding.Elem.UNIT;
            default -> null;
        };
    }

    private static Type_Context argType(ArgumentContext a) {
        if (a.type_() != null) {
            return a.type_();
        }
        return null;
    }

    private boolean isAlias(ExpressionContext value, Scope scope) {
        ExpressionContext e = stripParens(value);
        if (e instanceof PrimaryContext p && p.primaryExpr() instanceof OperandExprContext o && o.operand() instanceof NameContext n) {
            GoBinding b = scope.get(n.getText());
            return b instanceof GoBinding.Channel || b instanceof GoBinding.Sync || b instanceof GoBinding.Context
                    || b instanceof GoBinding.Cancel;
        }
        return false;
    }

    // ---------------------------------------------------------------- tree helpers

    static ExpressionContext stripParens(ExpressionContext e) {
        while (e instanceof PrimaryContext p && p.primaryExpr() instanceof OperandExprContext o && o.operand() instanceof ParenContext par) {
            e = par.expression();
        }
        return e;
    }

    /** {@code f} for {@code f(...)}, {@code time.Sleep} for {@code time.Sleep(...)}, else null. */
    static String calleeText(ExpressionContext e) {
        if (e instanceof PrimaryContext p && p.primaryExpr() instanceof CallExprContext c) {
            return c.primaryExpr().getText();
        }
        return null;
    }

    /** {@code f} for a call of a plain name {@code f(...)}, else null. */
    static String calleeName(ExpressionContext e) {
        ExpressionContext x = stripParens(e);
        if (x instanceof PrimaryContext p && p.primaryExpr() instanceof CallExprContext c
                && c.primaryExpr() instanceof OperandExprContext o && o.operand() instanceof NameContext n) {
            return n.getText();
        }
        return null;
    }

    static List<ArgumentContext> callArgs(ExpressionContext e) {
        if (stripParens(e) instanceof PrimaryContext p && p.primaryExpr() instanceof CallExprContext c) {
            return c.argument();
        }
        return List.of();
    }

    /** {@code Lock} for {@code mu.Lock()}, else null. */
    static String methodName(ExpressionContext e) {
        if (e instanceof PrimaryContext p && p.primaryExpr() instanceof CallExprContext c && c.primaryExpr() instanceof SelectorExprContext s) {
            return s.IDENT().getText();
        }
        return null;
    }

    static String receiverText(ExpressionContext e) {
        if (e instanceof PrimaryContext p && p.primaryExpr() instanceof CallExprContext c && c.primaryExpr() instanceof SelectorExprContext s) {
            return s.primaryExpr().getText();
        }
        return null;
    }

    private static List<String> paramNames(ParametersContext params) {
        List<String> names = new ArrayList<>();
        for (ParameterDeclContext p : params.parameterDecl()) {
            if (p.identList() != null) {
                p.identList().IDENT().forEach(t -> names.add(t.getText()));
            }
        }
        return names;
    }

    static String unquote(String_Context s) {
        String t = s.getText();
        if (t.startsWith("`")) {
            return t.substring(1, t.length() - 1);
        }
        StringBuilder b = new StringBuilder();
        for (int i = 1; i < t.length() - 1; i++) {
            char c = t.charAt(i);
            if (c == '\\' && i + 1 < t.length() - 1) {
                char n = t.charAt(++i);
                b.append(switch (n) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'r' -> '\r';
                    default -> n;
                });
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    static Refusal refuse(Token at, String message) {
        return new Refusal(at, message);
    }
}
