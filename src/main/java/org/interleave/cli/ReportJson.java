package org.interleave.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.interleave.engine.Finding;
import org.interleave.engine.Site;
import org.interleave.explore.Report;

/** Renders a report as the one JSON object of {@code check --json} (DESIGN §6). */
final class ReportJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportJson() {}

    static String render(Report r) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("level", r.level());
        o.put("verdict", r.verdict().json());
        o.put("exhaustive", r.exhaustive());
        List<Object> findings = new ArrayList<>();
        for (Finding f : r.findings()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", f.kind().json());
            m.put("message", f.message());
            m.put("schedule", f.schedule().toString());
            m.put("where", f.where().stream().map(Site::toString).toList());
            m.put("explanation", f.explanation());
            findings.add(m);
        }
        o.put("findings", findings);
        Map<String, Object> stats = new LinkedHashMap<>();
        stats.put("executions", r.stats().executions());
        stats.put("states", r.stats().states());
        stats.put("steps", r.stats().steps());
        stats.put("millis", r.stats().millis());
        stats.put("maxDepth", r.stats().maxDepth());
        o.put("stats", stats);
        o.put("strategy", r.strategy());
        o.put("scope", r.scope());
        if (r.stopReason() != null) {
            o.put("stopReason", r.stopReason());
        }
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
