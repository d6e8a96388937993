package org.interleave.level.save;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Map;
import org.interleave.level.save.DataDirectory.Os;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Where each platform keeps player data, from environments passed in rather than read. */
class DataDirectoryTest {
    private static final String HOME = "/home/ana";

    @Test
    void linux_usesXdgDataHome() {
        assertEquals(Path.of("/data/ana/interleave"),
                DataDirectory.forUser(Os.LINUX, Map.of("XDG_DATA_HOME", "/data/ana"), HOME).root());
    }

    @Test
    void linuxWithoutXdgDataHome_usesLocalShareInHome() {
        assertEquals(Path.of("/home/ana/.local/share/interleave"),
                DataDirectory.forUser(Os.LINUX, Map.of(), HOME).root());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "relative/data"})
    void linuxWithBlankOrRelativeXdgDataHome_ignoresItAsTheSpecSays(String xdg) {
        assertEquals(Path.of("/home/ana/.local/share/interleave"),
                DataDirectory.forUser(Os.LINUX, Map.of("XDG_DATA_HOME", xdg), HOME).root());
    }

    @Test
    void macos_usesApplicationSupport_whateverXdgSays() {
        assertEquals(Path.of("/Users/ana/Library/Application Support/Interleave"),
                DataDirectory.forUser(Os.MACOS, Map.of("XDG_DATA_HOME", "/data"), "/Users/ana").root());
    }

    @Test
    void windows_usesAppData() {
        String appData = "C:\\Users\\ana\\AppData\\Roaming";
        assertEquals(Path.of(appData).resolve("Interleave"),
                DataDirectory.forUser(Os.WINDOWS, Map.of("APPDATA", appData), "C:\\Users\\ana").root());
    }

    @Test
    void windowsWithoutAppData_usesRoamingInHome() {
        String home = "C:\\Users\\ana";
        assertEquals(Path.of(home).resolve("AppData").resolve("Roaming").resolve("Interleave"),
                DataDirectory.forUser(Os.WINDOWS, Map.of(), home).root());
    }

    @ParameterizedTest
    @CsvSource({"Linux, LINUX", "FreeBSD, LINUX", "Mac OS X, MACOS", "Darwin, MACOS",
            "Windows 11, WINDOWS", "Windows Server 2022, WINDOWS", "'', LINUX"})
    void osName_choosesTheConvention(String osName, Os os) {
        assertEquals(os, Os.fromName(osName));
    }

    @Test
    void forUser_readsOsNameAndHomeFromThePropertiesGiven() {
        DataDirectory dir = DataDirectory.forUser(Map.of("APPDATA", "/roaming"),
                Map.of("os.name", "Windows 10", "user.home", "/home/x"));
        assertEquals(Path.of("/roaming/Interleave"), dir.root());
    }

    @Test
    void missingHome_isRefused_ratherThanSavingInTheWorkingFolder() {
        assertThrows(IllegalArgumentException.class, () -> DataDirectory.forUser(Os.LINUX, Map.of(), null));
        assertThrows(IllegalArgumentException.class, () -> DataDirectory.forUser(Os.MACOS, Map.of(), ""));
    }

    @Test
    void override_keepsEveryFileInTheGivenFolder() {
        DataDirectory dir = new DataDirectory(Path.of("/tmp/classroom"));
        assertEquals(Path.of("/tmp/classroom/progress.json"), dir.progressFile());
        assertEquals(Path.of("/tmp/classroom/designs.json"), dir.designsFile());
        assertEquals(Path.of("/tmp/classroom/settings.json"), dir.settingsFile());
    }
}
