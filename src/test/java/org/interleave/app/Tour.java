package org.interleave.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javafx.stage.Stage;
import org.interleave.app.level.LevelScreen;
import org.interleave.level.save.DataDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The window a screenshot tour plays in: the whole game in a window of the size the docs show, at
 * the screen's corner, with a fresh player whose progress is saved, as in the game, in the game's
 * data folder under the player's home — a new temporary home for each tour's test, so the settings
 * dialog shows the folder as a player's shows it ({@code ~/.local/share/interleave} on Linux), not
 * a temporary path, and nothing reaches the real home. Tours are not part of the suite; each says
 * how to run it, and writes its PNGs with {@link ScreenshotTour#shoot}.
 */
@ExtendWith(ApplicationExtension.class)
public abstract class Tour extends GameStage {
    /** The JVM's home before a tour's test gave it a temporary one. */
    private static final String REAL_HOME = System.getProperty("user.home");

    protected Stage stage;
    protected PlayerProfile profile;

    /** Starts the game in a {@code width} × {@code height} window; each tour calls it from its own {@code @Start}. */
    protected void startTour(Stage stage, double width, double height) {
        this.stage = stage;
        show(stage);
        profile = PlayerProfile.load(playersFolder());
        start(profile);
        // the window too: after another tour in the same JVM it keeps the size that one gave it
        size(width, height);
    }

    /**
     * The game's data folder for a new player whose home is a new temporary folder, which the JVM
     * takes as its {@code user.home} until the test ends; the environment's {@code XDG_DATA_HOME}
     * is left out, as a player without one has it.
     */
    private static DataDirectory playersFolder() {
        try {
            Path home = Files.createTempDirectory("interleave-tour-home");
            System.setProperty("user.home", home.toString());
            return DataDirectory.forUser(DataDirectory.Os.fromName(System.getProperty("os.name")), Map.of(),
                    home.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterEach
    void giveBackTheHome() {
        System.setProperty("user.home", REAL_HOME);
    }

    /** Gives the window this size, at the screen's corner (projector mode's full screen left). */
    protected void size(double width, double height) {
        stage.setFullScreen(false);
        stage.setWidth(width);
        stage.setHeight(height);
        stage.setX(0);
        stage.setY(0);
    }

    /** Waits until projector mode's note (a key's announcement, shown for a moment) has gone, so a shot shows the screen under it. */
    protected void noteGone() {
        waitUntil("projector mode's note gone", () -> {
            javafx.scene.Node note = stage.getScene().getRoot().lookup("#projector-toast");
            return note == null || !note.isVisible();
        });
    }

    protected LevelScreen level() {
        return (LevelScreen) shell.screen();
    }
}
