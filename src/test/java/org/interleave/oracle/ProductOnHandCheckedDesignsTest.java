package org.interleave.oracle;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.interleave.engine.model.Level;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/**
 * The product's exhaustive check (with its reductions) on every hand-checked design of
 * {@link ReferenceExplorerTest}: the same verdicts and kinds. {@code -Dinterleave.oracle.strict=false}
 * skips it (to look at the reference alone).
 */
@DisabledIfSystemProperty(named = "interleave.oracle.strict", matches = "false",
        disabledReason = "-Dinterleave.oracle.strict=false")
class ProductOnHandCheckedDesignsTest extends ReferenceExplorerTest {
    @Override
    ReferenceResult check(Level level) {
        List<String> replay = new ArrayList<>();
        OracleComparison.Answer a = OracleComparison.product(level, true, replay);
        if (!replay.isEmpty()) {
            throw new AssertionError("does not replay: " + replay);
        }
        return new ReferenceResult(a.verdict(), a.kinds(), a.exhaustive(), 0, null, Map.of(), a.schedules());
    }
}
