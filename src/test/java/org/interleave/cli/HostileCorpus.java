package org.interleave.cli;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Files a hostile or careless user feeds the commands, written into a folder: the campaign's
 * levels and reference solutions mutated at random (with a fixed seed, so every run tries the
 * same files), and hand-made hostile shapes — special files, huge names, deep nesting, huge
 * counts, control characters, invalid UTF-8, duplicate keys, numbers out of range, runaway
 * designs.
 */
final class HostileCorpus {
    /** One input: a level file, and the solution file to check with it (or null). */
    record Case(String name, Path level, Path solution) {}

    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern NUMBER = Pattern.compile("(?<=[:\\[, ])-?\\d+(?=[,\\]} \\n])");
    private static final String[] HOSTILE_STRINGS = {
        "", "x\nother.level.json:1:1: cleared", "\u001b[31mred\u001b[0m\u0007", "main\r\nfake:2:2: x",
        "a".repeat(70), "b".repeat(100_000), "\u202eevil", "'quoted'\\", "\u0000nul", "((((((((((1",
        "(".repeat(900) + "1" + ")".repeat(900), "1+".repeat(600) + "1", "!".repeat(999) + "true", "main#0",
    };
    private static final String[] HOSTILE_NUMBERS = {
        "-1", "0", "64", "65", "1000", "1001", "1000000", "1000001", "2147483647", "2147483648",
        "9223372036854775807", "9223372036854775808", "-9223372036854775809", "1e308", "0.5", "9".repeat(1001),
    };

    private HostileCorpus() {}

    /** Writes the corpus into {@code dir}: {@code mutants} mutations of each campaign level and solution. */
    static List<Case> write(Path dir, Path campaign, int mutants, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        List<Case> cases = new ArrayList<>();
        List<Path> levels;
        try (Stream<Path> s = Files.list(campaign)) {
            levels = s.filter(p -> p.getFileName().toString().endsWith(".level.json")).sorted().toList();
        }
        for (Path level : levels) {
            String text = Files.readString(level);
            String base = level.getFileName().toString().replace(".level.json", "");
            for (int i = 0; i < mutants; i++) {
                Path file = dir.resolve(base + "-m" + i + ".level.json");
                Files.write(file, mutate(text, random));
                cases.add(new Case(file.getFileName().toString(), file, null));
            }
            String solution = solutionOf(text);
            if (solution != null) {
                Path good = dir.resolve(base + ".solution.json");
                Files.writeString(good, solution);
                cases.add(new Case(good.getFileName().toString(), level, good));
                for (int i = 0; i < Math.max(1, mutants / 2); i++) {
                    Path file = dir.resolve(base + "-s" + i + ".solution.json");
                    Files.write(file, mutate(solution, random));
                    cases.add(new Case(file.getFileName().toString(), level, file));
                }
            }
        }
        cases.addAll(shapes(dir, levels.get(0)));
        return cases;
    }

    /** The level's reference solution as a solution file, or null when it has none. */
    private static String solutionOf(String level) {
        int at = level.indexOf("\"solution\"");
        if (at < 0) {
            return null;
        }
        int start = level.indexOf('{', at);
        int depth = 0;
        for (int i = start; i < level.length(); i++) {
            char c = level.charAt(i);
            if (c == '"') {
                i = skipString(level, i);
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"([a-z0-9-]+)\"").matcher(level);
                return id.find() ? "{\"format\": 1, \"level\": \"" + id.group(1) + "\", \"design\": "
                        + level.substring(start, i + 1) + "}" : null;
            }
        }
        return null;
    }

    private static int skipString(String s, int quote) {
        for (int i = quote + 1; i < s.length(); i++) {
            if (s.charAt(i) == '\\') {
                i++;
            } else if (s.charAt(i) == '"') {
                return i;
            }
        }
        return s.length();
    }

    /** One to three random changes of the kinds a fuzzer and a careless editor make. */
    static byte[] mutate(String text, SplittableRandom random) {
        String s = text;
        int changes = 1 + random.nextInt(3);
        for (int c = 0; c < changes; c++) {
            s = switch (random.nextInt(10)) {
                case 0 -> s.substring(0, random.nextInt(s.length() + 1));
                case 1 -> {
                    int a = random.nextInt(s.length());
                    yield s.substring(0, a) + s.substring(Math.min(s.length(), a + 1 + random.nextInt(40)));
                }
                case 2 -> {
                    int a = random.nextInt(s.length());
                    int b = Math.min(s.length(), a + 1 + random.nextInt(200));
                    yield s.substring(0, b) + s.substring(a, b) + s.substring(b);
                }
                case 3 -> replaceOne(s, STRING, '"' + jsonEscape(HOSTILE_STRINGS[random.nextInt(HOSTILE_STRINGS.length)])
                        + '"', random);
                case 4, 5 -> replaceOne(s, NUMBER, HOSTILE_NUMBERS[random.nextInt(HOSTILE_NUMBERS.length)], random);
                case 6 -> s.replaceFirst("\\{", "{\"format\": 1, ");
                case 7 -> s.replaceFirst("\"design\"\\s*:", "\"verify\": {\"maxSteps\": 1000000, \"maxExecutions\": "
                        + "9223372036854775807}, \"design\":");
                case 8 -> s.replaceAll("\"count\"\\s*:\\s*\\d+", "\"count\": 64").replaceAll("\"cap\"\\s*:\\s*\\d+",
                        "\"cap\": 1000").replaceAll("\"times\"\\s*:\\s*\\d+", "\"times\": 1000000");
                default -> "[".repeat(random.nextInt(2) == 0 ? 199 : 5000) + s + "]".repeat(199);
            };
        }
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        if (random.nextInt(12) == 0 && bytes.length > 0) {
            bytes[random.nextInt(bytes.length)] = (byte) (0x80 | random.nextInt(0x40)); // invalid UTF-8
        }
        return bytes;
    }

    private static String replaceOne(String s, Pattern p, String with, SplittableRandom random) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = p.matcher(s);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        if (spans.isEmpty()) {
            return s;
        }
        int[] span = spans.get(random.nextInt(spans.size()));
        return s.substring(0, span[0]) + with + s.substring(span[1]);
    }

    static String jsonEscape(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Hand-made shapes: special files, sizes and designs no mutation is likely to hit. */
    private static List<Case> shapes(Path dir, Path aLevel) throws IOException {
        List<Case> out = new ArrayList<>();
        out.add(text(dir, "empty", ""));
        out.add(text(dir, "bom-only", "\uFEFF"));
        out.add(text(dir, "array", "[1, 2, 3]"));
        out.add(text(dir, "deep", "[".repeat(100_000) + "]".repeat(100_000)));
        out.add(text(dir, "long-number", "{\"format\": " + "7".repeat(5000) + "}"));
        out.add(text(dir, "duplicate-keys", "{\"format\": 1, \"format\": 1, \"id\": \"x\"}"));
        out.add(bytes(dir, "invalid-utf8", new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'}));
        out.add(bytes(dir, "nul-bytes", new byte[] {0, 0, 0, '{', '}'}));
        out.add(text(dir, "huge-name", level(part("c".repeat(200_000), "channel") + "," + main("{\"op\":\"close\",\"ch\":\"c"
                + "c".repeat(199_999) + "d\"}"))));
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 190; i++) {
            many.append(part("p" + "x".repeat(60) + i, "mutex")).append(",");
        }
        StringBuilder refs = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            refs.append(i == 0 ? "" : ",").append("{\"op\":\"lock\",\"mu\":\"q").append("x".repeat(60)).append(i).append("\"}");
        }
        out.add(text(dir, "many-unknown-refs", level(many + main(refs.toString()))));
        out.add(text(dir, "control-names", level(part("a\u0007b", "mutex") + "," + main("{\"op\":\"\\u001b[2Jlock\"}"))));
        out.add(text(dir, "huge-counts", level(part("w", "goroutine").replace("}", ",\"count\":9223372036854775807,\"ops\":[]}")
                + "," + main(""))));
        out.add(text(dir, "runaway-loop", "{\"format\":1,\"id\":\"runaway\",\"title\":\"t\",\"mode\":\"fix\","
                + "\"verify\":{\"maxSteps\":1000000,\"maxExecutions\":9223372036854775807},\"design\":{\"parts\":["
                + "{\"id\":\"v\",\"type\":\"var\",\"init\":0},{\"id\":\"w\",\"type\":\"goroutine\",\"count\":64,\"ops\":["
                + "{\"op\":\"repeat\",\"times\":30,\"do\":[{\"op\":\"inc\",\"var\":\"v\"}]}]},"
                + main("{\"op\":\"loop\",\"do\":[{\"op\":\"let\",\"to\":\"i\",\"value\":\"1\"}]}") + "]}}"));
        out.add(text(dir, "channel-flood", "{\"format\":1,\"id\":\"flood\",\"title\":\"t\",\"mode\":\"fix\",\"design\":{\"parts\":["
                + "{\"id\":\"c\",\"type\":\"channel\",\"cap\":1000},{\"id\":\"s\",\"type\":\"goroutine\",\"count\":8,\"ops\":["
                + "{\"op\":\"repeat\",\"times\":100,\"do\":[{\"op\":\"send\",\"ch\":\"c\",\"value\":1}]}]},"
                + main("{\"op\":\"repeat\",\"times\":800,\"do\":[{\"op\":\"recv\",\"ch\":\"c\"}]}") + "]}}"));
        Path big = dir.resolve("two-mib.level.json");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(2L << 20);
        }
        out.add(new Case("two-mib", big, null));
        out.add(new Case("missing", dir.resolve("absent.level.json"), null));
        Path folder = Files.createDirectories(dir.resolve("folder.level.json"));
        out.add(new Case("folder", folder, null));
        if (Files.exists(Path.of("/dev/zero"))) {
            out.add(new Case("dev-zero", Files.createSymbolicLink(dir.resolve("zero.level.json"), Path.of("/dev/zero")), null));
            out.add(new Case("dev-zero-solution", aLevel,
                    Files.createSymbolicLink(dir.resolve("zero.solution.json"), Path.of("/dev/urandom"))));
        }
        Path fifo = dir.resolve("pipe.level.json");
        try {
            if (new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0) {
                out.add(new Case("fifo", fifo, null));
                out.add(new Case("fifo-solution", aLevel, fifo));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return out;
    }

    private static String level(String parts) {
        return "{\"format\":1,\"id\":\"hostile\",\"title\":\"t\",\"mode\":\"fix\",\"design\":{\"parts\":[" + parts + "]}}";
    }

    private static String part(String id, String type) {
        return "{\"id\":\"" + jsonEscape(id) + "\",\"type\":\"" + type + "\"}";
    }

    private static String main(String ops) {
        return "{\"id\":\"main\",\"type\":\"goroutine\",\"start\":\"main\",\"ops\":[" + ops + "]}";
    }

    private static Case text(Path dir, String name, String content) throws IOException {
        return bytes(dir, name, content.getBytes(StandardCharsets.UTF_8));
    }

    private static Case bytes(Path dir, String name, byte[] content) throws IOException {
        Path file = dir.resolve(name + ".level.json");
        Files.write(file, content);
        return new Case(name, file, null);
    }
}
