package org.interleave.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.interleave.explore.Report;
import org.interleave.explore.Stats;
import org.interleave.explore.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the commands print is the same in every locale: the digits, the thousands separators and
 * the decimal point of a German machine set to Arabic-Indic digits are those of any other.
 */
class LocaleIndependenceTest {
    /** German grouping ("1.234") and decimal comma, with Arabic-Indic digits. */
    private static final Locale ODD = Locale.forLanguageTag("de-DE-u-nu-arab");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"check", "run"})
    void commandOutput_isTheSameInAnOddLocale(String command) {
        String level = CliTest.file("many-states.level.json");
        CliTest.Run plain = in(Locale.ROOT, () -> CliTest.run(command, level));
        CliTest.Run odd = in(ODD, () -> CliTest.run(command, level));

        assertEquals(plain.exit(), odd.exit(), odd::toString);
        assertTrue(odd.out().chars().noneMatch(c -> Character.isDigit(c) && (c < '0' || c > '9')),
                () -> "digits other than 0-9:\n" + odd.out());
        assertEquals(withoutTimes(plain.out()), withoutTimes(odd.out()));
    }

    @Test
    void largeCounts_useCommasBetweenThousandsInAnOddLocale() {
        Report report = new Report("big", Verdict.CLEARED, true, List.of(), new Stats(12_345, 1_234_567, 0, 0, 0),
                "dfs", null);
        assertEquals("all 12,345 interleavings checked (1,234,567 distinct states)", in(ODD, report::scope));
    }

    @Test
    void oneInterleaving_isNotCountedAsAll() {
        Report report = new Report("one", Verdict.CLEARED, true, List.of(), new Stats(1, 7, 0, 0, 0), "dfs", null);
        assertEquals("the only interleaving checked (7 distinct states)", report.scope());
    }

    private static String withoutTimes(String text) {
        return text.replaceAll("\\d+ ms\\b", "N ms");
    }

    private static <T> T in(Locale locale, Supplier<T> work) {
        Locale before = Locale.getDefault();
        Locale.setDefault(locale);
        try {
            return work.get();
        } finally {
            Locale.setDefault(before);
        }
    }
}
