package org.interleave.app;

import com.almasb.fxgl.app.scene.FXGLScene;
import com.almasb.fxgl.app.scene.LoadingScene;
import com.almasb.fxgl.app.scene.SceneFactory;
import com.almasb.fxgl.app.scene.StartupScene;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import org.interleave.app.shared.Fonts;

/**
 * The scenes FXGL shows while the game starts, in the game's look (the name, its line and
 * "starting…" on the theme's background) instead of FXGL's own logo and loading bar; they follow
 * {@link StartSplash}, which shows before JavaFX is up.
 */
final class StartScenes extends SceneFactory {
    @Override
    public StartupScene newStartup(int width, int height) {
        StartupScene scene = new StartupScene(width, height) { };
        dress(scene, width, height);
        return scene;
    }

    @Override
    public LoadingScene newLoadingScene() {
        LoadingScene scene = new LoadingScene() { };
        dress(scene, scene.getAppWidth(), scene.getAppHeight());
        return scene;
    }

    private static void dress(FXGLScene scene, double width, double height) {
        Fonts.load();
        Label title = label(InterleaveApp.TITLE, Font.font(Fonts.SANS, FontWeight.BOLD, 96), "#e8eaf0");
        Label line = label(InterleaveApp.SUBTITLE, Font.font(Fonts.SANS, 30), "#4fc3e8");
        Label starting = label("starting…", Font.font(Fonts.SANS, 22), "#a3abbd");
        VBox box = new VBox(14, title, line, starting);
        VBox.setMargin(starting, new javafx.geometry.Insets(36, 0, 0, 0));
        box.setAlignment(Pos.CENTER);
        box.setPrefSize(width, height);
        box.setStyle("-fx-background-color: #15181e;");
        scene.getContentRoot().getChildren().setAll(box);
        // the bars FXGL letterboxes its scenes with take the background too
        for (javafx.scene.shape.Rectangle bar : java.util.List.of(scene.getPaddingTop(), scene.getPaddingBot(),
                scene.getPaddingLeft(), scene.getPaddingRight())) {
            bar.setFill(Color.web("#15181e"));
        }
        scene.getRoot().setStyle("-fx-background-color: #15181e;");
    }

    private static Label label(String text, Font font, String colour) {
        Label l = new Label(text);
        l.setFont(font);
        l.setTextFill(Color.web(colour));
        return l;
    }
}
