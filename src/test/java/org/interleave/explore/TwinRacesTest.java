package org.interleave.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.interleave.engine.expr.Expr;
import org.interleave.engine.model.Design;
import org.interleave.engine.model.Layout;
import org.interleave.engine.model.Op;
import org.interleave.engine.model.Part;
import org.interleave.engine.model.Src;
import org.junit.jupiter.api.Test;

/**
 * Two spawned twins that each write and then read one var race twice: write against write, and
 * one's read against the other's write. Found by jqwik (seed 5076043682330121221) when the search
 * took only one of two alike twins' steps: the twin it kept had written last, so its read raced
 * with nothing, and the read-write race went unreported.
 */
class TwinRacesTest {
    static Design design() {
        Src s = Src.of("ops[?]");
        List<Part> parts = new ArrayList<>();
        parts.add(new Part.Var("x", 0, Layout.NONE));
        parts.add(new Part.Goroutine("main", Part.Start.MAIN, 1, List.of(new Op.Go(Src.of("ops[0]"), "g0", Map.of()),
                new Op.Go(Src.of("ops[1]"), "g0", Map.of())), null, Layout.NONE));
        parts.add(new Part.Goroutine("g0", Part.Start.SPAWN, 1, List.of(new Op.Let(Src.of("ops[0]"), "v", Expr.of(1)),
                new Op.Write(s, "x", new Expr.Local("v")), new Op.Read(s, "x", "v")), null, Layout.NONE));
        return new Design(parts);
    }

    @Test
    void everyReduction_reportsBothRacesOfTheTwins_asPlainSearchDoes() {
        SearchResult plain = ReductionProperties.search(design(), false, false);
        assertEquals(2, plain.findings().size(), plain.findings().toString());
        for (boolean partialOrder : new boolean[] {false, true}) {
            SearchResult reduced = ReductionProperties.search(design(), true, partialOrder);
            assertEquals(ReductionProperties.problems(plain), ReductionProperties.problems(reduced));
            assertEquals(ReductionProperties.shortest(plain), ReductionProperties.shortest(reduced));
        }
    }
}
