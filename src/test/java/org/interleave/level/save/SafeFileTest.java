package org.interleave.level.save;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Atomic saves with a backup, and loads that set damaged files aside and say so. */
class SafeFileTest {
    private static final Progress FIRST = Progress.empty().withRun("intro", new Score(10, 3, 40), true);
    private static final Progress SECOND = FIRST.withRun("intro", new Score(8, 3, 30), true);
    private static final Progress THIRD = SECOND.withRun("mutex", new Score(20, 5, 900), false);

    @TempDir
    Path dir;

    private SafeFile<Progress> file() {
        return new SafeFile<>(dir.resolve("progress.json"), "progress", new JsonCodec<>(Progress.class));
    }

    private Path path(String name) {
        return dir.resolve(name);
    }

    private List<String> files() throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void firstLoad_withNoFiles_isFreshAndSaysNothing() throws IOException {
        Loaded<Progress> loaded = file().load(Progress.empty());
        assertEquals(new Loaded<>(Progress.empty(), Loaded.Source.FRESH, Optional.empty()), loaded);
    }

    @Test
    void save_thenLoad_returnsTheSavedValue() throws IOException {
        assertEquals(Optional.empty(), file().save(FIRST));
        assertEquals(new Loaded<>(FIRST, Loaded.Source.FILE, Optional.empty()), file().load(Progress.empty()));
    }

    @Test
    void save_createsTheMissingDataFolder() throws IOException {
        SafeFile<Progress> nested = new SafeFile<>(dir.resolve("a/b/progress.json"), "progress",
                new JsonCodec<>(Progress.class));
        nested.save(FIRST);
        assertEquals(FIRST, nested.load(Progress.empty()).value());
    }

    @Test
    void secondSave_keepsThePreviousContentAsTheBackup() throws Exception {
        SafeFile<Progress> file = file();
        file.save(FIRST);
        assertFalse(Files.exists(file.backup()), "nothing to back up before the first save");
        file.save(SECOND);
        assertEquals(FIRST, new JsonCodec<>(Progress.class).read(Files.readAllBytes(file.backup())));
        file.save(THIRD);
        assertEquals(SECOND, new JsonCodec<>(Progress.class).read(Files.readAllBytes(file.backup())));
    }

    @Test
    void manySequentialSaves_leaveNoTemporaryFilesBehind() throws IOException {
        SafeFile<Progress> file = file();
        Progress progress = Progress.empty();
        for (int i = 0; i < 200; i++) {
            progress = progress.withRun("level-" + (i % 7), new Score(i, i % 5, i * 3L), i % 3 == 0);
            file.save(progress);
        }
        assertEquals(List.of("progress.json", "progress.json.bak"), files());
        assertEquals(progress, file.load(Progress.empty()).value());
    }

    @Test
    void concurrentSavesThroughTwoInstances_leaveOneWholeSave_andNoTemporaryFiles() throws Exception {
        List<SafeFile<Progress>> writers = List.of(file(), file());
        List<Callable<Void>> tasks = new ArrayList<>();
        for (int t = 0; t < 6; t++) {
            SafeFile<Progress> writer = writers.get(t % 2);
            String level = "thread-" + t;
            tasks.add(() -> {
                Progress progress = Progress.empty();
                for (int i = 0; i < 30; i++) {
                    progress = progress.withRun(level, new Score(i, 1, 1), true);
                    writer.save(progress);
                }
                return null;
            });
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(tasks.size())) {
            for (Future<Void> done : pool.invokeAll(tasks)) {
                done.get();
            }
        }
        Loaded<Progress> loaded = file().load(Progress.empty());
        assertEquals(Loaded.Source.FILE, loaded.source());
        assertEquals(1, loaded.value().levels().size(), "the last save wins whole");
        assertEquals(List.of("progress.json", "progress.json.bak"), files());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "garbage           | '\u0000\u00ff binary junk'           | not valid JSON",
        "cut mid-number    | '{\"format\": 1, \"levels\": {\"intro\": {\"best\": {\"ticks\": 1' | cut short",
        "a lone word       | 'hello'                                | not valid JSON",
        "truncated JSON    | '{\"format\": 1, \"levels\": {\"intro\": {\"cleared\": tr' | cut short",
        "a JSON array      | '[1, 2, 3]'                            | a JSON array instead of an object",
        "an older format   | '{\"format\": 0, \"levels\": {}}'      | unknown format version 0",
        "no format         | '{\"levels\": {}}'                     | no format version",
        "an empty file     | ''                                     | empty",
        "a wrong type      | '{\"format\": 1, \"levels\": {\"intro\": {\"cleared\": \"yes\"}}}' | at levels.intro.cleared",
        "a negative score  | '{\"format\": 1, \"levels\": {\"intro\": {\"cleared\": true, \"best\": {\"ticks\": -1, \"parts\": 1, \"verifyStates\": 1}}}}' | cannot be negative",
        "a duplicate key   | '{\"format\": 1, \"levels\": {}, \"levels\": {}}' | not valid JSON",
    })
    void damagedFile_isMovedAside_andTheValidBackupIsRestored(String what, String content, String reason)
            throws IOException {
        SafeFile<Progress> file = file();
        file.save(FIRST);
        file.save(SECOND);
        byte[] damaged = content.getBytes(StandardCharsets.UTF_8);
        Files.write(file.file(), damaged);

        Loaded<Progress> loaded = file.load(Progress.empty());

        assertEquals(FIRST, loaded.value());
        assertEquals(Loaded.Source.BACKUP, loaded.source());
        Recovery recovery = loaded.recovery().orElseThrow();
        assertEquals(Recovery.Outcome.RESTORED_BACKUP, recovery.outcome());
        assertEquals(List.of(path("progress.json.corrupt-1")), recovery.setAside().stream().map(Recovery.SetAside::to).toList());
        assertTrue(recovery.setAside().get(0).reason().contains(reason), recovery.setAside().get(0).reason());
        assertTrue(recovery.message().startsWith("progress.json could not be read: "), recovery.message());
        assertTrue(recovery.message().contains("moved aside to progress.json.corrupt-1"), recovery.message());
        assertTrue(recovery.message().contains("Restored your progress from the backup made before the last save"), recovery.message());
        assertArrayEquals(damaged, Files.readAllBytes(path("progress.json.corrupt-1")), "the damaged bytes are kept");

        // the backup became the file again: the next start is quiet
        assertEquals(new Loaded<>(FIRST, Loaded.Source.FILE, Optional.empty()), file.load(Progress.empty()));
    }

    @Test
    void damagedFileWithoutBackup_startsFresh_andKeepsTheDamagedFile() throws IOException {
        Files.writeString(path("progress.json"), "{\"format\": 1, \"lev");
        Loaded<Progress> loaded = file().load(Progress.empty());
        assertEquals(Progress.empty(), loaded.value());
        assertEquals(Loaded.Source.FRESH, loaded.source());
        Recovery recovery = loaded.recovery().orElseThrow();
        assertEquals(Recovery.Outcome.STARTED_FRESH, recovery.outcome());
        assertTrue(recovery.message().contains("No usable copy of your progress was left"), recovery.message());
        assertEquals(List.of("progress.json.corrupt-1"), files());
    }

    @Test
    void message_tellsThePlayerWhatWasMovedWhereAndWhatIsUsedInstead() throws IOException {
        SafeFile<Progress> file = file();
        file.save(FIRST);
        file.save(SECOND);
        Files.writeString(file.file(), "{\"format\": 1, \"levels\": {\"intro\": {\"clea");
        assertEquals("progress.json could not be read: the file is cut short. "
                + "It was moved aside to progress.json.corrupt-1. "
                + "Restored your progress from the backup made before the last save; "
                + "changes from the last save may be missing.",
                file.load(Progress.empty()).recovery().orElseThrow().message());
    }

    @Test
    void damagedFileAndDamagedBackup_areBothMovedAside() throws IOException {
        Files.writeString(path("progress.json"), "[]");
        Files.writeString(path("progress.json.bak"), "{\"format\": 0}");
        Recovery recovery = file().load(Progress.empty()).recovery().orElseThrow();
        assertEquals(Recovery.Outcome.STARTED_FRESH, recovery.outcome());
        assertEquals(List.of(path("progress.json.corrupt-1"), path("progress.json.bak.corrupt-1")),
                recovery.setAside().stream().map(Recovery.SetAside::to).toList());
        assertTrue(recovery.message().contains("the damaged files are kept in " + dir), recovery.message());
        assertEquals(List.of("progress.json.bak.corrupt-1", "progress.json.corrupt-1"), files());
    }

    @Test
    void missingFileWithABackup_restoresTheBackup_andSaysTheFileWasMissing() throws IOException {
        SafeFile<Progress> file = file();
        file.save(FIRST);
        file.save(SECOND);
        Files.delete(file.file());
        Loaded<Progress> loaded = file.load(Progress.empty());
        assertEquals(FIRST, loaded.value());
        assertTrue(loaded.recovery().orElseThrow().message().startsWith("progress.json was missing. "),
                loaded.recovery().orElseThrow().message());
        assertEquals(FIRST, file.load(Progress.empty()).value());
    }

    @Test
    void settingAside_neverOverwritesAnEarlierDamagedFile() throws IOException {
        Files.writeString(path("progress.json.corrupt-1"), "first damage");
        Files.writeString(path("progress.json.corrupt-2"), "second damage");
        Files.writeString(path("progress.json"), "third damage");
        Recovery recovery = file().load(Progress.empty()).recovery().orElseThrow();
        assertEquals(path("progress.json.corrupt-3"), recovery.setAside().get(0).to());
        assertEquals("first damage", Files.readString(path("progress.json.corrupt-1")));
        assertEquals("second damage", Files.readString(path("progress.json.corrupt-2")));
        assertEquals("third damage", Files.readString(path("progress.json.corrupt-3")));
    }

    @Test
    void fileDamagedAfterLoading_isMovedAsideOnSave_andDoesNotReplaceTheGoodBackup() throws Exception {
        SafeFile<Progress> file = file();
        file.save(FIRST);
        file.save(SECOND);
        Files.writeString(file.file(), "overwritten by something else");

        Recovery recovery = file.save(THIRD).orElseThrow();

        assertEquals(Recovery.Outcome.SAVED_OVER, recovery.outcome());
        assertEquals("overwritten by something else", Files.readString(path("progress.json.corrupt-1")));
        assertEquals(FIRST, new JsonCodec<>(Progress.class).read(Files.readAllBytes(file.backup())));
        assertEquals(THIRD, file.load(Progress.empty()).value());
    }

    @Test
    void saveThatFailsWhileWriting_leavesTheOldFileAndNoTemporaryFile() throws IOException {
        file().save(FIRST);
        SaveCodec<Progress> failing = new SaveCodec<>() {
            @Override
            public void write(Progress value, OutputStream out) throws IOException {
                out.write("{\"format\": 1, \"lev".getBytes(StandardCharsets.UTF_8));
                throw new IOException("disk full");
            }

            @Override
            public Progress read(byte[] bytes) throws CorruptSaveException {
                return new JsonCodec<>(Progress.class).read(bytes);
            }
        };
        SafeFile<Progress> file = new SafeFile<>(path("progress.json"), "progress", failing);
        assertThrows(IOException.class, () -> file.save(SECOND));
        assertEquals(FIRST, file().load(Progress.empty()).value());
        assertEquals(List.of("progress.json", "progress.json.bak"), files());
    }

    @Test
    void temporaryFilesLeftByAnInterruptedSave_areRemovedByTheNextLoad() throws IOException {
        file().save(FIRST);
        Files.writeString(path(".progress.json.123.tmp"), "{\"format\": 1, \"le");
        Files.writeString(path(".progress.json.bak.456.tmp"), "{\"form");
        Files.writeString(path(".settings.json.789.tmp"), "not ours");
        assertEquals(FIRST, file().load(Progress.empty()).value());
        assertEquals(List.of(".settings.json.789.tmp", "progress.json"), files());
    }

    @Test
    void folderInPlaceOfTheFile_isDamage_movedAsideWhole() throws IOException {
        Files.createDirectory(path("progress.json"));
        Loaded<Progress> loaded = file().load(Progress.empty());
        assertEquals(Loaded.Source.FRESH, loaded.source());
        assertTrue(loaded.recovery().orElseThrow().message().contains("it is a folder, not a regular file"));
        assertTrue(Files.isDirectory(path("progress.json.corrupt-1")), "the folder is kept");
    }

    @Test
    void fileThatCannotBeReadAtAll_isAnError_notAFreshStart() throws IOException {
        Files.writeString(path("progress.json"), "{\"format\": 1, \"levels\": {}}");
        path("progress.json").toFile().setReadable(false);
        try {
            org.junit.jupiter.api.Assumptions.assumeTrue(!Files.isReadable(path("progress.json")), "root reads everything");
            IOException e = assertThrows(IOException.class, () -> file().load(Progress.empty()));
            assertEquals("progress.json: permission denied", e.getMessage());
            assertTrue(Files.isRegularFile(path("progress.json")), "nothing was moved");
        } finally {
            path("progress.json").toFile().setReadable(true);
        }
    }
}
