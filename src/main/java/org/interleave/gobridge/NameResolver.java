package org.interleave.gobridge;

import static org.interleave.gobridge.GoSyntax.refuse;
import static org.interleave.gobridge.GoSyntax.stripParens;

import java.util.List;
import org.antlr.v4.runtime.Token;
import org.interleave.engine.model.Op;
import org.interleave.gobridge.GoBinding.Scope;
import org.interleave.gobridge.GoProgram.Refusal;
import org.interleave.gobridge.GoProgram.Restart;
import org.interleave.gobridge.GoTranslator.Ctx;
import org.interleave.gobridge.parse.GoSubsetParser.*;

/**
 * What a Go name stands for in a scope, and the value of a constant expression (ints, bools and
 * durations). A name that reaches across a goroutine's boundary to another goroutine's local tells
 * the translation to start over with that local shared ({@link GoProgram.Restart}).
 */
final class NameResolver extends TranslatorPart {
    NameResolver(GoTranslator translator) {
        super(translator);
    }

    /** Looks a name up; a local of another goroutine means it is shared, so the translation starts over with it as a variable. */
    GoBinding lookup(Token at, String name, Scope scope, Ctx ctx) {
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
            GoValue v = translator.expressions.exprOrNull(e, new Ctx(null, null, scope, true, 0, false), pre);
            return v != null && v.isConstant() && pre.isEmpty() ? v : null;
        } catch (Refusal | Restart | NullPointerException ex) {
            return null;
        }
    }

    GoValue constOrRefuse(ExpressionContext e, String message) {
        GoValue v = constOrNull(e, pkg);
        if (v == null) {
            throw refuse(e.getStart(), message);
        }
        return v;
    }

    /** A constant duration, in ticks (milliseconds). */
    long duration(ExpressionContext e, Scope scope) {
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

    GoValue convert(GoValue v, Type_Context type, ExpressionContext at) {
        boolean bool = type.getText().equals("bool");
        if ((v.kind() == GoValue.Kind.BOOL) != bool || v.kind() == GoValue.Kind.DURATION || v.kind() == GoValue.Kind.UNIT) {
            throw refuse(at.getStart(), at.getText() + " is not a " + type.getText());
        }
        return v;
    }

    boolean isAlias(ExpressionContext value, Scope scope) {
        ExpressionContext e = stripParens(value);
        if (e instanceof PrimaryContext p && p.primaryExpr() instanceof OperandExprContext o && o.operand() instanceof NameContext n) {
            GoBinding b = scope.get(n.getText());
            return b instanceof GoBinding.Channel || b instanceof GoBinding.Sync || b instanceof GoBinding.Context
                    || b instanceof GoBinding.Cancel;
        }
        return false;
    }
}
