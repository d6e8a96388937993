package org.interleave.app.story;

import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.interleave.app.shared.Theme;
import org.interleave.app.shared.cast.Creature;
import org.interleave.app.shared.cast.Pose;

/**
 * A chapter's opening scene: its number and title, its cast as creatures on a little stage, and
 * two or three sentences in plain words. "Play" (Enter) goes on to the level; "Skip" does the
 * same without reading, and so does Esc, which closes the dialog — a scene never stands between
 * the player and the game.
 */
public final class StoryView extends VBox {
    /** Okabe–Ito, as the canvas colours goroutines, so a cast looks like the designs it stands for. */
    private static final List<String> COLOURS = List.of("#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2",
            "#D55E00", "#CC79A7");

    private final Button play = new Button("Play ▶");
    private final Button skip = new Button("Skip");
    private boolean done;

    /** The scene {@code story} of chapter {@code number}; {@code onDone} runs on Play and on Skip alike. */
    public StoryView(int number, ChapterStory story, Runnable onDone) {
        Theme.apply(this, StoryView.class, "story.css");
        getStyleClass().add("story");
        setId("story");
        Label over = new Label("Chapter " + number);
        over.getStyleClass().add("story-over");
        Label title = new Label(story.chapter());
        title.getStyleClass().addAll("dialog-title", "story-title");

        HBox stage = new HBox();
        stage.getStyleClass().add("story-stage");
        stage.setAlignment(Pos.BOTTOM_CENTER);
        for (int i = 0; i < story.cast().size(); i++) {
            String name = story.cast().get(i);
            Creature c = new Creature(name, COLOURS.get(i % COLOURS.size()));
            c.setScaleX(1.6);
            c.setScaleY(1.6);
            c.show(i == 0 ? Pose.RUNNING : Pose.READY);
            Label label = new Label(name);
            label.getStyleClass().add("story-name");
            VBox figure = new VBox(new javafx.scene.Group(c), label);
            figure.setAlignment(Pos.BOTTOM_CENTER);
            figure.getStyleClass().add("story-figure");
            stage.getChildren().add(figure);
        }

        Label text = new Label(story.text());
        text.setId("story-text");
        text.getStyleClass().add("story-text");
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);

        play.setId("story-play");
        play.setDefaultButton(true);
        play.getStyleClass().add("accent");
        skip.setId("story-skip");
        skip.setCancelButton(true);
        skip.getStyleClass().add("flat");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(skip, gap, play);
        buttons.getStyleClass().add("dialog-buttons");
        buttons.setAlignment(Pos.CENTER_RIGHT);

        // Play stays in view under the scene, which scrolls when the window is too short (projector mode)
        org.interleave.app.shared.ButtonsInView.layOut(this, buttons, over, title, stage, text);
        Runnable once = () -> {
            if (!done) {
                done = true;
                onDone.run();
            }
        };
        play.setOnAction(e -> once.run());
        skip.setOnAction(e -> once.run());
        // Esc closes the dialog it sits in: closed any way, the scene goes on to the level — once
        // the change that took it away is over (a parent's children cannot change inside their change)
        sceneProperty().addListener((o, was, now) -> {
            if (was != null && now == null) {
                Platform.runLater(once);
            }
        });
        Platform.runLater(play::requestFocus);
    }
}
