package org.interleave.gobridge;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.interleave.gobridge.GoProgram.Refusal;
import org.interleave.gobridge.parse.GoSubsetParser.*;

/**
 * Questions import-go asks of the parse tree and of Go's type names: what a call calls, which
 * types are in the subset, a string literal's text, whether a body returns. Also {@link #refuse},
 * which every translator uses to reject a construct outside the subset with what it offers instead.
 */
final class GoSyntax {
    private static final Set<String> INT_TYPES = Set.of("int", "int64", "int32");
    private static final Set<String> SYNC_TYPES = Set.of("Mutex", "RWMutex", "WaitGroup", "Once");

    private GoSyntax() {}

    static String typeHint() {
        return "the subset's types are int, int32, int64, bool, chan int/bool/struct{}, sync.Mutex, sync.RWMutex,"
                + " sync.WaitGroup, sync.Once, atomic.Int32, atomic.Int64 and context.Context";
    }

    static List<StatementContext> statements(StatementListContext list) {
        return list == null ? List.of() : list.statement();
    }

    /** True if the body returns anywhere (not counting function literals inside it). */
    static boolean hasReturn(ParseTree t) {
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

    /** The busy-wait helper export-go writes ({@code func work(ms int)} looping on time.Now): CPU work of ms ticks. */
    static boolean isWorkHelper(FunctionDeclContext f) {
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

    static GoValue durationConstant(String text) {
        return switch (text) {
            case "time.Nanosecond" -> GoValue.ofDuration(1);
            case "time.Microsecond" -> GoValue.ofDuration(1_000);
            case "time.Millisecond" -> GoValue.ofDuration(1_000_000);
            case "time.Second" -> GoValue.ofDuration(1_000_000_000);
            case "time.Minute" -> GoValue.ofDuration(60_000_000_000L);
            default -> null;
        };
    }

    static boolean isIntType(Type_Context t) {
        return t != null && INT_TYPES.contains(t.getText());
    }

    static String syncType(Type_Context t) {
        String text = t.getText().startsWith("*") ? t.getText().substring(1) : t.getText();
        if (text.startsWith("sync.") && SYNC_TYPES.contains(text.substring(5))) {
            return text.substring(5);
        }
        return null;
    }

    static GoBinding.Elem chanElem(Type_Context t) {
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

    static Type_Context argType(ArgumentContext a) {
        if (a.type_() != null) {
            return a.type_();
        }
        return null;
    }

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

    static List<String> paramNames(ParametersContext params) {
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
