package org.interleave.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.interleave.engine.Finding;
import org.interleave.engine.Site;
import org.interleave.explore.Report;

/**
 * Renders a report as the one JSON object of {@code check --json} (DESIGN §6), indented as
 * Jackson's {@code ObjectMapper} with {@code INDENT_OUTPUT} indents it, but with the streaming
 * generator alone: starting data binding for one object cost 0.2 s of CPU (issue 17).
 */
final class ReportJson {
    private static final JsonFactory JSON = new JsonFactory();

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
        return json(o);
    }

    /** Maps, lists, strings, numbers, booleans and nulls as indented JSON. */
    static String json(Object value) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out).useDefaultPrettyPrinter()) {
            write(g, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void write(JsonGenerator g, Object value) throws IOException {
        switch (value) {
            case null -> g.writeNull();
            case Map<?, ?> m -> {
                g.writeStartObject();
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    g.writeFieldName(String.valueOf(e.getKey()));
                    write(g, e.getValue());
                }
                g.writeEndObject();
            }
            case List<?> l -> {
                g.writeStartArray();
                for (Object item : l) {
                    write(g, item);
                }
                g.writeEndArray();
            }
            case String s -> g.writeString(s);
            case Boolean b -> g.writeBoolean(b);
            case Integer i -> g.writeNumber(i);
            case Long n -> g.writeNumber(n);
            default -> throw new IllegalArgumentException("no JSON for " + value.getClass().getName());
        }
    }
}
