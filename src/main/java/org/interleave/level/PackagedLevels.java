package org.interleave.level;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Whether a level file is one of the campaign's levels as the jar packages them under
 * {@code /levels/}: the same file name, byte for byte the same text. Such a file needs no level
 * schema check: the schema is a function of the text alone, and the build checks every packaged
 * level against the packaged schema ({@code PackagedLevelsTest}, {@code LevelSchemaTest}). Building
 * the schema's validator is the slowest part of a first load (~0.15 s of CPU with the launcher's
 * cache, ~0.4 s without), and a {@code check} of a campaign level, or the game listing the
 * campaign, needs nothing else of it (issue 17). Any other file, a campaign level edited by a byte
 * included, is checked as before.
 */
public final class PackagedLevels {
    /** Where the build puts {@code levels/*.level.json}. */
    static final String DIR = "/levels/";
    /** The names a packaged level may have (the campaign's are {@code NN-name.level.json}). */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*\\.level\\.json");

    private PackagedLevels() {}

    /** True when {@code bytes}, read from {@code file}, are the packaged level of {@code file}'s name. */
    public static boolean isPackaged(Path file, byte[] bytes) {
        Path name = file.getFileName();
        return name != null && isPackaged(name.toString(), bytes);
    }

    /** True when {@code bytes} are the packaged level named {@code name} (a file name, no folder). */
    public static boolean isPackaged(String name, byte[] bytes) {
        if (!NAME.matcher(name).matches()) {
            return false;
        }
        try (InputStream in = PackagedLevels.class.getResourceAsStream(DIR + name)) {
            return in != null && Arrays.equals(in.readNBytes(bytes.length + 1), bytes);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * True when {@code argument}, a word of a command line, names a file that {@link #isPackaged}:
     * what the command line reads first can then skip building the schema's validator.
     * Never throws; a word that is no readable regular file is false.
     */
    public static boolean isPackagedFile(String argument) {
        if (argument.startsWith("-") || !argument.endsWith(".level.json")) {
            return false;
        }
        try {
            Path file = Path.of(argument);
            Path name = file.getFileName();
            if (name == null || !NAME.matcher(name.toString()).matches()
                    || PackagedLevels.class.getResource(DIR + name) == null) {
                return false;
            }
            return isPackaged(file, RegularFile.read(file, LevelLoader.MAX_FILE_BYTES));
        } catch (RegularFile.Unreadable | java.nio.file.InvalidPathException e) {
            return false;
        }
    }
}
