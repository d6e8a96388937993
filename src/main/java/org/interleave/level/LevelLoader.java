package org.interleave.level;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.interleave.engine.model.Bounds;
import org.interleave.engine.model.Design;
import org.interleave.engine.model.DesignValidator;
import org.interleave.engine.model.DesignValidator.Gaps;
import org.interleave.engine.model.Goal;
import org.interleave.engine.model.Level;
import org.interleave.engine.model.Part;
import org.interleave.level.JsonTree.Arr;
import org.interleave.level.JsonTree.Member;
import org.interleave.level.JsonTree.Node;
import org.interleave.level.JsonTree.Num;
import org.interleave.level.JsonTree.Obj;
import org.interleave.level.JsonTree.Str;

/**
 * Loads level files (DESIGN §2, §3, §5) and solution files into the model, or reports every
 * problem in them as {@code file:line:col: message}, one per mistake.
 *
 * <p>Designs are checked by {@link DesignValidator} as well as for their form. One leniency: the
 * starting design of a {@code build} level may lack a main goroutine, since the player builds it.
 * Goroutine presets ({@code producer}, {@code consumer}, {@code worker}, {@code closer}) are
 * lowered to plain ops as described in {@link Presets}. A level that passes all this is also
 * checked against the level schema that authors' editors use ({@link SchemaCheck}).
 */
public final class LevelLoader {
    /** Files larger than this are refused before parsing. */
    public static final long MAX_FILE_BYTES = 1 << 20;
    /** The outcome kinds a break level may ask the player to reach. */
    public static final List<String> OUTCOMES =
            List.of("race", "deadlock", "leak", "panic", "assert", "hang", "output");

    static final int MAX_CORES = 64;
    /** The largest {@code maxSteps} a file may write; it is clamped to {@link #STEPS_CLAMP}. */
    static final long MAX_STEPS = 1_000_000;
    /**
     * What {@code verify} bounds are clamped to: larger values are accepted (files written for
     * earlier versions keep loading) but count as these, so a file cannot ask for a search that
     * runs for hours before the time and memory bounds stop it.
     */
    public static final int STEPS_CLAMP = 100_000;
    public static final long EXECUTIONS_CLAMP = 10_000_000;

    private static final Pattern LEVEL_ID = Pattern.compile("[a-z0-9-]+");
    private static final List<String> LEVEL_FIELDS = List.of("$schema", "format", "id", "title", "brief",
            "chapter", "concepts", "mode", "design", "palette", "goal", "verify", "hints", "par", "solution");
    private static final List<String> MODES = List.of("build", "fix", "break");

    private LevelLoader() {}

    /**
     * Builds what a first load spends most of its time on, the level schema's validator, so that
     * another thread can do it meanwhile: the loads after it find it ready. Safe from any thread.
     */
    public static void prepare() {
        SchemaCheck.prepare();
    }

    /** Reads and checks a level file. */
    public static Level load(Path file) throws LevelException {
        byte[] bytes = bytes(file);
        // a campaign level as packaged passed the schema when the build checked it (issue 17)
        return parse(file.toString(), text(file.toString(), bytes), !PackagedLevels.isPackaged(file, bytes));
    }

    /**
     * Checks the bytes of the level file {@code fileName} (a file name, no folder: used in problems) as
     * {@link #load} does: bytes that are the campaign's level of that name as the jar packages it
     * ({@link PackagedLevels}) pass without the level schema, which the build checked them against, and
     * any other bytes are checked against it. For the campaign the game lists, read from the class path.
     */
    public static Level parse(String fileName, byte[] bytes) throws LevelException {
        return parse(fileName, text(fileName, bytes), !PackagedLevels.isPackaged(fileName, bytes));
    }

    /** Checks the text of a level file; {@code fileName} is used in problems. */
    public static Level parse(String fileName, String json) throws LevelException {
        return parse(fileName, json, true);
    }

    /** Checks the text of a level file, against the level schema too when {@code schema}. */
    private static Level parse(String fileName, String json, boolean schema) throws LevelException {
        Report r = new Report(fileName);
        Obj root = root(r, json, "a level");
        Fields f = new Fields(root, "level", LEVEL_FIELDS, List.of("format", "id", "title", "mode", "design"), r);
        f.string("$schema");
        format(f);
        String id = f.name("id");
        if (id != null && !LEVEL_ID.matcher(id).matches()) {
            r.at(f.node("id").pos(), "invalid level id " + Quote.quote(id) + ": use lowercase letters, digits and -");
        }
        String modeName = f.choice("mode", "mode", MODES);
        Goal.Mode mode = modeName == null ? null : Goal.Mode.valueOf(modeName.toUpperCase(Locale.ROOT));

        DesignReader.Result design = design(f, "design", r, mode == Goal.Mode.BUILD);
        DesignReader.Result solution = design(f, "solution", r, false);
        Level level = new Level(1, id, f.string("title"), f.string("brief"), f.string("chapter"),
                f.strings("concepts"), mode, design == null ? null : design.design(), palette(f, r),
                goal(f, mode == null ? Goal.Mode.BUILD : mode, r, design, solution), bounds(f),
                f.strings("hints"), par(f), solution == null ? null : solution.design());
        if (mode != Goal.Mode.BREAK && design != null && solution != null && !r.any()) {
            // the reference solution is a design the player could make: it keeps what the level locks,
            // and to its palette (once the rest of the file is right: a part broken in the design would
            // count as one the solution adds, and an op missing a field has no text to compare)
            keepsLocks(design.design(), solution, r);
            if (!r.any()) {
                keepsPalette(level, solution, r);
            }
        }
        r.throwIfAny();
        // only on a file the checks above accepted, so no mistake is reported twice
        if (schema) {
            SchemaCheck.check(root, r);
            r.throwIfAny();
        }
        return level;
    }

    /** Reads and checks a solution file for {@code level}. */
    public static Design loadSolution(Path file, Level level) throws LevelException {
        return parseSolution(file.toString(), text(file.toString(), bytes(file)), level);
    }

    /**
     * Checks the text of a solution file, {@code {"format": 1, "level": id, "design": {...}}},
     * whose level id must be {@code level}'s.
     */
    public static Design parseSolution(String fileName, String json, Level level) throws LevelException {
        Report r = new Report(fileName);
        Obj root = root(r, json, "a solution");
        Fields f = new Fields(root, "solution file", List.of("$schema", "format", "level", "design"),
                List.of("format", "level", "design"), r);
        f.string("$schema");
        format(f);
        String id = f.name("level");
        if (id != null && !id.equals(level.id())) {
            r.at(f.node("level").pos(), "solution is for level " + Quote.quote(id) + ", not '" + level.id() + "'");
        }
        DesignReader.Result design = design(f, "design", r, false);
        // a solution for another level is wrong as a whole; its fit to this goal says nothing more
        if (design != null && level.goal() != null && (id == null || id.equals(level.id()))) {
            goalSink(level.goal(), design.design()).ifPresent(m -> r.at(f.node("design").pos(), m));
            if (level.mode() != Goal.Mode.BREAK && level.design() != null && !r.any()) {
                keepsLocks(level.design(), design, r);  // once the design reads: an op missing a field has no text
            }
            if (level.mode() != Goal.Mode.BREAK && !r.any()) {
                keepsPalette(level, design, r);  // once the design reads: a broken part would count as one added
            }
        }
        r.throwIfAny();
        return design.design();
    }

    /** Reports, at the design's own places, what in it breaks the locks of the level's starting design. */
    private static void keepsLocks(Design start, DesignReader.Result design, Report r) {
        for (DesignValidator.Problem p : LockedOps.fit(start, design.design())) {
            r.at(design.map().locate(p.where()), p.message());
        }
    }

    /**
     * Reports, at the design's own places, what in it the level's palette does not offer: parts
     * added beyond it, ops of a kind it lacks (a {@code break} level's solution is the author's fix,
     * exempt like its locks).
     */
    private static void keepsPalette(Level level, DesignReader.Result design, Report r) {
        Design start = level.design() == null ? new Design(List.of()) : level.design();
        for (DesignValidator.Problem p : PaletteCheck.problems(level.palette(), start, design.design())) {
            r.at(design.map().locate(p.where()), p.message());
        }
    }

    /**
     * What is wrong with a design for a level's goal that the design alone cannot show: the output
     * goal reads a sink the design lacks (or a part that is no sink). A level's own design and
     * solution are checked for this as the level loads; a solution file, or a design the player
     * built, is checked with this.
     */
    public static java.util.Optional<String> goalSink(Goal goal, Design design) {
        if (goal.output() == null || goal.output().sink() == null) {
            return java.util.Optional.empty();
        }
        String sink = goal.output().sink();
        Part p = design.part(sink).orElse(null);
        if (p == null) {
            return java.util.Optional.of("the design has no sink '" + sink
                    + "', which the level's output goal reads: add a sink part with that id");
        }
        return p instanceof Part.Sink ? java.util.Optional.empty() : java.util.Optional.of("'" + sink + "' is a "
                + p.type() + " in this design; the level's output goal needs a sink");
    }

    /**
     * Reads a design object ({@code {"parts": [...]}}) as the editor saved it. Only its form is
     * checked: a design being built may still lack main or have other mistakes the editor shows.
     */
    public static Design readDesign(String fileName, String json) throws LevelException {
        Report r = new Report(fileName);
        Obj root = root(r, json, "a design");
        DesignReader.Result design = DesignReader.read(root, r);
        r.throwIfAny();
        return design.design();
    }

    private static byte[] bytes(Path file) throws LevelException {
        Report r = new Report(file.toString());
        try {
            return RegularFile.read(file, MAX_FILE_BYTES);
        } catch (RegularFile.Unreadable e) {
            r.at(1, 1, e.why() == RegularFile.Why.TOO_LARGE ? e.getMessage() : "cannot read file: " + e.getMessage());
        }
        r.throwIfAny();
        throw new AssertionError("unreachable");
    }

    private static String text(String fileName, byte[] bytes) throws LevelException {
        Report r = new Report(fileName);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            r.at(1, 1, "file is not valid UTF-8");
        }
        r.throwIfAny();
        throw new AssertionError("unreachable");
    }

    private static String tooLarge(long bytes) {
        return "file is too large: " + bytes + " bytes (at most " + MAX_FILE_BYTES + ")";
    }

    /** The root object of a file, or the one problem that makes the file unreadable. */
    private static Obj root(Report r, String json, String what) throws LevelException {
        long bytes = json.length() > MAX_FILE_BYTES / 3 ? json.getBytes(StandardCharsets.UTF_8).length : 0;
        if (bytes > MAX_FILE_BYTES) {
            r.at(1, 1, tooLarge(bytes));
            r.throwIfAny();
        }
        String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
        try {
            Node root = JsonTree.parse(text);
            if (root instanceof Obj o) {
                return o;
            }
            r.at(root.pos(), what + " must be a JSON object, not " + Fields.describe(root));
        } catch (JsonTree.SyntaxError e) {
            r.at(e.pos(), e.getMessage());
        }
        r.throwIfAny();
        throw new AssertionError("unreachable");
    }

    private static void format(Fields f) {
        Long format = f.integer("format", Long.MIN_VALUE, Long.MAX_VALUE);
        if (format != null && format != 1) {
            f.at(f.node("format").pos(), "unsupported format " + format + "; this version reads format 1");
        }
    }

    /** Reads and validates a design field; null when absent or not an object. */
    private static DesignReader.Result design(Fields f, String field, Report r, boolean mayLackMain) {
        Obj o = f.object(field);
        if (o == null) {
            return null;
        }
        DesignReader.Result result = DesignReader.read(o, r);
        Gaps gaps = result.gaps();
        if (mayLackMain) {
            // a build level's starting design may leave main to the player
            gaps = new Gaps(gaps.brokenParts(), true, gaps.incompleteGoroutines());
        }
        for (DesignValidator.Problem p : DesignValidator.validate(result.design(), gaps)) {
            r.at(result.map().locate(p.where()), p.message(), ValidatorDetail.of(p.message()));
        }
        List<DesignValidator.Problem> locks = new ArrayList<>(LockedOps.validate(result.design()));
        locks.addAll(LockedOps.sealedSends(result.design()));
        for (DesignValidator.Problem p : locks) {
            r.at(result.map().locate(p.where()), p.message());
        }
        return result;
    }

    private static Map<String, Object> palette(Fields level, Report r) {
        Map<String, Object> palette = new LinkedHashMap<>();
        Obj o = level.object("palette");
        if (o == null) {
            return palette;
        }
        List<String> keys = new ArrayList<>(DesignReader.TYPES.keySet());
        keys.add("ops");
        for (Member m : o.members()) {
            if (m.name().equals("ops")) {
                palette.put("ops", paletteOps(m.value(), r));
            } else if (!keys.contains(m.name())) {
                r.unknown(m.namePos(), "palette entry", m.name(), keys);
            } else if (m.value() instanceof Num n && Fields.asLong(n) != null
                    && Fields.asLong(n) >= 0 && Fields.asLong(n) <= DesignReader.MAX_PARTS) {
                palette.put(m.name(), Fields.asLong(n).intValue());
            } else {
                String count = "a count between 0 and " + DesignReader.MAX_PARTS;
                r.at(m.value().pos(), "palette entry '" + m.name() + "' must be " + count + ", not "
                        + Fields.describe(m.value()), new Problem.Detail(count, Fields.describe(m.value()), null));
            }
        }
        return palette;
    }

    private static List<String> paletteOps(Node value, Report r) {
        List<String> ops = new ArrayList<>();
        if (!(value instanceof Arr a)) {
            r.wrongType(value.pos(), "ops", "an array of op names", Fields.describe(value));
            return ops;
        }
        for (Node item : a.items()) {
            if (!(item instanceof Str s)) {
                r.at(item.pos(), "'ops' must hold op names, not " + Fields.describe(item),
                        new Problem.Detail("an op name", Fields.describe(item), null));
            } else if (!OpReader.OPS.containsKey(s.value())) {
                r.unknown(item.pos(), "op", s.value(), OpReader.OPS.keySet());
            } else {
                ops.add(s.value());
            }
        }
        return List.copyOf(ops);
    }

    private static Goal goal(Fields level, Goal.Mode mode, Report r, DesignReader.Result design,
                             DesignReader.Result solution) {
        Goal d = Goal.defaults(mode);
        Obj o = level.object("goal");
        if (o == null) {
            return d;
        }
        Fields g = new Fields(o, "goal", List.of("noRace", "noDeadlock", "noLeak", "noPanic", "output",
                "maxTicks", "cores", "reach"), List.of(), r);
        return new Goal(g.bool("noRace", d.noRace()), g.bool("noDeadlock", d.noDeadlock()),
                g.bool("noLeak", d.noLeak()), g.bool("noPanic", d.noPanic()), output(g, r, design, solution),
                g.integer("maxTicks", 0, Long.MAX_VALUE, 0), (int) g.integer("cores", 1, MAX_CORES, d.cores()),
                g.choice("reach", "outcome", OUTCOMES));
    }

    private static Goal.OutputGoal output(Fields goal, Report r, DesignReader.Result design,
                                          DesignReader.Result solution) {
        Obj o = goal.object("output");
        if (o == null) {
            return null;
        }
        Fields f = new Fields(o, "output goal", List.of("sink", "expect", "order"), List.of("sink", "expect"), r);
        String sink = f.name("sink");
        List<Long> expect = new ArrayList<>();
        Arr a = f.array("expect");
        if (a != null) {
            for (Node item : a.items()) {
                Long v = item instanceof Num n ? Fields.asLong(n) : null;
                if (v == null) {
                    r.at(item.pos(), "'expect' must hold integers, not " + Fields.describe(item));
                } else {
                    expect.add(v);
                }
            }
        }
        String order = f.choice("order", "order", List.of("exact", "any"));
        if (sink != null) {
            checkSink(sink, f.node("sink"), r, design, solution);
        }
        return new Goal.OutputGoal(sink, expect, !"any".equals(order));
    }

    /** The output goal's sink must be a sink of the design or of the solution. */
    private static void checkSink(String sink, Node at, Report r, DesignReader.Result design,
                                  DesignReader.Result solution) {
        List<Part> candidates = new ArrayList<>();
        for (DesignReader.Result d : new DesignReader.Result[] {design, solution}) {
            if (d == null) {
                continue;
            }
            if (d.gaps().brokenParts().contains(sink)) {
                return;
            }
            d.design().part(sink).ifPresent(candidates::add);
        }
        if (candidates.stream().anyMatch(Part.Sink.class::isInstance)) {
            return;
        }
        if (!candidates.isEmpty()) {
            Part p = candidates.get(0);
            r.at(at.pos(), "'" + sink + "' is a " + p.type() + "; the output goal needs a sink");
            return;
        }
        List<String> sinks = new ArrayList<>();
        for (DesignReader.Result d : new DesignReader.Result[] {design, solution}) {
            if (d != null) {
                d.design().parts().stream().filter(Part.Sink.class::isInstance).forEach(p -> sinks.add(p.id()));
            }
        }
        r.unknown(at.pos(), "sink", sink, sinks);
    }

    private static Bounds bounds(Fields level) {
        Obj o = level.object("verify");
        if (o == null) {
            return Bounds.DEFAULT;
        }
        Fields v = new Fields(o, "verify", List.of("maxSteps", "maxExecutions", "preemptionBound"), List.of(),
                level.report());
        Bounds d = Bounds.DEFAULT;
        return new Bounds((int) Math.min(STEPS_CLAMP, v.integer("maxSteps", 1, MAX_STEPS, d.maxSteps())),
                Math.min(EXECUTIONS_CLAMP, v.integer("maxExecutions", 1, Long.MAX_VALUE, d.maxExecutions())),
                (int) v.integer("preemptionBound", 0, 1000, d.preemptionBound()));
    }

    private static Level.Par par(Fields level) {
        Obj o = level.object("par");
        if (o == null) {
            return Level.Par.NONE;
        }
        Fields p = new Fields(o, "par", List.of("ticks", "parts", "ops", "steps"), List.of(), level.report());
        return new Level.Par(p.integer("ticks", 0, Long.MAX_VALUE, 0),
                (int) p.integer("parts", 0, DesignReader.MAX_PARTS, 0),
                (int) p.integer("ops", 0, 100_000, 0),
                (int) p.integer("steps", 0, 100_000, 0));
    }
}
