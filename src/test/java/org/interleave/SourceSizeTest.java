package org.interleave;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No source file under {@code src/main} grows past 500 lines (issue 13): a file that long does
 * several things, and a newcomer cannot find one of them by its name. Split it by what it does.
 */
class SourceSizeTest {
    private static final int MAX_LINES = 500;

    @Test
    void noMainSourceFile_isLongerThan500Lines() throws IOException {
        List<String> tooLong;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            tooLong = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> lines(p) > MAX_LINES)
                    .map(p -> p + ": " + lines(p) + " lines")
                    .sorted()
                    .toList();
        }
        assertEquals(List.of(), tooLong, "files over " + MAX_LINES + " lines");
    }

    private static long lines(Path p) {
        try (Stream<String> s = Files.lines(p)) {
            return s.count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
