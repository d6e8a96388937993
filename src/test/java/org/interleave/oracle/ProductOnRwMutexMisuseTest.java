package org.interleave.oracle;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.interleave.engine.model.Level;

/** The product's exhaustive check (with its reductions) on the designs of {@link RwMutexMisuseTest}: the same verdicts and kinds. */
class ProductOnRwMutexMisuseTest extends RwMutexMisuseTest {
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
