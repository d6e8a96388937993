package org.interleave.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.interleave.engine.model.Level;
import org.interleave.level.LevelException;
import org.interleave.level.LevelLoader;
import org.interleave.level.PackagedLevels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A campaign level the command line names is loaded on another thread while picocli reads the
 * command line, and the command takes it instead of loading the file again (issue 17); the same
 * level as a load of its own, and never one left from an earlier command line.
 */
class ReadAheadTest {
    private static final Path LEVEL = Path.of("levels/30-size-the-pool.level.json");

    @Test
    void packagedLevel_readAhead_isItsOwnLoadsLevel_takenOnceByItsFile(@TempDir Path dir) throws Exception {
        Path copy = Files.copy(LEVEL, dir.resolve(LEVEL.getFileName()));
        assertTrue(PackagedLevels.isPackagedFile(copy.toString()));
        ReadAhead.start(copy.toString());
        try {
            assertNull(ReadAhead.take(LEVEL), "another path to the same text is another file");
            Level ahead = ReadAhead.take(copy);
            assertNotNull(ahead);
            assertEquals(LevelLoader.load(copy), ahead);
            assertNull(ReadAhead.take(copy), "taken once");
        } finally {
            ReadAhead.clear();
        }
    }

    @Test
    void readAheadOfACommandLineThatNeverLoadedIt_isNotTakenByTheNext(@TempDir Path dir) throws Exception {
        Path copy = Files.copy(LEVEL, dir.resolve(LEVEL.getFileName()));
        assertEquals(1, quietly("check", copy.toString()), "too slow for the level's 30 ticks");
        // read ahead, then a mistake on the command line: the command never loads the level
        assertEquals(2, quietly("check", copy.toString(), "--no-such-option"));
        String text = Files.readString(copy);
        Files.writeString(copy, text.replace("\"maxTicks\": 30", "\"maxTicks\": 1000"));
        assertEquals(0, quietly("check", copy.toString()), "the changed file, not the level read ahead before");
        // read ahead again and never loaded; then the file goes: no later command may use that read
        // (a missing file starts no read-ahead of its own to replace it; session-20 review)
        assertEquals(2, quietly("check", copy.toString(), "--no-such-option"));
        Files.delete(copy);
        assertEquals(2, quietly("check", copy.toString()), "a file that is gone is said to be missing, not cleared");
    }

    @Test
    void levelOutsideTheCampaign_isReadAheadWithTheSchema_andItsMistakesSaidAsBefore(@TempDir Path dir)
            throws Exception {
        Path other = Files.copy(LEVEL, dir.resolve("mine.level.json"));
        assertEquals(1, quietly("check", other.toString()), "the same design, too slow for 30 ticks");
        // a preset missing a field that only the schema asks for
        String text = Files.readString(other);
        int at = text.indexOf("\"parts\": [") + "\"parts\": [".length();
        Files.writeString(other, text.substring(0, at) + "{\"id\": \"extra\", \"type\": \"producer\", \"ch\": \"jobs\"},"
                + text.substring(at));
        LevelException expected = assertThrows(LevelException.class, () -> LevelLoader.load(other));
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        assertEquals(2, quietly(said, "check", other.toString()));
        String problem = expected.problems().get(0).toString();
        assertTrue(problem.contains("missing field 'values' in part"), problem);
        assertEquals(problem + System.lineSeparator(), said.toString(StandardCharsets.UTF_8));
    }

    /** {@link Main#execute}'s exit code, with what it prints kept from the test's output. */
    private static int quietly(String... args) {
        return quietly(new ByteArrayOutputStream(), args);
    }

    /** {@link Main#execute}'s exit code, with what it prints kept in {@code sink}. */
    private static int quietly(ByteArrayOutputStream sink, String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        try (PrintStream quiet = new PrintStream(sink, true, StandardCharsets.UTF_8)) {
            System.setOut(quiet);
            System.setErr(quiet);
            return Main.execute(args);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }
}
