package org.interleave.oracle;

import java.util.Random;
import java.util.function.LongFunction;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.interleave.engine.model.Level;

/**
 * A random level of the oracle's properties: its JSON (what a failing property prints, ready to
 * save as a level file and run with {@code check}) and the level the product's loader made of it.
 */
record OracleDesign(String json, Level level) {
    /** Mixed into every design's seed: {@code -Dinterleave.oracle.seed=N} (or {@code random}) draws fresh designs. */
    static final long SALT = salt(System.getProperty("interleave.oracle.seed"));

    /**
     * Random levels, reproducible from jqwik's seed (fixed in CI) and {@link #SALT}, each made from
     * its own seed by {@code make} ({@link #of}, or a cache of it).
     */
    static Arbitrary<OracleDesign> arbitrary(LongFunction<OracleDesign> make) {
        return Arbitraries.longs().withoutEdgeCases().map(make::apply);
    }

    static OracleDesign of(long seed) {
        String json = DesignGenerator.json(new Random(seed ^ SALT));
        return new OracleDesign(json, OracleLevels.parse(json));
    }

    private static long salt(String property) {
        if (property == null || property.isBlank()) {
            return 0;
        }
        long salt = property.equals("random") ? System.nanoTime() : Long.parseLong(property.strip());
        System.err.println("oracle designs drawn with -Dinterleave.oracle.seed=" + salt);
        return salt;
    }

    @Override
    public String toString() {
        return json;
    }
}
