package org.interleave.gobridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.interleave.engine.expr.ExprTypes;
import org.interleave.engine.model.Design;
import org.interleave.engine.model.DesignValidator;
import org.interleave.engine.model.Part;
import org.interleave.level.LevelLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Go view shows the design being edited, valid or not. Every design one deletion away from a
 * campaign level's reference solution that no longer validates — an op that gives a local its
 * value removed, every {@code go} op of a goroutine removed (batch-the-sends without its
 * {@code go gen}s), a part that ops name removed — is either exported as a program that builds with
 * Go, or refused with the reason; never written as Go that does not build. (That valid designs
 * build is {@link GoCrossCheckTest}'s claim.)
 */
class GoExportOfEditedDesignsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(10);
    private static final String MODULE = "interleave.edited";

    @TempDir
    static Path work;

    /** The exported programs by variant name, one per distinct text; and the refused variants with why. */
    private static final Map<String, String> exported = new LinkedHashMap<>();
    private static final Map<String, String> refused = new LinkedHashMap<>();
    /** Every variant exported, duplicates of an earlier program's text included. */
    private static final Set<String> shown = new HashSet<>();

    @BeforeAll
    static void exportEveryVariant() throws IOException {
        Map<String, String> seen = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(Path.of("levels"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".level.json")).sorted().toList()) {
                JsonNode solution = JSON.readTree(f.toFile()).get("solution");
                if (solution == null) {
                    continue;
                }
                String level = f.getFileName().toString().replace(".level.json", "");
                for (Map.Entry<String, JsonNode> v : variants(solution).entrySet()) {
                    String name = level + " " + v.getKey();
                    Design d;
                    try {
                        d = LevelLoader.readDesign(name, JSON.writeValueAsString(v.getValue()));
                    } catch (org.interleave.level.LevelException e) {
                        throw new AssertionError(name + ": " + e.problems(), e);
                    }
                    if (DesignValidator.validate(d).isEmpty()) {
                        continue; // a valid design: that it builds is GoCrossCheckTest's claim
                    }
                    try {
                        String program = GoExporter.export(d, level, name);
                        shown.add(name);
                        String body = program.substring(program.indexOf("\npackage main"));
                        if (seen.putIfAbsent(body, name) == null) {
                            exported.put(name, program);
                        }
                    } catch (IllegalArgumentException e) {
                        refused.put(name, e.getMessage());
                    }
                }
            }
        }
    }

    /**
     * The design with one deletion each: every op that assigns a local other ops read, or passes
     * arguments (its readers stay), every goroutine's {@code go} ops all at once, and every part but main.
     */
    static Map<String, JsonNode> variants(JsonNode design) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        ArrayNode parts = (ArrayNode) design.get("parts");
        Map<String, Set<String>> read = reads(design);
        for (int p = 0; p < parts.size(); p++) {
            JsonNode part = parts.get(p);
            String id = part.get("id").asText();
            if (!"main".equals(part.path("start").asText())) {
                ObjectNode copy = design.deepCopy();
                ((ArrayNode) copy.get("parts")).remove(p);
                out.put("without part " + id, copy);
            }
            if (!part.has("ops")) {
                continue;
            }
            List<String> paths = new ArrayList<>();
            opPaths(part.get("ops"), "ops", paths);
            for (String path : paths) {
                JsonNode op = at(part, path);
                if (definesWhatOthersRead(op, read.getOrDefault(id, Set.of()))) {
                    ObjectNode copy = design.deepCopy();
                    JsonNode copyPart = copy.get("parts").get(p);
                    JsonNode gone = at(copyPart, path);
                    removeWhere(copyPart.get("ops"), o -> o == gone);
                    out.put("without " + id + " " + path + " (" + op.get("op").asText() + ")", copy);
                }
            }
            ObjectNode noGo = design.deepCopy();
            if (removeWhere(noGo.get("parts").get(p).get("ops"), o -> "go".equals(o.path("op").asText()))) {
                out.put("without " + id + "'s go ops", noGo);
            }
        }
        return out;
    }

    /**
     * True if {@code op} assigns a local that an op of its goroutine reads, or passes arguments to
     * a template: removing it takes a definer away from a name still read.
     */
    private static boolean definesWhatOthersRead(JsonNode op, Set<String> read) {
        return op.path("args").size() > 0 || read.contains(op.path("to").asText("")) || read.contains(op.path("ok").asText(""));
    }

    /** The locals each goroutine's ops read, by goroutine id. */
    private static Map<String, Set<String>> reads(JsonNode design) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        try {
            for (Part.Goroutine g : LevelLoader.readDesign("solution", JSON.writeValueAsString(design)).goroutines()) {
                Set<String> read = new HashSet<>();
                OpWalk.everything(g.ops()).forEach(op -> OpWalk.exprs(op).forEach(e -> read.addAll(ExprTypes.locals(e))));
                out.put(g.id(), read);
            }
        } catch (IOException | org.interleave.level.LevelException e) {
            throw new AssertionError(e);
        }
        return out;
    }

    private static void opPaths(JsonNode ops, String path, List<String> out) {
        for (int i = 0; i < ops.size(); i++) {
            String at = path + "[" + i + "]";
            out.add(at);
            JsonNode op = ops.get(i);
            for (String list : List.of("do", "then", "else", "default")) {
                if (op.has(list)) {
                    opPaths(op.get(list), at + "." + list, out);
                }
            }
            JsonNode cases = op.path("cases");
            for (int c = 0; c < cases.size(); c++) {
                if (cases.get(c).has("do")) {
                    opPaths(cases.get(c).get("do"), at + ".cases[" + c + "].do", out);
                }
            }
        }
    }

    /** The op at a path such as {@code ops[2].cases[0].do[1]} of a goroutine part. */
    private static JsonNode at(JsonNode part, String path) {
        JsonNode node = part;
        for (String step : path.split("\\.")) {
            int bracket = step.indexOf('[');
            node = node.get(step.substring(0, bracket)).get(Integer.parseInt(step.substring(bracket + 1, step.length() - 1)));
        }
        return node;
    }

    /** Removes, from an op list and the lists nested in it, every op that {@code drop} picks; true if any. */
    private static boolean removeWhere(JsonNode ops, Predicate<JsonNode> drop) {
        boolean any = false;
        for (int i = ops.size() - 1; i >= 0; i--) {
            JsonNode op = ops.get(i);
            if (drop.test(op)) {
                ((ArrayNode) ops).remove(i);
                any = true;
                continue;
            }
            for (String list : List.of("do", "then", "else", "default")) {
                if (op.has(list)) {
                    any |= removeWhere(op.get(list), drop);
                }
            }
            for (JsonNode c : op.path("cases")) {
                if (c.has("do")) {
                    any |= removeWhere(c.get("do"), drop);
                }
            }
        }
        return any;
    }

    @Test
    void batchTheSendsWithoutItsGoGens_isShownAsAProgram() {
        String name = "33-batch-the-sends without main's go ops";
        assertTrue(shown.contains(name), () -> "refused: " + refused.get(name));
    }

    @Test
    void partThatOpsNameRemoved_isRefusedWithItsName() {
        // every level's first channel, mutex, ... is named by some op: removing it leaves no program
        List<String> missing = refused.entrySet().stream().filter(e -> e.getKey().contains(" without part "))
                .filter(e -> !e.getValue().contains("'" + e.getKey().substring(e.getKey().lastIndexOf(' ') + 1) + "'"))
                .map(e -> e.getKey() + ": " + e.getValue()).toList();
        assertEquals(List.of(), missing, "refusals that do not name the removed part");
        assertTrue(refused.keySet().stream().filter(n -> n.contains(" without part ")).count() > 30, refused::toString);
    }

    @Test
    void everyExportedVariant_buildsWithGo() throws Exception {
        GoRunner go = GoOnPath.orSkip(work.resolve("gopath"));
        Path module = work.resolve("module");
        Files.createDirectories(module);
        Files.writeString(module.resolve("go.mod"), "module " + MODULE + "\n\ngo 1.19\n");
        int k = 0;
        Map<String, String> dirs = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : exported.entrySet()) {
            String dir = "v" + k++;
            dirs.put(dir, e.getKey());
            Path design = module.resolve("designs").resolve(dir);
            Files.createDirectories(design);
            Files.writeString(design.resolve("design.go"), GoDriver.asPackage(e.getValue(), e.getKey()));
        }
        Files.createDirectories(module.resolve("driver"));
        Files.writeString(module.resolve("driver").resolve("main.go"), GoDriver.source(MODULE, List.copyOf(dirs.keySet())));
        // one program of them all: one link, where go build ./... linked each program anew on every run
        GoRunner.Result build = go.go(module, BUILD_TIMEOUT, "build", GoOnPath.TRIMPATH, "-o",
                work.resolve("driver").toString(), "./driver");
        System.out.printf("GoExportOfEditedDesignsTest: %d distinct programs built in %d ms, %d variants refused%n",
                exported.size(), build.millis(), refused.size());
        StringBuilder failures = new StringBuilder(build.both());
        dirs.forEach((dir, name) -> failures.append("\n").append(dir).append(" = ").append(name));
        assertTrue(build.ok(), failures::toString);
        assertTrue(exported.size() > 30, "only " + exported.size() + " programs");
    }
}
