package org.interleave.app.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Where the settings dialog says settings are saved: the player's home folder reads {@code ~}. */
class SettingsViewTest {
    private static final String HOME = Path.of(File.separator, "home", "ada").toString();

    @Test
    void aFolderUnderHome_readsFromTilde() {
        assertEquals(String.join(File.separator, "~", ".local", "share", "interleave"),
                SettingsView.fromHome(Path.of(HOME, ".local", "share", "interleave").toString(), HOME));
    }

    @Test
    void aFolderElsewhere_orAnotherUsers_readsInFull() {
        String elsewhere = Path.of(File.separator, "data", "interleave").toString();
        assertEquals(elsewhere, SettingsView.fromHome(elsewhere, HOME));
        String anotherUsers = Path.of(File.separator, "home", "adam", "interleave").toString();
        assertEquals(anotherUsers, SettingsView.fromHome(anotherUsers, HOME), "not a prefix of the name, a folder");
        assertEquals(HOME, SettingsView.fromHome(HOME, HOME), "the home folder itself");
    }

    @Test
    void noHome_readsInFull() {
        assertEquals("/data/interleave", SettingsView.fromHome("/data/interleave", null));
    }
}
