package org.interleave.level.save;

import static java.nio.file.StandardCopyOption.ATOMIC_MOVE;
import static java.nio.file.StandardCopyOption.REPLACE_EXISTING;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.interleave.level.RegularFile;

/**
 * One save file, written so that a crash, a kill or a full disk at any moment leaves either the
 * old or the new content, and read so that a damaged file is never silently replaced.
 *
 * <p>Saving writes {@code .name.<random>.tmp} beside the file, forces it to disk, copies the
 * current file to {@code name.bak} the same way, and only then renames the temporary file over
 * the old one. Loading falls back to the backup when the file is damaged, moving each damaged
 * copy aside to {@code name.corrupt-<n>} (never over an earlier one) and returning a
 * {@link Recovery} that says so. Temporary files left by an interrupted save are removed by the
 * next load.
 *
 * <p>Saves and loads of one instance are serialized. Two game processes never share a data
 * folder for writing: {@link PlayerData} takes a lock on it, and a second process loads with
 * {@code exclusive} false, which changes nothing on disk. Files are read with the rules of level
 * files: only regular files, at most {@link #MAX_BYTES}.
 *
 * @param <T> the saved value
 */
public final class SafeFile<T> {
    private static final String TEMP_SUFFIX = ".tmp";
    /** Saves larger than this are damage: the game's own files stay far below it. */
    public static final long MAX_BYTES = 16L << 20;

    private final Path file;
    private final Path backup;
    private final String what;
    private final SaveCodec<T> codec;
    private boolean readOnly;
    private String kept;

    /**
     * @param file  the save file; its folder is created by the first save
     * @param what  what it holds, as a player would name it after "your" ("progress"), for messages
     * @param codec how values turn into bytes and back
     */
    public SafeFile(Path file, String what, SaveCodec<T> codec) {
        this.file = file.toAbsolutePath();
        this.backup = this.file.resolveSibling(this.file.getFileName() + ".bak");
        this.what = Objects.requireNonNull(what, "what");
        this.codec = Objects.requireNonNull(codec, "codec");
    }

    public Path file() {
        return file;
    }

    public Path backup() {
        return backup;
    }

    /** What the file holds, as named in messages ("progress"). */
    public String what() {
        return what;
    }

    /**
     * Reads the file, or the backup when the file is damaged or missing, or else {@code fresh}.
     * A backup that is used is written back as the file, so the next load finds it there.
     *
     * @throws IOException when a file cannot be read or moved at all (no permission, a disk
     *                     error): then nothing is changed and nothing should be saved over it
     */
    public Loaded<T> load(T fresh) throws IOException {
        return load(fresh, true);
    }

    /**
     * Like {@link #load(Object)}; with {@code exclusive} false (another process has the data
     * folder) nothing on disk is changed: no temporary file is removed, no damaged file moved,
     * no backup restored, and {@link #save} writes nothing.
     *
     * <p>A file that a newer version of Interleave wrote is never damaged: it is kept as it is,
     * fresh data is used, and saves leave it alone, so a player who goes back to an older version
     * finds their progress again in the newer one.
     */
    public synchronized Loaded<T> load(T fresh, boolean exclusive) throws IOException {
        this.readOnly = !exclusive;
        this.kept = null;
        if (exclusive) {
            removeLeftoverTemporaryFiles();
        }
        List<Recovery.SetAside> setAside = new ArrayList<>();
        try {
            Optional<byte[]> current = readIfPresent(file);
            if (current.isPresent()) {
                return new Loaded<>(codec.read(current.get()), Loaded.Source.FILE, Optional.empty());
            }
        } catch (CorruptSaveException e) {
            if (e.newer() || !exclusive) {
                return keep(fresh, e.getMessage());
            }
            setAside.add(moveAside(file, e.getMessage()));
        }
        try {
            Optional<byte[]> previous = readIfPresent(backup);
            if (previous.isPresent()) {
                T value = codec.read(previous.get());
                if (exclusive) {
                    restore(previous.get());
                }
                return new Loaded<>(value, Loaded.Source.BACKUP,
                        Optional.of(new Recovery(what, file, setAside, Recovery.Outcome.RESTORED_BACKUP)));
            }
        } catch (CorruptSaveException e) {
            if (!e.newer() && exclusive) {
                setAside.add(moveAside(backup, e.getMessage()));
            }
        }
        Optional<Recovery> recovery = setAside.isEmpty()
                ? Optional.empty()
                : Optional.of(new Recovery(what, file, setAside, Recovery.Outcome.STARTED_FRESH));
        return new Loaded<>(fresh, Loaded.Source.FRESH, recovery);
    }

    /** Goes on with {@code fresh}, leaving the file as it is and saving nothing over it. */
    private Loaded<T> keep(T fresh, String reason) {
        kept = reason;
        return new Loaded<>(fresh, Loaded.Source.FRESH, Optional.of(Recovery.kept(what, file, reason)));
    }

    /**
     * Leaves the file as it is from now on: {@link #save} writes nothing. For a file that could
     * not be read at all, so that what is in it is not replaced by what this session knows.
     */
    public synchronized void keepAsItIs(String reason) {
        kept = Objects.requireNonNull(reason, "reason");
    }

    /** Why saves leave the file alone, if they do: it is kept as it is, or the folder is another's. */
    public synchronized Optional<String> notSaved() {
        return readOnly ? Optional.of("another Interleave has the data folder") : Optional.ofNullable(kept);
    }

    /**
     * Replaces the file's content with {@code value}, keeping the previous content as the backup.
     * If the file on disk was damaged since it was loaded, it is moved aside instead of becoming
     * the backup, and the returned recovery says so. A file kept as it is (see {@link #load}) is
     * not written, nor is anything while another process has the folder.
     *
     * @throws IOException when the new content could not be written; the old file is untouched
     */
    public synchronized Optional<Recovery> save(T value) throws IOException {
        Objects.requireNonNull(value, "value");
        if (readOnly || kept != null) {
            return Optional.empty();
        }
        Optional<Recovery> recovery = Optional.empty();
        Optional<byte[]> current;
        try {
            current = readIfPresent(file);
        } catch (CorruptSaveException e) {
            current = Optional.empty();
            recovery = Optional.of(new Recovery(what, file, List.of(moveAside(file, e.getMessage())),
                    Recovery.Outcome.SAVED_OVER));
        }
        if (current.isPresent()) {
            try {
                codec.read(current.get());
                byte[] bytes = current.get();
                replace(backup, out -> out.write(bytes));
            } catch (CorruptSaveException e) {
                if (e.newer()) {
                    // written by a newer version since it was loaded: keep it, as a load would
                    kept = e.getMessage();
                    return Optional.of(Recovery.kept(what, file, e.getMessage()));
                }
                recovery = Optional.of(new Recovery(what, file, List.of(moveAside(file, e.getMessage())),
                        Recovery.Outcome.SAVED_OVER));
            }
        }
        replace(file, out -> codec.write(value, out));
        return recovery;
    }

    /**
     * Puts the backup's content back as the file, so the next start is quiet. If that fails (a
     * read-only disk), the value is still good and the backup still there; the next save retries.
     */
    private void restore(byte[] bytes) {
        try {
            replace(file, out -> out.write(bytes));
        } catch (IOException e) {
            // see above
        }
    }

    /** Writes content to a forced temporary file and renames it over {@code target}. */
    private void replace(Path target, Content content) throws IOException {
        Path folder = target.getParent();
        Files.createDirectories(folder);
        Path temp = Files.createTempFile(folder, "." + target.getFileName() + ".", TEMP_SUFFIX);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            try {
                Files.move(temp, target, ATOMIC_MOVE, REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
        forceFolder(folder);
    }

    /** Moves a damaged file to the first free {@code name.corrupt-<n>}. */
    private static Recovery.SetAside moveAside(Path damaged, String reason) throws IOException {
        for (int n = 1; ; n++) {
            Path aside = damaged.resolveSibling(damaged.getFileName() + ".corrupt-" + n);
            if (Files.exists(aside)) {
                continue;
            }
            try {
                // Without REPLACE_EXISTING a file that appeared meanwhile is not overwritten.
                Files.move(damaged, aside);
            } catch (FileAlreadyExistsException e) {
                continue;
            }
            forceFolder(damaged.getParent());
            return new Recovery.SetAside(damaged, aside, reason);
        }
    }

    /**
     * The bytes of a save file, read as level files are ({@link RegularFile}): a folder, pipe,
     * device or oversized file in its place is damage (the game must not hang or fill memory on
     * it), a file that cannot be read at all is an {@link IOException}.
     */
    private static Optional<byte[]> readIfPresent(Path path) throws IOException, CorruptSaveException {
        try {
            return Optional.of(RegularFile.read(path, MAX_BYTES));
        } catch (RegularFile.Unreadable e) {
            return switch (e.why()) {
                case MISSING -> Optional.empty();
                case NOT_A_FILE, TOO_LARGE -> throw new CorruptSaveException(e.getMessage());
                case DENIED, FAILED -> throw new IOException(path.getFileName() + ": " + e.getMessage());
            };
        }
    }

    /** Removes {@code .name.*.tmp} and {@code .name.bak.*.tmp} left by a save that was cut off. */
    private void removeLeftoverTemporaryFiles() throws IOException {
        Path folder = file.getParent();
        if (!Files.isDirectory(folder)) {
            return;
        }
        String prefix = "." + file.getFileName() + ".";
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder,
                p -> p.getFileName().toString().startsWith(prefix) && p.getFileName().toString().endsWith(TEMP_SUFFIX))) {
            for (Path leftover : entries) {
                Files.deleteIfExists(leftover);
            }
        }
    }

    /**
     * Makes a rename durable on Linux and macOS; Windows cannot open a folder this way and
     * persists renames on its own, so failing here is expected there and harmless.
     */
    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // best effort, see above
        }
    }

    @FunctionalInterface
    private interface Content {
        void writeTo(OutputStream out) throws IOException;
    }
}
