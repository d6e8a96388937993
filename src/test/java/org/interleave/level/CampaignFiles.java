package org.interleave.level;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.interleave.engine.model.Level;

/**
 * The campaign's files as the campaign tests read them: the levels in {@code levels/}, their JSON,
 * and the designs kept beside them in {@code levels/solutions/}.
 */
final class CampaignFiles {
    static final Path DIR = Path.of("levels");
    static final ObjectMapper JSON = new ObjectMapper();

    private CampaignFiles() {}

    /** A level file, named in test reports without folder and suffix. */
    record LevelFile(Path path) {
        String name() {
            return path.getFileName().toString();
        }

        @Override
        public String toString() {
            return name().replace(".level.json", "");
        }
    }

    /** Every level of the campaign, in file-name order. */
    static Stream<LevelFile> levels() {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".level.json")).sorted()
                    .toList().stream().map(LevelFile::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The test designs {@code <level id>.<…>.solution.json} in {@code dir} (a folder of
     * {@code src/test/resources}), in name order.
     */
    static Stream<Path> designsIn(String dir) {
        try (Stream<Path> files = Files.list(Path.of("src", "test", "resources", dir))) {
            return files.filter(p -> p.toString().endsWith(".solution.json")).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The campaign level that a design file {@code <level id>.<…>.solution.json} is for. */
    static LevelFile levelOf(Path design) {
        String id = design.getFileName().toString().split("\\.")[0];
        return levels().filter(l -> l.name().endsWith("-" + id + ".level.json")).findFirst()
                .orElseThrow(() -> new AssertionError(design + ": no campaign level " + id));
    }

    static JsonNode json(LevelFile f) {
        try {
            return JSON.readTree(f.path().toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The level as the game loads it; a level that does not load fails the test, naming its problems. */
    static Level level(LevelFile f) {
        try {
            return LevelLoader.load(f.path());
        } catch (LevelException e) {
            throw new AssertionError(f + " does not load: " + e.problems(), e);
        }
    }

    /** The reference designs of a level's pars, {@code levels/solutions/<id>.<score>.solution.json}. */
    static List<Path> references(LevelFile f) {
        return solutionFiles(f, DIR.resolve("solutions"));
    }

    /** Other valid designs of a level, {@code levels/solutions/more/<id>.<name>.solution.json}, that show the spread. */
    static List<Path> moreDesigns(LevelFile f) {
        return solutionFiles(f, DIR.resolve("solutions").resolve("more"));
    }

    /** The files {@code <id>.*.solution.json} of level f in dir, in name order (none if dir is missing). */
    private static List<Path> solutionFiles(LevelFile f, Path dir) {
        String id = json(f).path("id").asText();
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith(id + ".")
                    && p.getFileName().toString().endsWith(".solution.json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
