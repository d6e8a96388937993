package org.interleave.cli;

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
 * A command whose search fills a small heap ends with its reason in words — a memory bound reached
 * or "out of memory" — never with a Java stack trace (bench had neither the heap guard of check nor
 * words for an {@link OutOfMemoryError}, which picocli hands on).
 */
class TinyHeapTest {
    @TempDir
    Path dir;

    @Test
    void benchOnATinyHeap_endsInWords_neverAStackTrace() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path out = dir.resolve("out.txt");
        Process p = new ProcessBuilder(java, "-Xmx12m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), "org.interleave.Launcher",
                "bench", "--family", "pipeline", "--size", "32", "--repeat", "1", "--plain-budget", "0", "--threads", "1")
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "bench on a 12 MiB heap ended");
        String text = Files.readString(out, StandardCharsets.UTF_8);
        assertFalse(text.contains("Exception in thread") || text.contains("\tat "), text);
        assertTrue(text.contains("out of memory: the JVM's heap of") || text.contains("memory bound"), text);
    }
}
