package org.interleave.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A report's scope sentence groups its counts as {@code %,d} does in the root locale. */
class ReportTest {
    @ParameterizedTest
    @ValueSource(longs = {0, 1, 12, 999, 1_000, 9_999, 17_537, 100_000, 999_999, 1_000_000, 123_456_789,
            -1, -999, -1_000, -1_234_567, Long.MAX_VALUE, Long.MIN_VALUE})
    void grouped_isFormattersCommaFlag(long n) {
        assertEquals(String.format(Locale.ROOT, "%,d", n), Report.grouped(n));
    }
}
