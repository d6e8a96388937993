package org.interleave.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A closed game lets go of what it ran: the watcher thread of its custom pack ends (its reloads
 * reach back into the shell, so a live one kept the whole scene graph of a dropped shell), and a
 * closed shell that nothing else holds is collected.
 */
@ExtendWith(ApplicationExtension.class)
class GameShellCloseTest extends GameStage {
    private static final String WATCHER = "interleave-pack-watch";

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        showGame(stage);
    }

    private void openPack(FxRobot robot) throws Exception {
        Files.copy(Path.of("levels/06-forgot-to-unlock.level.json"), dir.resolve("06-forgot-to-unlock.level.json"));
        robot.interact(() -> shell.openCustom(dir));
    }

    private static List<Thread> watchers() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals(WATCHER)).toList();
    }

    @Test
    void close_endsThePackWatcherThread(FxRobot robot) throws Exception {
        List<Thread> before = watchers();
        openPack(robot);
        List<Thread> started = watchers().stream().filter(t -> !before.contains(t)).toList();
        assertEquals(1, started.size(), "opening a folder watches it on a thread of its own");

        robot.interact(shell::close);
        // the thread leaves its wait as the watch service closes: wait for it to end, not for a time
        started.get(0).join(60_000);
        assertFalse(started.get(0).isAlive(), "the pack's watcher thread still runs after the shell closed");
        assertTrue(onFx(() -> shell.getChildren().isEmpty() && shell.screen() == null), "a closed shell shows nothing");
    }

    @Test
    void closedShell_withAPackOpen_isCollected(FxRobot robot) throws Exception {
        openPack(robot);
        WeakReference<GameShell> dropped = new WeakReference<>(shell);
        robot.interact(() -> {
            ((javafx.scene.layout.Pane) shell.getParent()).getChildren().remove(shell);
            shell.close();
        });
        shell = null;
        WaitForAsyncUtils.waitForFxEvents();
        for (int i = 0; i < 20 && dropped.get() != null; i++) {
            System.gc();
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertNull(dropped.get(), "something still holds a closed shell, and with it all it showed");
    }
}
