package org.interleave.level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.interleave.cli.InterleaveCommand;
import org.interleave.engine.model.Design;
import org.interleave.engine.model.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A solution file keeps to its level's palette as the editor makes the player do: the loader, and
 * so {@code check --solution}, refuses one that adds more parts of a type than the palette offers,
 * a type it does not offer, or ops of a kind it does not offer, each at its place in the file.
 */
class PaletteCheckTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path LEVEL = Path.of("levels/24-worker-pool.level.json");
    private static final Path REFERENCE = Path.of("levels/solutions/worker-pool.ticks.solution.json");

    @TempDir
    Path dir;

    private static Level level() throws LevelException {
        return LevelLoader.load(LEVEL);
    }

    /** The worker pool's fastest design with these parts added. */
    private Path withParts(String json) throws Exception {
        ObjectNode file = (ObjectNode) JSON.readTree(REFERENCE.toFile());
        ArrayNode parts = (ArrayNode) file.path("design").path("parts");
        for (var p : JSON.readTree("[" + json + "]")) {
            parts.add(p);
        }
        return write(file);
    }

    private Path write(ObjectNode file) throws Exception {
        Path out = dir.resolve("s.json");
        Files.writeString(out, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(file));
        return out;
    }

    /** The line of the file (1-based) that holds {@code text} first; the object around it opens a line above. */
    private static int lineOf(Path file, String text) throws Exception {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }

    private static List<String> refused(Path file) throws LevelException {
        Level level = level();
        LevelException e = assertThrows(LevelException.class, () -> LevelLoader.loadSolution(file, level));
        return e.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void reference_keepsToThePalette_andLoads() throws Exception {
        assertTrue(LevelLoader.loadSolution(REFERENCE, level()).part("closer").isPresent());
    }

    /** The worker pool's fastest design with its closer opened into plain ops, as the editor's "open" does. */
    private Path withOpenedCloser(String extraParts) throws Exception {
        ObjectNode file = (ObjectNode) JSON.readTree(REFERENCE.toFile());
        ArrayNode parts = (ArrayNode) file.path("design").path("parts");
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i).path("id").asText().equals("closer")) {
                parts.set(i, JSON.readTree("{\"id\": \"closer\", \"type\": \"goroutine\", \"x\": 340, \"y\": 280,"
                        + " \"start\": \"spawn\", \"ops\": [{\"op\": \"wait\", \"wg\": \"wg\"},"
                        + " {\"op\": \"close\", \"ch\": \"results\"}]}"));
            }
        }
        for (var p : JSON.readTree("[" + extraParts + "]")) {
            parts.add(p);
        }
        return write(file);
    }

    @Test
    void openedPreset_isAPlainGoroutineThePaletteAllowsAsThatPreset_andLoads() throws Exception {
        // worker-pool offers one closer and no goroutine; the editor lets the player open the
        // closer into its ops (the palette offers ops), which leaves a plain goroutine.
        Design d = LevelLoader.loadSolution(withOpenedCloser(""), level());
        assertTrue(d.part("closer").isPresent());
    }

    @Test
    void openedPreset_andAClosedOneBeyondThePalette_isStillRefused() throws Exception {
        Path file = withOpenedCloser("{\"id\": \"closer2\", \"type\": \"closer\", \"x\": 0, \"y\": 0, \"wg\": \"wg\","
                + " \"ch\": \"results\"}");
        List<String> problems = refused(file);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).endsWith(": the level's palette offers no goroutine, and this design adds 1"),
                problems.get(0));
    }

    @Test
    void secondCloser_isMoreThanThePaletteOffers_refusedAtThePart() throws Exception {
        Path file = withParts("{\"id\": \"closer2\", \"type\": \"closer\", \"x\": 0, \"y\": 0, \"wg\": \"wg\", \"ch\": \"results\"}");
        List<String> problems = refused(file);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith(file + ":" + (lineOf(file, "\"closer2\"") - 1) + ":"), problems.get(0));
        assertTrue(problems.get(0).endsWith(": the level's palette offers 1 closer, and this design adds 2"), problems.get(0));
    }

    @Test
    void partTypeThePaletteLacks_isRefused() throws Exception {
        Path file = withParts("{\"id\": \"mu\", \"type\": \"mutex\", \"x\": 0, \"y\": 0},"
                + " {\"id\": \"more\", \"type\": \"worker\", \"x\": 0, \"y\": 0, \"in\": \"jobs\", \"work\": 1}");
        List<String> problems = refused(file);
        String mu = file + ":" + (lineOf(file, "\"mu\"") - 1) + ":";
        String more = file + ":" + (lineOf(file, "\"more\"") - 1) + ":";
        assertTrue(problems.stream().anyMatch(p -> p.startsWith(mu)
                && p.endsWith(": the level's palette offers no mutex, and this design adds 1")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith(more)
                && p.endsWith(": the level's palette offers no worker, and this design adds 1")), problems.toString());
    }

    @Test
    void opKindThePaletteLacks_isRefusedAtTheOp() throws Exception {
        ObjectNode file = (ObjectNode) JSON.readTree(REFERENCE.toFile());
        for (var p : file.path("design").path("parts")) {
            if (p.path("id").asText().equals("main")) {
                ((ArrayNode) p.path("ops")).insert(0, JSON.readTree("{\"op\": \"sleep\", \"ticks\": 1}"));
            }
        }
        Path path = write(file);
        List<String> problems = refused(path);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith(path + ":" + (lineOf(path, "\"sleep\"") - 1) + ":"), problems.get(0));
        assertTrue(problems.get(0).endsWith(": main: the level's palette does not offer sleep (it offers go, add, done,"
                + " wait, send, recv, close, range, repeat, emit, let), and this design has 1 where the level gives 0"),
                problems.get(0));
    }

    @Test
    void levelWhoseReferenceSolutionGoesBeyondItsPalette_doesNotLoad() {
        String level = """
                { "format": 1, "id": "t", "title": "T", "mode": "build",
                  "design": { "parts": [ { "id": "out", "type": "sink", "locked": true } ] },
                  "palette": { "goroutine": 1, "ops": ["emit"] },
                  "goal": { "output": { "sink": "out", "expect": [1] } },
                  "solution": { "parts": [ { "id": "out", "type": "sink", "locked": true },
                    { "id": "mu", "type": "mutex" },
                    { "id": "main", "type": "goroutine", "start": "main", "ops": [
                      { "op": "lock", "mu": "mu" }, { "op": "emit", "sink": "out", "value": 1 },
                      { "op": "unlock", "mu": "mu" } ] } ] } }
                """;
        LevelException e = assertThrows(LevelException.class, () -> LevelLoader.parse("t.level.json", level));
        assertEquals(List.of("t.level.json:6:5: the level's palette offers no mutex, and this design adds 1",
                "t.level.json:8:7: main: the level's palette does not offer lock (it offers emit), and this design has 1"
                        + " where the level gives 0",
                "t.level.json:9:7: main: the level's palette does not offer unlock (it offers emit), and this design has 1"
                        + " where the level gives 0"),
                e.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void checkSolution_refusesItAsInvalidInput_exit2_withFileLineCol() throws Exception {
        Path file = withParts("{\"id\": \"closer2\", \"type\": \"closer\", \"x\": 0, \"y\": 0, \"wg\": \"wg\", \"ch\": \"results\"}");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new InterleaveCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute("check", LEVEL.toString(), "--solution", file.toString());
        assertEquals(2, exit, out + "\n" + err);
        assertTrue(err.toString().contains(file + ":" + (lineOf(file, "\"closer2\"") - 1) + ":"), err.toString());
        assertTrue(err.toString().contains("the level's palette offers 1 closer, and this design adds 2"), err.toString());
    }
}
