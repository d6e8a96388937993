package org.interleave.level;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

/**
 * Reads whole files that strangers may have made: only regular files (a named pipe with no
 * writer, or a link to {@code /dev/zero}, would otherwise block or fill memory), never more than
 * a cap, and every failure said in words a player can read, not as a Java exception's name.
 */
public final class RegularFile {
    private RegularFile() {}

    /** Why a file could not be read. */
    public enum Why {
        /** Nothing is there. */
        MISSING,
        /** The file system refuses to let us read it. */
        DENIED,
        /** A folder, pipe, device or socket rather than a file. */
        NOT_A_FILE,
        /** More bytes than the cap. */
        TOO_LARGE,
        /** Any other failure of the disk or the file system. */
        FAILED
    }

    /** A file that could not be read; the message says why, in words. */
    public static final class Unreadable extends IOException {
        private final Why why;

        Unreadable(Why why, String message) {
            super(message);
            this.why = why;
        }

        public Why why() {
            return why;
        }
    }

    /**
     * The bytes of {@code file}, which must be a regular file (a link to one is fine) of at most
     * {@code maxBytes} bytes.
     *
     * @throws Unreadable saying what is wrong, e.g. "it is a named pipe (FIFO), not a regular
     *                    file" or "file is too large: 5000000 bytes (at most 1048576)"
     */
    public static byte[] read(Path file, long maxBytes) throws Unreadable {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            if (!a.isRegularFile()) {
                throw new Unreadable(Why.NOT_A_FILE, "it is " + describe(file) + ", not a regular file");
            }
            if (a.size() > maxBytes) {
                throw tooLarge(a.size(), maxBytes);
            }
            try (InputStream in = Files.newInputStream(file)) {
                // the file may have grown since its size was read
                byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxBytes + 1));
                if (bytes.length > maxBytes) {
                    throw tooLarge(bytes.length, maxBytes);
                }
                return bytes;
            }
        } catch (Unreadable e) {
            throw e;
        } catch (NoSuchFileException e) {
            throw new Unreadable(Why.MISSING, "no such file");
        } catch (AccessDeniedException e) {
            throw new Unreadable(Why.DENIED, "permission denied");
        } catch (IOException e) {
            throw new Unreadable(Why.FAILED, inWords(e));
        }
    }

    private static Unreadable tooLarge(long size, long maxBytes) {
        return new Unreadable(Why.TOO_LARGE, "file is too large: " + size + " bytes (at most " + maxBytes + ")");
    }

    /**
     * What kind of thing a path that is not a regular file is: "a folder", "a named pipe
     * (FIFO)", "a character device", "a link to a character device (/dev/zero)"...
     */
    public static String describe(Path path) {
        String kind = kind(path);
        if (Files.isSymbolicLink(path)) {
            try {
                return "a link to " + kind + " (" + path.toRealPath() + ")";
            } catch (IOException e) {
                return "a link to " + kind;
            }
        }
        return kind;
    }

    private static String kind(Path path) {
        if (Files.isDirectory(path)) {
            return "a folder";
        }
        try {
            int mode = (Integer) Files.getAttribute(path, "unix:mode");
            return switch (mode & 0170000) {
                case 0010000 -> "a named pipe (FIFO)";
                case 0020000 -> "a character device";
                case 0060000 -> "a block device";
                case 0140000 -> "a socket";
                case 0100000 -> "a file";
                default -> "a special file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return "a special file";
        }
    }

    /**
     * A failure of the file system in words: its reason as the operating system gives it ("Is a
     * directory", "Too many levels of symbolic links"), without the exception's name.
     */
    public static String inWords(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        String reason = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
        if (reason == null || reason.isBlank()) {
            return "the file system reported an error";
        }
        return Quote.oneLine(reason.substring(0, 1).toLowerCase(Locale.ROOT) + reason.substring(1));
    }
}
