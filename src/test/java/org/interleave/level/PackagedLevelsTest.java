package org.interleave.level;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A campaign level as the jar packages it loads without the level schema (issue 17): safe only
 * because every packaged level passes the packaged schema, which this test checks; any other file
 * is still checked against it, a campaign level changed under its own name included.
 */
class PackagedLevelsTest {
    static Stream<Path> campaign() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("levels"))) {
            return files.filter(p -> p.getFileName().toString().endsWith(LevelFiles.SUFFIX)).sorted().toList().stream();
        }
    }

    private static byte[] packaged(Path level) throws IOException {
        try (InputStream in = PackagedLevelsTest.class.getResourceAsStream(PackagedLevels.DIR + level.getFileName())) {
            assertNotNull(in, level + " is not packaged");
            return in.readAllBytes();
        }
    }

    @ParameterizedTest
    @MethodSource("campaign")
    void packagedLevel_isTheCampaignFile_andPassesThePackagedSchema(Path level) throws Exception {
        byte[] bytes = packaged(level);
        assertArrayEquals(Files.readAllBytes(level), bytes);
        Report r = new Report(level.toString());
        SchemaCheck.check((JsonTree.Obj) JsonTree.parse(new String(bytes, StandardCharsets.UTF_8)), r);
        r.throwIfAny();
        assertTrue(PackagedLevels.isPackaged(level, bytes));
        assertTrue(PackagedLevels.isPackagedFile(level.toString()));
    }

    @Test
    void campaignLevel_changedUnderItsOwnName_isCheckedAgainstTheSchema(@TempDir Path dir) throws IOException {
        Path level = Path.of("levels/07-atomic-hits.level.json");
        String text = Files.readString(level);
        String part = "{\"id\": \"extra\", \"type\": \"producer\", \"ch\": \"reqs\"},\n      ";
        int at = text.indexOf("{\"id\": \"reqs\"");
        Path copy = dir.resolve(level.getFileName());
        Files.writeString(copy, text.substring(0, at) + part + text.substring(at));
        assertFalse(PackagedLevels.isPackagedFile(copy.toString()));
        int line = (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
        int column = at - text.lastIndexOf('\n', at);
        // a preset missing a field its preset needs: only the schema says so
        LevelException e = assertThrows(LevelException.class, () -> LevelLoader.load(copy));
        assertEquals(List.of(copy + ":" + line + ":" + column + ": missing field 'values' in part"),
                e.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void campaignLevel_underAnotherName_orNotAFile_isNotPackaged(@TempDir Path dir) throws IOException {
        Path level = Path.of("levels/07-atomic-hits.level.json");
        Path other = dir.resolve("atomic-hits.level.json");
        Files.copy(level, other);
        assertFalse(PackagedLevels.isPackaged(other, Files.readAllBytes(level)));
        assertFalse(PackagedLevels.isPackagedFile(other.toString()));
        assertFalse(PackagedLevels.isPackagedFile(dir.resolve(level.getFileName()).toString()));  // missing
        Files.createDirectory(dir.resolve("x"));
        Files.createDirectory(dir.resolve("x").resolve(level.getFileName()));
        assertFalse(PackagedLevels.isPackagedFile(dir.resolve("x").resolve(level.getFileName()).toString()));  // folder
        assertFalse(PackagedLevels.isPackagedFile("--solution=" + level));
        assertFalse(PackagedLevels.isPackagedFile("levels/level.schema.json"));
        assertFalse(PackagedLevels.isPackagedFile("levels/\0.level.json"));
    }
}
