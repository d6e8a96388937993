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
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
 * <p>Saves and loads of one instance are serialized. Two game processes sharing one data folder
 * never corrupt a file, but the last save wins, and a save that races with the other's load
 * (which removes temporary files) fails with an exception rather than writing anything.
 *
 * @param <T> the saved value
 */
public final class SafeFile<T> {
    private static final String TEMP_SUFFIX = ".tmp";

    private final Path file;
    private final Path backup;
    private final String what;
    private final SaveCodec<T> codec;

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

    /**
     * Reads the file, or the backup when the file is damaged or missing, or else {@code fresh}.
     * A backup that is used is written back as the file, so the next load finds it there.
     *
     * @throws IOException when a file cannot be read or moved at all (no permission, a disk
     *                     error): then nothing is changed and nothing should be saved over it
     */
    public synchronized Loaded<T> load(T fresh) throws IOException {
        removeLeftoverTemporaryFiles();
        List<Recovery.SetAside> setAside = new ArrayList<>();
        Optional<byte[]> current = readIfPresent(file);
        if (current.isPresent()) {
            try {
                return new Loaded<>(codec.read(current.get()), Loaded.Source.FILE, Optional.empty());
            } catch (CorruptSaveException e) {
                setAside.add(moveAside(file, e.getMessage()));
            }
        }
        Optional<byte[]> previous = readIfPresent(backup);
        if (previous.isPresent()) {
            try {
                T value = codec.read(previous.get());
                restore(previous.get());
                return new Loaded<>(value, Loaded.Source.BACKUP,
                        Optional.of(new Recovery(what, file, setAside, Recovery.Outcome.RESTORED_BACKUP)));
            } catch (CorruptSaveException e) {
                setAside.add(moveAside(backup, e.getMessage()));
            }
        }
        Optional<Recovery> recovery = setAside.isEmpty()
                ? Optional.empty()
                : Optional.of(new Recovery(what, file, setAside, Recovery.Outcome.STARTED_FRESH));
        return new Loaded<>(fresh, Loaded.Source.FRESH, recovery);
    }

    /**
     * Replaces the file's content with {@code value}, keeping the previous content as the backup.
     * If the file on disk was damaged since it was loaded, it is moved aside instead of becoming
     * the backup, and the returned recovery says so.
     *
     * @throws IOException when the new content could not be written; the old file is untouched
     */
    public synchronized Optional<Recovery> save(T value) throws IOException {
        Objects.requireNonNull(value, "value");
        Optional<Recovery> recovery = Optional.empty();
        Optional<byte[]> current = readIfPresent(file);
        if (current.isPresent()) {
            try {
                codec.read(current.get());
                replace(backup, out -> out.write(current.get()));
            } catch (CorruptSaveException e) {
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

    private static Optional<byte[]> readIfPresent(Path path) throws IOException {
        try {
            return Optional.of(Files.readAllBytes(path));
        } catch (NoSuchFileException e) {
            return Optional.empty();
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
