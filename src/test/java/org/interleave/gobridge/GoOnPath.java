package org.interleave.gobridge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * The {@code go} command the Go tests run, with the user's own Go build cache ({@code go env
 * GOCACHE}), which outlives checkouts: Go's standard library, plain and for {@code -race}, is
 * compiled once on a machine and not again in every fresh clone, after {@code mvn clean}, or in each
 * test class. (A cache under {@code target/} when the user has turned theirs off.)
 *
 * <p>The tests build with {@link #TRIMPATH}: without it Go keys a compiled package by its directory,
 * and a test's module lies in a fresh temporary directory on every run, so every exported design
 * would be compiled again each time (the cross-check's 144 packages, twice: about 10 s of CPU).
 */
final class GoOnPath {
    /** The build flag that keeps directories out of the cache's keys (and out of the binaries). */
    static final String TRIMPATH = "-trimpath";

    private GoOnPath() {}

    /** The {@code go} on the PATH with the kept build cache and this GOPATH; empty without Go. */
    static Optional<GoRunner> find(Path gopath) throws IOException {
        Path cache = GoRunner.userCache().orElse(Path.of("target", "go-cache").toAbsolutePath());
        Files.createDirectories(cache);
        return GoRunner.find(cache, gopath);
    }

    /** The {@code go} of {@link #find}; the calling test is skipped (not failed) on a machine without one. */
    static GoRunner orSkip(Path gopath) throws IOException {
        GoRunner go = find(gopath).orElse(null);
        Assumptions.assumeTrue(go != null, "skipped: no 'go' command on the PATH (install Go, e.g. apt-get install golang-go)");
        return go;
    }
}
