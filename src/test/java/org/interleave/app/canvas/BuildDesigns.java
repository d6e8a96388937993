package org.interleave.app.canvas;

import java.util.List;
import org.interleave.engine.expr.Expr;
import org.interleave.engine.model.Design;
import org.interleave.engine.model.Layout;
import org.interleave.engine.model.Op;
import org.interleave.engine.model.Part;
import org.interleave.engine.model.Src;

/** Small designs built in code for the editor's tests. */
final class BuildDesigns {
    private BuildDesigns() {}

    /** main sends 1 on jobs; also a second channel, a mutex and a sink. */
    static Design pipe() {
        return new Design(List.of(
                new Part.Channel("jobs", 1, false, new Layout(60, 60, false)),
                new Part.Channel("other", 0, false, new Layout(240, 60, false)),
                new Part.Mutex("mu", new Layout(420, 60, false)),
                new Part.Sink("out", new Layout(600, 60, false)),
                new Part.Goroutine("main", Part.Start.MAIN, 1,
                        List.of(new Op.Send(Src.of("ops[0]"), "jobs", Expr.of(1))), null, new Layout(60, 280, false))));
    }
}
