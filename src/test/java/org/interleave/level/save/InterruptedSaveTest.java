package org.interleave.level.save;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A save cut off for real: a child JVM writes a large save slowly, in a loop, and is killed
 * with the temporary file half written; the save file must still hold the last whole save.
 */
class InterruptedSaveTest {
    /** Well into the new file, and far from its end (it is a few megabytes). */
    private static final long KILL_AFTER_BYTES = 512 * 1024;

    @ParameterizedTest(name = "after {0} whole saves in the child")
    @ValueSource(ints = {0, 2})
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void saveKilledWhileWriting_leavesThePreviousSaveWhole(int wholeSaves, @TempDir Path dir) throws Exception {
        Path path = dir.resolve(DataDirectory.DESIGNS);
        SlowSaver.file(path, false).save(SlowSaver.designs(0));

        Process child = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                SlowSaver.class.getName(), path.toString(), "1")
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        AtomicInteger lastWhole = new AtomicInteger(0);
        Thread reader = Thread.ofVirtual().start(() -> readSaves(child, lastWhole));
        try {
            while (lastWhole.get() < wholeSaves) {
                assertTrue(child.isAlive(), "the child stopped before saving " + wholeSaves + " times");
                Thread.sleep(5);
            }
            Path temp = awaitHalfWrittenTemporaryFile(dir, child);
            child.destroyForcibly().waitFor();
            reader.join();

            assertTrue(Files.exists(temp), "the kill landed while the new save was being written");
            assertThrows(CorruptSaveException.class,
                    () -> new JsonCodec<>(SavedDesigns.class).read(Files.readAllBytes(temp)),
                    "the half-written file is not a save");
        } finally {
            child.destroyForcibly();
        }

        // The cut-off save had not finished, so the one before it had, and had said so.
        int previous = lastWhole.get();
        assertTrue(previous >= wholeSaves, "saves reported: " + previous);
        SavedDesigns onDisk = new JsonCodec<>(SavedDesigns.class).read(Files.readAllBytes(path));
        assertEquals(SlowSaver.designs(previous), onDisk);
        assertEquals(previous, SlowSaver.generation(
                new JsonCodec<>(SavedDesigns.class).read(Files.readAllBytes(dir.resolve(DataDirectory.DESIGNS + ".bak")))),
                "the backup made before the cut-off save is the previous save too");

        Loaded<SavedDesigns> loaded = SlowSaver.file(path, false).load(SavedDesigns.empty());
        assertEquals(Loaded.Source.FILE, loaded.source());
        assertEquals(Optional.empty(), loaded.recovery());
        assertEquals(previous, SlowSaver.generation(loaded.value()));
        assertEquals(List.of(path.getFileName().toString(), path.getFileName() + ".bak"), files(dir),
                "the load removed the half-written temporary file");
    }

    private static void readSaves(Process child, AtomicInteger lastWhole) {
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("saved ")) {
                    lastWhole.set(Integer.parseInt(line.substring("saved ".length())));
                }
            }
        } catch (IOException e) {
            // the child was killed: its output ends here
        }
    }

    /** Polls for the new save's temporary file (not the backup's) until it is well under way. */
    private static Path awaitHalfWrittenTemporaryFile(Path dir, Process child) throws Exception {
        String prefix = "." + DataDirectory.DESIGNS + ".";
        while (true) {
            if (!child.isAlive()) {
                fail("the child exited with " + child.exitValue() + " before it could be killed");
            }
            try (Stream<Path> entries = Files.list(dir)) {
                for (Path p : entries.toList()) {
                    String name = p.getFileName().toString();
                    if (name.startsWith(prefix) && !name.startsWith(prefix + "bak.") && name.endsWith(".tmp")
                            && size(p) >= KILL_AFTER_BYTES) {
                        return p;
                    }
                }
            }
            Thread.sleep(1);
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0; // renamed or removed between listing and asking
        }
    }

    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
