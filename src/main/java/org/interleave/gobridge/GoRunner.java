package org.interleave.gobridge;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The {@code go} command on the PATH, run offline in a sandbox: a build cache and GOPATH chosen by
 * the caller, modules on, no module proxy, no toolchain downloads, no GOFLAGS from the environment.
 * Builds programs and runs them with a timeout, killing the process and its children when it expires
 * (or, when the caller asks, as soon as its standard error shows what the caller was waiting for).
 */
final class GoRunner {
    /** How often a run that may be stopped early has its standard error read. */
    private static final long POLL_MILLIS = 10;

    /**
     * One command's exit code (-1 if it timed out or was stopped), standard output and error, whether
     * it timed out or was stopped once it had shown what the caller waited for, and wall time.
     */
    record Result(int exit, String out, String err, boolean timedOut, boolean stopped, long millis) {
        boolean ok() {
            return exit == 0 && !timedOut && !stopped;
        }

        String both() {
            return (out + "\n" + err).strip();
        }
    }

    private final Path go;
    private final Map<String, String> env;

    private GoRunner(Path go, Map<String, String> env) {
        this.go = go;
        this.env = env;
    }

    /** The {@code go} command on the PATH, if there is one that answers {@code go version}. */
    static Optional<GoRunner> find(Path cache, Path gopath) {
        return onPath().flatMap(go -> {
            Map<String, String> env = Map.of("GOCACHE", cache.toString(), "GOPATH", gopath.toString(),
                    "GOFLAGS", "", "GOPROXY", "off", "GO111MODULE", "on", "GOTOOLCHAIN", "local",
                    "GOWORK", "off", "CGO_ENABLED", "1");
            GoRunner probe = new GoRunner(go, env);
            return probe.go(cache, Duration.ofSeconds(60), "version").ok() ? Optional.of(probe) : Optional.empty();
        });
    }

    /**
     * The build cache of the user's own {@code go} commands ({@code go env GOCACHE}), which lives
     * outside any checkout: builds in a fresh clone, or after {@code mvn clean}, reuse what earlier
     * builds compiled. Empty without Go, or when the user turned the cache off.
     */
    static Optional<Path> userCache() {
        return onPath().flatMap(go -> {
            try {
                Process p = new ProcessBuilder(go.toString(), "env", "GOCACHE")
                        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
                String out = new String(p.getInputStream().readAllBytes()).strip();
                if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0 || out.isEmpty() || out.equals("off")) {
                    p.destroyForcibly();
                    return Optional.empty();
                }
                return Optional.of(Path.of(out));
            } catch (IOException e) {
                return Optional.empty();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        });
    }

    /** The first {@code go} on the PATH. */
    private static Optional<Path> onPath() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path go = Path.of(dir.isEmpty() ? "." : dir, "go");
            if (Files.isExecutable(go) && !Files.isDirectory(go)) {
                return Optional.of(go);
            }
        }
        return Optional.empty();
    }

    /**
     * This runner with one more environment variable for the commands it runs (e.g. {@code GORACE}
     * for race-detecting binaries).
     */
    GoRunner with(String name, String value) {
        Map<String, String> more = new HashMap<>(env);
        more.put(name, value);
        return new GoRunner(go, Map.copyOf(more));
    }

    String version(Path dir) {
        return go(dir, Duration.ofSeconds(60), "version").out().strip();
    }

    /** {@code gofmt -l .} in {@code dir}: the files gofmt would change (gofmt from this Go's GOROOT). */
    Result gofmtList(Path dir) {
        String root = go(dir, Duration.ofSeconds(60), "env", "GOROOT").out().strip();
        Path gofmt = Path.of(root, "bin", "gofmt");
        if (!Files.isExecutable(gofmt)) {
            gofmt = go.resolveSibling("gofmt");
        }
        return run(dir, Duration.ofSeconds(120), gofmt.toString(), "-l", ".");
    }

    /** {@code go args...} in {@code dir}. */
    Result go(Path dir, Duration timeout, String... args) {
        String[] cmd = new String[args.length + 1];
        cmd[0] = go.toString();
        System.arraycopy(args, 0, cmd, 1, args.length);
        return run(dir, timeout, cmd);
    }

    /** Runs a command with the sandbox's environment; kills it (and its children) after {@code timeout}. */
    Result run(Path dir, Duration timeout, String... cmd) {
        return run(dir, timeout, null, cmd);
    }

    /**
     * Runs a command like {@link #run(Path, Duration, String...)}, and also stops it as soon as its
     * standard error so far satisfies {@code stopWhen}: a program that is not expected to exit (a
     * race-detecting binary whose main blocks forever, where Go reports no deadlock) can end as soon
     * as it has shown what it must. A stopped run is not timed out; its exit code is -1. A null
     * {@code stopWhen} never stops it.
     */
    Result run(Path dir, Duration timeout, Predicate<String> stopWhen, String... cmd) {
        try {
            Files.createDirectories(dir);
            Path out = Files.createTempFile(dir, "out", ".txt");
            Path err = Files.createTempFile(dir, "err", ".txt");
            try {
                ProcessBuilder pb = new ProcessBuilder(List.of(cmd)).directory(dir.toFile())
                        .redirectOutput(out.toFile()).redirectError(err.toFile())
                        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
                pb.environment().putAll(env);
                long t0 = System.nanoTime();
                Process p = pb.start();
                boolean finished = stopWhen == null ? p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)
                        : waitFor(p, timeout, err, stopWhen);
                boolean stopped = false;
                if (!finished) {
                    stopped = stopWhen != null && stopWhen.test(text(err));
                    p.descendants().forEach(ProcessHandle::destroyForcibly);
                    p.destroyForcibly();
                    p.waitFor(10, TimeUnit.SECONDS);
                }
                long millis = (System.nanoTime() - t0) / 1_000_000;
                int exit = finished ? p.exitValue() : -1;
                return new Result(exit, text(out), text(err), !finished && !stopped, stopped, millis);
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Waits until the process exits (true), or until the timeout, or {@code stopWhen} holds for its
     * standard error so far (false). The file is read again only when it has grown.
     */
    private static boolean waitFor(Process p, Duration timeout, Path err, Predicate<String> stopWhen)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long seen = 0;
        while (true) {
            long left = deadline - System.nanoTime();
            if (p.waitFor(Math.min(TimeUnit.NANOSECONDS.toMillis(left), POLL_MILLIS), TimeUnit.MILLISECONDS)) {
                return true;
            }
            if (left <= 0) {
                return false;
            }
            long size = Files.size(err);
            if (size != seen) {
                seen = size;
                if (stopWhen.test(text(err))) {
                    return false;
                }
            }
        }
    }

    /** A file that a running process is still writing: a character cut in half is no error. */
    private static String text(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }
}
