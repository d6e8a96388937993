package org.interleave.app.custom;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.interleave.app.shared.CampaignCatalog;
import org.interleave.level.Diagnosis;
import org.interleave.level.LevelFiles;

/**
 * Levels the player opened from disk: one {@code .level.json} file, or a folder of them as a
 * pack. Each file either loaded (an entry, numbered in file order like a chapter of the
 * campaign) or did not (its problems, explained). Loading never throws: a broken file is data.
 */
public final class CustomPack {
    /** One file of the pack: its entry when it loaded, else the diagnoses of its problems. */
    public record File(Path path, CampaignCatalog.Entry entry, List<Diagnosis> problems) {
        public File {
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return entry != null && problems.isEmpty();
        }
    }

    private final Path source;
    private final List<File> files;

    private CustomPack(Path source, List<File> files) {
        this.source = source;
        this.files = List.copyOf(files);
    }

    /** Loads a level file, or every {@code *.level.json} under a folder. */
    public static CustomPack load(Path source) {
        Path abs = source.toAbsolutePath().normalize();
        List<File> files = new ArrayList<>();
        int number = 0;
        for (LevelFiles.Checked c : LevelFiles.check(List.of(abs))) {
            number++;
            Path file = c.file().toAbsolutePath().normalize();
            if (c.ok()) {
                files.add(new File(file, new CampaignCatalog.Entry(number, file.getFileName().toString(), c.level()),
                        List.of()));
            } else {
                files.add(new File(file, null, Diagnosis.of(c.problems(), text(file))));
            }
        }
        return new CustomPack(abs, files);
    }

    private static String text(Path file) {
        try {
            return Files.isRegularFile(file) && Files.size(file) <= (1 << 20)
                    ? new String(Files.readAllBytes(file), StandardCharsets.UTF_8) : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** The file or folder that was opened. */
    public Path source() {
        return source;
    }

    /** True when a folder was opened, false for a single file. */
    public boolean isFolder() {
        return Files.isDirectory(source);
    }

    /** The folder whose changes can change this pack. */
    public Path folder() {
        return isFolder() ? source : source.getParent();
    }

    /** The pack as the level select names its chapter: the folder's or the file's name. */
    public String title() {
        Path name = source.getFileName();
        return name == null ? source.toString() : name.toString();
    }

    /** Every file, loaded or not, in file order. */
    public List<File> files() {
        return files;
    }

    /** The levels that loaded, in file order. */
    public List<CampaignCatalog.Entry> entries() {
        return files.stream().filter(File::ok).map(File::entry).toList();
    }

    /** The files that did not load. */
    public List<File> broken() {
        return files.stream().filter(f -> !f.ok()).toList();
    }

    /** The file at {@code path}, as loaded now. */
    public Optional<File> file(Path path) {
        Path p = path.toAbsolutePath().normalize();
        return files.stream().filter(f -> f.path().equals(p)).findFirst();
    }

    /** Whether a change to {@code changed} (a path in {@link #folder()}) can change this pack. */
    public boolean concerns(Path changed) {
        Path p = changed.toAbsolutePath().normalize();
        return isFolder() ? p.getFileName() != null && p.getFileName().toString().endsWith(LevelFiles.SUFFIX)
                : p.equals(source);
    }
}
