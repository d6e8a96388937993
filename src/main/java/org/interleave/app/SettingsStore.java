package org.interleave.app;

import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.interleave.level.save.DataDirectory;
import org.interleave.level.save.PlayerData;
import org.interleave.level.save.Settings;

/**
 * The player's settings as the game reads them at start-up and saves them on every change: from
 * {@link PlayerData} in the user's data directory, saved on a thread of their own so the FX
 * thread never waits for the disk. A settings file that cannot be read leaves the defaults in
 * use and nothing is saved over it.
 */
final class SettingsStore {
    private final PlayerData data;
    private final Settings initial;
    private final ExecutorService saver;

    private SettingsStore(PlayerData data, Settings initial) {
        this.data = data;
        this.initial = initial;
        this.saver = data == null ? null : Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "interleave-settings");
            t.setDaemon(true);
            return t;
        });
    }

    /** Settings that live only as long as the game (tests write nothing). */
    static SettingsStore inMemory() {
        return new SettingsStore(null, Settings.defaults());
    }

    /** The current user's settings. */
    static SettingsStore forCurrentUser() {
        PlayerData data = new PlayerData(DataDirectory.forCurrentUser());
        try {
            return new SettingsStore(data, data.load().settings());
        } catch (IOException | RuntimeException e) {
            System.err.println("interleave: settings not loaded, defaults in use and not saved: " + e.getMessage());
            return inMemory();
        }
    }

    Settings initial() {
        return initial;
    }

    /** Saves {@code s} in the background; the newest one wins. */
    void save(Settings s) {
        if (saver == null) {
            return;
        }
        saver.execute(() -> {
            try {
                data.save(s);
            } catch (IOException | RuntimeException e) {
                System.err.println("interleave: settings not saved: " + e.getMessage());
            }
        });
    }
}
