package org.interleave.app.settings;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Slider;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.interleave.app.shared.Theme;
import org.interleave.level.save.Settings;

/**
 * The settings dialog: colour theme (dark or light), how fast runs play, whether the board moves
 * (reduce motion), and sound — on or muted, with master, music and effects volumes. Every change applies
 * and is saved at once, so there is nothing to confirm; Done (or Esc) closes it. (The size of the
 * UI is projector mode's: F5, then + and −.)
 */
public final class SettingsView extends VBox {
    /** The animation speeds offered, as multiples of normal. */
    public static final List<Double> SPEEDS = org.interleave.playback.RunModel.SPEEDS;

    private final ToggleGroup themes = new ToggleGroup();
    private final RadioButton dark = new RadioButton("Dark");
    private final RadioButton light = new RadioButton("Light");
    private final ComboBox<Double> speed = new ComboBox<>();
    private final CheckBox reduceMotion = new CheckBox("Reduce motion");
    private final CheckBox projectorEffects = new CheckBox("Effects in projector mode too");
    private final CheckBox sound = new CheckBox("Sound on");
    private final Slider master = volume("volume-master");
    private final Slider music = volume("volume-music");
    private final Slider effects = volume("volume-effects");
    private final Button done = new Button("Done");
    private final Label where = new Label();
    private Settings settings;

    /**
     * Creates the dialog showing {@code current}; {@code onChange} receives every changed
     * settings at once; {@code onDone} closes the dialog; {@code savedIn} says where settings are
     * kept (null: they are not saved).
     */
    public SettingsView(Settings current, Consumer<Settings> onChange, Runnable onDone, String savedIn) {
        this.settings = current;
        Theme.apply(this, SettingsView.class, "settings.css");
        getStyleClass().add("settings");
        setId("settings-dialog");

        Label title = new Label("Settings");
        title.getStyleClass().add("dialog-title");

        dark.setId("theme-dark");
        light.setId("theme-light");
        dark.setToggleGroup(themes);
        light.setToggleGroup(themes);
        (current.theme() == Settings.Theme.LIGHT ? light : dark).setSelected(true);
        HBox themeChoice = new HBox(dark, light);
        themeChoice.getStyleClass().add("choice-row");

        speed.setId("animation-speed");
        speed.getItems().setAll(SPEEDS);
        double s = current.animationSpeed();
        if (!SPEEDS.contains(s)) {
            speed.getItems().add(s);
            speed.getItems().sort(Double::compare);
        }
        speed.setValue(s);
        speed.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Double v) {
                return v == null ? "" : speedText(v);
            }

            @Override
            public Double fromString(String text) {
                return settings.animationSpeed();
            }
        });

        GridPane grid = new GridPane();
        grid.getStyleClass().add("settings-grid");
        grid.addRow(0, label("Theme"), themeChoice);
        grid.addRow(1, label("Animation speed of runs"), speed);
        reduceMotion.setId("reduce-motion");
        reduceMotion.setSelected(current.reduceMotion());
        grid.addRow(2, label("Motion"), reduceMotion);
        sound.setId("sound-on");
        sound.setSelected(current.sound());
        grid.addRow(3, label("Sound"), sound);
        master.setValue(current.masterVolume());
        music.setValue(current.musicVolume());
        effects.setValue(current.effectsVolume());
        grid.addRow(4, label("Master volume"), master);
        grid.addRow(5, label("Music"), music);
        grid.addRow(6, label("Effects"), effects);
        projectorEffects.setId("projector-effects");
        projectorEffects.setSelected(current.projectorEffects());
        projectorEffects.setWrapText(true);
        projectorEffects.setTooltip(new javafx.scene.control.Tooltip(
                "Off by default: a classroom hears the teacher, not the clicks"));
        if (current.projectorMode()) {
            grid.add(projectorEffects, 1, 7);
        }
        for (javafx.scene.Node v : new javafx.scene.Node[] {master, music, effects, projectorEffects}) {
            v.disableProperty().bind(sound.selectedProperty().not());
        }

        where.setId("settings-where");
        where.getStyleClass().add("muted");
        where.setWrapText(true);
        where.setText(savedIn == null ? "Settings apply now but are not saved in this session."
                : "Changes apply at once and are saved in " + fromHome(savedIn, System.getProperty("user.home")) + ".");

        done.setId("settings-done");
        done.getStyleClass().add("primary");
        done.setDefaultButton(true);
        done.setOnAction(e -> onDone.run());
        HBox buttons = new HBox(done);
        buttons.getStyleClass().add("dialog-buttons");
        buttons.setAlignment(Pos.CENTER_RIGHT);

        // Done stays in view under the rest, which scrolls when the window is too short (projector mode)
        org.interleave.app.shared.ButtonsInView.layOut(this, buttons, title, grid, where);

        themes.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                themes.selectToggle(old);
                return;
            }
            change(settings.withTheme(now == light ? Settings.Theme.LIGHT : Settings.Theme.DARK), onChange);
        });
        speed.valueProperty().addListener((obs, old, v) -> {
            if (v != null) {
                change(settings.withAnimationSpeed(v), onChange);
            }
        });
        reduceMotion.selectedProperty().addListener((obs, old, on) -> change(settings.withReduceMotion(on), onChange));
        sound.selectedProperty().addListener((obs, old, on) -> change(settings.withSound(on), onChange));
        master.valueProperty().addListener((obs, old, v) -> change(settings.withMasterVolume(v.intValue()), onChange));
        music.valueProperty().addListener((obs, old, v) -> change(settings.withMusicVolume(v.intValue()), onChange));
        effects.valueProperty().addListener((obs, old, v) -> change(settings.withEffectsVolume(v.intValue()), onChange));
        projectorEffects.selectedProperty().addListener((obs, old, on) -> change(settings.withProjectorEffects(on), onChange));
    }

    private void change(Settings changed, Consumer<Settings> onChange) {
        settings = changed;
        onChange.accept(changed);
    }

    /** A volume slider, 0–100 % in whole steps. */
    private static Slider volume(String id) {
        Slider s = new Slider(0, 100, 0);
        s.setId(id);
        s.setBlockIncrement(10);
        s.setMajorTickUnit(25);
        s.setSnapToTicks(false);
        s.valueProperty().addListener((obs, old, v) -> {
            if (v.doubleValue() != Math.rint(v.doubleValue())) {
                s.setValue(Math.rint(v.doubleValue()));
            }
        });
        return s;
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("setting-label");
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);  // the controls beside it give way, not its words
        return l;
    }

    /** "1×", "0.5×". */
    public static String speedText(double v) {
        return (v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v)) + "×" + (v == 1.0 ? " (normal)" : "");
    }

    /**
     * {@code folder} as a player reads it: a folder under their home folder {@code home} starts
     * {@code ~} (~/.local/share/interleave), which names no account and fits the line.
     */
    static String fromHome(String folder, String home) {
        if (home == null || home.isBlank()) {
            return folder;
        }
        Path path = Path.of(folder);
        Path under = Path.of(home);
        return path.startsWith(under) && !path.equals(under)
                ? "~" + File.separator + under.relativize(path) : folder;
    }

    /** Puts the focus on the theme choice. */
    public void focusFirst() {
        (light.isSelected() ? light : dark).requestFocus();
    }

    /** The settings as the dialog has them now. */
    public Settings settings() {
        return settings;
    }
}
