package org.interleave.app.menu;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.interleave.app.shared.Theme;

/**
 * The main menu: the title; Play, which opens the level to play next at once; the level select;
 * Settings; entries the shell adds ({@link #addEntry}: Custom level…, projector mode); Quit; and
 * what the campaign holds.
 */
public final class MainMenuView extends VBox {
    /** What the menu's buttons do; each runs on the FX thread. {@code nextLevel} names the level Play opens. */
    public record Actions(String nextLevel, Runnable onContinue, Runnable onLevels, Runnable onCustom,
                          Runnable onSettings, Runnable onQuit) {}

    private final TitleView title;
    private final Button next = new Button();
    private final Button play = new Button("Choose a level");
    private final Button custom = new Button("Custom level…");
    private final Button settings = new Button("Settings");
    private final Button quit = new Button("Quit");
    private final Label summary = new Label();
    private final VBox buttons = new VBox();
    private final Actions actions;

    /** Creates the menu with only Play (to the level select) and Quit, as before there was progress. */
    public MainMenuView(String titleText, String subtitleText, String campaignSummary, Runnable onPlay,
                        Runnable onQuit) {
        this(titleText, subtitleText, campaignSummary, new Actions(null, onPlay, onPlay, null, null, onQuit));
    }

    /**
     * Creates the menu; {@code campaignSummary} says what the campaign holds ("29 levels in 20
     * chapters"). Buttons whose action is null are left out.
     */
    public MainMenuView(String titleText, String subtitleText, String campaignSummary, Actions actions) {
        this.title = new TitleView(titleText, subtitleText);
        this.actions = actions;
        summary.setText(campaignSummary);
        createView();
        initListeners();
    }

    private void createView() {
        Theme.apply(this, MainMenuView.class, "main-menu.css");
        getStyleClass().add("main-menu-screen");
        next.setId("continue");
        next.getStyleClass().addAll("primary", "menu-play");
        next.setDefaultButton(true);
        next.setText(actions.nextLevel() == null ? "▶ Play" : "▶ Play  ·  " + actions.nextLevel());
        play.setId("play");
        custom.setId("custom-level");
        settings.setId("settings");
        quit.setId("quit");
        summary.setId("campaign-summary");
        summary.getStyleClass().add("campaign-summary");
        buttons.getChildren().setAll(next);
        if (actions.nextLevel() != null) {
            buttons.getChildren().add(play);
        } else {
            // without a next level, Play is the level select itself
            next.setId("play");
        }
        if (actions.onCustom() != null) {
            buttons.getChildren().add(custom);
        }
        if (actions.onSettings() != null) {
            buttons.getChildren().add(settings);
        }
        buttons.getChildren().add(quit);
        buttons.getChildren().forEach(b -> ((Button) b).setMaxWidth(Double.MAX_VALUE));
        buttons.getStyleClass().add("menu-buttons");
        buttons.setAlignment(Pos.CENTER);
        buttons.setFillWidth(true);
        buttons.setMaxWidth(VBox.USE_PREF_SIZE);
        // the menu scrolls when it is taller than the window (projector mode at a large scale)
        VBox content = new VBox(title, buttons, summary);
        content.getStyleClass().add("main-menu");
        content.setAlignment(Pos.CENTER);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setId("menu-scroll");
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setFocusTraversable(false);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().add(scroll);
    }

    private void initListeners() {
        next.setOnAction(e -> actions.onContinue().run());
        play.setOnAction(e -> actions.onLevels().run());
        custom.setOnAction(e -> actions.onCustom().run());
        settings.setOnAction(e -> actions.onSettings().run());
        quit.setOnAction(e -> actions.onQuit().run());
    }

    /**
     * Adds a menu entry above Quit; {@code tooltip} says what it does and names its shortcut.
     *
     * @return the new entry's button
     */
    public Button addEntry(String id, String text, String tooltip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        b.setMaxWidth(Double.MAX_VALUE);
        if (tooltip != null) {
            b.setTooltip(new javafx.scene.control.Tooltip(tooltip));
        }
        buttons.getChildren().add(buttons.getChildren().indexOf(quit), b);
        return b;
    }

    /** Moves the entry {@code entry} up to stand right after Play and the levels, as a way into the course. */
    public void placeWithPlay(Button entry) {
        buttons.getChildren().remove(entry);
        Button after = buttons.getChildren().contains(play) ? play : next;
        buttons.getChildren().add(buttons.getChildren().indexOf(after) + 1, entry);
    }

    /** Puts {@code node} (a setting of that entry) right under the entry {@code entry}. */
    public void addBelow(Button entry, javafx.scene.Node node) {
        buttons.getChildren().add(buttons.getChildren().indexOf(entry) + 1, node);
    }

    /** Puts the keyboard focus on Play, so Enter starts the game. */
    public void focusPlay() {
        next.requestFocus();
    }
}
