package org.interleave.level.save;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The faults a player's data folder meets in the wild, each with what the player is told and a
 * check that nothing of theirs is lost: a second game on the same folder, a save from a newer
 * version, a folder, pipe, device or huge file where a save should be, a file of the wrong shape.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)  // some tests start two JVMs: 30 s was not enough at load 30
class SaveFaultsTest {
    private static final Progress CLEARED = Progress.empty().withRun("intro", new Score(9, 2, 17), true);
    private static final Settings LIGHT = Settings.defaults().withTheme(Settings.Theme.LIGHT);

    @TempDir
    Path dir;

    private DataDirectory folder() {
        return new DataDirectory(dir);
    }

    @Test
    void secondInstance_opensReadOnly_saysSo_andNeitherLosesNorRemovesTheFirstOnesWork() throws Exception {
        try (PlayerData data = new PlayerData(folder())) {
            data.load();
            data.save(CLEARED);
        }
        Process first = LockHolder.start(dir); // the game the player started first, in its own process
        try (PlayerData second = new PlayerData(folder())) {
            Path inFlight = dir.resolve(".progress.json.4711.tmp"); // the first one's save in progress
            Files.writeString(inFlight, "{\"format\": 1");

            PlayerData.Snapshot s = second.load();

            assertFalse(s.writable());
            assertEquals(CLEARED, s.progress(), "the second one shows the progress");
            assertEquals(1, s.messages().size(), s.messages()::toString);
            assertTrue(s.messages().get(0).startsWith("Another Interleave is already open with your data folder"),
                    s.messages().get(0));
            assertTrue(s.messages().get(0).contains("read-only and saves nothing"), s.messages().get(0));
            assertTrue(Files.exists(inFlight), "the first one's temporary file is left alone");
            second.save(Progress.empty()); // the second one's change does not reach the disk
            assertEquals(CLEARED, Json.read(Progress.class, Files.readString(folder().progressFile())));
        } finally {
            first.getOutputStream().close();
            first.waitFor(10, TimeUnit.SECONDS);
            first.destroyForcibly();
        }
        try (PlayerData third = new PlayerData(folder())) {
            assertTrue(third.load().writable(), "the lock is given back when the first game ends");
        }
    }

    @Test
    void gameStartedAgainInTheSameProcess_sharesTheFolder_andClosingItNeverStopsTheFirstOnesSaves() throws Exception {
        try (PlayerData before = new PlayerData(folder())) {
            assertTrue(before.load().writable());
            before.save(CLEARED);
            PlayerData again = new PlayerData(folder());
            assertTrue(again.load().writable(), "the game started again saves too");
            again.save(CLEARED.withRun("two", new Score(1, 1, 1), true));
            assertTrue(Json.read(Progress.class, Files.readString(folder().progressFile())).level("two").cleared());
            again.close();

            Progress later = CLEARED.withRun("three", new Score(2, 2, 2), true);
            before.save(later);
            assertEquals(later, Json.read(Progress.class, Files.readString(folder().progressFile())),
                    "the first one's save reaches the disk after the second one closed");
            assertEquals("read-only", LockHolder.firstLine(dir), "the folder is still locked against other processes");
        }
        assertEquals("locked", LockHolder.firstLine(dir), "the last close gives the lock back");
    }

    @Test
    void saveAfterClose_failsLoudly_insteadOfVanishing() throws Exception {
        PlayerData data = new PlayerData(folder());
        data.load();
        data.save(CLEARED);
        data.close();
        IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> data.save(Progress.empty()));
        assertTrue(e.getMessage().contains("was already closed"), e.getMessage());
        assertEquals(CLEARED, Json.read(Progress.class, Files.readString(folder().progressFile())));
    }

    @Test
    void newerFormat_isKeptInPlace_reported_andNeverSavedOver() throws IOException {
        String newer = "{\"format\": 2, \"levels\": {\"intro\": {\"stars\": 3}}}";
        Files.writeString(folder().progressFile(), newer);
        Files.writeString(folder().settingsFile(), "{\"format\": 1, \"theme\": \"light\"}");
        try (PlayerData data = new PlayerData(folder())) {
            PlayerData.Snapshot s = data.load();
            assertTrue(s.writable());
            assertEquals(Progress.empty(), s.progress());
            assertEquals(Settings.Theme.LIGHT, s.settings().theme(), "the other files still load");
            assertEquals(List.of(Recovery.Outcome.KEPT), s.recoveries().stream().map(Recovery::outcome).toList());
            assertEquals("progress.json was not loaded: the file was written by a newer version of Interleave"
                    + " (format 2). It is kept as it is, and this session shows fresh progress and saves none of it"
                    + " over that file.", s.messages().get(0));

            data.save(CLEARED);
            assertEquals(newer, Files.readString(folder().progressFile()), "the newer save is untouched");
            assertEquals(List.of(".lock", "progress.json", "settings.json"), names());
        }
    }

    @Test
    void folderInPlaceOfProgress_isMovedAsideWhole_andSettingsStillLoad() throws IOException {
        Path progress = Files.createDirectories(folder().progressFile());
        Files.writeString(progress.resolve("note.txt"), "mine");
        Files.writeString(folder().settingsFile(), "{\"format\": 1, \"theme\": \"light\"}");
        try (PlayerData data = new PlayerData(folder())) {
            PlayerData.Snapshot s = data.load();
            assertEquals(LIGHT.theme(), s.settings().theme());
            assertEquals(Progress.empty(), s.progress());
            assertTrue(s.messages().get(0).startsWith("progress.json could not be read: it is a folder, not a regular"
                    + " file. It was moved aside to progress.json.corrupt-1."), s.messages().get(0));
            assertEquals("mine", Files.readString(dir.resolve("progress.json.corrupt-1").resolve("note.txt")));
            data.save(CLEARED);
            assertTrue(Files.isRegularFile(folder().progressFile()), "saving works again");
        }
    }

    @Test
    void hugeSave_isRefusedWithoutReadingIt_andKept() throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(folder().progressFile().toFile(), "rw")) {
            f.setLength(3L << 30); // sparse: 3 GiB that take no room on disk
        }
        try (PlayerData data = new PlayerData(folder())) {
            PlayerData.Snapshot s = data.load();
            assertEquals(Progress.empty(), s.progress());
            assertTrue(s.messages().get(0).startsWith("progress.json could not be read: file is too large: 3221225472"
                    + " bytes (at most 16777216). It was moved aside to progress.json.corrupt-1."), s.messages().get(0));
            assertEquals(3L << 30, Files.size(dir.resolve("progress.json.corrupt-1")), "kept whole");
        }
    }

    @Test
    void pipeInPlaceOfProgress_neverBlocksTheLoad() throws Exception {
        Process p = new ProcessBuilder("mkfifo", folder().progressFile().toString()).start();
        assumeTrue(p.waitFor() == 0, "mkfifo is not available");
        Files.writeString(folder().settingsFile(), "{\"format\": 1, \"theme\": \"light\"}");
        try (PlayerData data = new PlayerData(folder())) {
            PlayerData.Snapshot s = data.load();
            assertEquals(LIGHT.theme(), s.settings().theme());
            assertTrue(s.messages().get(0).startsWith("progress.json could not be read: it is a named pipe (FIFO), not"
                    + " a regular file."), s.messages().get(0));
        }
    }

    @Test
    void linkToDevZeroInPlaceOfSettings_neverFillsMemory() throws IOException {
        assumeTrue(Files.exists(Path.of("/dev/zero")), "no /dev/zero here");
        Files.createSymbolicLink(folder().settingsFile(), Path.of("/dev/zero"));
        try (PlayerData data = new PlayerData(folder())) {
            PlayerData.Snapshot s = data.load();
            assertEquals(Settings.defaults(), s.settings());
            assertTrue(s.messages().get(0).startsWith("settings.json could not be read: it is a link to a character"
                    + " device (/dev/zero), not a regular file."), s.messages().get(0));
            assertTrue(Files.isSymbolicLink(dir.resolve("settings.json.corrupt-1")), "the link itself is kept");
        }
    }

    @Test
    void wrongShape_isSaidInJsonWords_withoutJavaTypeNames() {
        for (String json : List.of("{\"format\": 1, \"levels\": [1, 2]}",
                "{\"format\": 1, \"levels\": {\"intro\": {\"best\": {\"ticks\": \"fast\"}}}}",
                "{\"format\": 1, \"levels\": {\"intro\": {\"attempts\": {\"a\": 1}}}}")) {
            try {
                Json.read(Progress.class, json);
                throw new AssertionError("accepted: " + json);
            } catch (CorruptSaveException e) {
                String m = e.getMessage();
                assertTrue(m.startsWith("the file holds a value Interleave cannot use at levels"), m);
                assertFalse(m.contains("`") || m.contains("java.") || m.contains("org.interleave")
                        || m.contains("Cannot deserialize") || m.contains("JsonToken"), m);
            }
        }
    }

    @Test
    void unreadableFile_isKeptAsItIs_andTheOthersLoad() throws IOException {
        Files.writeString(folder().progressFile(), "{\"format\": 1, \"levels\": {}}");
        Files.writeString(folder().settingsFile(), "{\"format\": 1, \"theme\": \"light\"}");
        folder().progressFile().toFile().setReadable(false);
        assumeTrue(!Files.isReadable(folder().progressFile()), "this user reads every file (root)");
        try (PlayerData data = new PlayerData(folder())) {
            PlayerData.Snapshot s = data.load();
            assertEquals(LIGHT.theme(), s.settings().theme());
            assertTrue(s.messages().get(0).contains("permission denied"), s.messages().get(0));
            byte[] before = Files.readAllBytes(folder().settingsFile());
            data.save(CLEARED);
            folder().progressFile().toFile().setReadable(true);
            assertEquals("{\"format\": 1, \"levels\": {}}", Files.readString(folder().progressFile()));
            assertArrayEquals(before, Files.readAllBytes(folder().settingsFile()));
        }
    }

    private List<String> names() throws IOException {
        try (var s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
