package org.interleave.level;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The level schema validates each op once. A select case was validated twice, by the case's own
 * properties ({@code selectCase}) and again by its kind's definition ({@code case.recv}, ...), both
 * down to its body's ops, so selects nested d deep cost 2^d: a level of selects nested 14 deep took
 * seconds of CPU to load (any level the campaign does not package is checked against the schema).
 * Counted here by the errors a mistake in the innermost op raises: one per time it is validated.
 */
class SchemaNestingTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Schema SCHEMA =
            SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(SchemaCheck.schemaJson());

    /** Selects nested {@code depth} deep, each in the receive case of the one around it; the innermost op has a field 'oops'. */
    static String nested(int depth) {
        String inner = "{\"op\": \"emit\", \"sink\": \"out\", \"value\": 1, \"oops\": 1}";
        for (int d = 0; d < depth; d++) {
            inner = "{\"op\": \"select\", \"cases\": [{\"recv\": \"c\", \"do\": [" + inner + "]},"
                    + " {\"after\": 1, \"do\": []}]}";
        }
        return """
                {"format": 1, "id": "nest", "title": "nest", "mode": "fix",
                 "design": {"parts": [{"id": "c", "type": "channel", "cap": 1}, {"id": "out", "type": "sink"},
                  {"id": "main", "type": "goroutine", "start": "main", "ops": [%s]}]}}
                """.formatted(inner);
    }

    private static long innermostErrors(int depth) throws Exception {
        JsonNode level = JSON.readTree(nested(depth));
        List<Error> errors = SCHEMA.validate(level);
        return errors.stream().filter(e -> "oops".equals(e.getProperty())).count();
    }

    @Test
    void anOpInSelectsNestedTenDeep_isValidatedOnce() throws Exception {
        assertEquals(1, innermostErrors(0), "the mistake outside any select");
        assertEquals(1, innermostErrors(1), "inside one select");
        assertEquals(1, innermostErrors(10), "inside ten nested selects");
    }
}
