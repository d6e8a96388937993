package org.interleave.level.save;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The folder that holds one player's data: progress, saved designs and settings.
 *
 * <p>{@link #forUser} finds the platform's usual place from values passed in, so tests (and a
 * {@code --data-dir} option, through the constructor) never depend on the machine they run on:
 * <ul>
 *   <li>Linux and other Unix: {@code $XDG_DATA_HOME/interleave}, by default
 *       {@code ~/.local/share/interleave}
 *   <li>macOS: {@code ~/Library/Application Support/Interleave}
 *   <li>Windows: {@code %APPDATA%\Interleave}, by default {@code ~\AppData\Roaming\Interleave}
 * </ul>
 *
 * @param root the folder itself; it is created by the first save
 */
public record DataDirectory(Path root) {
    /** Saved progress: cleared levels, best scores, recent attempts. */
    public static final String PROGRESS = "progress.json";
    /** The player's designs: named slots and the autosave, per level. */
    public static final String DESIGNS = "designs.json";
    /** Theme, UI scale and the other preferences. */
    public static final String SETTINGS = "settings.json";

    /** The operating systems whose conventions differ. */
    public enum Os {
        LINUX, MACOS, WINDOWS;

        /** Reads a {@code os.name} value; anything not Windows or macOS follows the XDG rules. */
        public static Os fromName(String osName) {
            String name = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
            if (name.startsWith("windows")) {
                return WINDOWS;
            }
            if (name.startsWith("mac") || name.startsWith("darwin")) {
                return MACOS;
            }
            return LINUX;
        }
    }

    public DataDirectory {
        Objects.requireNonNull(root, "root");
    }

    /**
     * The platform's data folder for the current user.
     *
     * @param environment environment variables, as from {@link System#getenv()}
     * @param properties system properties; {@code os.name} and {@code user.home} are read
     */
    public static DataDirectory forUser(Map<String, String> environment, Map<String, String> properties) {
        return forUser(Os.fromName(properties.get("os.name")), environment, properties.get("user.home"));
    }

    /** The data folder on {@code os} for a user with this environment and home folder. */
    public static DataDirectory forUser(Os os, Map<String, String> environment, String home) {
        return new DataDirectory(switch (os) {
            case LINUX -> {
                // The XDG spec says a relative value is invalid and must be ignored.
                String xdg = environment.get("XDG_DATA_HOME");
                yield xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                        ? Path.of(xdg).resolve("interleave")
                        : home(home).resolve(".local").resolve("share").resolve("interleave");
            }
            case MACOS -> home(home).resolve("Library").resolve("Application Support").resolve("Interleave");
            case WINDOWS -> {
                String appData = environment.get("APPDATA");
                yield appData != null && !appData.isBlank()
                        ? Path.of(appData).resolve("Interleave")
                        : home(home).resolve("AppData").resolve("Roaming").resolve("Interleave");
            }
        });
    }

    /** The data folder of whoever runs this JVM; the one place that reads the real environment. */
    public static DataDirectory forCurrentUser() {
        return forUser(Os.fromName(System.getProperty("os.name")), System.getenv(), System.getProperty("user.home"));
    }

    private static Path home(String home) {
        if (home == null || home.isBlank()) {
            throw new IllegalArgumentException("cannot find the user's home folder to keep player data in");
        }
        return Path.of(home);
    }

    public Path progressFile() {
        return root.resolve(PROGRESS);
    }

    public Path designsFile() {
        return root.resolve(DESIGNS);
    }

    public Path settingsFile() {
        return root.resolve(SETTINGS);
    }
}
