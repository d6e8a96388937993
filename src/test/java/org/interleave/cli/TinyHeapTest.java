package org.interleave.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command whose search fills a small heap ends at its memory bound, in words, never with an
 * {@link OutOfMemoryError} or a Java stack trace; and an error that does escape a command is said
 * in words too.
 */
class TinyHeapTest {
    @TempDir
    Path dir;

    @Test
    void benchOnATinyHeap_stopsAtItsMemoryBound_beforeTheHeapRunsOut() throws IOException, InterruptedException {
        // a 12 MiB heap is a third full before the search starts: the bound on what the search adds
        // (3/4 of the heap) lay above the heap itself, and the JVM ran out of memory instead; now the
        // heap's 3/4 line stops it, and says so
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path out = dir.resolve("out.txt");
        Process p = new ProcessBuilder(java, "-Xmx12m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), "org.interleave.Launcher",
                "bench", "--family", "pipeline", "--size", "32", "--repeat", "1", "--plain-budget", "0", "--threads", "1")
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        try {
            assertTrue(p.waitFor(5, TimeUnit.MINUTES), "bench on a 12 MiB heap ended");
            String text = Files.readString(out, StandardCharsets.UTF_8);
            assertFalse(text.contains("Exception in thread") || text.contains("\tat "), text);
            assertFalse(text.contains("out of memory"), text);
            assertTrue(text.contains("pipeline 32 is inconclusive: heap 3/4 full: more than 8 MiB of this JVM's "), text);
            assertEquals(0, p.exitValue(), text);
        } finally {
            p.destroyForcibly();
        }
    }

    @Test
    void anErrorThatEscapesACommand_isSaidInWords_withoutJavasClassNames() {
        String memory = Main.inWords(new OutOfMemoryError("Java heap space"));
        assertTrue(memory.startsWith("out of memory: the JVM's heap of "), memory);
        assertTrue(memory.endsWith(" MiB is full (give it more with java -Xmx...)"), memory);
        assertEquals("internal error: the design is nested too deeply to follow (please report this)",
                Main.inWords(new StackOverflowError()));
        assertEquals("internal error: an unexpected failure (please report this)",
                Main.inWords(new IllegalStateException()));
        assertFalse(Main.inWords(new IllegalStateException("a\u001b[2Jb")).contains("\u001b"));
        assertEquals("internal error: finding does not replay (please report this)",
                Main.inWords(new IllegalStateException("internal error: finding does not replay")));
    }
}
