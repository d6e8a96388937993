package org.interleave.gobridge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.interleave.engine.RandomDesigns;
import org.interleave.engine.model.Bounds;
import org.interleave.engine.model.Design;
import org.interleave.engine.model.Goal;
import org.interleave.engine.model.Level;
import org.interleave.explore.CheckOptions;
import org.interleave.explore.Checker;
import org.interleave.explore.Explorer;
import org.interleave.explore.Report;
import org.interleave.explore.Verdict;

/** import-go of export-go's program keeps the verdict and the finding kinds of random designs. */
class GoRoundTripProperties {
    private static final CheckOptions OPTIONS = new CheckOptions(CheckOptions.StrategyKind.DFS, 1, 1000, 4_000, 3, true, 0);

    @Provide
    Arbitrary<Design> designs() {
        return RandomDesigns.designs();
    }

    @Property(tries = 60)
    void exportThenImport_keepsVerdictAndFindingKinds(@ForAll("designs") Design design) throws GoImportException {
        Level level = new Level(1, "random", "random", null, null, List.of(), Goal.Mode.FIX, design, Map.of(),
                Goal.defaults(Goal.Mode.FIX), new Bounds(120, 1_000_000, -1), List.of(), Level.Par.NONE, null);
        String go = GoExporter.export(level);
        Design back = GoImporter.importGo(go, GoRoundTripTest.sinkOf(design)).design();
        Report before = check(level);
        Report after = check(level.withDesign(back));
        Assume.that(before.verdict() != Verdict.INCONCLUSIVE && after.verdict() != Verdict.INCONCLUSIVE);
        // A search cut by its budget still decides a verdict from what it found, but liveness
        // findings (hang, leaks that loop) need the whole state graph: kinds are compared only
        // when both searches were exhaustive.
        boolean whole = before.exhaustive() && after.exhaustive();
        assertEquals(before.verdict() + (whole ? " " + GoRoundTripTest.kinds(before) : ""),
                after.verdict() + (whole ? " " + GoRoundTripTest.kinds(after) : ""),
                "verdict and finding kinds of the design and of the import of its Go program:\n" + go);
    }

    private static Report check(Level level) {
        return new Checker(OPTIONS, () -> false, Explorer.Progress.NONE, System::nanoTime).check(level);
    }
}
