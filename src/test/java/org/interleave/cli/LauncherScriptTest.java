package org.interleave.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scripts/interleave} prints what {@code java -jar} prints and exits as it exits, with its
 * ahead-of-time cache made, read, overwritten or made for an older jar (then made anew, a dead builder's lock taken
 * over) (issue 17); on JDK 21-24 (a CDS archive) only made and read. The jar here is
 * one the test writes (the build's classes, the dependencies on its manifest's class path): the
 * tests run before {@code mvn package} makes target/interleave.jar.
 */
class LauncherScriptTest {
    private static final Path SCRIPT = Path.of("scripts", "interleave").toAbsolutePath();
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    private static final String[][] LINES = {
        {"check", "levels/24-worker-pool.level.json", "--solution", "levels/solutions/worker-pool.ticks.solution.json"},
        {"check", "--json", "levels/04-lost-update.level.json"},
        {"check", "src/test/resources/levels/invalid/bad-expression.level.json"},
        {"check", "--no-such-option", "levels/04-lost-update.level.json"},
        {"--version"},
    };

    @TempDir
    static Path dir;
    static Path jar;
    static Run[] expected;

    @BeforeAll
    static void writeJar() throws IOException {
        jar = dir.resolve("interleave.jar");
        Path classes = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        List<String> classPath = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (entry.endsWith(".jar")) {
                classPath.add(Path.of(entry).toUri().toString());
            }
        }
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "org.interleave.Launcher");
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", classPath));
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest);
             Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = classes.relativize(f).toString().replace(File.separatorChar, '/');
                if (!name.startsWith("assets/") && !name.equals("META-INF/MANIFEST.MF")) {
                    out.putNextEntry(new JarEntry(name));
                    Files.copy(f, out);
                    out.closeEntry();
                }
            }
        }
    }

    /** What a process printed and how it exited, with the times a check prints left out. */
    record Run(int exit, String out, String err) {}

    private static Run run(Map<String, String> env, String... command) throws IOException, InterruptedException {
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.environment().remove("JDK_JAVA_OPTIONS");
        pb.environment().putAll(env);
        Process p = pb.start();
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), String.join(" ", command) + " ended");
        return new Run(p.exitValue(), withoutTimes(Files.readString(out, StandardCharsets.UTF_8)),
                withoutTimes(Files.readString(err, StandardCharsets.UTF_8)));
    }

    private static String withoutTimes(String text) {
        return text.replaceAll("\\(\\d+ ms, ", "(# ms, ").replaceAll("\"millis\" : \\d+", "\"millis\" : #");
    }

    /** A command line and what it adds to the environment. */
    record Command(Map<String, String> env, List<String> args) {}

    /** These commands' runs, two at a time. */
    private static List<Run> twoAtATime(List<Command> commands) {
        List<CompletableFuture<Run>> runs = new ArrayList<>();
        try (ExecutorService two = Executors.newFixedThreadPool(2)) {
            for (Command command : commands) {
                runs.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        return run(command.env(), command.args().toArray(String[]::new));
                    } catch (IOException | InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                }, two));
            }
        }
        return runs.stream().map(CompletableFuture::join).toList();
    }

    /**
     * {@code java -jar} on a line, with the client compiler only and the serial collector: the same
     * output (neither flag prints anything) for about a quarter less CPU than C2's compiles and
     * G1's threads take in a short check; it is the reference the launcher's runs are held to.
     */
    private static Command javaJar(int line) {
        List<String> args = new ArrayList<>(List.of(JAVA, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", jar.toString()));
        args.addAll(List.of(LINES[line]));
        return new Command(Map.of(), args);
    }

    private static Command launcher(String mode, int line) {
        return launcher(mode, Map.of(), line);
    }

    private static Command launcher(String mode, Map<String, String> more, int line) {
        List<String> args = new ArrayList<>(List.of("bash", SCRIPT.toString()));
        args.addAll(List.of(LINES[line]));
        Map<String, String> env = new HashMap<>(Map.of("INTERLEAVE_JAR", jar.toString(), "INTERLEAVE_AOT", mode,
                "INTERLEAVE_AOT_TRAINING", "--version"));
        env.putAll(more);
        return new Command(env, args);
    }

    /** The launcher, in the given cache mode, prints and exits as java -jar for each of these lines, two at a time. */
    private static void sameAsJavaJar(String mode, int... lines) {
        sameAsJavaJar(mode, Map.of(), lines);
    }

    /** As {@link #sameAsJavaJar(String, int...)}, with more in the launcher's environment. */
    private static void sameAsJavaJar(String mode, Map<String, String> env, int... lines) {
        List<Run> actual = twoAtATime(IntStream.of(lines).mapToObj(i -> launcher(mode, env, i)).toList());
        for (int k = 0; k < lines.length; k++) {
            assertEquals(expected[lines[k]], actual.get(k), mode + ": " + String.join(" ", LINES[lines[k]]));
        }
    }

    private static boolean hasBash() {
        try {
            return new ProcessBuilder("bash", "-c", "exit 0").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /**
     * One cache, made once with a quick training ({@code --version}: the checks the launcher trains
     * with cost a minute here), read, then left alone while the jar it was made for changes or while
     * it is overwritten, and made once more, in the background, for a changed jar over an overwritten
     * cache and a dead builder's lock. What java -jar prints is taken once per line: the cache cannot
     * change it. Which of these the launcher did is read from where the JVM took the command line's
     * main class: the cache, the jar the cache is made with (the launcher trusted the cache) or the
     * jar itself (it did not); while the test holds the lock, as a builder at work would, the launcher
     * decides without making a cache.
     */
    @Test
    void printsAndExitsAsJavaJar_withoutTheCacheAndWithItMadeReadUnreadableAndStale() throws IOException {
        assumeTrue(hasBash(), "no bash on this machine: scripts/interleave is a bash script");
        // java -jar's runs (they read no cache and write nothing) beside the launcher's: without a
        // cache, and in sync mode, which makes the cache first and then reads it
        List<Command> first = new ArrayList<>(List.of(launcher("sync", 4)));
        IntStream.range(0, LINES.length).mapToObj(LauncherScriptTest::javaJar).forEach(first::add);
        first.add(launcher("off", 3));
        List<Run> runs = twoAtATime(first);
        expected = runs.subList(1, 1 + LINES.length).toArray(Run[]::new);
        assertEquals(List.of(0, 1, 2, 2, 0), Stream.of(expected).map(Run::exit).toList(), "exit codes 0, 1 and 2 covered");
        assertEquals(expected[4], runs.get(0), "sync: --version");
        assertEquals(expected[3], runs.get(runs.size() - 1), "off: " + String.join(" ", LINES[3]));
        boolean aot = Runtime.version().feature() >= 25;
        Path cache = dir.resolve("interleave.aot");
        Path stamp = dir.resolve("interleave.aot.stamp");
        if (aot) {
            assertTrue(Files.size(cache) > 0 && Files.exists(stamp), "the cache was made");
        }
        // the cache made: read, and the JVM takes the classes from it
        sameAsJavaJar("sync", 0, 1, 2, 3);
        if (!aot) {
            return;
        }
        assertEquals(FROM_CACHE, mainFrom(), "the launcher's JVM loads its classes from the cache");

        // a builder at work: the launcher decides, and makes nothing
        Path lock = Files.createDirectory(dir.resolve("interleave.aot.lock"));
        FileTime made = Files.getLastModifiedTime(jar);
        Files.setLastModifiedTime(jar, FileTime.fromMillis(made.toMillis() - 60_000));
        assertEquals(FROM_JAR, mainFrom(), "a cache made for the jar as it was is left alone");
        Files.setLastModifiedTime(jar, made);
        assertEquals(FROM_CACHE, mainFrom(), "the jar as the cache was made for it: the cache is read again");
        Files.writeString(cache, "not a cache");
        sameAsJavaJar("auto", 1);
        assertEquals(FROM_JAR, mainFrom(), "a cache overwritten since it was made is left alone, without a word");

        // the builder died 11 minutes ago, the jar changed and the cache is still overwritten: a run
        // takes the lock over and makes the cache anew in the background (not niced here, where the
        // machine may be busy), sync waits for that job
        Files.setLastModifiedTime(jar, FileTime.fromMillis(made.toMillis() - 60_000));
        Files.setLastModifiedTime(lock, FileTime.fromMillis(System.currentTimeMillis() - 11 * 60_000));
        sameAsJavaJar("auto", Map.of("INTERLEAVE_AOT_NICE", ""), 4);
        sameAsJavaJar("sync", 4);
        assertFalse(Files.exists(lock), "the dead builder's lock was taken over, and let go");
        assertTrue(Files.size(cache) > "not a cache".length(), "the overwritten cache was made anew");
        assertTrue(Files.readString(stamp).contains(" " + Files.getLastModifiedTime(jar).toMillis() / 1000 + " "),
                "the cache was made anew for the jar");
        assertEquals(FROM_CACHE, mainFrom(), "the launcher's JVM loads its classes from the new cache");
    }

    private static final String FROM_CACHE = "shared objects file";
    private static final String FROM_JAR = "interleave.jar";
    private static final String FROM_AOT_JAR = "interleave-aot.jar";

    /**
     * Where the launcher's JVM, running --version in auto mode, takes the command line's main class
     * from: {@link #FROM_CACHE}, {@link #FROM_AOT_JAR} (the launcher ran with a cache the JVM could
     * not read) or {@link #FROM_JAR} (the launcher ran without the cache).
     */
    private static String mainFrom() throws IOException {
        Path log = Files.createTempFile(dir, "classes", ".txt");
        try {
            Run run = run(Map.of("INTERLEAVE_JAR", jar.toString(), "INTERLEAVE_AOT", "auto",
                    "JDK_JAVA_OPTIONS", "-Xlog:class+load=info:file=" + log), "bash", SCRIPT.toString(), "--version");
            assertEquals(expected[4].out(), run.out(), "--version with the class-load log");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        String line = Files.readAllLines(log).stream().filter(l -> l.contains(" org.interleave.cli.Main source: "))
                .findFirst().orElseThrow(() -> new AssertionError("no load of org.interleave.cli.Main in " + log));
        return Stream.of(FROM_CACHE, FROM_AOT_JAR, FROM_JAR).filter(line::endsWith).findFirst()
                .orElseThrow(() -> new AssertionError("org.interleave.cli.Main from elsewhere: " + line));
    }

    /** The test trains with --version only: the files the launcher's own training checks are there. */
    @Test
    void theTrainingChecksFilesThatExist() throws IOException {
        Matcher m = Pattern.compile("\\$root/([\\w./-]+\\.json)").matcher(Files.readString(SCRIPT));
        int found = 0;
        while (m.find()) {
            assertTrue(Files.isRegularFile(Path.of(m.group(1))), m.group(1));
            found++;
        }
        assertTrue(found >= 6, "the training's level and solution files: " + found);
    }
}
