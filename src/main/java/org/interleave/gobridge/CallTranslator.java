package org.interleave.gobridge;

import static org.interleave.gobridge.GoSyntax.callArgs;
import static org.interleave.gobridge.GoSyntax.calleeText;
import static org.interleave.gobridge.GoSyntax.hasReturn;
import static org.interleave.gobridge.GoSyntax.methodName;
import static org.interleave.gobridge.GoSyntax.receiverText;
import static org.interleave.gobridge.GoSyntax.refuse;
import static org.interleave.gobridge.GoSyntax.stripParens;
import static org.interleave.gobridge.GoSyntax.unquote;

import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.interleave.engine.expr.Expr;
import org.interleave.engine.expr.ValueType;
import org.interleave.engine.model.Op;
import org.interleave.engine.model.Src;
import org.interleave.gobridge.GoProgram.Restart;
import org.interleave.gobridge.GoTranslator.Ctx;
import org.interleave.gobridge.GoTranslator.Fn;
import org.interleave.gobridge.parse.GoSubsetParser.*;

/**
 * Translates calls made as statements: the sync types' methods, {@code fmt.Print*}, {@code time.Sleep},
 * the atomic functions and methods, {@code close}, {@code panic}, cancel functions, and calls of
 * package-level functions (which {@link FunctionTranslator} inlines).
 */
final class CallTranslator extends TranslatorPart {
    CallTranslator(GoTranslator translator) {
        super(translator);
    }

    /** A call as a statement (or a deferred call at a function's exit). */
    void call(ExpressionContext e, Ctx ctx, List<Op> out, boolean deferred) {
        ExpressionContext x = stripParens(e);
        Src src = GoProgram.src(e);
        if (x instanceof UnaryContext u && u.op.getType() == org.interleave.gobridge.parse.GoSubsetParser.ARROW) {
            ExpressionContext from = stripParens(u.expression());
            String callee = calleeText(from);
            if ("time.After".equals(callee)) {
                out.add(new Op.Sleep(src, translator.names.duration(callArgs(from).get(0).expression(), ctx.scope())));
                return;
            }
            if ("Done".equals(methodName(from)) && translator.names.lookup(from.getStart(), receiverText(from), ctx.scope(), ctx) instanceof GoBinding.Context c) {
                out.add(new Op.Select(src, List.of(new Op.DoneCase(c.part(), List.of())), null));
                return;
            }
            out.add(new Op.Recv(src, translator.channels.channel(u.expression(), ctx).part(), null, null));
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
            translator.functions.inlineBody(lit.block(), new Ctx(ctx.frame(), fn, ctx.scope().child(), ctx.unique(), 0, true), fn, src, out);
            return;
        }
        String callee = calleeText(x);
        List<ArgumentContext> args = callArgs(x);
        String method = methodName(x);
        if (method != null && c.primaryExpr() instanceof SelectorExprContext sel) {
            String recv = sel.primaryExpr().getText();
            GoBinding b = translator.names.lookup(sel.primaryExpr().getStart(), recv, ctx.scope(), ctx);
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
                    out.add(new Op.Close(src, translator.channels.channel(args.get(0).expression(), ctx).part()));
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
            case GoBinding.Func f -> translator.functions.inlineCall(f.decl(), args, x, ctx, out, src);
            default -> throw refuse(e.getStart(), callee + " is not a function");
        }
    }

    private void packageCall(String path, String name, List<ArgumentContext> args, ExpressionContext at, Ctx ctx, List<Op> out, Src src) {
        switch (path + "." + name) {
            case "time.Sleep" -> out.add(new Op.Sleep(src, translator.names.duration(args.get(0).expression(), ctx.scope())));
            case "fmt.Println", "fmt.Printf", "fmt.Print" -> print(name, args, at, ctx, out, src);
            case "sync/atomic.AddInt64", "sync/atomic.AddInt32", "sync/atomic.LoadInt64", "sync/atomic.LoadInt32",
                    "sync/atomic.StoreInt64", "sync/atomic.StoreInt32", "sync/atomic.CompareAndSwapInt64",
                    "sync/atomic.CompareAndSwapInt32" -> atomicFunction(name, args, at, ctx, out, src, null);
            default -> throw refuse(at.getStart(), GoTranslator.IMPORTS.get(path) + "." + name + " is not in the subset: "
                    + switch (path) {
                        case "time" -> "time.Sleep(d) and case <-time.After(d) are";
                        case "fmt" -> "fmt.Println, fmt.Printf and fmt.Print of ints are";
                        case "sync/atomic" -> "atomic.Add/Load/Store/CompareAndSwap of Int32 and Int64 are";
                        case "context" -> "context.Background, WithCancel, WithTimeout and ctx.Done() are";
                        default -> "the sync types' methods are";
                    });
        }
    }

    /** {@code fmt.Println}: the int it prints goes to the sink; string literals are left out (see {@link GoTranslator#sinkPrefixes}). */
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
                if (translator.sinkPrefixes && k == 0 && args.size() == 2 && text.matches("[A-Za-z_][A-Za-z0-9_]*:")) {
                    sink = text.substring(0, text.length() - 1);
                }
                continue;
            }
            GoValue v = translator.expressions.expr(a, ctx, pre);
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
    GoValue atomicFunction(String name, List<ArgumentContext> args, ParserRuleContext at, Ctx ctx, List<Op> out, Src src, String result) {
        ExpressionContext first = args.isEmpty() ? null : stripParens(args.get(0).expression());
        if (!(first instanceof UnaryContext u) || u.op.getType() != org.interleave.gobridge.parse.GoSubsetParser.AMP) {
            throw refuse(at.getStart(), "atomic." + name + " takes &x of a variable");
        }
        String var = u.expression().getText();
        GoBinding b = translator.names.lookup(u.expression().getStart(), var, ctx.scope(), ctx);
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
        GoValue v = translator.expressions.expr(args.get(k).expression(), ctx, pre);
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
                    case "Once.Do" -> translator.functions.once(s, args, at, ctx, src);
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

    GoValue atomicMethod(GoBinding.Atomic a, String recv, String method, List<ArgumentContext> args, ParserRuleContext at,
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
}
