package org.interleave.app.menu;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.interleave.app.Theme;

/** The main menu: the title, Play (to the level select) and Quit, and what the campaign holds. */
public final class MainMenuView extends VBox {
    private final TitleView title;
    private final Button play = new Button("Play");
    private final Button quit = new Button("Quit");
    private final Label summary = new Label();
    private final VBox buttons = new VBox();
    private final Runnable onPlay;
    private final Runnable onQuit;

    /**
     * Creates the menu; {@code campaignSummary} says what the campaign holds ("29 levels in 20
     * chapters"); the actions run on the FX thread.
     */
    public MainMenuView(String titleText, String subtitleText, String campaignSummary, Runnable onPlay,
                        Runnable onQuit) {
        this.title = new TitleView(titleText, subtitleText);
        this.onPlay = onPlay;
        this.onQuit = onQuit;
        summary.setText(campaignSummary);
        createView();
        initListeners();
    }

    private void createView() {
        Theme.apply(this, MainMenuView.class, "main-menu.css");
        getStyleClass().add("main-menu");
        setAlignment(Pos.CENTER);
        play.setId("play");
        play.getStyleClass().add("primary");
        play.setDefaultButton(true);
        quit.setId("quit");
        summary.setId("campaign-summary");
        summary.getStyleClass().add("campaign-summary");
        buttons.getChildren().setAll(play, quit);
        buttons.getStyleClass().add("menu-buttons");
        buttons.setAlignment(Pos.CENTER);
        getChildren().addAll(title, buttons, summary);
    }

    private void initListeners() {
        play.setOnAction(e -> onPlay.run());
        quit.setOnAction(e -> onQuit.run());
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
        if (tooltip != null) {
            b.setTooltip(new javafx.scene.control.Tooltip(tooltip));
        }
        buttons.getChildren().add(buttons.getChildren().indexOf(quit), b);
        return b;
    }

    /** Puts the keyboard focus on Play, so Enter starts the game. */
    public void focusPlay() {
        play.requestFocus();
    }
}
