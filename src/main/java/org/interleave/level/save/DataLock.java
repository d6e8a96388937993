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
 */
final class DataLock implements AutoCloseable {
    static final String FILE = ".lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DataLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * The lock on {@code folder} (created if missing), or null when another process — or another
     * {@link PlayerData} in this one — holds it.
     *
     * @throws IOException when the folder or its lock file cannot be created or opened at all
     */
    static DataLock tryAcquire(Path folder) throws IOException {
        Files.createDirectories(folder);
        FileChannel channel = FileChannel.open(folder.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // this process holds it already, through another PlayerData
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            channel.close();
            return null;
        }
        return new DataLock(channel, lock);
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
