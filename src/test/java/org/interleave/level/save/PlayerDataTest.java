package org.interleave.level.save;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.interleave.level.save.Settings.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Progress, designs and settings together in one data folder. */
class PlayerDataTest {
    @TempDir
    Path dir;

    @Test
    void firstStart_isFreshAndQuiet() throws IOException {
        PlayerData.Snapshot loaded = new PlayerData(new DataDirectory(dir.resolve("interleave"))).load();
        assertEquals(new PlayerData.Snapshot(Progress.empty(), SavedDesigns.empty(), Settings.defaults(), List.of()),
                loaded);
    }

    @Test
    void everything_roundTripsThroughTheDataFolder() throws IOException {
        DataDirectory folder = new DataDirectory(dir.resolve("interleave"));
        PlayerData data = new PlayerData(folder);
        Progress progress = Progress.empty().withRun("intro", new Score(9, 2, 17), true);
        SavedDesigns designs = SavedDesigns.empty().withSlot("intro", "mine", JsonCodec.MAPPER.createObjectNode());
        Settings settings = Settings.defaults().withTheme(Theme.LIGHT).withUiScale(150);

        assertEquals(Optional.empty(), data.save(progress));
        assertEquals(Optional.empty(), data.save(designs));
        assertEquals(Optional.empty(), data.save(settings));

        assertEquals(new PlayerData.Snapshot(progress, designs, settings, List.of()), new PlayerData(folder).load());
        assertTrue(Files.isRegularFile(folder.progressFile()));
        assertTrue(Files.isRegularFile(folder.designsFile()));
        assertTrue(Files.isRegularFile(folder.settingsFile()));
    }

    @Test
    void damagedFiles_areReportedOneMessageEach_andTheOtherFilesStillLoad() throws IOException {
        DataDirectory folder = new DataDirectory(dir);
        PlayerData data = new PlayerData(folder);
        Progress progress = Progress.empty().withRun("intro", new Score(9, 2, 17), true);
        data.save(progress);
        Settings before = Settings.defaults().withSound(false);
        data.save(before);
        data.save(before.withUiScale(200));
        Files.writeString(folder.settingsFile(), "{\"format\": 1, \"uiScale\": ");
        Files.writeString(folder.designsFile(), "[\"not\", \"designs\"]");

        PlayerData.Snapshot loaded = data.load();

        assertEquals(progress, loaded.progress());
        assertEquals(before, loaded.settings(), "settings came back from the backup");
        assertEquals(SavedDesigns.empty(), loaded.designs());
        assertEquals(List.of(Recovery.Outcome.STARTED_FRESH, Recovery.Outcome.RESTORED_BACKUP),
                loaded.recoveries().stream().map(Recovery::outcome).toList());
        List<String> messages = loaded.messages();
        assertTrue(messages.get(0).contains("designs.json could not be read")
                && messages.get(0).contains("No usable copy of your saved designs was left, so Interleave started afresh"), messages.get(0));
        assertTrue(messages.get(1).contains("settings.json could not be read: the file is cut short")
                && messages.get(1).contains("Restored your settings from the backup"), messages.get(1));
    }
}
