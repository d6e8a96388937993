package org.interleave.gobridge;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The Go toolchain on the PATH, run offline in a sandbox of its own: a build cache and GOPATH the
 * test chooses, no module proxy, no toolchain downloads, no GOFLAGS from the environment.
 */
final class GoTool {
    /** The result of one command: exit code (-1 if it timed out), standard output and error. */
    record Result(int exit, String out, String err, boolean timedOut) {
        boolean ok() {
            return exit == 0 && !timedOut;
        }

        String both() {
            return (out + "\n" + err).strip();
        }
    }

    private final Path go;
    private final Path gofmt;
    private final Map<String, String> env;

    private GoTool(Path go, Path gofmt, Map<String, String> env) {
        this.go = go;
        this.gofmt = gofmt;
        this.env = env;
    }

    /** The {@code go} command on the PATH, if there is one that works. */
    static Optional<GoTool> find(Path cache, Path gopath) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path go = Path.of(dir.isEmpty() ? "." : dir, "go");
            if (Files.isExecutable(go) && !Files.isDirectory(go)) {
                Map<String, String> env = Map.of("GOCACHE", cache.toString(), "GOPATH", gopath.toString(),
                        "GOFLAGS", "", "GOPROXY", "off", "GO111MODULE", "on", "GOTOOLCHAIN", "local",
                        "GOWORK", "off", "CGO_ENABLED", "1");
                GoTool probe = new GoTool(go, null, env);
                Result root = probe.run(cache.getParent(), Duration.ofSeconds(60), go.toString(), "env", "GOROOT");
                if (!root.ok()) {
                    return Optional.empty();
                }
                Path gofmt = Path.of(root.out().strip(), "bin", "gofmt");
                if (!Files.isExecutable(gofmt)) {
                    gofmt = Path.of(dir, "gofmt");
                }
                return Optional.of(new GoTool(go, gofmt, env));
            }
        }
        return Optional.empty();
    }

    String version(Path dir) {
        return go(dir, Duration.ofSeconds(60), "version").out().strip();
    }

    /** {@code go args...} in {@code dir}. */
    Result go(Path dir, Duration timeout, String... args) {
        String[] cmd = new String[args.length + 1];
        cmd[0] = go.toString();
        System.arraycopy(args, 0, cmd, 1, args.length);
        return run(dir, timeout, cmd);
    }

    /** {@code gofmt -l dir}: the files gofmt would change. */
    Result gofmtList(Path dir) {
        return run(dir, Duration.ofSeconds(120), gofmt.toString(), "-l", ".");
    }

    /** Runs a command with the sandbox's environment; kills it (and its children) after {@code timeout}. */
    Result run(Path dir, Duration timeout, String... cmd) {
        try {
            Path out = Files.createTempFile(dir, "out", ".txt");
            Path err = Files.createTempFile(dir, "err", ".txt");
            try {
                ProcessBuilder pb = new ProcessBuilder(List.of(cmd)).directory(dir.toFile())
                        .redirectOutput(out.toFile()).redirectError(err.toFile())
                        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
                pb.environment().putAll(env);
                Process p = pb.start();
                boolean finished = p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
                if (!finished) {
                    p.descendants().forEach(ProcessHandle::destroyForcibly);
                    p.destroyForcibly();
                    p.waitFor(10, TimeUnit.SECONDS);
                }
                int exit = finished ? p.exitValue() : -1;
                return new Result(exit, Files.readString(out), Files.readString(err), !finished);
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
}
