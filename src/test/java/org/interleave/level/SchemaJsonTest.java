package org.interleave.level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The schema read without data binding is the tree {@code ObjectMapper.readTree} reads, and prints as it does. */
class SchemaJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void packagedSchema_isTheTreeReadTreeMakes() throws IOException {
        try (InputStream in = SchemaCheck.class.getResourceAsStream(SchemaCheck.RESOURCE)) {
            assertEquals(JSON.readTree(in), SchemaCheck.schemaJson());
        }
    }

    @Test
    void numbers_takeTheNodeTypesReadTreeGives() throws Exception {
        String text = "[0, -1, 2147483647, -2147483648, 2147483648, -2147483649, 9223372036854775807,"
                + " -9223372036854775808, 9223372036854775808, -9223372036854775809, 1.5, -0.25, 1e3, 2E-2]";
        JsonNode expected = JSON.readTree(text);
        JsonNode actual = SchemaJson.read(text);
        assertEquals(expected, actual);
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i).getClass(), actual.get(i).getClass(), expected.get(i)::toString);
        }
    }

    @Test
    void strings_printAsDataBindingPrintsThem() throws Exception {
        String text = "[\"plain\", \"quote \\\" and \\\\ backslash\", \"tab\\t newline\\n \\u0001 \\u001f\","
                + " \"slash / \\/ unicode \\u00e9 \\u2028 \\ud83d\\ude00\", \"\"]";
        JsonNode actual = SchemaJson.read(text);
        JsonNode expected = JSON.readTree(text);
        assertEquals(expected, actual);
        for (int i = 0; i < expected.size(); i++) {
            assertTrue(actual.get(i) instanceof SchemaJson.Quoted);
            assertEquals(expected.get(i).toString(), actual.get(i).toString());
        }
    }

    @Test
    void everyStringOfTheSchema_printsAsDataBindingPrintsIt() {
        List<JsonNode> strings = new ArrayList<>();
        collect(SchemaCheck.schemaJson(), strings);
        assertTrue(strings.size() > 100, "the schema has its strings");
        for (JsonNode s : strings) {
            assertTrue(s instanceof SchemaJson.Quoted, s::toString);
            assertEquals(new TextNode(s.textValue()).toString(), s.toString());
        }
    }

    /**
     * A value outside an {@code enum} is worded as the validator words it over the schema as
     * {@code ObjectMapper.readTree} reads it (its strings printed by data binding), byte for byte,
     * though the message no longer takes the values from their nodes' {@code toString()}.
     */
    @Test
    void enumMessages_areTheValidatorsOverTheSchemaReadByDataBinding() throws Exception {
        String level = "{ \"format\": 1, \"id\": \"t\", \"title\": \"T\", \"mode\": \"bild\", \"goal\":"
                + " { \"reach\": \"dedlock\" }, \"design\": { \"parts\": [ { \"id\": \"c\", \"type\": \"chanel\" } ] } }";
        Schema readByDataBinding;
        try (InputStream in = SchemaCheck.class.getResourceAsStream(SchemaCheck.RESOURCE)) {
            readByDataBinding = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(JSON.readTree(in));
        }
        List<String> expected = readByDataBinding.validate(JSON.readTree(level)).stream()
                .filter(e -> e.getKeyword().equals("enum")).map(Error::getMessage).toList();
        Schema ours = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(SchemaCheck.schemaJson());
        List<String> actual = ours.validate(SchemaCheck.toJackson(JsonTree.parse(level))).stream()
                .filter(e -> e.getKeyword().equals("enum")).map(SchemaJson::message).toList();
        assertEquals(3, expected.size(), expected::toString);
        assertTrue(expected.contains("does not have a value in the enumeration [\"build\", \"fix\", \"break\"]"), expected::toString);
        assertEquals(expected, actual);
    }

    private static void collect(JsonNode node, List<JsonNode> strings) {
        if (node.isTextual()) {
            strings.add(node);
        }
        node.forEach(child -> collect(child, strings));
    }
}
