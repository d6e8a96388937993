package org.interleave.app.custom;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.interleave.app.shared.CampaignCatalog;
import org.interleave.app.shared.Theme;
import org.interleave.app.level.LevelScreen;
import org.interleave.level.Diagnosis;
import org.interleave.level.Problem;

/**
 * A level opened from a file: the level screen of its last good version, under a bar that names
 * the file, says it is watched, and offers Edit. When the file changes, {@link #update} shows the
 * new version, or — if the file no longer loads — its problems above the level, which keeps
 * working as it was.
 */
public final class CustomLevelScreen extends BorderPane {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final Function<CampaignCatalog.Entry, LevelScreen> screens;
    private final Label file = new Label();
    private final Label status = new Label();
    private final Button edit = new Button("Edit");
    private final ProblemsView problems = new ProblemsView();
    private final ScrollPane problemsScroll = new ScrollPane(problems);
    private CustomPack.File current;
    private LevelScreen screen;

    /**
     * Shows a file of a pack that loaded; {@code screens} makes the level screen of a version,
     * {@code onEdit} opens the file in the level editor.
     */
    public CustomLevelScreen(CustomPack.File loaded, Function<CampaignCatalog.Entry, LevelScreen> screens,
                             Runnable onEdit) {
        if (!loaded.ok()) {
            throw new IllegalArgumentException("a custom level screen starts from a file that loaded");
        }
        this.screens = screens;
        createView();
        edit.setOnAction(e -> onEdit.run());
        current = loaded;
        showLevel(loaded);
        status.setText("Watching the file: save it in any editor and the level reloads.");
    }

    private void createView() {
        Theme.apply(this, CustomLevelScreen.class, "custom-level.css");
        getStyleClass().add("custom-level-screen");
        Label badge = new Label("CUSTOM");
        badge.getStyleClass().addAll("badge", "custom-badge");
        file.setId("custom-file");
        file.getStyleClass().addAll("custom-file", "code");
        file.setMinWidth(Region.USE_PREF_SIZE);
        status.setId("reload-status");
        status.getStyleClass().add("muted");
        status.setMinWidth(0);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        edit.setId("edit-level");
        edit.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(badge, file, status, gap, edit);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("custom-bar");
        problems.setId("load-problems");
        problemsScroll.setFitToWidth(true);
        problemsScroll.getStyleClass().add("problems-scroll");
        problemsScroll.setVisible(false);
        problemsScroll.setManaged(false);
        setTop(new VBox(bar, problemsScroll));
    }

    private void showLevel(CustomPack.File f) {
        if (screen != null) {
            screen.close();
        }
        screen = screens.apply(f.entry());
        file.setText(f.path().getFileName().toString());
        setCenter(screen);
    }

    /**
     * Shows the file as it is now in {@code pack}: its new version if it loads, else its problems
     * (or that it is gone) while the last good version stays playable.
     */
    public void update(CustomPack pack) {
        CustomPack.File f = pack.file(current.path()).orElse(null);
        String time = LocalTime.now().format(TIME);
        if (f != null && f.ok()) {
            boolean wasBroken = showsProblems();
            problemsScroll.setVisible(false);
            problemsScroll.setManaged(false);
            boolean changed = !f.entry().level().equals(current.entry().level());
            current = f;
            if (changed) {
                status.setText("Reloaded at " + time + ".");
                showLevel(f);
            } else if (wasBroken) {
                status.setText("Loads again at " + time + ", as the version shown.");
            }
            return;
        }
        List<Diagnosis> shown = f != null ? f.problems() : List.of(Diagnosis.of(new Problem(
                current.path().toString(), 1, 1, "the file is gone: it was moved or deleted"), (String) null));
        problems.show(current.path().getFileName().toString(), shown,
                "The level below keeps its last good version until the file loads again.");
        problemsScroll.setVisible(true);
        problemsScroll.setManaged(true);
        status.setText("Changed at " + time + " — not loaded.");
    }

    /** Shows a note in the bar (something the game could not do). */
    public void showNote(String text) {
        status.setText(text);
    }

    /** The level screen of the version shown now. */
    public LevelScreen levelScreen() {
        return screen;
    }

    /** The file as last loaded. */
    public CustomPack.File file() {
        return current;
    }

    /** Whether the file's problems are shown. */
    public boolean showsProblems() {
        return problemsScroll.isVisible();
    }

    /** Stops the level's verification (the screen is being left). */
    public void close() {
        screen.close();
    }
}
