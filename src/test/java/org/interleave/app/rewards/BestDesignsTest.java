package org.interleave.app.rewards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.interleave.app.PlayerProfile;
import org.interleave.engine.model.Level;
import org.interleave.level.LevelLoader;
import org.interleave.level.save.LevelProgress;
import org.interleave.level.save.SavedDesigns;
import org.interleave.level.save.Score;
import org.junit.jupiter.api.Test;

/**
 * A medal is backed by a design the game accepts: a best design that the level now refuses (it
 * gained locks, seals or a palette since) loses its best and its medal, which fall back to the
 * designs that still load, measured again, and the player is told.
 */
class BestDesignsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Level level() throws Exception {
        return LevelLoader.load(Path.of("levels/24-worker-pool.level.json"));
    }

    private static JsonNode design(String file) throws Exception {
        return JSON.readTree(Path.of(file).toFile()).path("design");
    }

    /** What printing the four results as constants saved before the level locked its print loop: 5 ticks, 8 ops. */
    private static JsonNode cheat() throws Exception {
        return design("src/test/resources/loopholes/worker-pool.prints-constants.solution.json");
    }

    private static JsonNode smallest() throws Exception {
        return design("levels/solutions/worker-pool.parts.solution.json");
    }

    private static final Score CHEATED = new Score(5, 6, 40, 8);

    private static LevelProgress clearedWith(Score best) {
        return new LevelProgress(true, best, List.of());
    }

    @Test
    void bestsFromARefusedDesign_fallBackToTheDesignsThatStillLoad_measuredAgain() throws Exception {
        Level level = level();
        SavedDesigns designs = SavedDesigns.empty()
                .withSlot(level.id(), ScoreKind.TICKS.slot(), cheat())
                .withSlot(level.id(), ScoreKind.OPS.slot(), cheat())
                .withSlot(level.id(), ScoreKind.PARTS.slot(), smallest());
        BestDesigns.Revalidated r = BestDesigns.revalidate(level, clearedWith(CHEATED), designs).orElseThrow();
        assertEquals(List.of(ScoreKind.TICKS, ScoreKind.OPS), r.withdrawn());
        assertTrue(r.why().contains("locked"), r.why());
        // the smallest design takes 26 ticks and 16 ops (levels/solutions/README.md); parts keep their best
        assertEquals(new Score(26, 6, 40, 16), r.progress().best());
        assertTrue(r.progress().cleared());
        assertTrue(BestDesigns.revalidate(level, r.progress(), designs).isEmpty(), "withdrawn once, not at every start");
    }

    @Test
    void whenNoBestDesignLoads_theLevelKeepsItsClear_butNoBest() throws Exception {
        Level level = level();
        SavedDesigns designs = SavedDesigns.empty();
        for (ScoreKind k : ScoreKind.values()) {
            designs = designs.withSlot(level.id(), k.slot(), cheat());
        }
        BestDesigns.Revalidated r = BestDesigns.revalidate(level, clearedWith(CHEATED), designs).orElseThrow();
        assertEquals(List.of(ScoreKind.values()), r.withdrawn());
        assertTrue(r.progress().bestScore().isEmpty());
        assertTrue(r.progress().cleared(), "the clear stays: the level was cleared");
    }

    @Test
    void bestDesignsThatLoad_changeNothing() throws Exception {
        Level level = level();
        SavedDesigns designs = SavedDesigns.empty().withSlot(level.id(), ScoreKind.PARTS.slot(), smallest());
        assertTrue(BestDesigns.revalidate(level, clearedWith(new Score(26, 6, 40, 16)), designs).isEmpty());
    }

    @Test
    void profile_withdrawsTheMedal_andSaysWhy() throws Exception {
        Level level = level();
        PlayerProfile profile = PlayerProfile.inMemory();
        List<String> told = new ArrayList<>();
        profile.setOnMessage(told::add);
        profile.recordRun(level.id(), CHEATED, true);
        SavedDesigns designs = SavedDesigns.empty();
        for (ScoreKind k : ScoreKind.values()) {
            designs = designs.withSlot(level.id(), k.slot(), cheat());
        }
        profile.changeDesigns(designs);
        assertEquals(Medal.GOLD, Medal.of(CHEATED.ticks(), level.par().ticks()), "the cheat's ticks beat par");

        profile.revalidateBests(List.of(level));

        assertTrue(profile.progressProperty().get().level(level.id()).bestScore().isEmpty());
        assertEquals(1, told.size(), told.toString());
        assertTrue(told.get(0).startsWith("Your best ticks, parts and ops designs of 'The worker pool' no longer fit"
                + " the level ("), told.get(0));
        assertTrue(told.get(0).endsWith("their medals are withdrawn; clear the level again to earn them back."), told.get(0));
        profile.revalidateBests(List.of(level));
        assertEquals(1, told.size(), "said once");
    }
}
