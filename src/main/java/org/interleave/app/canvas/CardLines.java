package org.interleave.app.canvas;

import java.util.ArrayList;
import java.util.List;
import org.interleave.engine.OpText;
import org.interleave.engine.model.Op;

/**
 * A goroutine's ops as the lines of its card, like {@link org.interleave.playback.OpLines} but
 * with what the editor needs on each line: the op's path, and which reference a select case line
 * stands for ({@code cases[1]}), so that every line that uses a part can carry its wire.
 */
final class CardLines {
    private CardLines() {}

    /**
     * One line: its indentation, Go text, the path of its op (null on punctuation), the reference
     * fields wired from this line, and the list a new op typed on this line goes into.
     */
    record Line(int depth, String text, String path, List<String> refFields, boolean head) {}

    static List<Line> of(List<Op> ops) {
        List<Line> out = new ArrayList<>();
        add(ops, 0, out);
        return out;
    }

    private static void add(List<Op> ops, int depth, List<Line> out) {
        for (Op op : ops) {
            String path = op.src().path();
            List<String> refs = OpFields.refs(op).stream().map(OpFields.Ref::field).toList();
            switch (op) {
                case Op.Select s -> {
                    out.add(new Line(depth, "select {", path, List.of(), true));
                    for (int i = 0; i < s.cases().size(); i++) {
                        Op.Case c = s.cases().get(i);
                        boolean wired = !(c instanceof Op.AfterCase);
                        out.add(new Line(depth + 1, OpText.caseHead(c) + ":", path,
                                wired ? List.of("cases[" + i + "]") : List.of(), false));
                        add(c.body(), depth + 2, out);
                    }
                    if (s.hasDefault()) {
                        out.add(new Line(depth + 1, "default:", null, List.of(), false));
                        add(s.otherwise(), depth + 2, out);
                    }
                    out.add(new Line(depth, "}", null, List.of(), false));
                }
                case Op.If i -> {
                    out.add(new Line(depth, OpText.of(op) + " {", path, refs, true));
                    add(i.then(), depth + 1, out);
                    if (!i.otherwise().isEmpty()) {
                        out.add(new Line(depth, "} else {", null, List.of(), false));
                        add(i.otherwise(), depth + 1, out);
                    }
                    out.add(new Line(depth, "}", null, List.of(), false));
                }
                case Op.OnceDo o -> {
                    out.add(new Line(depth, o.once() + ".Do(func() {", path, refs, true));
                    add(o.body(), depth + 1, out);
                    out.add(new Line(depth, "})", null, List.of(), false));
                }
                default -> {
                    if (OpTree.lists(op).isEmpty()) {
                        out.add(new Line(depth, OpText.of(op), path, refs, true));
                    } else {
                        out.add(new Line(depth, OpText.of(op) + " {", path, refs, true));
                        for (String list : OpTree.lists(op)) {
                            add(OpTree.children(op, list), depth + 1, out);
                        }
                        out.add(new Line(depth, "}", null, List.of(), false));
                    }
                }
            }
        }
    }
}
