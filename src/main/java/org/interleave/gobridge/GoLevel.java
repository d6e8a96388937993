package org.interleave.gobridge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.interleave.engine.Finding;
import org.interleave.engine.model.Design;
import org.interleave.engine.model.Goal;
import org.interleave.engine.model.Level;
import org.interleave.engine.model.Part;
import org.interleave.explore.CheckOptions;
import org.interleave.explore.Checker;
import org.interleave.explore.Explorer;
import org.interleave.explore.Report;
import org.interleave.explore.Verdict;
import org.interleave.level.DesignWriter;
import org.interleave.level.LevelException;
import org.interleave.level.LevelLoader;

/**
 * An imported Go program as a level file: {@code fix} (the program is the design to repair),
 * {@code break} (the player schedules it into the outcome its check finds) or {@code build} (the
 * program is the reference solution; the player starts from its parts, without goroutines).
 */
public final class GoLevel {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private GoLevel() {}

    /** The level and its file text. */
    public record Made(Level level, String json) {}

    /**
     * The level for {@code imported}, read from {@code fileName}.
     *
     * @throws GoImportException when the mode does not fit the program: a break level needs a
     *     program with a finding to reach, a build level one that checks clean
     */
    public static Made make(GoImporter.Imported imported, String fileName, Goal.Mode mode, String title) throws GoImportException {
        return make(imported, fileName, mode, title, true);
    }

    /**
     * The level for {@code imported}; {@code sourceInBrief} puts the program in the brief (the
     * game leaves it out, since it shows the file beside the design).
     */
    public static Made make(GoImporter.Imported imported, String fileName, Goal.Mode mode, String title, boolean sourceInBrief)
            throws GoImportException {
        String[] path = fileName.split("[/\\\\]");
        String base = path[path.length - 1].replaceAll("\\.go$", "");
        if (base.equals("main") && path.length > 1) {
            base = path[path.length - 2];  // workerpool/main.go is the program workerpool
        }
        String id = base.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        id = id.isEmpty() ? "imported" : id;
        ObjectNode root = JSON.createObjectNode();
        root.put("format", 1);
        root.put("id", id);
        root.put("title", title == null || title.isBlank() ? base + ".go" : title.strip());
        root.put("chapter", "Imported Go");
        ArrayNode concepts = root.putArray("concepts");
        concepts(imported.design()).forEach(concepts::add);
        root.put("mode", mode.json());
        Report report = mode == Goal.Mode.FIX ? null : check(imported.design(), id);
        String reach = null;
        if (mode == Goal.Mode.BREAK) {
            if (report.verdict() == Verdict.CLEARED || report.verdict() == Verdict.INCONCLUSIVE || report.findings().isEmpty()) {
                throw new GoImportException(1, 1, "--mode break needs a program that can go wrong, and check finds "
                        + (report.verdict() == Verdict.CLEARED ? "nothing wrong in it" : "no verdict within its bounds")
                        + ": use --mode fix or --mode build");
            }
            reach = report.findings().get(0).kind().json();
        }
        if (mode == Goal.Mode.BUILD && report.verdict() != Verdict.CLEARED) {
            Finding f = report.findings().isEmpty() ? null : report.findings().get(0);
            throw new GoImportException(1, 1, "--mode build makes the program the level's reference solution, but check finds "
                    + (f == null ? "no verdict within its bounds" : f.kind().json() + ": " + f.message().lines().findFirst().orElse(""))
                    + "; use --mode fix or --mode break");
        }
        root.put("brief", brief(base, mode, sourceInBrief ? imported.source() : null));
        if (mode == Goal.Mode.BUILD) {
            root.set("design", DesignWriter.write(new Design(imported.design().parts().stream()
                    .filter(p -> !(p instanceof Part.Goroutine)).toList())));
            ObjectNode palette = root.putObject("palette");
            palette.put("goroutine", imported.design().goroutines().size());
            ArrayNode ops = palette.putArray("ops");
            TreeSet<String> kinds = new TreeSet<>();
            imported.design().goroutines().forEach(g -> OpWalk.everything(g.ops()).forEach(op -> kinds.add(op.kind())));
            kinds.forEach(ops::add);
            root.set("solution", DesignWriter.write(imported.design()));
        } else {
            root.set("design", DesignWriter.write(imported.design()));
        }
        if (reach != null) {
            root.putObject("goal").put("reach", reach);
        }
        String text;
        try {
            text = JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        try {
            return new Made(LevelLoader.parse(id + ".level.json", text), text);
        } catch (LevelException e) {
            throw new GoImportException(1, 1, "import-go made a level that does not load: " + e.getMessage());
        }
    }

    /** The level's design checked with the defaults of a fix level. */
    static Report check(Design design, String id) {
        Level level = new Level(1, id, id, null, null, List.of(), Goal.Mode.FIX, design, java.util.Map.of(),
                Goal.defaults(Goal.Mode.FIX), org.interleave.engine.model.Bounds.DEFAULT, List.of(), Level.Par.NONE, null);
        return new Checker(CheckOptions.DEFAULT, () -> false, Explorer.Progress.NONE, System::nanoTime).check(level);
    }

    private static List<String> concepts(Design design) {
        TreeSet<String> seen = new TreeSet<>();
        for (Part p : design.parts()) {
            switch (p) {
                case Part.Channel c -> seen.add(c.cap() > 0 ? "buffered channel" : "channel");
                case Part.Mutex m -> seen.add("Mutex");
                case Part.RwMutex m -> seen.add("RWMutex");
                case Part.WaitGroup w -> seen.add("WaitGroup");
                case Part.Once o -> seen.add("Once");
                case Part.Atomic a -> seen.add("atomic");
                case Part.Context c -> seen.add("context");
                case Part.Var v -> seen.add("shared variable");
                default -> { }
            }
        }
        return new ArrayList<>(seen);
    }

    private static String brief(String base, Goal.Mode mode, String source) {
        String task = switch (mode) {
            case FIX -> "Verify it to see every schedule it can take, and fix what goes wrong.";
            case BREAK -> "Be the scheduler: choose the order the goroutines run in until it goes wrong.";
            case BUILD -> "Build it again from its parts: the program is the reference solution.";
        };
        String intro = "`" + base + ".go`, imported with `import-go`. " + task;
        return source == null ? intro + " The program is beside the design, in the Go view."
                : intro + "\n\n```go\n" + source.strip() + "\n```\n";
    }
}
