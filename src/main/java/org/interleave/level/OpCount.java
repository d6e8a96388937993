package org.interleave.level;

import java.util.List;
import org.interleave.engine.model.Design;
import org.interleave.engine.model.Op;
import org.interleave.engine.model.Part;

/**
 * The size score of a design: how many ops its goroutines hold, counting the ops nested in
 * loops, ifs, once bodies and select cases (a select counts one, plus its cases' ops). Presets
 * count the ops they lower to, so a preset costs what it does.
 */
public final class OpCount {
    private OpCount() {}

    /** The ops of every goroutine of {@code design}. */
    public static int of(Design design) {
        int n = 0;
        for (Part.Goroutine g : design.goroutines()) {
            n += of(g.ops());
        }
        return n;
    }

    /** The ops in a list, nested ones included. */
    public static int of(List<Op> ops) {
        int n = 0;
        for (Op op : ops) {
            n += 1 + switch (op) {
                case Op.Range r -> of(r.body());
                case Op.While w -> of(w.body());
                case Op.Repeat r -> of(r.body());
                case Op.Loop l -> of(l.body());
                case Op.OnceDo o -> of(o.body());
                case Op.If i -> of(i.then()) + of(i.otherwise());
                case Op.Select s -> s.cases().stream().mapToInt(c -> of(c.body())).sum()
                        + (s.otherwise() == null ? 0 : of(s.otherwise()));
                default -> 0;
            };
        }
        return n;
    }
}
