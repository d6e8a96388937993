package org.interleave.level;

import static org.interleave.level.Fixtures.expr;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.interleave.engine.expr.Expr;
import org.interleave.engine.model.Design;
import org.interleave.engine.model.DesignValidator;
import org.interleave.engine.model.DesignValidator.Locus;
import org.interleave.engine.model.Layout;
import org.interleave.engine.model.Op;
import org.interleave.engine.model.Part;
import org.interleave.engine.model.Src;
import org.junit.jupiter.api.Test;

/**
 * {@link DesignValidator} on designs built in code, as the editor builds them: problems are
 * located by part, op path, field and expression offset, with no file involved.
 */
class DesignValidationTest {
    private static final Layout L = Layout.NONE;

    private static Part.Goroutine main(Op... ops) {
        return new Part.Goroutine("main", Part.Start.MAIN, 1, List.of(ops), null, L);
    }

    @Test
    void workerPoolBuiltInCode_hasNoProblems() {
        Part.Goroutine worker = new Part.Goroutine("worker", Part.Start.SPAWN, 1, List.of(
                new Op.Range(Src.of("ops[0]"), "jobs", "j", List.of(
                        new Op.Send(Src.of("ops[0].do[0]"), "results", expr("j * n")))),
                new Op.Done(Src.of("ops[1]"), "wg")), null, L);
        Part.Goroutine main = main(
                new Op.Repeat(Src.of("ops[0]"), Expr.of(3), "i", List.of(
                        new Op.Add(Src.of("ops[0].do[0]"), "wg", Expr.of(1)),
                        new Op.Go(Src.of("ops[0].do[1]"), "worker", Map.of("n", expr("i + 1"))))),
                new Op.Close(Src.of("ops[1]"), "jobs"),
                new Op.Wait(Src.of("ops[2]"), "wg"));
        Design d = new Design(List.of(new Part.Channel("jobs", 3, false, L),
                new Part.Channel("results", 3, false, L), new Part.WaitGroup("wg", L), worker, main));
        assertEquals(List.of(), DesignValidator.validate(d));
    }

    @Test
    void undefinedLocal_isLocatedByPartPathFieldAndOffset() {
        Part.Goroutine main = main(new Op.Let(Src.of("ops[0]"), "x", expr("1 + y")));
        List<DesignValidator.Problem> problems = DesignValidator.validate(new Design(List.of(main)));
        assertEquals(List.of(new DesignValidator.Problem(new Locus(main, "ops[0]", "value", 4), "undefined: y")),
                problems);
    }

    @Test
    void exprBuiltInCode_hasNoOffset() {
        Part.Goroutine main = main(new Op.Assert(Src.of("ops[0]"), Expr.of(3), "three"));
        assertEquals(List.of(new DesignValidator.Problem(new Locus(main, "ops[0]", "cond", -1),
                "'cond' must be bool, not int")), DesignValidator.validate(new Design(List.of(main))));
    }

    @Test
    void atomicOpOnAPlainVar_isTheWrongPartType() {
        Part.Goroutine main = main(new Op.AtomicLoad(Src.of("ops[0]"), "v", "x"));
        assertEquals(List.of(new DesignValidator.Problem(new Locus(main, "ops[0]", "var", -1),
                "'v' is a var; atomic.load needs an atomic")),
                DesignValidator.validate(new Design(List.of(new Part.Var("v", 0, L), main))));
    }

    @Test
    void rlockOnAPlainMutex_needsAnRwMutex() {
        Part.Goroutine main = main(new Op.RLock(Src.of("ops[0]"), "mu"));
        assertEquals(List.of(new DesignValidator.Problem(new Locus(main, "ops[0]", "mu", -1),
                "'mu' is a mutex; rlock needs an rwmutex")),
                DesignValidator.validate(new Design(List.of(new Part.Mutex("mu", L), main))));
    }

    @Test
    void contextParentThatIsNotAContext_isTheWrongPartType() {
        Part.Context ctx = new Part.Context("ctx", "mu", 0, L);
        assertEquals(List.of(new DesignValidator.Problem(new Locus(ctx, null, "parent", -1),
                "'mu' is a mutex; 'parent' needs a context")),
                DesignValidator.validate(new Design(List.of(new Part.Mutex("mu", L), ctx, main()))));
    }

    @Test
    void zeroCountOnAnAutoGoroutine_isReported() {
        Part.Goroutine w = new Part.Goroutine("w", Part.Start.AUTO, 0, List.of(), null, L);
        assertEquals(List.of(new DesignValidator.Problem(new Locus(w, null, "count", -1), "'count' must be at least 1")),
                DesignValidator.validate(new Design(List.of(w, main()))));
    }

    @Test
    void gaps_silenceReferencesToPartsThatDidNotLoad() {
        Design d = new Design(List.of(main(new Op.Close(Src.of("ops[0]"), "jobs"))));
        assertEquals(1, DesignValidator.validate(d).size());
        assertEquals(List.of(), DesignValidator.validate(d,
                new DesignValidator.Gaps(Set.of("jobs"), false, Set.of())));
    }

    @Test
    void closestName_allowsTwoEditsAndPrefersTheEarlierCandidate() {
        assertEquals("channel", DesignValidator.closest("chanel", List.of("channel", "cancel")));
        assertEquals("send", DesignValidator.closest("sned", List.of("send", "select")));
        assertEquals(null, DesignValidator.closest("recieve", List.of("recv")));
        assertEquals(null, DesignValidator.closest("x", List.of("ch")));
    }
}
