package org.interleave.explore;

import java.util.List;
import org.interleave.engine.Finding;

/**
 * The result of checking a design against its level's goal: the verdict, whether the search was
 * exhaustive, every distinct finding with its shortest known schedule, what was covered, and —
 * when not exhaustive — why it stopped.
 */
public record Report(String level, Verdict verdict, boolean exhaustive, List<Finding> findings, Stats stats,
                     String strategy, String stopReason) {
    public Report {
        findings = List.copyOf(findings);
    }

    /** A sentence that states the scope of the verdict, as the game and the CLI show it. */
    public String scope() {
        String n = grouped(stats.executions());
        String states = grouped(stats.states());
        if (exhaustive) {
            return (stats.executions() == 1 ? "the only interleaving checked" : "all " + n + " interleavings checked")
                    + " (" + states + (stats.states() == 1 ? " distinct state)" : " distinct states)");
        }
        return "searched " + n + " executions (" + states + " states) without finishing: " + stopReason;
    }

    /**
     * {@code n} as {@code String.format(Locale.ROOT, "%,d", n)} writes it, without starting
     * {@code java.util.Formatter}: its locale data cost a command-line check ~40 ms of CPU, after
     * the search (issue 17).
     */
    static String grouped(long n) {
        StringBuilder out = new StringBuilder(Long.toString(n));
        for (int i = out.length() - 3; i > (n < 0 ? 1 : 0); i -= 3) {
            out.insert(i, ',');
        }
        return out.toString();
    }
}
