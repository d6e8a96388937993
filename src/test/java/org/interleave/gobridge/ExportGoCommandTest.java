package org.interleave.gobridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.interleave.cli.CommandRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export-go LEVEL.json [--solution S.json]} prints the program, or exits 2 like check. */
class ExportGoCommandTest {
    @TempDir
    Path dir;

    @Test
    void level_printsItsDesignAsAGoProgram_exit0() {
        CommandRun r = CommandRun.of("export-go", "levels/06-forgot-to-unlock.level.json");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("// Command forgot-to-unlock runs"), r.out());
        assertTrue(r.out().contains("\nfunc main() {\n"), r.out());
        assertEquals("", r.err());
    }

    @Test
    void solutionFile_printsTheSolutionsDesign() throws Exception {
        Path solution = dir.resolve("s.json");
        Files.writeString(solution, """
                {"format": 1, "level": "generator-quit", "design": {"parts": [
                  {"id": "nums", "type": "channel", "cap": 0},
                  {"id": "quit", "type": "channel", "cap": 0},
                  {"id": "out", "type": "sink"},
                  {"id": "gen", "type": "goroutine", "start": "auto", "ops": [
                    {"op": "loop", "do": [{"op": "select", "cases": [
                      {"send": "nums", "value": 1, "do": []},
                      {"recv": "quit", "do": [{"op": "return"}]}]}]}]},
                  {"id": "main", "type": "goroutine", "start": "main", "ops": [
                    {"op": "select", "cases": [
                      {"after": 1, "do": [{"op": "let", "to": "n", "value": 3}]},
                      {"after": 1, "do": [{"op": "let", "to": "n", "value": 4}]}]},
                    {"op": "repeat", "times": "n", "to": "j", "do": [
                      {"op": "recv", "ch": "nums", "to": "v"},
                      {"op": "assert", "cond": "v == j", "message": "main got a number out of order"},
                      {"op": "emit", "sink": "out", "value": "v"}]},
                    {"op": "close", "ch": "quit"}]}]}}
                """);  // main as the level locks it: a solution keeps the level's locked parts
        CommandRun r = CommandRun.of("export-go", "levels/19-generator-quit.level.json", "--solution", solution.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("\tgo gen()\n\tselect {\n"), r.out());
        assertTrue(r.out().contains("\tfor j := 0; j < n; j++ {\n\t\tv := <-nums\n"), r.out());
    }

    @Test
    void invalidLevel_printsItsProblems_exit2() throws Exception {
        Path level = dir.resolve("bad.level.json");
        Files.writeString(level, "{\"format\": 1, \"id\": \"bad\"}");
        CommandRun r = CommandRun.of("export-go", level.toString());
        assertEquals(2, r.exit());
        assertEquals("", r.out());
        assertTrue(r.err().contains(level + ":1:"), r.err());
    }

    @Test
    void buildLevelWithoutMain_asksForASolution_exit2() throws Exception {
        // the first build level, its goroutines left to the player
        ObjectMapper json = new ObjectMapper();
        ObjectNode level = (ObjectNode) json.readTree(Path.of("levels/02-wait-for-them.level.json").toFile());
        ArrayNode parts = (ArrayNode) level.path("design").path("parts");
        for (int i = parts.size() - 1; i >= 0; i--) {
            if (parts.get(i).path("type").asText().equals("goroutine")) {
                parts.remove(i);
            }
        }
        level.remove("palette");  // its solution adds the goroutines back, beyond what the palette offers
        Path file = dir.resolve("no-main.level.json");
        json.writeValue(file.toFile(), level);
        CommandRun r = CommandRun.of("export-go", file.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("pass --solution"), r.err());
    }

    @Test
    void missingFile_exit2() {
        CommandRun r = CommandRun.of("export-go", dir.resolve("nope.level.json").toString());
        assertEquals(2, r.exit());
        assertEquals("", r.out());
    }
}
