package org.interleave.app.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The level editor keeps every par a level has: a level opened and saved again has the same par
 * object, its ops and (for a break level) its steps included. It wrote back only ticks and parts,
 * so every save silently dropped a break level's par of steps and any level's par of ops.
 */
class LevelDraftParTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyCampaignLevel_openedAndSavedInTheEditor_keepsItsWholePar() throws Exception {
        List<Path> levels;
        try (Stream<Path> files = Files.list(Path.of("levels"))) {
            levels = files.filter(p -> p.getFileName().toString().endsWith(".level.json")).sorted().toList();
        }
        assertTrue(levels.size() >= 35, "campaign levels: " + levels.size());
        int withSteps = 0;
        for (Path p : levels) {
            String text = Files.readString(p);
            JsonNode par = JSON.readTree(text).path("par");
            JsonNode saved = LevelDraft.fromText(text).toJson().path("par");
            assertEquals(numbers(par), numbers(saved), p.toString());
            withSteps += par.has("steps") ? 1 : 0;
        }
        assertTrue(withSteps > 0, "no campaign level has a par of steps to keep");
    }

    /** A par's fields and values, whatever JSON number type holds them. */
    private static java.util.Map<String, Long> numbers(JsonNode par) {
        java.util.Map<String, Long> m = new java.util.TreeMap<>();
        par.fields().forEachRemaining(e -> m.put(e.getKey(), e.getValue().asLong()));
        return m;
    }

    @Test
    void aParOfStepsAndOps_setInTheEditor_isSaved() throws Exception {
        LevelDraft d = LevelDraft.fromText(Files.readString(Path.of("levels/01-main-does-not-wait.level.json")));
        d.parStepsProperty().set(5);
        d.parOpsProperty().set(9);
        JsonNode par = LevelDraft.fromText(d.toText()).toJson().path("par");
        assertEquals(5, par.path("steps").asInt());
        assertEquals(9, par.path("ops").asInt());
    }
}
