package org.interleave.level;

import static java.util.Map.entry;
import static org.interleave.level.CampaignFiles.json;
import static org.interleave.level.CampaignFiles.level;
import static org.interleave.level.CampaignFiles.references;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.interleave.engine.Finding;
import org.interleave.engine.Kind;
import org.interleave.engine.Program;
import org.interleave.engine.model.Level;
import org.interleave.explore.CheckOptions;
import org.interleave.explore.Checker;
import org.interleave.explore.Explorer;
import org.interleave.explore.Report;
import org.interleave.explore.SearchBudget;
import org.interleave.explore.TimedRun;
import org.interleave.explore.Verdict;
import org.interleave.level.CampaignFiles.LevelFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The campaign in {@code levels/}: it follows the Go course chapter by chapter, every level loads
 * and teaches (a brief with the Go code it mirrors, hints, par), its reference solution clears it
 * under exhaustive verification, and the starting design shows what the brief promises — the
 * finding of a {@code fix} level, the outcome a {@code break} level asks the player to reach.
 *
 * <p>Each level is verified once and the results shared by the claims; a table of them (states
 * and milliseconds per verification) is printed at the end.
 */
class CampaignTest {
    private static final Pattern FILE_NAME = Pattern.compile("(\\d{2})-([a-z0-9-]+)\\.level\\.json");

    /** The chapters of the course, in teaching order. */
    private static final List<String> COURSE = List.of(
            "Goroutines", "WaitGroup", "Data races", "Mutex", "Atomics", "RWMutex", "Lock ordering",
            "Unbuffered channels", "Buffered channels", "Close and range", "Select", "Select with timeout",
            "Context cancel", "Context timeout", "Worker pool", "Graceful shutdown",
            "Sleep is not synchronization", "Bounded goroutines", "Lock sharding", "Pipeline", "Optimisation");

    /** What the brief of each fix level promises the check reports on its starting design. */
    private static final Map<String, Kind> PROMISED = Map.ofEntries(
            entry("add-inside-goroutine", Kind.RACE),
            entry("forgot-to-unlock", Kind.DEADLOCK),
            entry("write-under-rlock", Kind.RACE),
            entry("dining-philosophers", Kind.DEADLOCK),
            entry("send-before-go", Kind.DEADLOCK),
            entry("full-buffer", Kind.DEADLOCK),
            entry("first-reply-wins", Kind.LEAK),
            entry("range-needs-close", Kind.DEADLOCK),
            entry("timeout-leak", Kind.LEAK),
            entry("forgot-cancel", Kind.LEAK),
            entry("deadline-worker", Kind.LEAK),
            entry("graceful-shutdown", Kind.OUTPUT),
            entry("bounded-goroutines", Kind.ASSERT));

    /** Small enough to verify in well under a second and to follow step by step. */
    static final long MAX_STATES = 5_000;
    private static final int MAX_GOROUTINES = 6;
    private static final int MAX_STEPS = 80;

    /** One level with its verifications: the starting design's (null if it has no main) and the solution's. */
    record Verified(Level level, JsonNode json, Report design, Report solution, TimedRun.Result run) {}

    private static final Map<Path, Verified> VERIFIED = new ConcurrentHashMap<>();

    static Stream<LevelFile> levels() {
        return CampaignFiles.levels();
    }

    static Stream<LevelFile> buildLevels() {
        return levels().filter(f -> mode(f).equals("build"));
    }

    static Stream<LevelFile> fixLevels() {
        return levels().filter(f -> mode(f).equals("fix"));
    }

    static Stream<LevelFile> breakLevels() {
        return levels().filter(f -> mode(f).equals("break"));
    }

    static Stream<LevelFile> playerEditedLevels() {
        return levels().filter(f -> !mode(f).equals("break"));
    }

    private static String mode(LevelFile f) {
        return json(f).path("mode").asText();
    }

    private static Verified verified(LevelFile f) {
        return VERIFIED.computeIfAbsent(f.path(), p -> {
            Level level = level(f);
            assertNotNull(level.solution(), f + " has no reference solution");
            boolean hasMain = level.design().goroutines().stream()
                    .anyMatch(g -> g.start() == org.interleave.engine.model.Part.Start.MAIN);
            Report design = hasMain ? check(level) : null;
            Level solved = level.withDesign(level.solution());
            SearchBudget budget = SearchBudget.of(solved.bounds());
            TimedRun.Result run = new TimedRun(new Program(solved.design()), solved.goal(), budget.maxSteps(),
                    budget.limits()).run(1);
            return new Verified(level, json(f), design, check(solved), run);
        });
    }

    private static Report check(Level level) {
        return new Checker(CheckOptions.DEFAULT, () -> false, Explorer.Progress.NONE, System::nanoTime).check(level);
    }

    private static Set<Kind> kinds(Report r) {
        return r.findings().stream().map(Finding::kind).collect(Collectors.toSet());
    }

    // ---------------------------------------------------------------- the campaign as a whole

    @Test
    void campaign_hasAtLeastTwentyLevels_numberedInOrder_eachNamedAfterItsId() {
        List<LevelFile> files = levels().toList();
        assertTrue(files.size() >= 20, "only " + files.size() + " levels");
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < files.size(); i++) {
            LevelFile f = files.get(i);
            Matcher m = FILE_NAME.matcher(f.name());
            assertTrue(m.matches(), f.name() + " is not named NN-short-name.level.json");
            assertEquals(i + 1, Integer.parseInt(m.group(1)), f.name() + " breaks the numbering");
            String id = json(f).path("id").asText();
            assertEquals(m.group(2), id, f.name() + " is not named after its id");
            assertTrue(ids.add(id), "duplicate id " + id);
        }
    }

    @Test
    void chapters_followTheCourse_andCoverEveryChapterOfIt() {
        int last = 0;
        Set<String> covered = new HashSet<>();
        for (LevelFile f : levels().toList()) {
            String chapter = json(f).path("chapter").asText();
            int at = COURSE.indexOf(chapter);
            assertTrue(at >= 0, f + ": chapter '" + chapter + "' is not in the course");
            assertTrue(at >= last, f + ": chapter '" + chapter + "' comes after '" + COURSE.get(last) + "'");
            last = at;
            covered.add(chapter);
        }
        assertEquals(Set.copyOf(COURSE), covered, "chapters without a level");
    }

    @Test
    void campaign_mixesBuildFixAndBreakLevels() {
        Map<String, Long> modes = levels().collect(Collectors.groupingBy(CampaignTest::mode, Collectors.counting()));
        for (String mode : List.of("build", "fix", "break")) {
            assertTrue(modes.getOrDefault(mode, 0L) >= 5, "too few " + mode + " levels: " + modes);
        }
    }

    @Test
    void everyFixLevel_hasAPromisedFinding() {
        assertEquals(PROMISED.keySet(), fixLevels().map(f -> json(f).path("id").asText()).collect(Collectors.toSet()));
    }

    // ---------------------------------------------------------------- every level

    @ParameterizedTest(name = "{0}")
    @MethodSource("levels")
    void level_loads_andNamesTheSchema(LevelFile f) {
        Verified v = verified(f);
        assertEquals("level.schema.json", v.json().path("$schema").asText());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("levels")
    void level_teaches_withABriefInGo_hints_andPar(LevelFile f) {
        Level level = verified(f).level();
        assertTrue(level.chapter() != null && !level.concepts().isEmpty(), "chapter and concepts");
        assertTrue(level.brief() != null && level.brief().contains("```go\n"), "the brief shows the Go code it mirrors");
        assertTrue(level.hints().size() >= 2 && level.hints().size() <= 3, "2-3 hints, not " + level.hints().size());
        assertTrue(level.par().ticks() > 0 && level.par().parts() > 0 && level.par().ops() > 0, "par " + level.par());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("levels")
    void solution_isClearedByExhaustiveVerification(LevelFile f) {
        Report r = verified(f).solution();
        assertTrue(r.exhaustive(), () -> f + ": " + r.scope());
        assertEquals(Verdict.CLEARED, r.verdict(), () -> f + ": " + r.findings());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("levels")
    void solution_staysSmall(LevelFile f) {
        Verified v = verified(f);
        assertTrue(v.solution().stats().states() <= MAX_STATES, "states: " + v.solution().stats().states());
        assertTrue(v.solution().stats().maxDepth() <= MAX_STEPS, "longest execution: " + v.solution().stats().maxDepth());
        assertTrue(v.run().execution().last().goroutineCount() <= MAX_GOROUTINES,
                "goroutines: " + v.run().execution().last().goroutineCount());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("levels")
    void par_isTheSolutionsTimedRun_withinTheTickGoal(LevelFile f) {
        Verified v = verified(f);
        Level level = v.level();
        TimedRun.Result run = v.run();
        assertEquals(List.of(), run.execution().findings());
        if (!references(f).isEmpty()) {
            // an optimisation level: its pars come from several reference designs (OptimisationLevelsTest);
            // its own solution, which Show solution opens, clears within the tick goal and beats no par
            assertTrue(run.mainReturnedAt() >= 0 && run.mainReturnedAt() <= level.goal().maxTicks(),
                    "the solution is too slow: " + run.mainReturnedAt());
            assertTrue(run.mainReturnedAt() >= level.par().ticks() && PartCount.of(level.solution()) >= level.par().parts()
                    && OpCount.of(level.solution()) >= level.par().ops(), "the solution beats par " + level.par() + ": "
                    + run.mainReturnedAt() + " ticks, " + PartCount.of(level.solution()) + " parts, "
                    + OpCount.of(level.solution()) + " ops");
            return;
        }
        assertEquals(level.par().ticks(), run.mainReturnedAt(), "par ticks");
        assertEquals(level.par().parts(), PartCount.of(level.solution()), "par parts");
        assertEquals(level.par().ops(), OpCount.of(level.solution()), "par ops");
        if (level.goal().maxTicks() > 0) {
            assertTrue(run.mainReturnedAt() <= level.goal().maxTicks(), "the solution is too slow: " + run.mainReturnedAt());
        }
    }

    // ---------------------------------------------------------------- by mode

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixLevels")
    void fixLevel_startingDesign_hasThePromisedFinding(LevelFile f) {
        Verified v = verified(f);
        Kind promised = PROMISED.get(v.level().id());
        assertNotNull(promised, "no promised finding for " + v.level().id());
        assertTrue(v.design().exhaustive(), v.design().scope());
        assertEquals(Verdict.of(promised), v.design().verdict(), () -> v.design().findings().toString());
        assertTrue(v.level().brief().contains("`" + promised.json() + "`"), "the brief names the promised kind");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breakLevels")
    void breakLevel_design_canReachTheOutcome(LevelFile f) {
        Verified v = verified(f);
        String reach = v.level().goal().reach();
        assertNotNull(reach, "a break level names the outcome to reach");
        assertTrue(v.design().exhaustive(), v.design().scope());
        assertTrue(kinds(v.design()).contains(Kind.fromJson(reach)), () -> reach + " not in " + v.design().findings());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breakLevels")
    void breakLevel_parSteps_isTheShortestScheduleThatReachesTheOutcome(LevelFile f) {
        // issue 14: a break level's real score (its schedule's steps) has a par, a gold medal at the shortest
        Verified v = verified(f);
        Kind reach = Kind.fromJson(v.level().goal().reach());
        var shortest = v.design().findings().stream().filter(x -> x.kind() == reach)
                .map(x -> x.schedule()).min(java.util.Comparator.comparingInt(s -> s.length())).orElseThrow();
        assertEquals(shortest.length(), v.level().par().steps(), f + ": par.steps");
        // and the player can make it break in that many steps (You schedule), not in one fewer along it
        var played = org.interleave.app.schedule.HandSchedule.of(v.level(), shortest);
        assertTrue(played.won(), f + ": " + shortest + " does not win You schedule");
        assertTrue(!played.prefix(shortest.length() - 1).won(), f + ": won before its last step");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breakLevels")
    void breakLevel_solution_isTheFix_thatCannotReachTheOutcome(LevelFile f) {
        Verified v = verified(f);
        Kind reach = Kind.fromJson(v.level().goal().reach());
        assertTrue(!kinds(v.solution()).contains(reach), () -> reach + " still in " + v.solution().findings());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("buildLevels")
    void buildLevel_startingDesign_doesNotClearItYet(LevelFile f) {
        Verified v = verified(f);
        if (v.design() == null) {
            return; // no main yet: the player builds it
        }
        Level level = v.level();
        SearchBudget budget = SearchBudget.of(level.bounds());
        long ticks = new TimedRun(new Program(level.design()), level.goal(), budget.maxSteps(), budget.limits())
                .run(1).mainReturnedAt();
        boolean tooSlow = level.goal().maxTicks() > 0 && (ticks < 0 || ticks > level.goal().maxTicks());
        assertTrue(v.design().verdict() != Verdict.CLEARED || tooSlow, "the starting design already clears the level");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("playerEditedLevels")
    void lockedParts_areUnchangedInTheSolution(LevelFile f) {
        JsonNode level = verified(f).json();
        Map<String, JsonNode> solution = byId(level.path("solution"));
        for (JsonNode part : level.path("design").path("parts")) {
            if (part.path("locked").asBoolean(false)) {
                assertEquals(part, solution.get(part.path("id").asText()), "locked part " + part.path("id"));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("playerEditedLevels")
    void solution_addsOnlyWhatThePaletteOffers(LevelFile f) {
        JsonNode level = verified(f).json();
        JsonNode palette = level.path("palette");
        JsonNode design = level.path("design");
        JsonNode solution = level.path("solution");
        Map<String, Integer> partsAdded = difference(partTypes(solution), partTypes(design));
        // a plain goroutine beyond the palette's may be a preset the palette offers, opened into its ops
        for (String preset : List.of("producer", "worker", "consumer", "closer")) {
            int spare = palette.path(preset).asInt(0) - partsAdded.getOrDefault(preset, 0);
            int opened = Math.min(Math.max(spare, 0),
                    partsAdded.getOrDefault("goroutine", 0) - palette.path("goroutine").asInt(0));
            if (opened > 0) {
                partsAdded.merge("goroutine", -opened, Integer::sum);
                partsAdded.merge(preset, opened, Integer::sum);
            }
        }
        partsAdded.forEach((type, n) -> assertTrue(n <= palette.path(type).asInt(0),
                "the solution adds " + n + " " + type + " part(s); the palette offers " + palette.path(type).asInt(0)));
        Set<String> opsOffered = new HashSet<>();
        palette.path("ops").forEach(op -> opsOffered.add(op.asText()));
        Set<String> opsAdded = difference(opKinds(solution), opKinds(design)).keySet();
        assertTrue(opsOffered.containsAll(opsAdded), "ops the palette does not offer: " + opsAdded + " vs " + opsOffered);
    }

    private static Map<String, JsonNode> byId(JsonNode design) {
        Map<String, JsonNode> out = new HashMap<>();
        for (JsonNode part : design.path("parts")) {
            out.put(part.path("id").asText(), part);
        }
        return out;
    }

    private static Map<String, Integer> partTypes(JsonNode design) {
        Map<String, Integer> out = new HashMap<>();
        design.path("parts").forEach(p -> out.merge(p.path("type").asText(), 1, Integer::sum));
        return out;
    }

    /** How often each op kind occurs, nested ops included. */
    private static Map<String, Integer> opKinds(JsonNode node) {
        Map<String, Integer> out = new HashMap<>();
        collectOps(node, out);
        return out;
    }

    private static void collectOps(JsonNode node, Map<String, Integer> out) {
        if (node instanceof ObjectNode o && o.has("op")) {
            out.merge(o.get("op").asText(), 1, Integer::sum);
        }
        node.forEach(child -> collectOps(child, out));
    }

    /** The counts of {@code more} that exceed those of {@code less}, by how much. */
    private static Map<String, Integer> difference(Map<String, Integer> more, Map<String, Integer> less) {
        Map<String, Integer> out = new HashMap<>();
        more.forEach((k, n) -> {
            int d = n - less.getOrDefault(k, 0);
            if (d > 0) {
                out.put(k, d);
            }
        });
        return out;
    }

    // ---------------------------------------------------------------- the table

    @AfterAll
    static void printTable() {
        if (VERIFIED.isEmpty()) {
            return;
        }
        StringBuilder b = new StringBuilder("\nCampaign (verification of the starting design and of the reference solution)\n");
        String row = "%-24s %-5s %-44s %-10s %8s %6s %8s %6s %5s%n";
        b.append(String.format(row, "id", "mode", "concepts", "design", "states", "ms", "solution", "ms", "ticks"));
        for (Verified v : new TreeMap<>(VERIFIED).values()) {
            Level l = v.level();
            String concepts = String.join(", ", l.concepts());
            Report d = v.design();
            b.append(String.format(row, l.id(), l.mode().json(),
                    concepts.length() > 44 ? concepts.substring(0, 41) + "..." : concepts,
                    d == null ? "-" : d.verdict().json(), d == null ? "-" : d.stats().states(),
                    d == null ? "-" : d.stats().millis(), v.solution().stats().states(), v.solution().stats().millis(),
                    v.run().mainReturnedAt()));
        }
        System.out.print(b);
    }
}
