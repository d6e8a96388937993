package org.interleave.level;

import static org.interleave.level.CampaignFiles.JSON;
import static org.interleave.level.CampaignFiles.json;
import static org.interleave.level.CampaignFiles.level;
import static org.interleave.level.CampaignFiles.levels;
import static org.interleave.level.CampaignFiles.moreDesigns;
import static org.interleave.level.CampaignFiles.references;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.interleave.engine.Program;
import org.interleave.engine.model.Design;
import org.interleave.engine.model.Level;
import org.interleave.explore.CheckOptions;
import org.interleave.explore.Checker;
import org.interleave.explore.Explorer;
import org.interleave.explore.Report;
import org.interleave.explore.SearchBudget;
import org.interleave.explore.TimedRun;
import org.interleave.explore.Verdict;
import org.interleave.level.CampaignFiles.LevelFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The campaign's optimisation levels, scored on ticks, parts and ops: each par is met by a
 * reference design kept in {@code levels/solutions/} and beaten by none, no design is best on all
 * three scores, each level of the Optimisation chapter has at least three distinct clearing
 * designs, and the designs that would game a score (in {@code src/test/resources/loopholes}) are
 * refused by the level's locks and seals.
 */
class OptimisationLevelsTest {
    private static Report check(Level level) {
        return new Checker(CheckOptions.DEFAULT, () -> false, Explorer.Progress.NONE, System::nanoTime).check(level);
    }

    static Stream<LevelFile> optimisationLevels() {
        return levels().filter(f -> !references(f).isEmpty());
    }

    @Test
    void campaign_hasOptimisationLevels_eachWithAReferencePerScore() {
        List<LevelFile> opt = optimisationLevels().toList();
        assertTrue(opt.size() >= 6, "optimisation levels: " + opt);
        for (LevelFile f : opt) {
            String id = json(f).path("id").asText();
            assertEquals(List.of(id + ".ops.solution.json", id + ".parts.solution.json", id + ".ticks.solution.json"),
                    references(f).stream().map(p -> p.getFileName().toString()).toList(), f.toString());
        }
    }

    /**
     * Each par of an optimisation level is met by its reference design, which clears the level under
     * exhaustive verification within the tick goal, and no reference beats any par: par is the best known.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("optimisationLevels")
    void optimisationLevel_eachParIsMetByItsReference_andNoReferenceBeatsAPar(LevelFile f) throws LevelException {
        Level level = level(f);
        for (Path ref : references(f)) {
            Level solved = level.withDesign(LevelLoader.loadSolution(ref, level));
            Report r = check(solved);
            assertTrue(r.exhaustive() && r.verdict() == Verdict.CLEARED, ref + ": " + r.findings());
            assertTrue(r.stats().states() <= CampaignTest.MAX_STATES, ref + " states: " + r.stats().states());
            SearchBudget budget = SearchBudget.of(solved.bounds());
            long ticks = new TimedRun(new Program(solved.design()), solved.goal(), budget.maxSteps(), budget.limits())
                    .run(1).mainReturnedAt();
            int parts = PartCount.of(solved.design());
            int ops = OpCount.of(solved.design());
            assertTrue(ticks >= 0 && ticks <= level.goal().maxTicks(), ref + " ticks " + ticks);
            assertTrue(ticks >= level.par().ticks() && parts >= level.par().parts() && ops >= level.par().ops(),
                    ref + " beats par: " + ticks + " ticks, " + parts + " parts, " + ops + " ops vs " + level.par());
            String score = ref.getFileName().toString().split("\\.")[1];
            switch (score) {
                case "ticks" -> assertEquals(level.par().ticks(), ticks, ref + " is the par-ticks design");
                case "parts" -> assertEquals(level.par().parts(), parts, ref + " is the par-parts design");
                case "ops" -> assertEquals(level.par().ops(), ops, ref + " is the par-ops design");
                default -> throw new AssertionError("unknown score in " + ref);
            }
        }
    }

    /** The three scores of a design on its level: ticks of the scored run, parts, ops. */
    record Scores(long ticks, int parts, int ops) {
        static Scores of(Level solved) {
            SearchBudget budget = SearchBudget.of(solved.bounds());
            long ticks = new TimedRun(new Program(solved.design()), solved.goal(), budget.maxSteps(), budget.limits())
                    .run(1).mainReturnedAt();
            return new Scores(ticks, PartCount.of(solved.design()), OpCount.of(solved.design()));
        }

        boolean meetsAll(Level.Par par) {
            return ticks == par.ticks() && parts == par.parts() && ops == par.ops();
        }
    }

    /**
     * An optimisation level has room to optimise: no reference design meets all three pars, so the
     * fastest design is not also the smallest, and the par-ticks reference misses a par of size.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("optimisationLevels")
    void optimisationLevel_hasNoSingleBestDesign(LevelFile f) throws LevelException {
        Level level = level(f);
        Map<String, Scores> scores = new TreeMap<>();
        for (Path ref : references(f)) {
            scores.put(ref.getFileName().toString().split("\\.")[1],
                    Scores.of(level.withDesign(LevelLoader.loadSolution(ref, level))));
        }
        scores.forEach((score, s) -> assertTrue(!s.meetsAll(level.par()),
                f + ": the " + score + " reference " + s + " meets every par " + level.par() + ": there is nothing to trade"));
        Scores fastest = scores.get("ticks");
        assertTrue(fastest.parts() > level.par().parts() || fastest.ops() > level.par().ops(),
                f + ": the fastest design " + fastest + " is also the smallest " + level.par());
    }

    /**
     * Each level of the Optimisation chapter has at least three distinct designs that clear it (its
     * references and the other designs kept with them), whose scores are the spread its notes give;
     * none of them beats a par.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("optimisationLevels")
    void optimisationLevel_hasAtLeastThreeDistinctClearingDesigns_noneBeatingAPar(LevelFile f) throws Exception {
        Level level = level(f);
        Map<String, Path> distinct = new TreeMap<>();
        List<Path> designs = new ArrayList<>(references(f));
        designs.addAll(moreDesigns(f));
        for (Path file : designs) {
            ObjectNode design = (ObjectNode) JSON.readTree(file.toFile()).path("design");
            design.findParents("x").forEach(n -> ((ObjectNode) n).remove(List.of("x", "y")));
            distinct.putIfAbsent(design.toString(), file);
        }
        StringBuilder spread = new StringBuilder(level.id() + ":");
        for (Path file : distinct.values()) {
            Level solved = level.withDesign(LevelLoader.loadSolution(file, level));
            Report r = check(solved);
            assertTrue(r.exhaustive() && r.verdict() == Verdict.CLEARED, file + ": " + r.findings());
            Scores s = Scores.of(solved);
            assertTrue(s.ticks() >= 0 && s.ticks() <= level.goal().maxTicks(), file + " ticks " + s.ticks());
            assertTrue(s.ticks() >= level.par().ticks() && s.parts() >= level.par().parts() && s.ops() >= level.par().ops(),
                    file + " beats par: " + s + " vs " + level.par());
            spread.append(String.format(" %d/%d/%d", s.ticks(), s.parts(), s.ops()));
        }
        System.out.println("spread (ticks/parts/ops) of " + spread);
        if ("Optimisation".equals(level.chapter())) {
            assertTrue(distinct.size() >= 3, f + " has " + distinct.size() + " distinct designs: " + distinct.values());
        }
    }

    /** Designs in {@code src/test/resources/loopholes} that game a level's score: {@code <level id>.<how>.solution.json}. */
    static Stream<Path> loopholes() {
        return CampaignFiles.designsIn("loopholes");
    }

    /**
     * A design that skips a level's work (deletes its {@code work} ops, or prints the expected
     * output as constants) would clear the level and beat a par if nothing stopped it; the level's
     * locked ops do: the loader refuses the design, naming what it broke. (The editor refuses the
     * edits that lead there: {@code EditModelTest}.) A design that sends the expected results on a
     * channel itself, skipping the stages, is refused by the level's sealed channels.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("loopholes")
    void loophole_wouldBeatPar_butBreaksTheLevelsLocksOrSeals(Path file) throws Exception {
        LevelFile f = CampaignFiles.levelOf(file);
        Level level = level(f);
        // the same level and design without the ops' locks: the design is valid, clears, and beats a par
        Level unlocked = LevelLoader.parse(f.name(), withoutOpLocks(json(f)).toString());
        Design design = LevelLoader.parseSolution(file.toString(), withoutOpLocks(JSON.readTree(file.toFile())).toString(), unlocked);
        Level solved = unlocked.withDesign(design);
        Report r = check(solved);
        assertEquals(Verdict.CLEARED, r.verdict(), () -> file + " does not even clear the level: " + r.findings());
        Scores s = Scores.of(solved);
        Level.Par par = level.par();
        assertTrue(s.ticks() < par.ticks() || s.parts() < par.parts() || s.ops() < par.ops(),
                file + " " + s + " beats no par of " + par + ": not a loophole");
        LevelException e = assertThrows(LevelException.class, () -> LevelLoader.loadSolution(file, level));
        assertTrue(e.problems().stream().anyMatch(p -> p.message().contains("locked") || p.message().contains("seals")),
                e.problems().toString());
    }

    /** A copy of a level or solution file without {@code "locked"} on its ops and {@code "sealed"} and {@code "relay"} on its parts (parts keep their locks). */
    private static JsonNode withoutOpLocks(JsonNode node) {
        JsonNode copy = node.deepCopy();
        stripOpLocks(copy);
        return copy;
    }

    private static void stripOpLocks(JsonNode node) {
        if (node instanceof ObjectNode o && o.has("op")) {
            o.remove("locked");
        } else if (node instanceof ObjectNode o && o.has("type")) {
            o.remove("sealed");
            o.remove("relay");
        }
        node.forEach(OptimisationLevelsTest::stripOpLocks);
    }
}
