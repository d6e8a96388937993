package org.interleave.gobridge;

import static org.interleave.gobridge.GoSyntax.chanElem;
import static org.interleave.gobridge.GoSyntax.hasReturn;
import static org.interleave.gobridge.GoSyntax.isIntType;
import static org.interleave.gobridge.GoSyntax.isWorkHelper;
import static org.interleave.gobridge.GoSyntax.refuse;
import static org.interleave.gobridge.GoSyntax.stripParens;
import static org.interleave.gobridge.GoSyntax.syncType;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.antlr.v4.runtime.Token;
import org.interleave.engine.expr.Expr;
import org.interleave.engine.model.Op;
import org.interleave.engine.model.Src;
import org.interleave.gobridge.GoBinding.Scope;
import org.interleave.gobridge.GoTranslator.Ctx;
import org.interleave.gobridge.GoTranslator.Fn;
import org.interleave.gobridge.parse.GoSubsetParser.*;

/**
 * Inlines calls of package-level functions and {@code once.Do} bodies at their call site, binding
 * each parameter to a local (ints, bools) or to the part passed (channels, locks, atomics,
 * contexts), and refuses recursion, which inlining cannot express.
 */
final class FunctionTranslator extends TranslatorPart {
    /** The goroutine templates whose bodies are being translated: calling one of them is recursion. */
    final Set<String> inProgress = new HashSet<>();
    /** The functions being inlined, outermost first, to name a recursive call's cycle. */
    final List<String> inlining = new ArrayList<>();

    FunctionTranslator(GoTranslator translator) {
        super(translator);
    }

    /** {@code once.Do(f)} or {@code once.Do(func() {...})}: the body runs inline, and return leaves it. */
    Op once(GoBinding.Sync s, List<ArgumentContext> args, ExpressionContext at, Ctx ctx, Src src) {
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
        List<Op> ops = translator.statements.body(block, inner, fn);
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
    void inlineCall(FunctionDeclContext f, List<ArgumentContext> args, ExpressionContext at, Ctx ctx, List<Op> out, Src src) {
        String name = f.IDENT().getText();
        if (f.signature().result() != null) {
            throw refuse(at.getStart(), "call of " + name + ", which returns a value: the subset's functions return nothing"
                    + " (share results through a channel or a variable)");
        }
        if (isWorkHelper(f)) {
            GoValue ms = args.size() == 1 ? translator.names.constOrNull(args.get(0).expression(), ctx.scope()) : null;
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

    void inlineBody(BlockContext block, Ctx inner, Fn fn, Src src, List<Op> out) {
        List<Op> ops = GoProgram.ops();
        translator.statements.block(block, inner, ops);
        translator.statements.runDefers(fn, inner, ops);
        if (fn.wrapped) {
            ops.add(new Op.Break(src));
            out.add(new Op.Loop(src, ops));
        } else {
            out.addAll(ops);
        }
    }

    /**
     * Binds f's parameters: an int or bool becomes a local set from the argument ({@code go}
     * passes it in {@code goArgs} instead), a channel, lock, wait group, atomic, context or cancel
     * function names the part passed. Returns the parts bound, in order.
     */
    List<String> bindParams(FunctionDeclContext f, List<ArgumentContext> args, ExpressionContext at, Ctx caller, Ctx inner,
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
                    GoValue v = translator.expressions.expr(arg.expression(), caller, pre);
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
    GoBinding argumentBinding(ExpressionContext arg, Type_Context type, Ctx caller, String param, String function) {
        String t = type.getText();
        ExpressionContext e = stripParens(arg);
        boolean address = e instanceof UnaryContext u && u.op.getType() == org.interleave.gobridge.parse.GoSubsetParser.AMP;
        ExpressionContext named = address ? stripParens(((UnaryContext) e).expression()) : e;
        GoBinding b = translator.names.lookup(named.getStart(), named.getText(), caller.scope(), caller);
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
}
