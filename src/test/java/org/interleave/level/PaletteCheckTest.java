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
    /** A design of the worker pool with a spawned closer, the preset as the palette offers it. */
    private static final Path REFERENCE = Path.of("levels/solutions/more/worker-pool.spawned-closer.solution.json");

    @TempDir
    Path dir;

    private static Level level() throws LevelException {
        return LevelLoader.load(LEVEL);
    }

    /** An edit of a design's parts (JSON). */
    private interface PartsEdit {
        void apply(ArrayNode parts) throws Exception;
    }

    /** The worker pool's design with a spawned closer, its parts edited, written to a solution file. */
    private Path reference(PartsEdit edit) throws Exception {
        ObjectNode file = (ObjectNode) JSON.readTree(REFERENCE.toFile());
        edit.apply((ArrayNode) file.path("design").path("parts"));
        Path out = dir.resolve("s.json");
        Files.writeString(out, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(file));
        return out;
    }

    /** Adds these parts (JSON objects, comma-separated). */
    private static void add(ArrayNode parts, String json) throws Exception {
        for (var p : JSON.readTree("[" + json + "]")) {
            parts.add(p);
        }
    }

    /** The ops of the part with this id. */
    private static ArrayNode opsOf(ArrayNode parts, String id) {
        for (var p : parts) {
            if (p.path("id").asText().equals(id)) {
                return (ArrayNode) p.path("ops");
            }
        }
        throw new AssertionError("no part " + id);
    }

    /** The worker pool's design with a spawned closer, these parts added. */
    private Path withParts(String json) throws Exception {
        return reference(parts -> add(parts, json));
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

    /** Where a problem with the JSON object around the first line holding {@code text} is reported: {@code file:line:}. */
    private static String at(Path file, String text) throws Exception {
        return file + ":" + (lineOf(file, text) - 1) + ":";
    }

    private static List<String> refused(Path file) throws LevelException {
        Level level = level();
        LevelException e = assertThrows(LevelException.class, () -> LevelLoader.loadSolution(file, level));
        return e.problems().stream().map(Problem::toString).toList();
    }

    /** The one problem for which the loader refuses the file. */
    private static String refusedOnce(Path file) throws LevelException {
        List<String> problems = refused(file);
        assertEquals(1, problems.size(), problems.toString());
        return problems.get(0);
    }

    @Test
    void reference_keepsToThePalette_andLoads() throws Exception {
        assertTrue(LevelLoader.loadSolution(REFERENCE, level()).part("closer").isPresent());
    }

    /** The worker pool's design with a spawned closer, the closer opened into plain ops, as the editor's "open" does. */
    private Path withOpenedCloser(String extraParts) throws Exception {
        return reference(parts -> {
            openCloser(parts);
            add(parts, extraParts);
        });
    }

    private static void openCloser(ArrayNode parts) throws Exception {
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i).path("id").asText().equals("closer")) {
                parts.set(i, JSON.readTree("{\"id\": \"closer\", \"type\": \"goroutine\", \"x\": 340, \"y\": 280,"
                        + " \"start\": \"spawn\", \"ops\": [{\"op\": \"wait\", \"wg\": \"wg\"},"
                        + " {\"op\": \"close\", \"ch\": \"results\"}]}"));
            }
        }
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
        String problem = refusedOnce(file);
        assertTrue(problem.endsWith(": the level's palette offers no goroutine, and this design adds 1"), problem);
    }

    @Test
    void secondCloser_isMoreThanThePaletteOffers_refusedAtThePart() throws Exception {
        Path file = withParts("{\"id\": \"closer2\", \"type\": \"closer\", \"x\": 0, \"y\": 0, \"wg\": \"wg\", \"ch\": \"results\"}");
        String problem = refusedOnce(file);
        assertTrue(problem.startsWith(at(file, "\"closer2\"")), problem);
        assertTrue(problem.endsWith(": the level's palette offers 1 closer, and this design adds 2"), problem);
    }

    @Test
    void partTypeThePaletteLacks_isRefused() throws Exception {
        Path file = withParts("{\"id\": \"mu\", \"type\": \"mutex\", \"x\": 0, \"y\": 0},"
                + " {\"id\": \"more\", \"type\": \"worker\", \"x\": 0, \"y\": 0, \"in\": \"jobs\", \"work\": 1}");
        List<String> problems = refused(file);
        String mu = at(file, "\"mu\"");
        String more = at(file, "\"more\"");
        assertTrue(problems.stream().anyMatch(p -> p.startsWith(mu)
                && p.endsWith(": the level's palette offers no mutex, and this design adds 1")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith(more)
                && p.endsWith(": the level's palette offers no worker, and this design adds 1")), problems.toString());
    }

    @Test
    void opKindThePaletteLacks_isRefusedAtTheOp() throws Exception {
        Path path = reference(parts -> opsOf(parts, "main").insert(0, JSON.readTree("{\"op\": \"sleep\", \"ticks\": 1}")));
        String problem = refusedOnce(path);
        assertTrue(problem.startsWith(at(path, "\"sleep\"")), problem);
        assertTrue(problem.endsWith(": main: the level's palette does not offer sleep (it offers go, add, done,"
                + " wait, send, recv, close, range, emit, let), and this design has 1 where the level gives 0"),
                problem);
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
        assertTrue(err.toString().contains(at(file, "\"closer2\"")), err.toString());
        assertTrue(err.toString().contains("the level's palette offers 1 closer, and this design adds 2"), err.toString());
    }

    /** The opened closer's ops: {@code wait wg}, {@code close results}, with {@code extra} ops (JSON) after the wait. */
    private Path withOpenedCloserOps(String extra) throws Exception {
        return reference(parts -> {
            openCloser(parts);
            ArrayNode ops = opsOf(parts, "closer");
            var more = JSON.readTree("[" + extra + "]");
            for (int i = more.size() - 1; i >= 0; i--) {
                ops.insert(1, more.get(i));
            }
        });
    }

    @Test
    void openedPreset_withOpsOfKindsThePaletteOffers_loads() throws Exception {
        // after opening, the player may add ops of the kinds the palette offers (let here)
        Design d = LevelLoader.loadSolution(withOpenedCloserOps(
                "{\"op\": \"let\", \"to\": \"x\", \"value\": 1}, {\"op\": \"let\", \"to\": \"y\", \"value\": \"x + 1\"}"),
                level());
        assertEquals(4, ((org.interleave.engine.model.Part.Goroutine) d.part("closer").orElseThrow()).ops().size());
    }

    @Test
    void openedPreset_withAnOpOfAKindNeitherThePresetNorThePaletteHas_isRefusedAtTheOp() throws Exception {
        // a closer is wait and close: no sleep, and the palette offers none either
        Path file = withOpenedCloserOps("{\"op\": \"sleep\", \"ticks\": 2}");
        String problem = refusedOnce(file);
        assertTrue(problem.startsWith(at(file, "\"sleep\"")), problem);
        assertTrue(problem.contains(": closer: the level's palette does not offer sleep"), problem);
    }

    /** A level offering one worker and only go ops, and a solution adding {@code added} (JSON parts). */
    private static final String WORKER_LEVEL = """
            { "format": 1, "id": "w", "title": "W", "mode": "build",
              "design": { "parts": [
                { "id": "jobs", "type": "channel", "cap": 2, "locked": true },
                { "id": "done", "type": "channel", "cap": 2, "locked": true },
                { "id": "wg", "type": "waitgroup", "locked": true },
                { "id": "main", "type": "goroutine", "start": "main", "ops": [
                  { "op": "add", "wg": "wg", "n": 1, "locked": true }, { "op": "send", "ch": "jobs", "value": 1, "locked": true },
                  { "op": "close", "ch": "jobs", "locked": true }, { "op": "wait", "wg": "wg", "locked": true } ] } ] },
              "palette": { "worker": 1, "ops": ["go"] } }
            """;

    private static List<String> workerSolution(String worker) throws Exception {
        Level level = LevelLoader.parse("w.level.json", WORKER_LEVEL);
        String parts = JSON.readTree(WORKER_LEVEL).path("design").path("parts").toString();
        String solution = "{\"format\": 1, \"level\": \"w\", \"design\": {\"parts\": "
                + parts.substring(0, parts.length() - 1) + ", " + worker + "]}}";
        try {
            LevelLoader.parseSolution("s.json", solution, level);
            return List.of();
        } catch (LevelException e) {
            return e.problems().stream().map(Problem::message).toList();
        }
    }

    @Test
    void addedPlainGoroutine_shapedAsTheWorkerThePaletteOffers_loadsAsThatWorkerOpened() throws Exception {
        assertEquals(List.of(), workerSolution("""
                {"id": "w1", "type": "goroutine", "start": "auto", "ops": [
                  {"op": "range", "ch": "jobs", "to": "v", "do": [{"op": "send", "ch": "done", "value": "v"}]},
                  {"op": "done", "wg": "wg"}]}"""));
    }

    @Test
    void addedPlainGoroutine_withMoreOfAKindThanTheWorkerHas_isRefused() throws Exception {
        // a worker sends once per job: two sends are the player's own, and the palette offers only go
        List<String> problems = workerSolution("""
                {"id": "w1", "type": "goroutine", "start": "auto", "ops": [
                  {"op": "range", "ch": "jobs", "to": "v", "do": [{"op": "send", "ch": "done", "value": "v"},
                    {"op": "send", "ch": "done", "value": "v"}]},
                  {"op": "done", "wg": "wg"}]}""");
        assertEquals(List.of("w1: the level's palette does not offer send (it offers go), and this design has 2 where"
                + " the level gives 1"), problems);
    }

    @Test
    void twoAddedPlainGoroutines_forOneWorker_areOneTooMany() throws Exception {
        String worker = """
                {"id": "%s", "type": "goroutine", "start": "auto", "ops": [
                  {"op": "range", "ch": "jobs", "to": "v"}, {"op": "done", "wg": "wg"}]}""";
        List<String> problems = workerSolution(worker.formatted("w1") + ", " + worker.formatted("w2"));
        assertTrue(problems.contains("the level's palette offers no goroutine, and this design adds 1"), problems.toString());
    }

    @Test
    void startPresetOpened_countsAsThatPreset_evenWhereThePaletteOffersNone() throws Exception {
        String level = """
                { "format": 1, "id": "c", "title": "C", "mode": "build",
                  "design": { "parts": [
                    { "id": "nums", "type": "channel", "cap": 1, "locked": true },
                    { "id": "out", "type": "sink", "locked": true },
                    { "id": "reader", "type": "consumer", "ch": "nums", "sink": "out" },
                    { "id": "main", "type": "goroutine", "start": "main", "ops": [
                      { "op": "send", "ch": "nums", "value": 1, "locked": true }, { "op": "close", "ch": "nums", "locked": true } ] } ] },
                  "palette": { "ops": ["let"] } }
                """;
        Level l = LevelLoader.parse("c.level.json", level);
        String opened = JSON.readTree(level).path("design").toString().replace(
                "{\"id\":\"reader\",\"type\":\"consumer\",\"ch\":\"nums\",\"sink\":\"out\"}",
                "{\"id\":\"reader\",\"type\":\"goroutine\",\"ops\":[{\"op\":\"range\",\"ch\":\"nums\",\"to\":\"v\","
                        + "\"do\":[{\"op\":\"let\",\"to\":\"w\",\"value\":\"v * 2\"},{\"op\":\"emit\",\"sink\":\"out\",\"value\":\"w\"}]}]}");
        assertTrue(opened.contains("\"type\":\"goroutine\",\"ops\""), opened);
        Design d = LevelLoader.parseSolution("s.json", "{\"format\": 1, \"level\": \"c\", \"design\": " + opened + "}", l);
        assertTrue(d.part("reader").isPresent());
    }

    @Test
    void editorsPaletteBar_countsAnOpenedPresetInItsPlace() throws Exception {
        Level level = level();
        Design start = level.design();
        Design opened = LevelLoader.loadSolution(withOpenedCloser(""), level);
        Design closed = LevelLoader.loadSolution(REFERENCE, level);
        java.util.Map<String, Integer> parts = java.util.Map.of("closer", 1);
        List<String> ops = List.of("go", "wait", "close");
        assertEquals(1, PaletteCheck.partsLeft(parts, ops, start, start, "closer"));
        assertEquals(0, PaletteCheck.partsLeft(parts, ops, start, closed, "closer"));
        assertEquals(0, PaletteCheck.partsLeft(parts, ops, start, opened, "closer"),
                "opening the closer does not give its place in the palette back");
    }
}
