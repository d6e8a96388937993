package org.interleave.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code check --json}'s object, written without data binding, is byte for byte what ObjectMapper wrote. */
class ReportJsonTest {
    @Test
    void json_isWhatAnIndentingObjectMapperWrites() throws Exception {
        Map<String, Object> finding = new LinkedHashMap<>();
        finding.put("kind", "race");
        finding.put("message", "quote \" backslash \\ tab \t newline \n bell \u0007 é \u2028 😀 </script>");
        finding.put("where", List.of("worker#0 ops[2] write hits", "worker#1 ops[1] read hits"));
        finding.put("explanation", List.of());
        finding.put("nothing", null);
        Map<String, Object> stats = new LinkedHashMap<>();
        stats.put("executions", 2075L);
        stats.put("states", Long.MAX_VALUE);
        stats.put("maxDepth", -3);
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("level", "fan-in");
        report.put("exhaustive", true);
        report.put("partial", false);
        report.put("findings", new ArrayList<>(Arrays.asList(finding, Map.of())));
        report.put("none", List.of());
        report.put("stats", stats);
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        assertEquals(mapper.writeValueAsString(report), ReportJson.json(report));
        assertEquals(mapper.writeValueAsString(Map.of()), ReportJson.json(Map.of()));
    }
}
