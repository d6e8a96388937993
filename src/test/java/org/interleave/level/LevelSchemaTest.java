package org.interleave.level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Draft202012;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code levels/level.schema.json} is a valid draft 2020-12 schema, documents every field, and
 * agrees with the loader: the same part types, presets, ops and fields, every campaign and fixture
 * level the loader accepts passes it, and structurally broken fixtures fail it too.
 */
class LevelSchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Schema SCHEMA = REGISTRY.getSchema(SchemaCheck.schemaJson());
    /** Fixture levels under cli/ that are broken on purpose. */
    private static final Set<String> BROKEN_CLI_FIXTURES = Set.of("malformed.level.json", "unknown-field.level.json");

    private static JsonNode schema() {
        return SchemaCheck.schemaJson();
    }

    private static Path resource(String name) {
        try {
            return Path.of(LevelSchemaTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Error> validate(Path level) throws IOException {
        return SCHEMA.validate(JSON.readTree(level.toFile()));
    }

    @Test
    void schema_isValidDraft202012() {
        Schema meta = REGISTRY.getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));
        assertEquals(List.of(), meta.validate(schema()));
        assertEquals(SpecificationVersion.DRAFT_2020_12.getDialectId(), schema().get("$schema").asText());
    }

    @Test
    void loadersDialect_isTheLibrarysDraft202012_lessItsFormats() {
        Dialect library = Draft202012.getInstance();
        Dialect loaders = SchemaCheck.DIALECT;
        assertEquals(library.getId(), loaders.getId());
        assertEquals(library.getIdKeyword(), loaders.getIdKeyword());
        assertEquals(library.getSpecificationVersion(), loaders.getSpecificationVersion());
        assertEquals(library.getVocabularies(), loaders.getVocabularies());
        assertEquals(keywords(library), keywords(loaders));
    }

    /** Each keyword of a dialect as its name and kind; the format keyword without its formats. */
    private static Map<String, String> keywords(Dialect dialect) {
        Map<String, String> out = new TreeMap<>();
        dialect.getKeywords().forEach((name, k) ->
                out.put(name, k instanceof Enum<?> e ? e.name() : k.getClass().getName() + " " + k.getValue()));
        return out;
    }

    @Test
    void schema_checksNoFormat() {
        // the loader's dialect has no formats: a "format" here would go unchecked there
        List<String> formats = new ArrayList<>();
        visit(schema(), "#", (path, node) -> {
            if (node.has("format") && node.get("format").isTextual()) {
                formats.add(path);
            }
        });
        assertEquals(List.of(), formats);
    }

    @Test
    void packagedSchema_isTheOneInLevels() throws IOException {
        try (InputStream in = SchemaCheck.class.getResourceAsStream(SchemaCheck.RESOURCE)) {
            assertNotNull(in, SchemaCheck.RESOURCE + " is not on the class path");
            assertEquals(JSON.readTree(Path.of("levels/level.schema.json").toFile()), JSON.readTree(in));
        }
    }

    @Test
    void everyFieldOfTheSchema_hasADescription() {
        List<String> undocumented = new ArrayList<>();
        visit(schema(), "#", (path, node) -> {
            JsonNode properties = node.get("properties");
            if (properties != null && properties.isObject() && !path.endsWith("/if")) {
                properties.properties().forEach(p -> {
                    if (!p.getValue().has("description")) {
                        undocumented.add(path + "/properties/" + p.getKey());
                    }
                });
            }
        });
        schema().get("$defs").properties().forEach(d -> {
            if (!d.getValue().has("description")) {
                undocumented.add("#/$defs/" + d.getKey());
            }
        });
        assertEquals(List.of(), undocumented);
    }

    @Test
    void everyObjectOfTheFormat_forbidsUnknownFields() {
        List<String> open = new ArrayList<>();
        visit(schema(), "#", (path, node) -> {
            boolean closed = node.has("additionalProperties") || node.has("allOf");
            if (node.has("properties") && !closed && !path.endsWith("/if")) {
                open.add(path);
            }
        });
        assertEquals(List.of(), open);
    }

    @Test
    void partTypes_areTheLoaders() {
        assertEquals(List.copyOf(DesignReader.TYPES.keySet()),
                strings(schema().at("/$defs/part/properties/type/enum")));
        assertEquals(List.copyOf(DesignReader.TYPES.keySet()),
                fieldNames(schema().at("/$defs/palette/properties")).stream().filter(n -> !n.equals("ops")).toList());
        for (Map.Entry<String, List<String>> type : DesignReader.TYPES.entrySet()) {
            JsonNode def = schema().at("/$defs/part." + type.getKey());
            assertFalse(def.isMissingNode(), "no $defs/part." + type.getKey());
            Set<String> fields = new LinkedHashSet<>(List.of("id", "type", "x", "y", "locked", "sealed", "relay"));
            fields.addAll(type.getValue());
            assertEquals(fields, new LinkedHashSet<>(fieldNames(def.get("properties"))), type.getKey());
        }
    }

    @Test
    void presets_requireWhatPresetsJavaRequires() {
        for (Map.Entry<String, List<String>> preset : Presets.FIELDS.entrySet()) {
            List<String> required = new ArrayList<>(List.of("id", "type"));
            preset.getValue().stream().filter(f -> !f.endsWith("?")).forEach(required::add);
            assertEquals(required, strings(schema().at("/$defs/part." + preset.getKey() + "/required")), preset.getKey());
        }
    }

    @Test
    void ops_areTheLoadersWithTheirFields() {
        assertEquals(List.copyOf(OpReader.OPS.keySet()), strings(schema().at("/$defs/op/properties/op/enum")));
        assertEquals(List.copyOf(OpReader.OPS.keySet()), strings(schema().at("/$defs/palette/properties/ops/items/enum")));
        for (Map.Entry<String, List<String>> op : OpReader.OPS.entrySet()) {
            JsonNode def = schema().at("/$defs/op." + op.getKey());
            assertFalse(def.isMissingNode(), "no $defs/op." + op.getKey());
            List<String> fields = new ArrayList<>(List.of("op", "locked"));
            List<String> required = new ArrayList<>(List.of("op"));
            for (String field : op.getValue()) {
                fields.add(field.replace("?", ""));
                if (!field.endsWith("?")) {
                    required.add(field);
                }
            }
            assertEquals(fields, fieldNames(def.get("properties")), op.getKey());
            assertEquals(required, strings(def.get("required")), op.getKey());
            assertEquals(op.getKey(), def.at("/properties/op/const").asText());
        }
    }

    @Test
    void outcomes_areTheLoaders() {
        assertEquals(LevelLoader.OUTCOMES, strings(schema().at("/$defs/goal/properties/reach/enum")));
    }

    static Stream<Path> validFixtures() throws IOException {
        List<Path> files = new ArrayList<>();
        files.addAll(list(resource("/levels/valid")));
        list(resource("/cli")).stream().filter(p -> !BROKEN_CLI_FIXTURES.contains(p.getFileName().toString()))
                .forEach(files::add);
        files.addAll(list(resource("/realworld")));
        files.addAll(list(resource("/validate/pack")));
        files.addAll(list(Path.of("levels")));
        return files.stream();
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".level.json")).sorted().toList();
        }
    }

    @ParameterizedTest
    @MethodSource("validFixtures")
    void fixtureLevel_passesTheSchemaAndTheLoader(Path level) throws IOException, LevelException {
        assertEquals(List.of(), validate(level));
        assertNotNull(LevelLoader.load(level));
    }

    @ParameterizedTest
    @ValueSource(strings = {"levels/invalid/unknown-field.level.json", "levels/invalid/unknown-op.level.json",
            "levels/invalid/unknown-part-type.level.json", "levels/invalid/wrong-json-type.level.json",
            "levels/invalid/missing-field.level.json", "levels/invalid/misspelt-op-field.level.json",
            "cli/unknown-field.level.json", "validate/broken/unknown-field.level.json",
            "validate/broken/wrong-type.level.json", "validate/broken/preset-missing-field.level.json"})
    void structurallyBrokenFixture_failsTheSchemaToo(String name) throws IOException {
        assertFalse(validate(resource("/" + name)).isEmpty(), name + " passes the schema");
    }

    private static List<String> strings(JsonNode array) {
        assertTrue(array.isArray(), "not an array: " + array);
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> out = new ArrayList<>();
        object.fieldNames().forEachRemaining(out::add);
        return out;
    }

    /** Calls {@code visitor} on every object of the schema with its JSON pointer path. */
    private static void visit(JsonNode node, String path, BiConsumer<String, JsonNode> visitor) {
        if (node.isObject()) {
            visitor.accept(path, node);
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                visit(e.getValue(), path + "/" + e.getKey(), visitor);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                visit(node.get(i), path + "/" + i, visitor);
            }
        }
    }
}
