package org.interleave.app.audit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the layout audits ({@link LayoutAuditBase}) run in this JVM saw — each visit's figures and
 * every violation — and the list of known violations ({@code layout-audit-known.txt}) they are held
 * to: a known one is reported but does not fail, one the list names that no run saw is reported to
 * be removed.
 */
final class AuditReport {
    private AuditReport() {}

    /** What every combination saw, for the report and for the known list's upkeep. */
    static final Map<String, String> FIGURES = java.util.Collections.synchronizedMap(new LinkedHashMap<>());
    static final List<LayoutAudit.Violation> ALL = java.util.Collections.synchronizedList(new ArrayList<>());
    static final java.util.Set<String> SEEN = java.util.Collections.synchronizedSet(new java.util.HashSet<>());
    static int combinationsRun;

    /**
     * Writes what the audits run in this JVM saw to the class's report ({@code
     * target/layout-audit.txt}, or {@code target/layout-audit-projector.txt} for projector mode), and
     * the kinds of violation to {@code target/layout-audit-kinds.txt}; when all {@code combinations}
     * ran, the known violations none of them saw, to be removed from the list.
     */
    static void write(boolean projector, int combinations) throws java.io.IOException {
        Path report = Path.of("target", projector ? "layout-audit-projector.txt" : "layout-audit.txt");
        StringBuilder all = new StringBuilder();
        FIGURES.forEach((k, v) -> all.append(k).append(": ").append(v).append('\n'));
        ALL.forEach(v -> all.append(v).append('\n'));
        Files.createDirectories(report.getParent());
        Files.writeString(report, all.toString());
        java.util.Set<String> kinds = new java.util.TreeSet<>();
        ALL.forEach(v -> kinds.add(key(v)));
        // the kinds, as the known list names them, for its upkeep
        Files.writeString(Path.of("target", "layout-audit-kinds.txt"), String.join("\n", kinds) + "\n");
        System.out.println("layout audit: " + ALL.size() + " violations of " + kinds.size() + " kinds in "
                + FIGURES.size() + " visits (" + report + ", target/layout-audit-kinds.txt)");
        if (combinationsRun == combinations) {
            java.util.Set<String> gone = new java.util.TreeSet<>(knownViolations());
            gone.removeAll(SEEN);
            if (!gone.isEmpty()) {
                // reported, not failed: a faster or slower machine must not turn the list's upkeep into a red build
                System.out.println("layout audit: fixed, remove from layout-audit-known.txt:\n  " + String.join("\n  ", gone));
            }
        }
    }

    /**
     * A violation as the known list names it: the screen without size and look, the rule, and the
     * node without its text (a text may hold a temporary folder's name).
     */
    static String key(LayoutAudit.Violation v) {
        return v.screen().replaceAll(" @ .*", "") + " | " + v.rule() + " | "
                + v.node().replaceAll(" \".*\"( in #|$)", "$1");
    }

    /**
     * Two canvas cards overlapping, as the known list names the kind (any two cards of that screen):
     * which cards meet depends on the step a reveal or run shows when the audit looks.
     */
    static String canvasOverlapKey(LayoutAudit.Violation v) {
        return v.rule().equals("overlap") && v.node().matches("#part-\\S+ in #canvas × #part-\\S+ in #canvas")
                ? v.screen().replaceAll(" @ .*", "") + " | overlap | two cards in #canvas" : null;
    }

    static java.util.Set<String> knownViolations() throws java.io.IOException {
        try (var in = LayoutAuditBase.class.getResourceAsStream("layout-audit-known.txt")) {
            if (in == null) {
                return java.util.Set.of();
            }
            java.util.Set<String> out = new java.util.LinkedHashSet<>();
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.strip());
                }
            }
            return out;
        }
    }

    /** The smallest op text and the worst contrast of a visit. */
    static String summary(LayoutAudit audit) {
        var ops = audit.figures().stream().filter(LayoutAudit.TextFigure::op).mapToDouble(LayoutAudit.TextFigure::px).min();
        var worst = audit.figures().stream().min(Comparator.comparingDouble(LayoutAudit.TextFigure::contrast));
        return "smallest op text " + (ops.isPresent() ? Boxes.fmt(ops.getAsDouble()) + " px" : "—")
                + ", worst contrast " + worst.map(f -> String.format(Locale.ROOT, "%.2f:1 %s on %s (%s)", f.contrast(),
                        f.fg(), f.bg(), f.node())).orElse("—");
    }
}
