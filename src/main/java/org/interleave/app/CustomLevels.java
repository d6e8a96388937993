package org.interleave.app;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import org.interleave.app.custom.CustomLevelScreen;
import org.interleave.app.custom.CustomPack;
import org.interleave.app.custom.PackWatcher;
import org.interleave.app.editor.BothSidesCheck;
import org.interleave.app.editor.LevelDraft;
import org.interleave.app.editor.LevelEditorView;
import org.interleave.app.level.LevelScreen;
import org.interleave.app.select.LevelSelectView;
import org.interleave.explore.CheckOptions;
import org.interleave.level.LevelFiles;

/**
 * The shell's custom levels and level editor: the pack the player opened (a level file or a
 * folder, from the menu or dropped onto the window) and the watcher that reloads it when its files
 * change, the custom level shown, and the editor with the way back to where it was opened from.
 */
final class CustomLevels {
    private final GameShell shell;
    private final Executor verifier;
    private CustomPack pack;
    private PackWatcher watcher;
    private CustomLevelScreen customLevel;
    private String watchProblem = "";
    private LevelEditorView editor;

    CustomLevels(GameShell shell, Executor verifier) {
        this.shell = shell;
        this.verifier = verifier;
        // menus and choice lists open inside the window even when the screen is larger (projector mode)
        org.interleave.app.shared.PopupFit.keepAllInside();
        // Save as… and PNG export, from any screen, ask in the game's own chooser
        org.interleave.playback.SaveDialog.install(shell, new org.interleave.playback.SaveDialog() {
            @Override
            public void ask(String title, Path folder, String fileName, java.util.function.Consumer<Path> then) {
                String suffix = fileName.endsWith(LevelFiles.SUFFIX) ? LevelFiles.SUFFIX
                        : fileName.contains(".") ? fileName.substring(fileName.lastIndexOf('.')) : "";
                FilePicker picker = picker(title, FilePicker.Kind.SAVE, suffix.isEmpty() ? List.of() : List.of(suffix),
                        folder, then);
                picker.suggestName(fileName);
            }

            @Override
            public void failed(String message) {
                shell.tell(message);
            }
        });
    }

    /** The shell shows another screen: the custom level or the editor shown until now stops what it runs. */
    void screenLeft() {
        if (customLevel != null) {
            customLevel.close();
            customLevel = null;
        }
        if (editor != null) {
            editor.close();
            editor = null;
        }
    }

    /** The main menu's "Custom level…" entry, whose menu opens a level file or a folder of them. */
    void addMenuEntry(org.interleave.app.menu.MainMenuView menu) {
        javafx.scene.control.Button entry = menu.addEntry("custom-level", "Custom level…",
                "Open a .level.json file, a folder of them, or a Go program (or drop one onto the window)", () -> { });
        javafx.scene.control.ContextMenu choices = new javafx.scene.control.ContextMenu(
                item("open-level-file", "Level file…", this::chooseFile),
                item("open-level-folder", "Folder (level pack)…", this::chooseFolder),
                item("open-go-file", "Open Go file…", this::chooseGoFile));
        entry.setOnAction(e -> {
            choices.show(entry, javafx.geometry.Side.RIGHT, 0, 0);
            org.interleave.app.shared.PopupFit.keepInside(choices);
        });
    }

    private static javafx.scene.control.MenuItem item(String id, String text, Runnable action) {
        javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }

    /** The level screen inside the custom level shown, or null. */
    LevelScreen levelScreen() {
        return customLevel != null ? customLevel.levelScreen() : null;
    }

    /** Asks, in the game's own chooser, for a level file and opens it as the custom pack. */
    void chooseFile() {
        pick("Open a level file", FilePicker.Kind.FILE, List.of(LevelFiles.SUFFIX, ".json"), this::open);
    }

    /** Asks for a folder of level files and opens it as the custom pack. */
    void chooseFolder() {
        pick("Open a folder of level files as a pack", FilePicker.Kind.FOLDER, List.of(), this::open);
    }

    /**
     * Shows the game's file chooser (themed, and always inside the window, unlike the system's on
     * a display without a window manager), starting in the folder last chosen from.
     */
    private void pick(String title, FilePicker.Kind kind, List<String> suffixes, java.util.function.Consumer<Path> then) {
        picker(title, kind, suffixes, null, then);
    }

    private FilePicker picker(String title, FilePicker.Kind kind, List<String> suffixes, Path folder,
                              java.util.function.Consumer<Path> then) {
        FilePicker picker = new FilePicker(title, kind, suffixes, folder != null ? folder : lastFolder, p -> {
            lastFolder = p.getParent();
            shell.closeDialog();
            then.accept(p);
        }, shell::closeDialog);
        shell.showDialog(picker);
        javafx.application.Platform.runLater(picker::focusList);
        return picker;
    }

    private Path lastFolder;

    void dragOver(DragEvent e) {
        if (e.getDragboard().hasFiles()) {
            e.acceptTransferModes(TransferMode.COPY_OR_MOVE);
            e.consume();
        }
    }

    void dragDropped(DragEvent e) {
        Dragboard board = e.getDragboard();
        List<File> files = board.hasFiles() ? board.getFiles() : List.of();
        if (!files.isEmpty()) {
            // after the drop finishes, so the drag source is not kept waiting on loading
            Path path = files.get(0).toPath();
            Platform.runLater(() -> {
                if (path.getFileName().toString().endsWith(".go")) {
                    shell.openGoFile(path);
                } else {
                    open(path);
                }
            });
        }
        e.setDropCompleted(!files.isEmpty());
        e.consume();
    }

    /**
     * Opens a level file or a folder as the custom pack and watches it: a single file that loads
     * opens at once; otherwise the level select shows the pack (with the problems of files that
     * do not load).
     */
    void open(Path path) {
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
            openLevel(pack.files().get(0));
        } else {
            shell.showLevelSelect();
        }
    }

    /** Opens a level of the custom pack, which reloads when its file changes. */
    void openLevel(CustomPack.File file) {
        CustomLevelScreen screen = new CustomLevelScreen(file, shell::levelScreen, () -> openEditor(file.path()));
        shell.show(screen);
        customLevel = screen;
        // a reload puts a new level screen inside: it gets the projector's look too
        screen.centerProperty().addListener((o, a, now) -> shell.restyle());
    }

    // ------------------------------------------------------------------ level editor

    /**
     * Opens the level editor on a level file, or on a new level when {@code file} is null.
     * Leaving it returns to the custom level it came from, else to the menu.
     *
     * @return false when the file could not be read as JSON (the editor does not open then)
     */
    boolean openEditor(Path file) {
        LevelDraft draft;
        try {
            draft = file == null ? new LevelDraft() : LevelEditorView.read(file);
        } catch (IOException e) {
            if (customLevel != null) {
                customLevel.showNote("Cannot edit " + file.getFileName() + ": " + e.getMessage());
            }
            return false;
        }
        Path from = file;
        LevelEditorView view = new LevelEditorView(draft, file,
                new BothSidesCheck(verifier, CheckOptions.BOUNDED, System::nanoTime),
                () -> leaveEditor(from), saved -> { });
        shell.show(view);
        editor = view;
        return true;
    }

    private void leaveEditor(Path from) {
        Path saved = editor == null || editor.file() == null ? from : editor.file();
        if (saved == null) {
            shell.showMenu();
            return;
        }
        if (pack != null) {
            // the pack as it is now: the watcher may not have seen the save yet
            CustomPack now = CustomPack.load(pack.source());
            var f = now.file(saved);
            if (f.isPresent() && f.get().ok()) {
                pack = now;
                openLevel(f.get());
                return;
            }
        }
        open(saved);
    }

    /** The level editor when it is shown, else null. */
    LevelEditorView editor() {
        return editor;
    }

    private void packReloaded(CustomPack reloaded) {
        if (pack != null && reloaded.files().equals(pack.files())) {
            return;  // a save that changed nothing (or several events for one save)
        }
        pack = reloaded;
        Node showing = shell.screen();
        if (showing == customLevel && customLevel != null) {
            customLevel.update(reloaded);
        } else if (showing instanceof LevelSelectView) {
            shell.showLevelSelect();
        }
    }

    /** The shell closes: the screen shown stops what it runs and the pack is no longer watched. */
    void close() {
        screenLeft();
        closeWatcher();
    }

    void closePack() {
        closeWatcher();
        pack = null;
        shell.showLevelSelect();
    }

    private void closeWatcher() {
        if (watcher != null) {
            watcher.close();
            watcher = null;
        }
    }

    /** The custom pack as last loaded, or null. */
    CustomPack pack() {
        return pack;
    }

    /** Why the custom pack is not watched, or empty. */
    String watchProblem() {
        return watchProblem;
    }

    /** Asks for a Go program and opens it as a level. */
    void chooseGoFile() {
        pick("Open a Go program", FilePicker.Kind.FILE, List.of(".go"), shell::openGoFile);
    }
}
