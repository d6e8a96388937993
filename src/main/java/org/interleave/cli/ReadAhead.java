package org.interleave.cli;

import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.interleave.engine.model.Level;
import org.interleave.level.LevelLoader;

/**
 * A level file that the command line names, loaded on the machine's other core while the
 * command's thread builds and parses the command line (picocli's model: in a fresh JVM about as
 * much CPU time as a campaign level's load); the command's own load of that file then takes it
 * instead of loading it again (issue 17). Only a level that loads is kept: whatever else a
 * read-ahead meets (a mistake in the file, an error) is left to the command's own load, which
 * reports it as before.
 *
 * <p>A read-ahead belongs to the thread that started it, the one that runs the command, and only
 * until {@link #clear()}: a later command line on that thread reads the file anew.
 */
final class ReadAhead {
    private static final ThreadLocal<ReadAhead> CURRENT = new ThreadLocal<>();

    private final Path file;
    private final FutureTask<Level> load;

    private ReadAhead(Path file) {
        this.file = file;
        this.load = new FutureTask<>(() -> LevelLoader.load(file));
    }

    /** Starts loading the level file {@code argument} names, for this thread's command to {@link #take}. */
    static void start(String argument) {
        ReadAhead ahead = new ReadAhead(Path.of(argument));
        Thread t = new Thread(ahead.load, "level-read-ahead");
        t.setDaemon(true);
        t.start();
        CURRENT.set(ahead);
    }

    /**
     * The level read ahead from {@code file} (waiting for it), at most once; null when this thread
     * started none for that file, or it did not load: then the caller loads the file itself.
     */
    static Level take(Path file) {
        ReadAhead ahead = CURRENT.get();
        if (ahead == null || !ahead.file.equals(file)) {
            return null;
        }
        CURRENT.remove();
        try {
            return ahead.load.get();
        } catch (ExecutionException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Forgets this thread's read-ahead, taken or not. */
    static void clear() {
        CURRENT.remove();
    }
}
