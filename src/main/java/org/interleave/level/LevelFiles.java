package org.interleave.level;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /**
     * The levels under a folder, with a problem for each id that an earlier file already has, and
     * one for each folder below it that cannot be read (the others are still checked).
     */
    private static List<Checked> folder(Path dir, Set<Path> seen) {
        List<Path> files = new ArrayList<>();
        List<Checked> out = new ArrayList<>();
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    // a pipe or device named like a level is reported by the reader, never opened
                    if (file.getFileName().toString().endsWith(SUFFIX) && !attrs.isDirectory()) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    out.add(unreadableFolder(file, e));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            out.add(unreadableFolder(dir, e));
        }
        files.sort(null);
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

    private static Checked unreadableFolder(Path dir, IOException e) {
        String what = Files.isDirectory(dir) ? "cannot read folder: " : "cannot read file: ";
        return new Checked(dir, null, List.of(new Problem(dir.toString(), 1, 1, what + RegularFile.inWords(e))));
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
            String text = new String(RegularFile.read(file, LevelLoader.MAX_FILE_BYTES), StandardCharsets.UTF_8);
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
