package org.interleave.level;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.interleave.engine.model.Level;
import org.interleave.level.JsonTree.Member;
import org.interleave.level.JsonTree.Node;
import org.interleave.level.JsonTree.Obj;
import org.interleave.level.JsonTree.Pos;

/**
 * Level files named on a command line, checked: a file is loaded as a level whatever its name; a
 * folder stands for every {@code *.level.json} under it, and its levels must have distinct ids,
 * since they form one pack (DESIGN §2).
 */
public final class LevelFiles {
    /** The suffix that marks a level file inside a folder. */
    public static final String SUFFIX = ".level.json";

    /** One file and what checking it found: its level, or the problems that keep it from loading. */
    public record Checked(Path file, Level level, List<Problem> problems) {
        public Checked {
            problems = List.copyOf(problems);
        }

        /** True when the file loaded and nothing else is wrong with it. */
        public boolean ok() {
            return level != null && problems.isEmpty();
        }
    }

    private LevelFiles() {}

    /** Checks every file named by {@code paths}, in order; each file once, folders in file-name order. */
    public static List<Checked> check(List<Path> paths) {
        List<Checked> out = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                out.addAll(folder(path, seen));
            } else if (seen.add(path.toAbsolutePath().normalize())) {
                out.add(load(path));
            }
        }
        return out;
    }

    /** The levels under a folder, with a problem for each id that an earlier file already has. */
    private static List<Checked> folder(Path dir, Set<Path> seen) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> p.getFileName().toString().endsWith(SUFFIX) && Files.isRegularFile(p))
                    .sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            String reason = e instanceof UncheckedIOException u ? u.getCause().toString() : e.toString();
            return List.of(new Checked(dir, null, List.of(new Problem(dir.toString(), 1, 1,
                    "cannot read folder: " + reason))));
        }
        List<Checked> out = new ArrayList<>();
        Map<String, Path> ids = new LinkedHashMap<>();
        for (Path file : files) {
            Checked c = load(file);
            if (c.level() != null) {
                Path first = ids.putIfAbsent(c.level().id(), file);
                if (first != null) {
                    Pos at = idPosition(file);
                    c = new Checked(file, c.level(), List.of(new Problem(file.toString(), at.line(), at.column(),
                            "duplicate level id '" + c.level().id() + "': " + first + " has it too")));
                }
            }
            if (seen.add(file.toAbsolutePath().normalize())) {
                out.add(c);
            }
        }
        return out;
    }

    private static Checked load(Path file) {
        try {
            return new Checked(file, LevelLoader.load(file), List.of());
        } catch (LevelException e) {
            return new Checked(file, null, e.problems());
        }
    }

    /** Where the {@code id} of a level file that has just loaded is; the file's start if it changed since. */
    private static Pos idPosition(Path file) {
        try {
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            Node root = JsonTree.parse(text.startsWith("\uFEFF") ? text.substring(1) : text);
            Member id = root instanceof Obj o ? o.member("id") : null;
            if (id != null) {
                return id.value().pos();
            }
        } catch (IOException | JsonTree.SyntaxError e) {
            // the file changed after it loaded: point at its start
        }
        return new Pos(1, 1, 0);
    }
}
