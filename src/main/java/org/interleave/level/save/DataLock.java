package org.interleave.level.save;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The one game process that may write a data folder: an operating-system lock on
 * {@code <folder>/.lock}, held until the process ends (or {@link #close}). A second process on the
 * same folder does not get it, and so opens the player's data read-only instead of racing the
 * first one's saves (where the last writer silently won) and removing its temporary files.
 *
 * <p>Within one process the lock passes to the {@link PlayerData} that loaded last (a game
 * started again in the same JVM, as tests do); the one before stops saving.
 */
final class DataLock implements AutoCloseable {
    static final String FILE = ".lock";

    /** The locks this process holds, by folder, with the PlayerData that may write each. */
    private static final java.util.Map<Path, DataLock> HELD = new java.util.HashMap<>();

    private final FileChannel channel;
    private final FileLock lock;
    private final Path folder;
    private PlayerData owner;

    private DataLock(FileChannel channel, FileLock lock, Path folder) {
        this.channel = channel;
        this.lock = lock;
        this.folder = folder;
    }

    /**
     * The lock on {@code folder} for {@code owner}: taken from the operating system, or passed on
     * from the PlayerData of this process that had it (which stops saving); null when another
     * process holds it.
     */
    static synchronized DataLock acquire(Path folder, PlayerData owner) throws IOException {
        Path key = folder.toAbsolutePath().normalize();
        DataLock held = HELD.get(key);
        if (held == null) {
            held = tryAcquire(key);
            if (held == null) {
                return null;
            }
            HELD.put(key, held);
        } else if (held.owner != owner) {
            held.owner.lockTaken();
        }
        held.owner = owner;
        return held;
    }

    /** Gives the lock back if {@code owner} still has it. */
    static synchronized void release(DataLock held, PlayerData owner) throws IOException {
        if (held.owner == owner && HELD.remove(held.folder) == held) {
            held.close();
        }
    }

    /**
     * The lock on {@code folder} (created if missing), or null when another process — or another
     * {@link PlayerData} in this one — holds it.
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

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
