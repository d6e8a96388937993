package org.interleave.level.save;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A save cut off for real: a child JVM makes some whole saves of a large file, then stalls halfway
 * through writing the next one ({@link StallingSaver} says so on its output) and is killed there;
 * the save file must still hold the last whole save. The child stalls by itself, so the kill lands
 * mid-write however slow the machine is.
 */
class InterruptedSaveTest {

    @ParameterizedTest(name = "after {0} whole saves in the child")
    @ValueSource(ints = {0, 2})
    // in a thread of its own: a child that never says "stalled" would block the read for good
    @Timeout(value = 300, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void saveKilledWhileWriting_leavesThePreviousSaveWhole(int wholeSaves, @TempDir Path dir) throws Exception {
        Path path = dir.resolve(DataDirectory.DESIGNS);
        StallingSaver.file(path).save(StallingSaver.designs(0));

        Process child = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                StallingSaver.class.getName(), path.toString(), "1", String.valueOf(wholeSaves))
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        List<String> said = new ArrayList<>();
        Path temp;
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null && !line.startsWith("stalled "); line = out.readLine()) {
                said.add(line);
            }
            assertTrue(child.isAlive(), () -> "the child ended before it stalled; it said " + said);
            temp = temporaryFileOfTheSave(dir);
            child.destroyForcibly().waitFor();
        } finally {
            child.destroyForcibly();
        }

        List<String> saves = new ArrayList<>();
        for (int g = 1; g <= wholeSaves; g++) {
            saves.add("saved " + g);
        }
        assertEquals(saves, said, "the child reported each whole save before it stalled");
        assertTrue(Files.size(temp) >= StallingSaver.STALL_AFTER_BYTES, "the kill landed while the new save was being written");
        assertThrows(CorruptSaveException.class,
                () -> new JsonCodec<>(SavedDesigns.class).read(Files.readAllBytes(temp)),
                "the half-written file is not a save");

        // The cut-off save had not finished, so the one before it had.
        SavedDesigns onDisk = new JsonCodec<>(SavedDesigns.class).read(Files.readAllBytes(path));
        assertEquals(StallingSaver.designs(wholeSaves), onDisk);
        assertEquals(wholeSaves, StallingSaver.generation(
                new JsonCodec<>(SavedDesigns.class).read(Files.readAllBytes(dir.resolve(DataDirectory.DESIGNS + ".bak")))),
                "the backup made before the cut-off save is the previous save too");

        Loaded<SavedDesigns> loaded = StallingSaver.file(path).load(SavedDesigns.empty());
        assertEquals(Loaded.Source.FILE, loaded.source());
        assertEquals(Optional.empty(), loaded.recovery());
        assertEquals(wholeSaves, StallingSaver.generation(loaded.value()));
        assertEquals(List.of(path.getFileName().toString(), path.getFileName() + ".bak"), files(dir),
                "the load removed the half-written temporary file");
    }

    /** The new save's temporary file (not the backup's), which the stalled child holds open. */
    private static Path temporaryFileOfTheSave(Path dir) throws IOException {
        String prefix = "." + DataDirectory.DESIGNS + ".";
        try (Stream<Path> entries = Files.list(dir)) {
            List<Path> temps = entries.filter(p -> {
                String name = p.getFileName().toString();
                return name.startsWith(prefix) && !name.startsWith(prefix + "bak.") && name.endsWith(".tmp");
            }).toList();
            assertEquals(1, temps.size(), () -> "temporary files of the save: " + temps);
            return temps.get(0);
        }
    }

    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
