package org.interleave.level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.interleave.engine.model.Design;
import org.interleave.engine.model.Level;
import org.interleave.engine.model.Part;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Writing a design as JSON and reading it back gives the same design, presets included. */
class DesignWriterTest {
    static Stream<Path> campaign() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("levels"))) {
            return files.filter(p -> p.toString().endsWith(LevelFiles.SUFFIX)).sorted().toList().stream();
        }
    }

    private static List<Design> designs(Path file) throws LevelException {
        Level level = LevelLoader.load(file);
        List<Design> out = new ArrayList<>();
        out.add(level.design());
        if (level.solution() != null) {
            out.add(level.solution());
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("campaign")
    void campaignDesigns_writeAndReadBack_unchanged(Path file) throws Exception {
        for (Design d : designs(file)) {
            JsonNode written = DesignWriter.write(d);
            Design back = LevelLoader.readDesign("back.json", written.toString());
            assertEquals(written, DesignWriter.write(back));
            assertEquals(d.parts().stream().map(Part::id).toList(), back.parts().stream().map(Part::id).toList());
            assertEquals(d.parts().stream().map(Part::layout).toList(), back.parts().stream().map(Part::layout).toList());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("campaign")
    void campaignPresets_areReadBackAsTheirPreset_withTheLoadersOps(Path file) throws Exception {
        for (Design d : designs(file)) {
            for (Part.Goroutine g : d.goroutines()) {
                if (g.preset() != null) {
                    PresetSpec spec = PresetSpec.of(g).orElseThrow(() -> new AssertionError(g.id() + " not recognised"));
                    assertEquals(g.preset(), spec.type());
                    assertEquals(DesignWriter.ops(g.ops()), DesignWriter.ops(spec.lower()));
                    assertEquals(g.preset(), DesignWriter.write(d).path("parts").get(d.parts().indexOf(g)).path("type").asText());
                }
            }
        }
    }

    @Test
    void readDesign_acceptsAnUnfinishedDesign_butNotABrokenForm() throws Exception {
        String noMain = "{\"parts\": [{\"id\": \"g\", \"type\": \"goroutine\", \"ops\": [{\"op\": \"send\", \"ch\": \"nowhere\", \"value\": 1}]}]}";
        assertEquals(1, LevelLoader.readDesign("d.json", noMain).parts().size());
        try {
            LevelLoader.readDesign("d.json", "{\"parts\": [{\"id\": \"g\", \"type\": \"pipe\"}]}");
            throw new AssertionError("an unknown part type was accepted");
        } catch (LevelException e) {
            assertTrue(e.getMessage().contains("unknown part type"), e.getMessage());
        }
    }
}
