package org.interleave.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The campaign's levels and solutions, mutated, and hostile shapes, through {@code validate} and
 * {@code check} in this process: every input ends with exit 0, 1, 2 or 3 (never an internal
 * error), and every line on stderr is one {@code file:line:col: message} with no control
 * character. A fixed seed keeps the corpus the same from run to run; {@code -Dhostile.seed=N}
 * tries another.
 */
class HostileFuzzTest {
    private static final Pattern PROBLEM = Pattern.compile("^[^\\p{Cntrl}]+:\\d+:\\d+: [^\\p{Cntrl}]+$");
    private static final Pattern SUMMARY = Pattern.compile("^ok: \\d+ levels$");
    private static final Set<Integer> EXITS = Set.of(0, 1, 2, 3);

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void mutatedCampaignAndHostileShapes_endCleanlyThroughValidateAndCheck() throws IOException {
        long seed = Long.getLong("hostile.seed", 15);
        List<HostileCorpus.Case> cases = HostileCorpus.write(dir, Path.of("levels"), 4, seed);
        List<String> failures = new ArrayList<>();
        for (HostileCorpus.Case c : cases) {
            if (c.solution() == null) {
                expectClean(c, failures, "validate", c.level().toString());
                expectClean(c, failures, "check", c.level().toString(), "--max-millis", "1000");
            } else {
                expectClean(c, failures, "check", c.level().toString(), "--solution", c.solution().toString(),
                        "--max-millis", "1000");
            }
        }
        assertTrue(cases.size() >= 150, "only " + cases.size() + " inputs");
        assertTrue(failures.isEmpty(), () -> failures.size() + " of " + cases.size() + " inputs (seed " + seed
                + ") did not end cleanly:\n" + String.join("\n", failures.subList(0, Math.min(20, failures.size()))));
    }

    private static void expectClean(HostileCorpus.Case c, List<String> failures, String... args) {
        CliTest.Run r = CliTest.run(args);
        String what = c.name() + " (" + args[0] + ")";
        if (!EXITS.contains(r.exit())) {
            failures.add(what + ": exit " + r.exit() + ": " + shorten(r.err()));
            return;
        }
        for (String line : r.err().lines().toList()) {
            if (!PROBLEM.matcher(line).matches() || line.length() > 2000) {
                failures.add(what + ": stderr line is not file:line:col: message: " + shorten(line));
                return;
            }
        }
        for (String line : r.out().lines().toList()) {
            if (line.chars().anyMatch(ch -> ch < 0x20 && ch != '\t' || ch == 0x7f)) {
                failures.add(what + ": control character on stdout: " + shorten(line));
                return;
            }
        }
        if (args[0].equals("validate") && r.out().lines().noneMatch(l -> SUMMARY.matcher(l).matches())) {
            failures.add(what + ": no summary line: " + shorten(r.out()));
        }
        if (r.exit() == 2 && r.err().isEmpty()) {
            failures.add(what + ": refused without saying why");
        }
    }

    private static String shorten(String s) {
        String one = s.replace("\n", "⏎");
        return one.length() > 300 ? one.substring(0, 300) + "…" : one;
    }
}
