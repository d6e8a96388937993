package org.interleave.app;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.StackPane;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.interleave.app.custom.CustomLevelScreen;
import org.interleave.app.custom.CustomPack;
import org.interleave.app.custom.PackChapter;
import org.interleave.app.custom.PackWatcher;
import org.interleave.app.level.LevelScreen;
import org.interleave.app.level.VerificationModel;
import org.interleave.app.menu.MainMenuView;
import org.interleave.app.projector.ProjectorKeys;
import org.interleave.app.projector.ProjectorMode;
import org.interleave.app.projector.ProjectorOverlay;
import org.interleave.app.projector.ProjectorStyler;
import org.interleave.app.select.LevelSelectView;
import org.interleave.explore.CheckOptions;
import org.interleave.level.LevelFiles;
import org.interleave.level.save.Settings;
import org.interleave.playback.RevealModel;

/**
 * The game's screens, one at a time: the main menu, the level select and a level. It only
 * navigates; each screen is a view of its own. Verifications run on the executor it is given.
 *
 * <p>It also holds the custom pack the player opened (a level file or a folder, from the menu or
 * dropped onto the window): the pack shows on the level select like a chapter, and a watcher
 * reloads it when its files change.
 *
 * <p>Projector mode (F5, or the menu) styles whichever screen is shown for a classroom and lays
 * its overlay (blank screen, spotlight) over it; see {@link ProjectorKeys} for its keys.
 */
public final class GameShell extends StackPane {
    private final CampaignCatalog catalog;
    private final Executor verifier;
    private final Runnable quit;
    private LevelScreen level;
    private CustomPack pack;
    private PackWatcher watcher;
    private CustomLevelScreen customLevel;
    private String watchProblem = "";
    private final ProjectorMode projector;
    private final ProjectorOverlay overlay;
    private final ProjectorKeys projectorKeys;

    /** Creates the shell showing the main menu with default settings; {@code quit} ends the game. */
    public GameShell(CampaignCatalog catalog, Executor verifier, Runnable quit) {
        this(catalog, verifier, quit, Settings.defaults(), s -> { });
    }

    /**
     * Creates the shell showing the main menu; {@code quit} ends the game, {@code saveSettings}
     * stores the settings whenever the player changes them (projector mode, UI scale, speed).
     */
    public GameShell(CampaignCatalog catalog, Executor verifier, Runnable quit, Settings settings,
                     Consumer<Settings> saveSettings) {
        this.catalog = catalog;
        this.verifier = verifier;
        this.quit = quit;
        this.projector = new ProjectorMode(settings, saveSettings);
        this.overlay = new ProjectorOverlay(projector);
        this.projectorKeys = new ProjectorKeys(projector, overlay, this::currentReveal);
        getStyleClass().add("game-shell");
        setOnDragOver(this::dragOver);
        setOnDragDropped(this::dragDropped);
        addEventFilter(KeyEvent.KEY_PRESSED, projectorKeys::handle);
        addEventFilter(KeyEvent.KEY_RELEASED, projectorKeys::handleRelease);
        addEventFilter(MouseEvent.MOUSE_MOVED, e -> overlay.pointerAt(e.getX(), e.getY()));
        addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> overlay.pointerAt(e.getX(), e.getY()));
        projector.enabledProperty().addListener((o, a, on) -> projectorChanged(on));
        projector.scaleProperty().addListener((o, a, s) -> restyle());
        sceneProperty().addListener((o, a, scene) -> {
            if (scene != null && projector.enabledProperty().get()) {
                Platform.runLater(() -> fullScreen(true));
            }
        });
        showMenu();
    }

    private void projectorChanged(boolean on) {
        restyle();
        fullScreen(on);
        overlay.announce(on ? "Projector mode · F5 leaves · B blanks · L spotlight · S slow motion · +/− scale"
                : "Projector mode off (F5)");
    }

    private void fullScreen(boolean on) {
        if (window() instanceof Stage stage && stage.isFullScreen() != on) {
            stage.setFullScreenExitHint("");
            stage.setFullScreen(on);
        }
    }

    /** Gives the screen shown now projector mode's look, or the normal one. */
    private void restyle() {
        if (!getChildren().isEmpty() && getChildren().get(0) instanceof Parent screen) {
            ProjectorStyler.apply(screen, projector);
        }
    }

    private RevealModel currentReveal() {
        if (level != null) {
            return level.reveal();
        }
        return customLevel != null ? customLevel.levelScreen().reveal() : null;
    }

    /** Projector mode's state (on or off, scale, blank, spotlight, slow motion). */
    public ProjectorMode projector() {
        return projector;
    }

    /** What projector mode lays over the screens. */
    public ProjectorOverlay projectorOverlay() {
        return overlay;
    }

    /** Shows the main menu. */
    public void showMenu() {
        MainMenuView menu = new MainMenuView(InterleaveApp.TITLE, InterleaveApp.SUBTITLE,
                LevelSelectView.summary(catalog) + " · from goroutines to pipelines", this::showLevelSelect, quit);
        Button custom = menu.addEntry("custom-level", "Custom level…",
                "Open a .level.json file or a folder of them (or drop one onto the window)", () -> { });
        ContextMenu choices = new ContextMenu(item("open-level-file", "Level file…", this::chooseFile),
                item("open-level-folder", "Folder (level pack)…", this::chooseFolder));
        custom.setOnAction(e -> choices.show(custom, Side.RIGHT, 0, 0));
        Button projectorEntry = menu.addEntry("projector-mode",
                projector.enabledProperty().get() ? "Leave projector mode" : "Projector mode",
                "Full screen, large high-contrast text, a spotlight and clicker keys for a classroom (F5)",
                projector::toggle);
        projectorEntry.textProperty().bind(javafx.beans.binding.Bindings.when(projector.enabledProperty())
                .then("Leave projector mode").otherwise("Projector mode"));
        show(menu);
        Platform.runLater(menu::focusPlay);
    }

    private static MenuItem item(String id, String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }

    /** Shows the level select, with the custom pack first if one is open. */
    public void showLevelSelect() {
        LevelSelectView select = new LevelSelectView(catalog, this::openLevel, this::showMenu);
        if (pack != null) {
            select.addFirst(new PackChapter(pack, this::openCustomLevel, this::closePack));
        }
        show(select);
        if (!catalog.entries().isEmpty() || pack != null) {
            Platform.runLater(select::focusFirstLevel);
        }
    }

    /** Opens a level of the campaign. */
    public void openLevel(CampaignCatalog.Entry entry) {
        LevelScreen screen = levelScreen(entry);
        show(screen);
        level = screen;
    }

    private LevelScreen levelScreen(CampaignCatalog.Entry entry) {
        VerificationModel verification = new VerificationModel(verifier, CheckOptions.DEFAULT, System::nanoTime);
        return new LevelScreen(entry, verification, this::showLevelSelect);
    }

    private void show(Node screen) {
        if (level != null) {
            level.close();
            level = null;
        }
        if (customLevel != null) {
            customLevel.close();
            customLevel = null;
        }
        getChildren().setAll(screen, overlay);
        if (screen instanceof Parent p) {
            ProjectorStyler.apply(p, projector);
        }
    }

    // ------------------------------------------------------------------ custom levels

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a level file");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Level files (*" + LevelFiles.SUFFIX + ")", "*" + LevelFiles.SUFFIX),
                new FileChooser.ExtensionFilter("JSON files (*.json)", "*.json"));
        File f = chooser.showOpenDialog(window());
        if (f != null) {
            openCustom(f.toPath());
        }
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open a folder of level files as a pack");
        File f = chooser.showDialog(window());
        if (f != null) {
            openCustom(f.toPath());
        }
    }

    private void dragOver(DragEvent e) {
        if (e.getDragboard().hasFiles()) {
            e.acceptTransferModes(TransferMode.COPY_OR_MOVE);
            e.consume();
        }
    }

    private void dragDropped(DragEvent e) {
        Dragboard board = e.getDragboard();
        List<File> files = board.hasFiles() ? board.getFiles() : List.of();
        if (!files.isEmpty()) {
            // after the drop finishes, so the drag source is not kept waiting on loading
            Path path = files.get(0).toPath();
            Platform.runLater(() -> openCustom(path));
        }
        e.setDropCompleted(!files.isEmpty());
        e.consume();
    }

    /**
     * Opens a level file or a folder as the custom pack and watches it: a single file that loads
     * opens at once; otherwise the level select shows the pack (with the problems of files that
     * do not load).
     */
    public void openCustom(Path path) {
        closeWatcher();
        pack = CustomPack.load(path);
        watchProblem = "";
        try {
            watcher = PackWatcher.start(pack, this::packReloaded, Platform::runLater,
                    PackWatcher.DEFAULT_DEBOUNCE_MILLIS);
        } catch (IOException e) {
            watchProblem = "cannot watch " + pack.folder() + " for changes: " + e.getMessage();
        }
        if (!pack.isFolder() && pack.files().size() == 1 && pack.files().get(0).ok()) {
            openCustomLevel(pack.files().get(0));
        } else {
            showLevelSelect();
        }
    }

    /** Opens a level of the custom pack, which reloads when its file changes. */
    public void openCustomLevel(CustomPack.File file) {
        CustomLevelScreen screen = new CustomLevelScreen(file,
                entry -> new LevelScreen(entry, new VerificationModel(verifier, CheckOptions.DEFAULT, System::nanoTime),
                        this::showLevelSelect),
                () -> { });
        show(screen);
        customLevel = screen;
        // a reload puts a new level screen inside: it gets the projector's look too
        screen.centerProperty().addListener((o, a, now) -> restyle());
    }

    private void packReloaded(CustomPack reloaded) {
        if (pack != null && reloaded.files().equals(pack.files())) {
            return;  // a save that changed nothing (or several events for one save)
        }
        pack = reloaded;
        Node showing = getChildren().isEmpty() ? null : getChildren().get(0);
        if (showing == customLevel && customLevel != null) {
            customLevel.update(reloaded);
        } else if (showing instanceof LevelSelectView) {
            showLevelSelect();
        }
    }

    private void closePack() {
        closeWatcher();
        pack = null;
        showLevelSelect();
    }

    private void closeWatcher() {
        if (watcher != null) {
            watcher.close();
            watcher = null;
        }
    }

    /** The custom pack as last loaded, or null. */
    public CustomPack pack() {
        return pack;
    }

    /** Why the custom pack is not watched, or empty. */
    public String watchProblem() {
        return watchProblem;
    }

    public CampaignCatalog catalog() {
        return catalog;
    }
}
