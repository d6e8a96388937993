package org.interleave.explore;

import java.util.List;
import org.interleave.engine.Finding;

/**
 * What a search found and covered: its findings, whether it saw every state (and why not), and
 * how many states, executions and steps it took, the most heap it held for them, and what it
 * stored for its explored states at the end (bytes; see {@link Stats}).
 */
public record SearchResult(List<Finding> findings, boolean complete, String stopReason, long states,
                           long executions, long steps, int maxDepth, long heldBytes, long storedBytes) {
    public SearchResult {
        findings = List.copyOf(findings);
    }
}
