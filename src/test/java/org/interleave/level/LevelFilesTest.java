package org.interleave.level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files and folders as {@code validate} takes them. */
class LevelFilesTest {
    private static Path resource(String name) {
        try {
            return Path.of(LevelFilesTest.class.getResource("/validate/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String level(String id) {
        return "{ \"format\": 1, \"id\": \"" + id + "\", \"title\": \"T\", \"mode\": \"build\", \"design\": {} }";
    }

    @Test
    void folder_holdsEveryLevelFileUnderIt_inFileNameOrder_andNothingElse() {
        Path pack = resource("pack");
        List<LevelFiles.Checked> checked = LevelFiles.check(List.of(pack));
        assertEquals(List.of(pack.resolve("first.level.json"), pack.resolve("nested/second.level.json")),
                checked.stream().map(LevelFiles.Checked::file).toList());
        assertTrue(checked.stream().allMatch(LevelFiles.Checked::ok));
    }

    @Test
    void twoLevelsOfAFolderWithOneId_areReportedAtTheSecondId() {
        Path dir = resource("duplicate-ids");
        List<LevelFiles.Checked> checked = LevelFiles.check(List.of(dir));
        assertTrue(checked.get(0).ok());
        assertFalse(checked.get(1).ok());
        assertEquals(List.of(dir.resolve("two.level.json") + ":3:9: duplicate level id 'same': "
                + dir.resolve("one.level.json") + " has it too"),
                checked.get(1).problems().stream().map(Problem::toString).toList());
    }

    @Test
    void levelsNamedOneByOne_mayShareAnId() {
        Path dir = resource("duplicate-ids");
        List<LevelFiles.Checked> checked = LevelFiles.check(List.of(dir.resolve("one.level.json"), dir.resolve("two.level.json")));
        assertTrue(checked.stream().allMatch(LevelFiles.Checked::ok));
    }

    @Test
    void fileNamedTwice_isCheckedOnce(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("a.level.json"), level("a"));
        assertEquals(1, LevelFiles.check(List.of(file, dir, file)).size());
    }

    @Test
    void fileNamedOnItsOwn_isALevelWhateverItsName(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("a.json"), level("a"));
        assertTrue(LevelFiles.check(List.of(file)).get(0).ok());
        assertEquals(List.of(), LevelFiles.check(List.of(dir)));
    }

    @Test
    void missingPath_isOneProblem() {
        List<LevelFiles.Checked> checked = LevelFiles.check(List.of(Path.of("no/such.level.json")));
        assertEquals(List.of(new Problem("no/such.level.json", 1, 1, "cannot read file: no such file")),
                checked.get(0).problems());
    }
}
