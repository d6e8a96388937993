package org.interleave.app;

import com.almasb.fxgl.app.GameApplication;
import com.almasb.fxgl.app.GameSettings;
import com.almasb.fxgl.app.services.UpdaterService;
import com.almasb.fxgl.dsl.FXGL;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.scene.Cursor;
import javafx.scene.paint.Color;
import org.interleave.app.shared.CampaignCatalog;
import org.interleave.level.save.DataDirectory;

/**
 * The game as an FXGL application; this class only wires FXGL's lifecycle to Interleave's views.
 *
 * <p>Start it with {@link #main}, or embed it in an existing JavaFX scene with
 * {@code GameApplication.embeddedLaunch(InterleaveApp.forTests())}. FXGL keeps its state in
 * statics, so a JVM runs one instance at a time.
 */
public final class InterleaveApp extends GameApplication {
    /** The window title and the name shown on the title screen. */
    public static final String TITLE = "Interleave";
    /** The line under the title. */
    public static final String SUBTITLE = "A puzzle game about Go concurrency";
    /** The logical size of the game; FXGL scales it to the window. */
    public static final int WIDTH = 1280;
    public static final int HEIGHT = 720;

    /** The system property that puts the player's data in another folder than the usual one for the OS. */
    public static final String DATA_DIR_PROPERTY = "interleave.dataDir";

    private final boolean embedded;
    /** Where the player's data lives; null keeps it in memory (an embedded test instance). */
    private final DataDirectory dataDirectory;
    /** Runs verifications off the FX thread, one at a time; daemon, so it never keeps the game alive. */
    private final ExecutorService verifier = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "interleave-verifier");
        t.setDaemon(true);
        return t;
    });
    private GameShell shell;

    /** Creates the desktop game; FXGL calls this constructor from {@link #main}. */
    public InterleaveApp() {
        this(false, dataDirectoryOfThisUser());
    }

    private InterleaveApp(boolean embedded, DataDirectory dataDirectory) {
        this.embedded = embedded;
        this.dataDirectory = dataDirectory;
    }

    /**
     * Creates an instance for {@code GameApplication.embeddedLaunch}: FXGL writes nothing to the
     * file system (no log files or system bundle in the working directory), and the player's data
     * is kept in memory.
     */
    public static InterleaveApp forTests() {
        return new InterleaveApp(true, null);
    }

    /** As {@link #forTests()}, with the player's data saved in {@code dataDir} (a test's temporary folder). */
    public static InterleaveApp forTests(Path dataDir) {
        return new InterleaveApp(true, new DataDirectory(dataDir));
    }

    /** The folder named by {@value #DATA_DIR_PROPERTY}, else the usual one for this OS and user. */
    static DataDirectory dataDirectoryOfThisUser() {
        String dir = System.getProperty(DATA_DIR_PROPERTY);
        return dir != null && !dir.isBlank() ? new DataDirectory(Path.of(dir)) : DataDirectory.forCurrentUser();
    }

    /** Starts the desktop game and returns when its window closes. */
    public static void main(String[] args) {
        launch(InterleaveApp.class, args);
    }

    @Override
    protected void initSettings(GameSettings settings) {
        settings.setTitle(TITLE);
        settings.setVersion("0.1");
        settings.setWidth(WIDTH);
        settings.setHeight(HEIGHT);
        // The window is made resizable only once it is shown, in onPreInit: a stage that is
        // resizable from the start opens at 200x200 under some Linux window managers (JavaFX 21,
        // JDK-8316423), and FXGL would measure the window border against that wrong size.
        settings.setManualResizeEnabled(false);
        settings.setPreserveResizeRatio(true);

        // Interleave draws its own menus; FXGL's intro and default menus would sit in front of them.
        settings.setIntroEnabled(false);
        settings.setMainMenuEnabled(false);
        settings.setGameMenuEnabled(false);
        // while it starts, the game's own look rather than FXGL's logo (after StartSplash, before the menu)
        settings.setSceneFactory(new StartScenes());

        // The updater fetches FXGL's pom from the internet at start-up; a puzzle game must not.
        settings.getEngineServices().remove(UpdaterService.class);

        // FXGL's own files (logs/, system/) would land in whatever folder the game starts from;
        // the game keeps everything it saves in the player's data folder instead (DataDirectory).
        settings.setFileSystemWriteAllowed(false);
    }

    @Override
    protected void onPreInit() {
        if (!embedded) {
            var stage = FXGL.getPrimaryStage();
            stage.setResizable(true);
            if (stage.getScene() != null) {
                stage.getScene().setFill(Color.web("#15181e"));  // no white frame before the first scene
            }
        }
    }

    @Override
    protected void initUI() {
        // The system pointer rather than FXGL's image cursor: buttons show their hand cursor
        // over it, and headless (Monocle) toolkits cannot create image cursors at all.
        FXGL.getGameScene().setCursor(Cursor.DEFAULT);
        PlayerProfile profile = dataDirectory == null ? PlayerProfile.inMemory() : PlayerProfile.load(dataDirectory);
        shell = new GameShell(CampaignCatalog.fromClassPath(), verifier, profile, () -> FXGL.getGameController().exit());
        if (!embedded) {
            shell.audio().setOutput(new org.interleave.app.audio.FxglAudio());
            // an error that escapes the game shows in the game's theme and size, not on FXGL's error screen
            FatalError.install(shell, () -> FXGL.getGameController().exit());
        }
        fillWindow(shell);
        // the menu is in the window: the splash shown since the start goes once the FX thread is free for input
        javafx.application.Platform.runLater(StartSplash::close);
    }

    /**
     * Puts the shell straight into the window, at the window's size, and keeps it so as the window
     * resizes. FXGL's UI layer is scaled to keep its logical size's ratio (letterboxed, and at
     * about 95 % under a window manager that hides its title bar height); the game's screens lay
     * themselves out for any size from 1280×720 up, so they skip that scaling.
     */
    private static void fillWindow(GameShell shell) {
        javafx.scene.Scene scene = FXGL.getPrimaryStage().getScene();
        shell.prefWidthProperty().bind(scene.widthProperty());
        shell.prefHeightProperty().bind(scene.heightProperty());
        shell.maxWidthProperty().bind(scene.widthProperty());
        shell.maxHeightProperty().bind(scene.heightProperty());
        scene.setFill(Color.web("#15181e"));
        FXGL.getGameScene().getRoot().getChildren().add(shell);
    }

    /** The game's screens, once the UI is initialised (for tests). */
    public GameShell shell() {
        return shell;
    }
}
