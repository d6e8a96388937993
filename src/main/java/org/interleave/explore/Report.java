package org.interleave.explore;

import java.util.List;
import java.util.Locale;
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
        String n = String.format(Locale.ROOT, "%,d", stats.executions());
        String states = String.format(Locale.ROOT, "%,d", stats.states());
        if (exhaustive) {
            return (stats.executions() == 1 ? "the only interleaving checked" : "all " + n + " interleavings checked")
                    + " (" + states + (stats.states() == 1 ? " distinct state)" : " distinct states)");
        }
        return "searched " + n + " executions (" + states + " states) without finishing: " + stopReason;
    }
}
