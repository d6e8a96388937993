package org.interleave.level.save;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The one game process that may write a data folder: an operating-system lock on
 * {@code <folder>/.lock}, held until the process ends (or the last {@link #release}). A second
 * process on the same folder does not get it, and so opens the player's data read-only instead of
 * racing the first one's saves (where the last writer silently won) and removing its temporary
 * files.
 *
 * <p>Within one process the lock is shared: every {@link PlayerData} that loads the folder holds
 * it (a game started again in the same JVM, as tests do), and it goes back to the operating system
 * only when the last of them closes, so closing one never stops another's saves. The lock is also
 * the monitor their file operations take, so one never removes a temporary file another is still
 * writing.
 */
final class DataLock {
    static final String FILE = ".lock";

    /** The locks this process holds, by folder. */
    private static final Map<Path, DataLock> HELD = new HashMap<>();

    private final FileChannel channel;
    private final FileLock lock;
    private final Path folder;
    /** Who holds it: an identity set, so closing one PlayerData twice gives back only its own share. */
    private final Set<PlayerData> holders = Collections.newSetFromMap(new IdentityHashMap<>());

    private DataLock(FileChannel channel, FileLock lock, Path folder) {
        this.channel = channel;
        this.lock = lock;
        this.folder = folder;
    }

    /**
     * The lock on {@code folder} for {@code holder}: taken from the operating system, or shared with
     * the PlayerData of this process that hold it already; null when another process holds it.
     */
    static synchronized DataLock acquire(Path folder, PlayerData holder) throws IOException {
        Path key = folder.toAbsolutePath().normalize();
        DataLock held = HELD.get(key);
        if (held == null) {
            held = tryAcquire(key);
            if (held == null) {
                return null;
            }
            HELD.put(key, held);
        }
        held.holders.add(holder);
        return held;
    }

    /** Gives back {@code holder}'s share; the last share gives the lock back to the operating system. */
    static synchronized void release(DataLock held, PlayerData holder) throws IOException {
        if (held.holders.remove(holder) && held.holders.isEmpty() && HELD.remove(held.folder) == held) {
            try {
                held.lock.release();
            } finally {
                held.channel.close();
            }
        }
    }

    /**
     * The lock on {@code folder} (created if missing), or null when another process holds it.
     *
     * @throws IOException when the folder or its lock file cannot be created or opened at all
     */
    private static DataLock tryAcquire(Path folder) throws IOException {
        Files.createDirectories(folder);
        FileChannel channel = FileChannel.open(folder.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // held by this process outside this class: as good as another's
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            channel.close();
            return null;
        }
        return new DataLock(channel, lock, folder);
    }
}
