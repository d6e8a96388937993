package org.interleave.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.interleave.level.save.DataDirectory;
import org.interleave.level.save.Score;
import org.interleave.level.save.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The player's data as the game keeps it: loaded once, saved on every change, never reset silently. */
class PlayerProfileTest {
    @TempDir
    Path dir;

    @Test
    void recordedRun_isThereAfterLoadingAgain() {
        PlayerProfile first = PlayerProfile.load(new DataDirectory(dir));
        assertTrue(first.saves());
        first.recordRun("lost-update", new Score(14, 6, 120), false);
        first.recordRun("lost-update", new Score(12, 6, 130), true);

        PlayerProfile again = PlayerProfile.load(new DataDirectory(dir));
        var record = again.progressProperty().get().level("lost-update");
        assertTrue(record.cleared());
        assertEquals(2, record.attempts().size());
        assertEquals(12, record.bestScore().orElseThrow().ticks());
    }

    @Test
    void sceneSeen_isThereAfterLoadingAgain_withTheRunsBesideIt() {
        PlayerProfile first = PlayerProfile.load(new DataDirectory(dir));
        first.recordRun("lost-update", new Score(14, 6, 120), false);
        first.markSceneSeen("Data races");

        PlayerProfile again = PlayerProfile.load(new DataDirectory(dir));
        assertTrue(again.progressProperty().get().sceneSeen("Data races"));
        assertFalse(again.progressProperty().get().sceneSeen("Mutex"));
        assertEquals(1, again.progressProperty().get().level("lost-update").attempts().size());
    }

    @Test
    void twoProfilesOnOneFolder_closingTheSecond_neverDropsTheFirstOnesSaves() {
        PlayerProfile first = PlayerProfile.load(new DataDirectory(dir));
        List<String> told = new ArrayList<>();
        first.setOnMessage(told::add);
        PlayerProfile second = PlayerProfile.load(new DataDirectory(dir));
        assertTrue(second.saves());
        second.changeSettings(Settings.defaults().withUiScale(130));
        second.close();

        first.recordRun("lost-update", new Score(12, 6, 130), true);

        assertEquals(List.of(), told);
        PlayerProfile again = PlayerProfile.load(new DataDirectory(dir));
        assertTrue(again.progressProperty().get().level("lost-update").cleared(), "the first one's run was saved");
        assertEquals(130, again.settingsProperty().get().uiScale(), "and the second one's settings before it closed");
    }

    @Test
    void closedProfile_saysItsChangeWasNotSaved() {
        PlayerProfile p = PlayerProfile.load(new DataDirectory(dir));
        List<String> told = new ArrayList<>();
        p.setOnMessage(told::add);
        p.close();
        p.recordRun("x", new Score(1, 1, 1), true);
        assertEquals(1, told.size(), told.toString());
        assertTrue(told.get(0).startsWith("Your progress could not be saved"), told.get(0));
    }

    @Test
    void changedSettings_areThereAfterLoadingAgain() {
        PlayerProfile first = PlayerProfile.load(new DataDirectory(dir));
        first.changeSettings(Settings.defaults().withTheme(Settings.Theme.LIGHT).withUiScale(130));
        Settings loaded = PlayerProfile.load(new DataDirectory(dir)).settingsProperty().get();
        assertEquals(Settings.Theme.LIGHT, loaded.theme());
        assertEquals(130, loaded.uiScale());
    }

    @Test
    void corruptProgress_isSetAside_andThePlayerIsTold() throws Exception {
        Files.writeString(dir.resolve(DataDirectory.PROGRESS), "{\"format\": 1, \"levels\": {", StandardCharsets.UTF_8);
        PlayerProfile p = PlayerProfile.load(new DataDirectory(dir));
        List<String> told = new ArrayList<>();
        p.setOnMessage(told::add);
        assertEquals(1, told.size(), told.toString());
        assertTrue(told.get(0).contains("progress.json could not be read"), told.get(0));
        assertTrue(Files.exists(dir.resolve(DataDirectory.PROGRESS + ".corrupt-1")), "the damaged file is kept");
        assertTrue(p.saves(), "the game goes on saving a fresh record");
    }

    @Test
    void unreadableFolder_savesNothing_andSaysSo() throws Exception {
        Path notAFolder = dir.resolve("file");
        Files.writeString(notAFolder, "x");
        PlayerProfile p = PlayerProfile.load(new DataDirectory(notAFolder));
        List<String> told = new ArrayList<>();
        p.setOnMessage(told::add);
        p.recordRun("x", new Score(1, 1, 1), true);
        assertFalse(p.saves());
        assertTrue(p.progressProperty().get().level("x").cleared(), "the session still keeps it in memory");
        assertEquals(1, told.size(), told.toString());
        assertTrue(told.get(0).contains("nothing will be saved"), told.get(0));
    }

    @Test
    void inMemoryProfile_writesNothing() throws Exception {
        PlayerProfile p = PlayerProfile.inMemory();
        p.recordRun("x", new Score(1, 1, 1), true);
        assertFalse(p.saves());
        assertTrue(p.directory().isEmpty());
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
    }
}
