package org.interleave.playback;

import java.util.ArrayList;
import java.util.List;
import org.interleave.engine.OpText;
import org.interleave.engine.model.Op;

/**
 * Lays a goroutine's ops out as Go-like lines: one line per op ({@link OpText#of}), nested bodies
 * indented one level, with the braces, {@code case} heads and {@code else} that Go would show.
 */
public final class OpLines {
    private OpLines() {}

    /**
     * One line of a goroutine's code. {@code path} is the op's path ({@code ops[2].do[0]}) on the
     * line that stands for the op, and null on lines of punctuation ({@code }}, {@code case ...:}).
     */
    public record Line(int depth, String text, String path) {}

    /** The lines of {@code ops}, starting at indentation {@code depth}. */
    public static List<Line> of(List<Op> ops, int depth) {
        List<Line> out = new ArrayList<>();
        for (Op op : ops) {
            add(op, depth, out);
        }
        return out;
    }

    private static void add(Op op, int depth, List<Line> out) {
        String path = op.src().path();
        switch (op) {
            case Op.Range r -> block(OpText.of(op), path, r.body(), depth, out);
            case Op.While w -> block(OpText.of(op), path, w.body(), depth, out);
            case Op.Repeat r -> block(OpText.of(op), path, r.body(), depth, out);
            case Op.Loop l -> block(OpText.of(op), path, l.body(), depth, out);
            case Op.OnceDo o -> {
                out.add(new Line(depth, o.once() + ".Do(func() {", path));
                out.addAll(of(o.body(), depth + 1));
                out.add(new Line(depth, "})", null));
            }
            case Op.If i -> {
                out.add(new Line(depth, OpText.of(op) + " {", path));
                out.addAll(of(i.then(), depth + 1));
                if (!i.otherwise().isEmpty()) {
                    out.add(new Line(depth, "} else {", null));
                    out.addAll(of(i.otherwise(), depth + 1));
                }
                out.add(new Line(depth, "}", null));
            }
            case Op.Select s -> {
                out.add(new Line(depth, "select {", path));
                for (Op.Case c : s.cases()) {
                    out.add(new Line(depth + 1, OpText.caseHead(c) + ":", null));
                    out.addAll(of(c.body(), depth + 2));
                }
                if (s.hasDefault()) {
                    out.add(new Line(depth + 1, "default:", null));
                    out.addAll(of(s.otherwise(), depth + 2));
                }
                out.add(new Line(depth, "}", null));
            }
            default -> out.add(new Line(depth, OpText.of(op), path));
        }
    }

    private static void block(String head, String path, List<Op> body, int depth, List<Line> out) {
        out.add(new Line(depth, head + " {", path));
        out.addAll(of(body, depth + 1));
        out.add(new Line(depth, "}", null));
    }
}
