package org.interleave.gobridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.interleave.app.shared.CampaignCatalog;
import org.interleave.engine.model.Design;
import org.interleave.engine.model.Op;
import org.interleave.engine.model.Part;
import org.junit.jupiter.api.Test;

/** {@link GoExporter#exported}: the same text as export-go, and the line where each op's statement begins. */
class GoExporterLinesTest {
    private static final CampaignCatalog CATALOG = CampaignCatalog.fromClassPath();

    @Test
    void everyCampaignSolution_mapsEachVisibleOpToTheLineOfItsStatement() {
        int checked = 0;
        for (CampaignCatalog.Entry e : CATALOG.entries()) {
            Design design = e.level().solution();
            if (design == null) {
                continue;
            }
            GoExporter.Exported out = GoExporter.exported(design, e.level().id(), e.level().title());
            assertEquals(GoExporter.export(design, e.level().id(), e.level().title()), out.text());
            String[] lines = out.text().split("\n", -1);
            for (Part.Goroutine g : design.goroutines()) {
                for (Op op : OpWalk.all(g.ops())) {
                    String expected = expectedGo(op);
                    if (expected == null) {
                        continue;
                    }
                    int line = out.line(g.id(), op.src().path());
                    String where = e.level().id() + " " + g.id() + " " + op.src().path();
                    assertTrue(line >= 1 && line <= lines.length, where + " has no line");
                    assertTrue(lines[line - 1].contains(expected),
                            where + ": line " + line + " '" + lines[line - 1] + "' lacks '" + expected + "'");
                    checked++;
                }
            }
        }
        assertTrue(checked > 100, "checked " + checked + " ops");
    }

    @Test
    void lines_areOneBased_andKeyedByTemplateAndPath() {
        Design design = CATALOG.entries().stream().map(e -> e.level().solution()).filter(d -> d != null)
                .findFirst().orElseThrow();
        GoExporter.Exported out = GoExporter.exported(design, null, null);
        List<Integer> all = new ArrayList<>(out.lines().values());
        assertTrue(all.stream().allMatch(n -> n > 6), "ops come after the package comment: " + all);
        assertEquals(-1, out.line("no-such-goroutine", "ops[0]"));
        String key = out.lines().keySet().iterator().next();
        assertEquals(out.lines().get(key), out.line(key.substring(0, key.indexOf(' ')), key.substring(key.indexOf(' ') + 1)));
    }

    /** A piece of the Go statement a visible op becomes, or null for ops not checked here. */
    private static String expectedGo(Op op) {
        return switch (op) {
            case Op.Send s -> " <- ";
            case Op.Recv r -> "<-";
            case Op.Close c -> "close(";
            case Op.Go g -> "go ";
            case Op.Lock l -> ".Lock()";
            case Op.Unlock u -> ".Unlock()";
            case Op.RLock l -> ".RLock()";
            case Op.RUnlock u -> ".RUnlock()";
            case Op.Add a -> ".Add(";
            case Op.Done d -> ".Done()";
            case Op.Wait w -> ".Wait()";
            case Op.Select s -> "select {";
            case Op.Range r -> "range";
            case Op.OnceDo o -> ".Do(";
            case Op.AtomicLoad a -> ".Load()";
            case Op.AtomicStore a -> ".Store(";
            case Op.AtomicCas a -> ".CompareAndSwap(";
            case Op.Sleep s -> "time.Sleep(";
            case Op.Cancel c -> "()";
            case Op.Write w -> " = ";
            default -> null;
        };
    }
}
