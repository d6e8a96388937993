package org.interleave.app.editor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.interleave.engine.model.Goal;
import org.interleave.level.LevelException;
import org.interleave.level.LevelLoader;
import org.interleave.level.Problem;

/**
 * A level being written in the level editor: every field of the level file (DESIGN §2, §5) as a
 * property, the starting design and the reference solution as JSON text. It turns into the
 * level file's JSON through Jackson, in the campaign's field order, is checked by the same
 * {@link LevelLoader} as {@code validate}, and is saved atomically. It builds no nodes.
 */
public final class LevelDraft {
    /** Part types the palette counts, in the order the schema lists them. */
    public static final List<String> PALETTE_TYPES = List.of("channel", "mutex", "rwmutex", "waitgroup", "once",
            "var", "atomic", "context", "sink", "goroutine", "producer", "consumer", "worker", "closer");
    /** The outcomes a break level may ask for. */
    public static final List<String> OUTCOMES = LevelLoader.OUTCOMES;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EMPTY_DESIGN = "{\n  \"parts\": [\n  ]\n}";
    /** JSON on one line with a space after each colon and comma: {@code {"id": "mu", "type": "mutex"}}. */
    private static final ObjectWriter ONE_LINE = JSON.writer(new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEntrySpacing(Separators.Spacing.AFTER)
            .withArrayValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultPrettyPrinter.NopIndenter())
            .withArrayIndenter(new DefaultPrettyPrinter.NopIndenter()));

    private final StringProperty id = new SimpleStringProperty(this, "id", "my-level");
    private final StringProperty title = new SimpleStringProperty(this, "title", "My level");
    private final StringProperty chapter = new SimpleStringProperty(this, "chapter", "");
    private final ObjectProperty<Goal.Mode> mode = new SimpleObjectProperty<>(this, "mode", Goal.Mode.FIX);
    private final StringProperty brief = new SimpleStringProperty(this, "brief", "");
    private final StringProperty hints = new SimpleStringProperty(this, "hints", "");
    private final StringProperty concepts = new SimpleStringProperty(this, "concepts", "");
    private final BooleanProperty noRace = new SimpleBooleanProperty(this, "noRace", true);
    private final BooleanProperty noDeadlock = new SimpleBooleanProperty(this, "noDeadlock", true);
    private final BooleanProperty noLeak = new SimpleBooleanProperty(this, "noLeak", true);
    private final BooleanProperty noPanic = new SimpleBooleanProperty(this, "noPanic", true);
    private final StringProperty reach = new SimpleStringProperty(this, "reach", "");
    private final StringProperty outputSink = new SimpleStringProperty(this, "outputSink", "");
    private final StringProperty outputExpect = new SimpleStringProperty(this, "outputExpect", "");
    private final BooleanProperty outputAnyOrder = new SimpleBooleanProperty(this, "outputAnyOrder");
    private final LongProperty maxTicks = new SimpleLongProperty(this, "maxTicks");
    private final IntegerProperty cores = new SimpleIntegerProperty(this, "cores", 2);
    private final LongProperty parTicks = new SimpleLongProperty(this, "parTicks");
    private final IntegerProperty parParts = new SimpleIntegerProperty(this, "parParts");
    private final IntegerProperty parOps = new SimpleIntegerProperty(this, "parOps");
    private final IntegerProperty parSteps = new SimpleIntegerProperty(this, "parSteps");
    private final Map<String, IntegerProperty> palette = new LinkedHashMap<>();
    private final StringProperty paletteOps = new SimpleStringProperty(this, "paletteOps", "");
    private final IntegerProperty maxSteps = new SimpleIntegerProperty(this, "maxSteps");
    private final LongProperty maxExecutions = new SimpleLongProperty(this, "maxExecutions");
    private final IntegerProperty preemptionBound = new SimpleIntegerProperty(this, "preemptionBound", -1);
    private final StringProperty design = new SimpleStringProperty(this, "design", EMPTY_DESIGN);
    private final StringProperty solution = new SimpleStringProperty(this, "solution", "");
    private String schema;

    public LevelDraft() {
        for (String type : PALETTE_TYPES) {
            palette.put(type, new SimpleIntegerProperty(this, type));
        }
        mode.addListener((o, a, m) -> {
            Goal d = Goal.defaults(m);
            noRace.set(d.noRace());
            noDeadlock.set(d.noDeadlock());
            noLeak.set(d.noLeak());
            noPanic.set(d.noPanic());
        });
    }

    /** Every property, for listeners that re-check the draft whenever anything changes. */
    public List<Observable> observables() {
        List<Observable> all = new ArrayList<>(List.of(id, title, chapter, mode, brief, hints, concepts, noRace,
                noDeadlock, noLeak, noPanic, reach, outputSink, outputExpect, outputAnyOrder, maxTicks, cores, parTicks,
                parParts, parOps, parSteps, paletteOps, maxSteps, maxExecutions, preemptionBound, design, solution));
        all.addAll(palette.values());
        return all;
    }

    // ---------------------------------------------------------------- to and from JSON

    /** The level file's text, as it would be saved. */
    public String toText() throws JsonProcessingException {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        return JSON.writer(printer).writeValueAsString(toJson()) + "\n";
    }

    /**
     * The level as a JSON tree, fields in the campaign's order; optional fields only when set.
     *
     * @throws JsonProcessingException when the design or solution text is not well-formed JSON
     */
    public ObjectNode toJson() throws JsonProcessingException {
        ObjectNode o = JSON.createObjectNode();
        if (schema != null) {
            o.put("$schema", schema);
        }
        o.put("format", 1);
        o.put("id", id.get().trim());
        o.put("title", title.get().trim());
        putText(o, "chapter", chapter.get());
        List<String> conceptList = splitList(concepts.get(), ",");
        if (!conceptList.isEmpty()) {
            ArrayNode a = o.putArray("concepts");
            conceptList.forEach(a::add);
        }
        o.put("mode", mode.get().json());
        if (!brief.get().isBlank()) {
            o.put("brief", brief.get().endsWith("\n") ? brief.get() : brief.get() + "\n");
        }
        o.set("design", JSON.readTree(design.get()));
        ObjectNode pal = JSON.createObjectNode();
        palette.forEach((type, n) -> {
            if (n.get() > 0) {
                pal.put(type, n.get());
            }
        });
        List<String> ops = splitList(paletteOps.get(), ",");
        if (!ops.isEmpty()) {
            ArrayNode a = pal.putArray("ops");
            ops.forEach(a::add);
        }
        if (!pal.isEmpty()) {
            o.set("palette", pal);
        }
        ObjectNode goal = goalJson();
        if (!goal.isEmpty()) {
            o.set("goal", goal);
        }
        ObjectNode verify = JSON.createObjectNode();
        if (maxSteps.get() > 0) {
            verify.put("maxSteps", maxSteps.get());
        }
        if (maxExecutions.get() > 0) {
            verify.put("maxExecutions", maxExecutions.get());
        }
        if (preemptionBound.get() >= 0) {
            verify.put("preemptionBound", preemptionBound.get());
        }
        if (!verify.isEmpty()) {
            o.set("verify", verify);
        }
        List<String> hintList = splitList(hints.get(), "\n");
        if (!hintList.isEmpty()) {
            ArrayNode a = o.putArray("hints");
            hintList.forEach(a::add);
        }
        if (parTicks.get() > 0 || parParts.get() > 0 || parOps.get() > 0 || parSteps.get() > 0) {
            ObjectNode par = o.putObject("par");
            par.put("ticks", parTicks.get());
            par.put("parts", parParts.get());
            if (parOps.get() > 0) {
                par.put("ops", parOps.get());
            }
            if (parSteps.get() > 0) {
                par.put("steps", parSteps.get());
            }
        }
        if (!solution.get().isBlank()) {
            o.set("solution", JSON.readTree(solution.get()));
        }
        return o;
    }

    private ObjectNode goalJson() {
        ObjectNode g = JSON.createObjectNode();
        Goal d = Goal.defaults(mode.get());
        if (noRace.get() != d.noRace()) {
            g.put("noRace", noRace.get());
        }
        if (noDeadlock.get() != d.noDeadlock()) {
            g.put("noDeadlock", noDeadlock.get());
        }
        if (noLeak.get() != d.noLeak()) {
            g.put("noLeak", noLeak.get());
        }
        if (noPanic.get() != d.noPanic()) {
            g.put("noPanic", noPanic.get());
        }
        if (!outputSink.get().isBlank()) {
            ObjectNode out = g.putObject("output");
            out.put("sink", outputSink.get().trim());
            ArrayNode expect = out.putArray("expect");
            for (String v : splitList(outputExpect.get(), ",")) {
                try {
                    expect.add(Long.parseLong(v));
                } catch (NumberFormatException e) {
                    expect.add(v);  // kept as written, so validation points at it
                }
            }
            if (outputAnyOrder.get()) {
                out.put("order", "any");
            }
        }
        if (maxTicks.get() > 0) {
            g.put("maxTicks", maxTicks.get());
        }
        if (cores.get() != d.cores()) {
            g.put("cores", cores.get());
        }
        if (!reach.get().isBlank()) {
            g.put("reach", reach.get());
        }
        return g;
    }

    private static void putText(ObjectNode o, String field, String value) {
        if (value != null && !value.isBlank()) {
            o.put(field, value.trim());
        }
    }

    private static List<String> splitList(String text, String separator) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split(separator)).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * A draft of a level file's JSON, to edit it; fields the editor has no control for are kept
     * only as far as the level format has them.
     *
     * @throws IOException when the text is not a JSON object
     */
    public static LevelDraft fromText(String text) throws IOException {
        JsonNode root = JSON.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
        if (!(root instanceof ObjectNode o)) {
            throw new IOException("a level file must be a JSON object");
        }
        LevelDraft d = new LevelDraft();
        d.schema = o.hasNonNull("$schema") ? o.get("$schema").asText() : null;
        d.id.set(o.path("id").asText(""));
        d.title.set(o.path("title").asText(""));
        d.chapter.set(o.path("chapter").asText(""));
        String m = o.path("mode").asText("fix").toUpperCase(Locale.ROOT);
        d.mode.set(Arrays.stream(Goal.Mode.values()).anyMatch(x -> x.name().equals(m)) ? Goal.Mode.valueOf(m) : Goal.Mode.FIX);
        d.brief.set(o.path("brief").asText("").stripTrailing());
        d.hints.set(String.join("\n", strings(o.path("hints"))));
        d.concepts.set(String.join(", ", strings(o.path("concepts"))));
        JsonNode g = o.path("goal");
        Goal defaults = Goal.defaults(d.mode.get());
        d.noRace.set(g.path("noRace").asBoolean(defaults.noRace()));
        d.noDeadlock.set(g.path("noDeadlock").asBoolean(defaults.noDeadlock()));
        d.noLeak.set(g.path("noLeak").asBoolean(defaults.noLeak()));
        d.noPanic.set(g.path("noPanic").asBoolean(defaults.noPanic()));
        d.reach.set(g.path("reach").asText(""));
        JsonNode out = g.path("output");
        d.outputSink.set(out.path("sink").asText(""));
        List<String> expect = new ArrayList<>();
        out.path("expect").forEach(v -> expect.add(v.asText()));
        d.outputExpect.set(String.join(", ", expect));
        d.outputAnyOrder.set("any".equals(out.path("order").asText("")));
        d.maxTicks.set(g.path("maxTicks").asLong(0));
        d.cores.set(g.path("cores").asInt(defaults.cores()));
        d.parTicks.set(o.path("par").path("ticks").asLong(0));
        d.parParts.set(o.path("par").path("parts").asInt(0));
        d.parOps.set(o.path("par").path("ops").asInt(0));
        d.parSteps.set(o.path("par").path("steps").asInt(0));
        JsonNode pal = o.path("palette");
        d.palette.forEach((type, n) -> n.set(pal.path(type).asInt(0)));
        d.paletteOps.set(String.join(", ", strings(pal.path("ops"))));
        JsonNode v = o.path("verify");
        d.maxSteps.set(v.path("maxSteps").asInt(0));
        d.maxExecutions.set(v.path("maxExecutions").asLong(0));
        d.preemptionBound.set(v.has("preemptionBound") ? v.path("preemptionBound").asInt(-1) : -1);
        d.design.set(o.has("design") ? pretty(o.get("design")) : EMPTY_DESIGN);
        d.solution.set(o.has("solution") ? pretty(o.get("solution")) : "");
        return d;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    /** A design as the editor shows it: one part per line, like the campaign's files. */
    static String pretty(JsonNode design) throws JsonProcessingException {
        JsonNode parts = design.path("parts");
        if (!design.isObject() || !parts.isArray() || design.size() != 1) {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(design);
        }
        if (parts.isEmpty()) {
            return EMPTY_DESIGN;
        }
        StringBuilder b = new StringBuilder("{\n  \"parts\": [\n");
        for (int i = 0; i < parts.size(); i++) {
            b.append("    ").append(ONE_LINE.writeValueAsString(parts.get(i)));
            b.append(i + 1 < parts.size() ? ",\n" : "\n");
        }
        return b.append("  ]\n}").toString();
    }

    // ---------------------------------------------------------------- checking and saving

    /** The problems {@code validate} would print for this level, as if saved as {@code fileName}. */
    public List<Problem> problems(String fileName) {
        String text;
        try {
            text = toText();
        } catch (JsonProcessingException e) {
            return List.of(new Problem(fileName, 1, 1, "the design or the solution is not well-formed JSON"));
        }
        try {
            LevelLoader.parse(fileName, text);
            return List.of();
        } catch (LevelException e) {
            return e.problems();
        }
    }

    /**
     * The problems of a design text on its own, at lines and columns of that text: the text is
     * checked inside a minimal level of this draft's mode (as the solution when {@code asSolution}).
     */
    public List<Problem> designProblems(String text, boolean asSolution) {
        String head = asSolution
                ? "{\"format\": 1, \"id\": \"draft\", \"title\": \"draft\", \"mode\": \"fix\", \"design\": "
                        + "{\"parts\": [{\"id\": \"main\", \"type\": \"goroutine\", \"start\": \"main\"}]}, \"solution\":\n"
                : "{\"format\": 1, \"id\": \"draft\", \"title\": \"draft\", \"mode\": \"" + mode.get().json()
                        + "\", \"design\":\n";
        try {
            LevelLoader.parse("design", head + text + "\n}");
            return List.of();
        } catch (LevelException e) {
            List<Problem> out = new ArrayList<>();
            for (Problem p : e.problems()) {
                int line = Math.max(1, p.line() - 1);
                int column = p.line() <= 1 ? 1 : p.column();
                out.add(new Problem(asSolution ? "solution" : "design", line, column, p.message(), p.detail()));
            }
            return out;
        }
    }

    /**
     * Saves the level to {@code file} atomically: written next to it, then moved over it, so a
     * crash never leaves half a file.
     */
    public void save(Path file) throws IOException {
        Path abs = file.toAbsolutePath();
        Path dir = abs.getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + abs.getFileName(), ".tmp");
        try {
            Files.writeString(tmp, toText(), StandardCharsets.UTF_8);
            try {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    // ---------------------------------------------------------------- properties

    public StringProperty idProperty() { return id; }
    public StringProperty titleProperty() { return title; }
    public StringProperty chapterProperty() { return chapter; }
    public ObjectProperty<Goal.Mode> modeProperty() { return mode; }
    public StringProperty briefProperty() { return brief; }
    public StringProperty hintsProperty() { return hints; }
    public StringProperty conceptsProperty() { return concepts; }
    public BooleanProperty noRaceProperty() { return noRace; }
    public BooleanProperty noDeadlockProperty() { return noDeadlock; }
    public BooleanProperty noLeakProperty() { return noLeak; }
    public BooleanProperty noPanicProperty() { return noPanic; }
    public StringProperty reachProperty() { return reach; }
    public StringProperty outputSinkProperty() { return outputSink; }
    public StringProperty outputExpectProperty() { return outputExpect; }
    public BooleanProperty outputAnyOrderProperty() { return outputAnyOrder; }
    public LongProperty maxTicksProperty() { return maxTicks; }
    public IntegerProperty coresProperty() { return cores; }
    public LongProperty parTicksProperty() { return parTicks; }
    public IntegerProperty parPartsProperty() { return parParts; }
    public IntegerProperty parOpsProperty() { return parOps; }
    public IntegerProperty parStepsProperty() { return parSteps; }
    public IntegerProperty paletteProperty(String type) { return palette.get(type); }
    public StringProperty paletteOpsProperty() { return paletteOps; }
    public IntegerProperty maxStepsProperty() { return maxSteps; }
    public LongProperty maxExecutionsProperty() { return maxExecutions; }
    public IntegerProperty preemptionBoundProperty() { return preemptionBound; }
    public StringProperty designProperty() { return design; }
    public StringProperty solutionProperty() { return solution; }
}
