package org.interleave.gobridge;

import static org.interleave.gobridge.GoSyntax.callArgs;
import static org.interleave.gobridge.GoSyntax.calleeName;
import static org.interleave.gobridge.GoSyntax.isIntType;
import static org.interleave.gobridge.GoSyntax.isWorkHelper;
import static org.interleave.gobridge.GoSyntax.refuse;
import static org.interleave.gobridge.GoSyntax.stripParens;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.antlr.v4.runtime.Token;
import org.interleave.engine.expr.Expr;
import org.interleave.engine.model.Layout;
import org.interleave.engine.model.Op;
import org.interleave.engine.model.Part;
import org.interleave.engine.model.Src;
import org.interleave.gobridge.GoBinding.Scope;
import org.interleave.gobridge.GoProgram.Frame;
import org.interleave.gobridge.GoTranslator.Ctx;
import org.interleave.gobridge.GoTranslator.Fn;
import org.interleave.gobridge.parse.GoSubsetParser.*;

/**
 * Translates {@code go} statements: {@code go f(args)} starts a goroutine template made once per
 * function and parts passed, {@code go func(){...}()} a template of its own; ints and bools are
 * passed as the go op's arguments.
 */
final class GoroutineTranslator extends TranslatorPart {
    /** A template started by go statements: the function and the parts its resource parameters are bound to. */
    private record TemplateKey(String function, List<String> resources) {}

    private final Map<TemplateKey, String> templates = new HashMap<>();
    /** The templates whose bodies make parts: each go statement of them needs a template of its own. */
    final Set<String> makesResources = new HashSet<>();

    GoroutineTranslator(GoTranslator translator) {
        super(translator);
    }

    void go(GoStmtContext g, Ctx ctx, List<Op> out) {
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
            bindLiteralParams(lit, args, g, ctx, inner, scope, out, goArgs);
            List<Op> ops = translator.statements.body(lit.block(), inner, fn);
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
        List<String> resources = translator.functions.bindParams(decl, args, e, ctx, new Ctx(scratch, null, probe, ctx.unique(), 0, true), probe, pre, goArgs);
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
            translator.functions.bindParams(decl, args, e, ctx, inner, scope, GoProgram.ops(), ignored);
            translator.functions.inProgress.add(name);
            program.goroutines.put(id, new Part.Goroutine(id, Part.Start.SPAWN, 1, List.of(), null, Layout.NONE));
            List<Op> ops = translator.statements.body(decl.block(), inner, fn);
            translator.functions.inProgress.remove(name);
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
                    GoValue v = translator.expressions.expr(arg.expression(), caller, pre);
                    if ((v.kind() == GoValue.Kind.BOOL) != t.getText().equals("bool")) {
                        throw refuse(arg.getStart(), "argument " + arg.getText() + " does not fit parameter " + pn.getText());
                    }
                    inner.frame().reserve(pn.getText());
                    goArgs.put(pn.getText(), v.toExpr());
                    scope.put(pn.getText(), new GoBinding.Local(inner.frame().template, pn.getText(), v.type(), GoProgram.declKey(pn)));
                } else {
                    scope.put(pn.getText(), translator.functions.argumentBinding(arg.expression(), t, caller, pn.getText(), "the function literal"));
                }
            }
        }
        if (k != args.size()) {
            throw refuse(at.getStart(), "go func(...) with too many arguments");
        }
        out.addAll(pre);
    }
}
