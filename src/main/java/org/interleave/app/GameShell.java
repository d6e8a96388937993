package org.interleave.app;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.StackPane;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.interleave.app.custom.CustomLevelScreen;
import org.interleave.app.custom.CustomPack;
import org.interleave.app.custom.PackChapter;
import org.interleave.app.custom.PackWatcher;
import org.interleave.app.level.LevelScreen;
import org.interleave.app.level.VerificationModel;
import org.interleave.app.menu.MainMenuView;
import org.interleave.app.select.LevelSelectView;
import org.interleave.explore.CheckOptions;
import org.interleave.level.LevelFiles;

/**
 * The game's screens, one at a time: the main menu, the level select and a level. It only
 * navigates; each screen is a view of its own. Verifications run on the executor it is given.
 *
 * <p>It also holds the custom pack the player opened (a level file or a folder, from the menu or
 * dropped onto the window): the pack shows on the level select like a chapter, and a watcher
 * reloads it when its files change.
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

    /** Creates the shell showing the main menu; {@code quit} ends the game. */
    public GameShell(CampaignCatalog catalog, Executor verifier, Runnable quit) {
        this.catalog = catalog;
        this.verifier = verifier;
        this.quit = quit;
        getStyleClass().add("game-shell");
        setOnDragOver(this::dragOver);
        setOnDragDropped(this::dragDropped);
        showMenu();
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
        getChildren().setAll(screen);
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
