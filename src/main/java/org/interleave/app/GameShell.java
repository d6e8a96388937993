package org.interleave.app;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.interleave.app.audio.AudioLog;
import org.interleave.app.audio.GameAudio;
import org.interleave.app.audio.Tune;
import org.interleave.app.custom.CustomLevelScreen;
import org.interleave.app.custom.CustomPack;
import org.interleave.app.custom.GoFileScreen;
import org.interleave.app.custom.PackChapter;
import org.interleave.app.editor.LevelEditorView;
import org.interleave.app.level.DesignStore;
import org.interleave.app.level.Coach;
import org.interleave.app.level.LevelScreen;
import org.interleave.app.level.VerificationModel;
import org.interleave.app.menu.MainMenuView;
import org.interleave.app.projector.ProjectorKeys;
import org.interleave.app.projector.ProjectorMode;
import org.interleave.app.projector.ProjectorOverlay;
import org.interleave.app.projector.ProjectorStyler;
import org.interleave.app.select.LevelSelectView;
import org.interleave.app.select.Unlocks;
import org.interleave.app.settings.SettingsView;
import org.interleave.app.shared.CampaignCatalog;
import org.interleave.app.shared.Theme;
import org.interleave.app.shared.cast.Motion;
import org.interleave.explore.CheckOptions;
import org.interleave.level.save.Settings;

/**
 * The game's screens, one at a time — the main menu, the level select and a level — with dialogs
 * over them: the results of a cleared level, the settings, and messages. It navigates, records
 * each verification in the player's {@link PlayerProfile}, and shows every screen in the player's
 * theme and size. Verifications run on the executor it is given.
 *
 * <p>It also opens the custom pack the player chose (a level file or a folder, from the menu or
 * dropped onto the window), which shows on the level select like a chapter, and the level editor;
 * {@link CustomLevels} holds them. A break level clears when the player, as the scheduler, makes
 * its outcome happen; leaving a level that would lose a counterexample asks first.
 *
 * <p>Projector mode (F5, or the menu) styles whichever screen is shown for a classroom and lays
 * its overlay (blank screen, spotlight) over it; see {@link ProjectorKeys} for its keys.
 */
public final class GameShell extends StackPane {
    /** A custom level is recorded under its id with this prefix, so it never counts as a campaign level. */
    public static final String CUSTOM_PREFIX = "custom:";

    private final CampaignCatalog catalog;
    private final MapRoute mapRoute = new MapRoute(this);
    private final ChapterScenes scenes = new ChapterScenes(this);
    private final Clears clears;
    private final Executor verifier;
    private final Runnable quit;
    private final PlayerProfile profile;
    private final ShellMessages messages = new ShellMessages(this);
    private LongSupplier nanoTime = System::nanoTime;
    private Node screen;
    private Overlay dialog;
    private LevelScreen level;
    private final CustomLevels custom;
    private final ProjectorMode projector;
    private final ProjectorOverlay overlay;
    private final ProjectorKeys projectorKeys;
    private final PopupSizing popups;
    /** The game's sound; it plays nothing (a log) until the app gives it FXGL's audio. */
    private final GameAudio audio;
    /** The settings dialog changes settings too: projector mode goes on from them, and the look follows. */
    private final javafx.beans.value.ChangeListener<Settings> settingsChanged;

    /** Creates the shell showing the main menu with default settings, for a player whose data is kept in memory only. */
    public GameShell(CampaignCatalog catalog, Executor verifier, Runnable quit) {
        this(catalog, verifier, PlayerProfile.inMemory(Settings.defaults()), quit);
    }

    /** The shell showing the main menu, the player's data in memory; {@code saveSettings} hears every settings change. */
    public GameShell(CampaignCatalog catalog, Executor verifier, Runnable quit, Settings settings,
                     Consumer<Settings> saveSettings) {
        this(catalog, verifier, withSaver(PlayerProfile.inMemory(settings), saveSettings), quit);
    }

    private static PlayerProfile withSaver(PlayerProfile profile, Consumer<Settings> saveSettings) {
        profile.settingsProperty().addListener((o, a, s) -> saveSettings.accept(s));
        return profile;
    }

    /**
     * Creates the shell showing the main menu; {@code profile} holds and saves the player's
     * progress and settings; {@code quit} ends the game.
     */
    public GameShell(CampaignCatalog catalog, Executor verifier, PlayerProfile profile, Runnable quit) {
        this.catalog = catalog;
        this.verifier = verifier;
        this.quit = quit;
        this.profile = profile;
        this.audio = new GameAudio(new AudioLog(), profile.settingsProperty().get());
        this.clears = new Clears(this, audio);
        this.projector = new ProjectorMode(profile.settingsProperty().get(), profile::changeSettings);
        this.overlay = new ProjectorOverlay(projector);
        this.projectorKeys = new ProjectorKeys(projector, overlay,
                () -> currentLevelScreen() == null ? null : currentLevelScreen().reveal());
        getStyleClass().add("game-shell");
        this.custom = new CustomLevels(this, verifier);
        setOnDragOver(custom::dragOver);
        setOnDragDropped(custom::dragDropped);
        addEventFilter(KeyEvent.KEY_PRESSED, projectorKeys::handle);
        addEventFilter(KeyEvent.KEY_RELEASED, projectorKeys::handleRelease);
        addEventFilter(MouseEvent.MOUSE_MOVED, e -> overlay.pointerAt(e.getX(), e.getY()));
        addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> overlay.pointerAt(e.getX(), e.getY()));
        projector.enabledProperty().addListener((o, a, on) -> projectorChanged(on));
        projector.scaleProperty().addListener((o, a, s) -> restyle());
        // the text size follows the window too: a scale too large for it is capped (ProjectorMode)
        widthProperty().addListener((o, a, w) -> windowResized());
        heightProperty().addListener((o, a, h) -> windowResized());
        settingsChanged = (o, a, s) -> {
            projector.adopt(s);
            restyle();
            audio.apply(s);
        };
        profile.settingsProperty().addListener(settingsChanged);
        sceneProperty().addListener((o, a, scene) -> {
            if (scene != null && projector.enabledProperty().get()) {
                Platform.runLater(() -> ProjectorStyler.fullScreen(this, true));
            }
        });
        this.popups = new PopupSizing(this, () -> projector.rootFontPx(Theme.BASE_FONT_PX));
        showMenu();
        profile.setOnMessage(this::tell);
        // a medal must be backed by a design the game accepts: levels gain locks, seals and palettes
        profile.revalidateBests(catalog.entries().stream().map(CampaignCatalog.Entry::level).toList());
    }

    private void projectorChanged(boolean on) {
        if (on && screen instanceof Parent p) {
            ProjectorStyler.closeClutter(p);
        }
        restyle();
        ProjectorStyler.fullScreen(this, on);
        overlay.announce(on ? ProjectorKeys.HINT : "Projector mode off (F5)");
    }

    /**
     * None: the shell is the window. Its root sizes it before it restyles for a new text cap ({@link #layoutChildren}),
     * so a least height in the old size's text held it past the window's foot for a frame (1086 px in 1080 at 200 %).
     */
    @Override
    protected double computeMinWidth(double height) {
        return 0;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 0;
    }

    /** Whether the window's size changed since the shell last told projector mode ({@link #layoutChildren}). */
    private boolean resized;

    private void windowResized() {
        resized = true;
        requestLayout();
    }

    /**
     * Tells projector mode the window's size, once both sides of a resize are known, and restyles
     * for a text cap that changed with it before laying out what the shell shows: the pulse that
     * resized the shell lays its screen out in the text size it keeps. (Restyled in a task after
     * that pulse, one frame showed 48 px text, 200 %'s at 1920×1080, in a 1280×720 window.) Here the
     * shell has its new size and its children are not laid out yet in this pass; the styles are
     * worked out at once ({@link #restyle()}), so the layout that follows measures in the new size.
     */
    @Override
    protected void layoutChildren() {
        if (resized) {
            resized = false;
            if (projector.fitWindow(getWidth(), getHeight()) && projector.enabledProperty().get()) {
                restyle();
            }
        }
        super.layoutChildren();
    }

    /** Gives the screen shown and any dialog their look (projector mode's, or the theme and size); a level, the run speed. */
    void restyle() {
        restyle(true);
    }

    /**
     * Restyles; with {@code now}, a look that reaches inside the controls' skins (projector mode's
     * clutter, the light theme's nested roots) has the styles worked out at once so those are found
     * before the first frame. Without it (after a pulse, when every skin exists) nothing is worked
     * out here: a change of class is styled by the next pulse, once.
     */
    private void restyle(boolean now) {
        Settings s = profile.settingsProperty().get();
        Motion.put(this, new Motion(s.reduceMotion(), s.animationSpeed()));
        ShellLook.give(screen, null, projector, s, now);
        // the dialog itself too: inside its overlay's scroll it is out of reach of a lookup until that is skinned
        ShellLook.give(dialog, dialog == null ? null : dialog.dialog(), projector, s, now);
        LevelScreen shown = currentLevelScreen();
        if (shown != null) {
            shown.setAnimationSpeed(s.animationSpeed());
        }
    }

    private LevelScreen currentLevelScreen() {
        return level != null ? level : custom.levelScreen();
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
        Optional<CampaignCatalog.Entry> next = Unlocks.next(catalog, profile.progressProperty().get());
        MainMenuView menu = new MainMenuView(InterleaveApp.TITLE, InterleaveApp.SUBTITLE,
                LevelSelectView.summary(catalog) + " · from goroutines to pipelines",
                new MainMenuView.Actions(next.map(e -> e.label() + " " + e.level().title()).orElse(null),
                        () -> next.ifPresentOrElse(this::playLevel, this::showLevelSelect),
                        this::showLevelSelect, null, this::showSettings, () -> {
                            close();  // the game closes what it runs before it ends
                            quit.run();
                        }));
        custom.addMenuEntry(menu);
        menu.placeWithPlay(menu.addEntry("campaign-map", "Campaign map",
                "The course as a road of chapters: how far you have come, your gold medals, where you stand", this::showMap));
        menu.addEntry("level-editor", "Level editor",
                "Write a level: brief, goal, palette, the starting design and a reference solution; check both sides",
                () -> openEditor(null));
        Button projectorEntry = menu.addEntry("projector-mode",
                projector.enabledProperty().get() ? "Leave projector mode" : "Projector mode",
                "Full screen, large high-contrast text, a spotlight and clicker keys for a classroom (F5)",
                projector::toggle);
        projectorEntry.textProperty().bind(javafx.beans.binding.Bindings.when(projector.enabledProperty())
                .then("Leave projector mode").otherwise("Projector mode"));
        menu.addBelow(projectorEntry, org.interleave.app.projector.ProjectorScaleRow.of(projector));
        show(menu);
        Platform.runLater(menu::focusPlay);
    }

    /** Shows the level select, with the custom pack first if one is open. */
    public void showLevelSelect() {
        LevelSelectView select = new LevelSelectView(catalog, profile.progressProperty().get(), this::playLevel,
                this::showMenu);
        select.setOnLocked(this::askLocked);
        select.setOnMap(this::showMap);
        CustomPack pack = custom.pack();
        if (pack != null) {
            select.addFirst(new PackChapter(pack, custom::openLevel, custom::closePack));
        }
        show(select);
        if (!catalog.entries().isEmpty() || pack != null) {
            Platform.runLater(pack != null ? select::focusFirstLevel : select::focusNextLevel);
        }
    }

    /** Shows the campaign map. */
    public void showMap() {
        mapRoute.show();
    }

    /**
     * Opens a level of the campaign as the player asks for it (Play, the level select, the
     * results' Next, the map): the scene of its chapter first, when the player has not met it
     * ({@link ChapterScenes}).
     */
    public void playLevel(CampaignCatalog.Entry entry) {
        scenes.open(entry);
    }

    /** Opens a level of the campaign at once, without a scene (after one, and for tests and tours). */
    public void openLevel(CampaignCatalog.Entry entry) {
        LevelScreen screen = levelScreen(entry);
        show(screen);
        level = screen;
    }

    /**
     * A level screen wired to the game: its verifications are recorded (a clear shows the results), its settings
     * button opens the settings, it plays at the player's speed and uses the shell's clock to notice a stuck player.
     */
    LevelScreen levelScreen(CampaignCatalog.Entry entry) {
        VerificationModel verification = new VerificationModel(verifier, CheckOptions.BOUNDED, System::nanoTime);
        // a campaign level's design is kept in the player's profile; a custom level's for this session
        DesignStore designs = catalog.entries().contains(entry)
                ? DesignStore.of(profile::designs, profile::changeDesigns) : DesignStore.inMemory();
        LevelScreen opened = new LevelScreen(entry, verification, designs, this::showLevelSelect);
        opened.setClock(nanoTime);
        opened.setOnSettings(this::showSettings);
        opened.setAskLeave(this::askLeave);
        opened.setOnBroken(h -> clears.broken(opened, h));
        Coach.forEntry(catalog, entry).ifPresent(opened::setCoach);
        opened.setAnimationSpeed(profile.settingsProperty().get().animationSpeed());
        clears.follow(opened, verification);
        return opened;
    }

    /** Asks before leaving a level whose counterexample, schedule or coach's progress would be lost. */
    private void askLeave(Runnable leave) {
        ask(ShellDialogs.leave(this::closeDialog, closing(leave)));
    }

    /** Shows a question; its first button (the default) takes the focus. */
    private void ask(VBox box) {
        showDialog(box);
        Platform.runLater(() -> box.lookup(".button").requestFocus());
    }

    /** A locked level was chosen: says what opens it, and lets the player open it anyway. */
    private void askLocked(CampaignCatalog.Entry entry) {
        var progress = profile.progressProperty().get();
        String before = catalog.entries().stream().takeWhile(e -> !e.equals(entry))
                .filter(e -> !progress.level(e.level().id()).cleared())
                .map(e -> e.label() + " " + e.level().title()).findFirst().orElse("the levels before it");
        ask(ShellDialogs.locked(entry.label() + " " + entry.level().title(), before, this::closeDialog,
                closing(() -> playLevel(entry))));
    }

    /** Closes the dialog, then does {@code then}. */
    private Runnable closing(Runnable then) {
        return () -> {
            closeDialog();
            then.run();
        };
    }

    /** Shows the settings dialog over the current screen. */
    public void showSettings() {
        SettingsView view = new SettingsView(profile.settingsProperty().get(), profile::changeSettings,
                this::closeDialog, profile.saves() ? profile.directory().map(d -> d.root().toString()).orElse(null) : null);
        showDialog(view);
        Platform.runLater(view::focusFirst);
    }

    /** Shows a message for the player in a dialog (one at a time; the next shows when it closes). */
    public void tell(String message) {
        messages.add(message, dialog != null);
    }

    void showDialog(Region content) {
        getChildren().remove(dialog);  // the one shown, if any
        dialog = new Overlay(content, this::closeDialog);
        overlay.setDialogOpen(true);
        if (screen != null) {
            // keeps the focus (and Esc) inside the dialog: the screen behind takes no input
            screen.setDisable(true);
        }
        getChildren().add(getChildren().indexOf(overlay), dialog);
        restyle();
    }

    /** Closes the dialog shown, then shows the next message waiting, if any. */
    public void closeDialog() {
        if (dialog == null) {
            return;
        }
        getChildren().remove(dialog);
        dialog = null;
        overlay.setDialogOpen(false);
        if (screen != null) {
            screen.setDisable(false);
        }
        if (!messages.showNext() && screen != null) {
            screen.requestFocus();
        }
    }

    void show(Node screen) {
        if (level != null) {
            level.close();
            level = null;
        }
        custom.screenLeft();
        if (this.screen != null) {
            this.screen.setDisable(false);
        }
        this.screen = screen;
        audio.music(screen instanceof LevelScreen || screen instanceof CustomLevelScreen || screen instanceof LevelEditorView
                ? Tune.LEVEL : Tune.MENU);
        screen.setDisable(dialog != null);
        if (dialog != null) {
            getChildren().setAll(screen, dialog, overlay);
        } else {
            getChildren().setAll(screen, overlay);
        }
        restyle();
        // a screen that builds part of itself a moment later (the problems of a custom pack) gets the look too:
        // after a pulse its skins exist, so the look finds all of it without working out the styles again; a
        // shell not in a window yet (the game starting) is styled once it is
        if (getScene() == null) {
            Platform.runLater(this::restyle);
        } else {
            ShellLook.afterNextPulse(getScene(), () -> restyle(false));
        }
    }

    /**
     * Closes the game: what its screen runs stops (a level's checks, the custom pack's watcher thread,
     * which kept a dropped shell alive), it shows nothing and lets go of the profile, which may outlive it.
     */
    public void close() {
        if (level != null) {
            level.close();
            level = null;
        }
        custom.close();
        messages.clear();
        dialog = null;
        screen = null;
        getChildren().clear();
        profile.settingsProperty().removeListener(settingsChanged);
        profile.setOnMessage(null);
    }

    /** Opens a level file or a folder as the custom pack, watched for changes (see {@link CustomLevels}). */
    public void openCustom(Path path) {
        custom.open(path);
    }

    /** Opens a Go file as a level, with its source in the Go view (or its problems, if it is outside the subset). */
    public void openGoFile(Path path) {
        GoFileScreen screen = new GoFileScreen(path, this::levelScreen);
        show(screen);
        level = screen.levelScreen();
    }

    /** Opens a level of the custom pack, which reloads when its file changes. */
    public void openCustomLevel(CustomPack.File file) {
        custom.openLevel(file);
    }

    /** Opens the level editor on a level file, or a new level for null; false when the file is not JSON. */
    public boolean openEditor(Path file) {
        return custom.openEditor(file);
    }

    /** The level editor when it is shown, else null. */
    public LevelEditorView editor() {
        return custom.editor();
    }

    /** The custom pack as last loaded, or null. */
    public CustomPack pack() {
        return custom.pack();
    }

    /** Why the custom pack is not watched, or empty. */
    public String watchProblem() {
        return custom.watchProblem();
    }

    public CampaignCatalog catalog() {
        return catalog;
    }

    /** The clock levels use to notice a player who is stuck (tests pass a fake one). */
    public void setClock(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    public PlayerProfile profile() {
        return profile;
    }

    /** The game's sound. */
    public GameAudio audio() {
        return audio;
    }

    /** The screen shown under any dialog. */
    public Node screen() {
        return screen;
    }

    /** The dialog shown, if any. */
    public Optional<Node> dialog() {
        return Optional.ofNullable(dialog).map(Overlay::dialog);
    }
}
