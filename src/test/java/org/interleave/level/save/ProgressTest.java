package org.interleave.level.save;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Cleared levels, best scores and the attempt history, and how they are saved. */
class ProgressTest {

    @Test
    void clearingRuns_improveTheBestOnEachCountSeparately() {
        Progress progress = Progress.empty()
                .withRun("intro", new Score(30, 4, 100), true)
                .withRun("intro", new Score(20, 6, 150), true);
        assertEquals(Optional.of(new Score(20, 4, 100)), progress.level("intro").bestScore());
    }

    @Test
    void failedRun_isKeptInTheHistory_butNeverCountsTowardsTheBest() {
        Progress progress = Progress.empty()
                .withRun("intro", new Score(30, 4, 100), true)
                .withRun("intro", new Score(5, 1, 1), false);
        LevelProgress level = progress.level("intro");
        assertEquals(Optional.of(new Score(30, 4, 100)), level.bestScore());
        assertEquals(List.of(new Attempt(30, 4, true), new Attempt(5, 1, false)), level.attempts());
        assertTrue(level.cleared(), "a later failure does not un-clear a level");
    }

    @Test
    void levelOnlyFailed_isNotCleared_andHasNoBest() {
        LevelProgress level = Progress.empty().withRun("intro", new Score(5, 1, 1), false).level("intro");
        assertEquals(false, level.cleared());
        assertEquals(Optional.empty(), level.bestScore());
    }

    @Test
    void history_keepsOnlyTheLastFiftyAttempts() {
        Progress progress = Progress.empty();
        for (int i = 0; i < 60; i++) {
            progress = progress.withRun("intro", new Score(i, 1, 1), false);
        }
        List<Attempt> attempts = progress.level("intro").attempts();
        assertEquals(LevelProgress.MAX_ATTEMPTS, attempts.size());
        assertEquals(10, attempts.get(0).ticks());
        assertEquals(59, attempts.get(49).ticks());
    }

    @Test
    void clearedLevels_areTheIdsOfClearedLevelsOnly() {
        Progress progress = Progress.empty()
                .withRun("waitgroup", new Score(1, 1, 1), true)
                .withRun("mutex", new Score(1, 1, 1), false)
                .withRun("channels", new Score(1, 1, 1), true);
        assertEquals(Set.of("channels", "waitgroup"), progress.clearedLevels());
    }

    @Test
    void unplayedLevel_isAnEmptyRecord() {
        assertEquals(new LevelProgress(false, null, List.of()), Progress.empty().level("never"));
    }

    @Test
    void progress_roundTripsThroughItsFile() throws CorruptSaveException {
        Progress progress = Progress.empty()
                .withRun("intro", new Score(12, 3, 4_000_000_000L), true)
                .withRun("mutex", new Score(7, 2, 9), false);
        assertEquals(progress, Json.roundTrip(Progress.class, progress));
    }

    @Test
    void scenesSeen_roundTripThroughTheFile_andAFileWithoutThemHasNone() throws CorruptSaveException {
        Progress progress = Progress.empty().withRun("intro", new Score(12, 3, 4), true)
                .withSceneSeen("Mutex").withSceneSeen("Goroutines");
        Progress read = Json.roundTrip(Progress.class, progress);
        assertEquals(progress, read);
        assertTrue(read.sceneSeen("Mutex") && read.sceneSeen("Goroutines"));
        assertTrue(read.withRun("mutex", new Score(7, 2, 9), false).sceneSeen("Mutex"), "a run keeps the scenes seen");

        Progress older = Json.read(Progress.class, "{\"format\": 1, \"levels\": {}}");
        assertTrue(older.scenes().isEmpty());
    }

    @Test
    void file_startsWithFormatOne_andListsLevelsInIdOrder() {
        String json = Json.write(Progress.class, Progress.empty()
                .withRun("zeta", new Score(1, 1, 1), true)
                .withRun("alpha", new Score(1, 1, 1), true));
        assertTrue(json.startsWith("{\n  \"format\" : 1,"), json);
        assertTrue(json.indexOf("alpha") < json.indexOf("zeta"), json);
    }

    @Test
    void fileWithMoreThanFiftyAttempts_keepsTheLastFifty() throws CorruptSaveException {
        String attempts = String.join(",", IntStream.range(0, 70)
                .mapToObj(i -> "{\"ticks\": " + i + ", \"parts\": 1, \"cleared\": false}").toList());
        Progress progress = Json.read(Progress.class,
                "{\"format\": 1, \"levels\": {\"intro\": {\"cleared\": false, \"attempts\": [" + attempts + "]}}}");
        assertEquals(50, progress.level("intro").attempts().size());
        assertEquals(20, progress.level("intro").attempts().get(0).ticks());
    }

    @Test
    void attemptWithoutTicks_isACorruptFile_notZeroTicks() {
        CorruptSaveException e = assertThrows(CorruptSaveException.class, () -> Json.read(Progress.class,
                "{\"format\": 1, \"levels\": {\"intro\": {\"attempts\": [{\"parts\": 1, \"cleared\": true}]}}}"));
        assertTrue(e.getMessage().contains("levels.intro.attempts[0]"), e.getMessage());
    }

    @Test
    void fractionalTicks_areACorruptFile_notRoundedDown() {
        assertThrows(CorruptSaveException.class, () -> Json.read(Progress.class,
                "{\"format\": 1, \"levels\": {\"intro\": {\"attempts\": [{\"ticks\": 1.5, \"parts\": 1, \"cleared\": true}]}}}"));
    }

    @Test
    void unknownFields_areIgnored_soAHandEditedNoteDoesNotCostTheSave() throws CorruptSaveException {
        Progress progress = Json.read(Progress.class,
                "{\"format\": 1, \"note\": \"class 3b\", \"levels\": {\"intro\": {\"cleared\": true}}}");
        assertEquals(Set.of("intro"), progress.clearedLevels());
    }

    @Test
    void negativeScore_isRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Score(-1, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new Attempt(0, -1, true));
    }

    @Test
    void scoresAndAttemptsSavedBeforeOpsWereCounted_readWithOpsUnknown_andKeepTheirOpsOnceKnown() throws CorruptSaveException {
        Progress saved = Json.read(Progress.class, "{\"format\": 1, \"levels\": {\"intro\": {\"cleared\": true,"
                + " \"best\": {\"ticks\": 5, \"parts\": 3, \"verifyStates\": 9},"
                + " \"attempts\": [{\"ticks\": 5, \"parts\": 3, \"cleared\": true}]}}}");
        Score old = saved.level("intro").bestScore().orElseThrow();
        assertEquals(Score.UNKNOWN, old.ops());
        assertEquals(7, old.bestOf(new Score(6, 4, 9, 7)).ops(), "an unknown count takes the known one");
        assertEquals(Score.UNKNOWN, saved.level("intro").attempts().get(0).ops());
        Progress now = saved.withRun("intro", new Score(5, 3, 9, 12), true);
        assertEquals(now, Json.roundTrip(Progress.class, now));
    }
}
