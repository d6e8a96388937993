package org.interleave.level.save;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.interleave.level.RegularFile;

/**
 * The player's progress, designs and settings in a {@link DataDirectory}, each in its own
 * {@link SafeFile}, so damage to one never costs the others.
 *
 * <p>Loading takes a lock on the folder ({@link DataLock}): a second game on the same folder
 * loads the player's data read-only, says so, and saves nothing, rather than racing the first
 * one's saves. Two PlayerData of one process share the lock ({@link DataLock}): both save, and
 * {@link #close} gives back only this one's share (the end of the process gives back all).
 */
public final class PlayerData implements AutoCloseable {
    private final DataDirectory directory;
    private final SafeFile<Progress> progress;
    private final SafeFile<SavedDesigns> designs;
    private final SafeFile<Settings> settings;
    private DataLock lock;
    private boolean closed;

    public PlayerData(DataDirectory directory) {
        this.directory = directory;
        this.progress = new SafeFile<>(directory.progressFile(), "progress", new JsonCodec<>(Progress.class));
        this.designs = new SafeFile<>(directory.designsFile(), "saved designs", new JsonCodec<>(SavedDesigns.class));
        this.settings = new SafeFile<>(directory.settingsFile(), "settings", new JsonCodec<>(Settings.class));
    }

    /**
     * Everything loaded at start-up.
     *
     * @param recoveries what was done about damaged files, to show the player; usually empty
     * @param writable   whether changes will be saved: false when another Interleave has the folder
     * @param readOnly   why nothing will be saved, for the player, when {@code writable} is false
     */
    public record Snapshot(Progress progress, SavedDesigns designs, Settings settings, List<Recovery> recoveries,
                           boolean writable, Optional<String> readOnly) {
        public Snapshot {
            recoveries = List.copyOf(recoveries);
        }

        /** A snapshot of a folder this process may write. */
        public Snapshot(Progress progress, SavedDesigns designs, Settings settings, List<Recovery> recoveries) {
            this(progress, designs, settings, recoveries, true, Optional.empty());
        }

        /** What to tell the player: why nothing is saved, if so, then one message per damaged save. */
        public List<String> messages() {
            List<String> out = new ArrayList<>();
            readOnly.ifPresent(out::add);
            recoveries.stream().map(Recovery::message).forEach(out::add);
            return out;
        }
    }

    public DataDirectory directory() {
        return directory;
    }

    /**
     * Loads all three, each from its file, its backup or fresh. A file that cannot be read at all
     * is kept as it is and not saved over, and the others still load.
     *
     * @throws IOException never for one file; kept so callers stay ready for a folder that fails
     */
    public synchronized Snapshot load() throws IOException {
        Optional<String> readOnly = Optional.empty();
        if (lock == null) {
            try {
                lock = DataLock.acquire(directory.root(), this);
                if (lock == null) {
                    readOnly = Optional.of("Another Interleave is already open with your data folder ("
                            + directory.root() + "). This one shows your progress read-only and saves nothing;"
                            + " close the other one first to play here with saving.");
                }
            } catch (IOException e) {
                readOnly = Optional.of("Your data folder " + directory.root() + " cannot be written ("
                        + RegularFile.inWords(e) + "). It was left untouched, and nothing will be saved until"
                        + " Interleave is restarted.");
            }
        }
        boolean exclusive = readOnly.isEmpty();
        closed = false;
        List<Recovery> recoveries = new ArrayList<>();
        synchronized (folderMonitor()) {
            Progress p = load(progress, Progress.empty(), exclusive, recoveries);
            SavedDesigns d = load(designs, SavedDesigns.empty(), exclusive, recoveries);
            Settings s = load(settings, Settings.defaults(), exclusive, recoveries);
            return new Snapshot(p, d, s, recoveries, exclusive, readOnly);
        }
    }

    /**
     * One file. Without the folder's lock, what is wrong with a file is the business of the game
     * that has the lock: only the read-only message is shown.
     */
    private static <T> T load(SafeFile<T> file, T fresh, boolean exclusive, List<Recovery> recoveries) {
        try {
            Loaded<T> loaded = file.load(fresh, exclusive);
            if (exclusive) {
                loaded.recovery().ifPresent(recoveries::add);
            }
            return loaded.value();
        } catch (IOException e) {
            String reason = "it cannot be read (" + RegularFile.inWords(e) + ")";
            file.keepAsItIs(reason);
            if (exclusive) {
                recoveries.add(Recovery.kept(file.what(), file.file(), reason));
            }
            return fresh;
        }
    }

    /** Saves progress atomically; see {@link SafeFile#save} for the recovery. */
    public Optional<Recovery> save(Progress value) throws IOException {
        return save(progress, value);
    }

    /** Saves designs atomically; see {@link SafeFile#save} for the recovery. */
    public Optional<Recovery> save(SavedDesigns value) throws IOException {
        return save(designs, value);
    }

    /** Saves settings atomically; see {@link SafeFile#save} for the recovery. */
    public Optional<Recovery> save(Settings value) throws IOException {
        return save(settings, value);
    }

    /**
     * One save, under the folder's monitor so that another PlayerData of this process never
     * removes its temporary file as a leftover. After {@link #close} nothing may write the folder
     * in this one's name: the save fails loudly rather than vanish.
     */
    private <T> Optional<Recovery> save(SafeFile<T> file, T value) throws IOException {
        synchronized (this) {
            if (closed) {
                throw new IOException("the data folder " + directory.root() + " was already closed by this game");
            }
        }
        synchronized (folderMonitor()) {
            return file.save(value);
        }
    }

    /** What this one's file operations synchronize on: the folder's lock, shared within the process, once loaded. */
    private synchronized Object folderMonitor() {
        return lock != null ? lock : this;
    }

    /**
     * Gives back this one's share of the folder's lock; the last PlayerData of the process to close
     * gives the lock back, so another game (or test) may write the folder. Later saves of this one
     * fail with an {@link IOException}; another PlayerData of this process saves on.
     */
    @Override
    public synchronized void close() throws IOException {
        closed = true;
        if (lock != null) {
            DataLock.release(lock, this);
            lock = null;
        }
    }

    /** The folder's lock file, which the game leaves in place. */
    static Path lockFile(DataDirectory directory) {
        return directory.root().resolve(DataLock.FILE);
    }
}
