package org.interleave.gobridge;

import static org.interleave.gobridge.GoSyntax.argType;
import static org.interleave.gobridge.GoSyntax.callArgs;
import static org.interleave.gobridge.GoSyntax.calleeText;
import static org.interleave.gobridge.GoSyntax.chanElem;
import static org.interleave.gobridge.GoSyntax.isIntType;
import static org.interleave.gobridge.GoSyntax.refuse;
import static org.interleave.gobridge.GoSyntax.stripParens;
import static org.interleave.gobridge.GoSyntax.syncType;
import static org.interleave.gobridge.GoSyntax.typeHint;

import java.util.List;
import org.antlr.v4.runtime.Token;
import org.interleave.engine.expr.Expr;
import org.interleave.engine.expr.ValueType;
import org.interleave.engine.model.Layout;
import org.interleave.engine.model.Op;
import org.interleave.engine.model.Part;
import org.interleave.engine.model.Src;
import org.interleave.gobridge.GoBinding.Scope;
import org.interleave.gobridge.GoTranslator.Ctx;
import org.interleave.gobridge.parse.GoSubsetParser.*;

/**
 * Translates {@code var}, {@code const} and {@code :=} declarations: a declaration makes a local
 * of the goroutine, a shared {@code var} or {@code atomic} part, or a resource part (channel,
 * lock, wait group, once, context).
 */
final class DeclarationTranslator extends TranslatorPart {
    DeclarationTranslator(GoTranslator translator) {
        super(translator);
    }

    void declaration(DeclarationContext d, Ctx ctx, Scope scope, List<Op> out) {
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
                    GoValue v = translator.names.constOrNull(e, scope);
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
    void declare(Token name, Type_Context type, ExpressionContext value, Ctx ctx, Scope scope, List<Op> out) {
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
        if (value != null && translator.names.isAlias(value, ctx == null ? scope : ctx.scope())) {
            scope.put(goName, translator.names.lookup(value.getStart(), value.getText(), ctx == null ? scope : ctx.scope(), ctx));
            return;
        }
        if (type != null && !isIntType(type) && !type.getText().equals("bool")) {
            throw refuse(type.getStart(), "variable " + goName + " of type " + type.getText() + ": " + typeHint());
        }
        boolean atomicUse = program.atomicDecls.contains(GoProgram.declKey(name));
        List<Op> pre = GoProgram.ops();
        Ctx valueCtx = ctx == null ? null : ctx;
        GoValue v = ctx == null ? translator.names.constOrRefuse(value, "a package-level variable's first value must be a constant")
                : translator.expressions.expr(value, valueCtx, pre);
        if (type != null) {
            v = translator.names.convert(v, type, value);
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
            translator.statements.write(id, bool, v, GoProgram.src(value), out);
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
            translator.goroutines.makesResources.add(ctx.frame().template);
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
                GoValue c = translator.names.constOrNull(args.get(1).expression(), ctx == null ? pkg : ctx.scope());
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
    void pairDeclaration(List<Token> names, ExpressionContext value, Ctx ctx, Scope scope, List<Op> out) {
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
                GoBinding b = p == null ? null : translator.names.lookup(p.getStart(), p.getText(), ctx == null ? scope : ctx.scope(), ctx);
                if (!(b instanceof GoBinding.Context c)) {
                    throw refuse(args.get(0).getStart(), "parent context " + args.get(0).getText()
                            + ": use context.Background() or a context made earlier");
                }
                parent = c.part();
            }
            long ticks = 0;
            if (timeout) {
                ticks = translator.names.duration(args.get(1).expression(), ctx == null ? scope : ctx.scope());
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
            GoBinding.Channel ch = translator.channels.channel(u.expression(), ctx);
            String to = names.get(0).getText().equals("_") ? null : declareLocal(names.get(0), ch.elem() == GoBinding.Elem.BOOL
                    ? ValueType.BOOL : ValueType.INT, ctx, scope);
            String ok = names.get(1).getText().equals("_") ? null : declareLocal(names.get(1), ValueType.BOOL, ctx, scope);
            translator.channels.receive(ch, to, ok, GoProgram.src(value), ctx, out);
            return;
        }
        throw refuse(value.getStart(), "two variables from " + value.getText()
                + ": the subset declares two at once only for v, ok := <-ch and ctx, cancel := context.WithCancel/WithTimeout(...)");
    }

    /** Declares a new local (refusing one that goroutines share: that needs a shared variable, declared with a value). */
    String declareLocal(Token name, ValueType type, Ctx ctx, Scope scope) {
        if (program.sharedDecls.contains(GoProgram.declKey(name)) || program.atomicDecls.contains(GoProgram.declKey(name))) {
            throw refuse(name, name.getText() + " is shared with a goroutine: declare it first (var " + name.getText()
                    + " int), then assign it");
        }
        String local = ctx.frame().local(name.getText());
        scope.put(name.getText(), new GoBinding.Local(ctx.frame().template, local, type, GoProgram.declKey(name)));
        return local;
    }
}
