package org.interleave.app.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.interleave.engine.model.Level;
import org.interleave.level.LevelException;
import org.interleave.level.LevelLoader;

/**
 * The campaign as the game lists it: the levels packaged under {@code /levels/} on the class path
 * (from {@code levels/*.level.json}), in file-name order, grouped by chapter.
 *
 * <p>A file that does not load is left out and its problems are kept in {@link #problems()}: the
 * campaign's own tests keep that list empty, and one broken file must not take the game down.
 * The levels load as {@link LevelLoader#parse(String, byte[])} loads the jar's own: without the
 * level schema, which the build checked them against, and so the game's start builds no schema
 * validator (issue 17); a file that is not the packaged level of its name is checked against it.
 */
public final class CampaignCatalog {
    /** Where the build puts the campaign inside the jar. */
    public static final String RESOURCE_DIR = "/levels/";

    private static final Pattern FILE_NAME = Pattern.compile("(\\d+)-[a-z0-9-]+\\.level\\.json");

    /** The campaign {@link #loadEarly()} is loading, or null. */
    private static FutureTask<CampaignCatalog> early;

    private final List<Entry> entries;
    private final List<Chapter> chapters;
    private final List<String> problems;

    /** One level of the campaign: its number from the file name, the file name and the level. */
    public record Entry(int number, String fileName, Level level) {
        public Entry {
            Objects.requireNonNull(level);
        }

        /** The number as the level select shows it: {@code 04}. */
        public String label() {
            return String.format(Locale.ROOT, "%02d", number);
        }
    }

    /** A run of consecutive levels with the same chapter, numbered from 1 in campaign order. */
    public record Chapter(int number, String title, List<Entry> levels) {
        public Chapter {
            levels = List.copyOf(levels);
        }
    }

    private CampaignCatalog(List<Entry> entries, List<String> problems) {
        this.entries = List.copyOf(entries);
        this.problems = List.copyOf(problems);
        this.chapters = group(this.entries);
    }

    /** A catalog of the given levels, already in campaign order (for tests and custom packs). */
    public static CampaignCatalog of(List<Entry> entries) {
        return new CampaignCatalog(entries, List.of());
    }

    /**
     * Starts loading the campaign on another thread, for {@link #fromClassPath()} to take: the game
     * calls it as it starts, so that the levels load on the machine's other core while JavaFX and
     * FXGL start (the campaign is about 0.5 s of CPU in a fresh JVM), not on the FX thread after
     * them (issue 17). Once per process; the class path's campaign does not change while it runs.
     */
    public static synchronized void loadEarly() {
        if (early == null) {
            early = new FutureTask<>(CampaignCatalog::load);
            Thread t = new Thread(early, "campaign-catalog");
            t.setDaemon(true);
            t.start();
        }
    }

    /**
     * Loads every {@code *.level.json} under {@link #RESOURCE_DIR} on the class path: from the
     * first class path root whose {@code levels} folder holds level files (test resources may
     * have a {@code levels} folder of their own). After {@link #loadEarly()}, the catalog it
     * loaded (waiting for it); should that load have failed, this one is made here, as before.
     */
    public static CampaignCatalog fromClassPath() {
        FutureTask<CampaignCatalog> loading;
        synchronized (CampaignCatalog.class) {
            loading = early;
        }
        if (loading != null) {
            try {
                return loading.get();
            } catch (ExecutionException e) {
                // made again below, where whatever went wrong is thrown to the caller
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return load();
    }

    private static CampaignCatalog load() {
        try {
            Enumeration<URL> roots = CampaignCatalog.class.getClassLoader().getResources(RESOURCE_DIR.substring(1));
            while (roots.hasMoreElements()) {
                URI uri = roots.nextElement().toURI();
                CampaignCatalog found = "jar".equals(uri.getScheme()) ? loadFromJar(uri) : load(Path.of(uri));
                if (!found.entries().isEmpty() || !found.problems().isEmpty()) {
                    return found;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("bad class path URL", e);
        }
        return new CampaignCatalog(List.of(), List.of("no campaign on the class path at " + RESOURCE_DIR));
    }

    private static CampaignCatalog loadFromJar(URI uri) throws IOException {
        FileSystem jar;
        boolean opened;
        try {
            jar = FileSystems.newFileSystem(uri, Map.of());
            opened = true;
        } catch (FileSystemAlreadyExistsException e) {
            jar = FileSystems.getFileSystem(uri);
            opened = false;
        }
        try {
            return load(jar.getPath(RESOURCE_DIR));
        } finally {
            if (opened) {
                jar.close();
            }
        }
    }

    private static CampaignCatalog load(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> FILE_NAME.matcher(p.getFileName().toString()).matches())
                    .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
                    .toList();
        }
        List<Entry> entries = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            Matcher m = FILE_NAME.matcher(name);
            if (!m.matches()) {
                continue;
            }
            try (InputStream in = Files.newInputStream(file)) {
                // the packaged campaign passed the level schema when the build checked it: as a check of a
                // campaign level does, the game skips building the schema's validator (issue 17)
                entries.add(new Entry(Integer.parseInt(m.group(1)), name, LevelLoader.parse(name, in.readAllBytes())));
            } catch (LevelException e) {
                e.problems().forEach(p -> problems.add(p.toString()));
            }
        }
        return new CampaignCatalog(entries, problems);
    }

    private static List<Chapter> group(List<Entry> entries) {
        List<Chapter> out = new ArrayList<>();
        List<Entry> run = new ArrayList<>();
        String title = null;
        for (Entry e : entries) {
            String chapter = e.level().chapter() == null ? "More levels" : e.level().chapter();
            if (!chapter.equals(title) && !run.isEmpty()) {
                out.add(new Chapter(out.size() + 1, title, run));
                run = new ArrayList<>();
            }
            title = chapter;
            run.add(e);
        }
        if (!run.isEmpty()) {
            out.add(new Chapter(out.size() + 1, title, run));
        }
        return List.copyOf(out);
    }

    /** Every level, in campaign order. */
    public List<Entry> entries() {
        return entries;
    }

    /** The levels grouped by chapter, in campaign order. */
    public List<Chapter> chapters() {
        return chapters;
    }

    /** The level with this id, if the campaign has it. */
    public Optional<Entry> byId(String id) {
        return entries.stream().filter(e -> e.level().id().equals(id)).findFirst();
    }

    /** The entry after {@code e} in campaign order, if any. */
    public Optional<Entry> next(Entry e) {
        int i = entries.indexOf(e);
        return i >= 0 && i + 1 < entries.size() ? Optional.of(entries.get(i + 1)) : Optional.empty();
    }

    /** Problems of level files that did not load, as {@code file:line:col: message}. */
    public List<String> problems() {
        return problems;
    }
}
