package org.interleave.app.menu;

import javafx.geometry.Pos;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;

/** The title screen: the game's name and what it is about, centred on the theme's background. */
public final class TitleView extends VBox {
    private final Text title = new Text();
    private final Text subtitle = new Text();

    /** Creates the view showing {@code titleText} above {@code subtitleText}. */
    public TitleView(String titleText, String subtitleText) {
        title.setText(titleText);
        subtitle.setText(subtitleText);
        createView();
    }

    private void createView() {
        getStyleClass().add("title-view");
        getStylesheets().add(TitleView.class.getResource("title-view.css").toExternalForm());
        setAlignment(Pos.CENTER);

        title.setId("title");
        title.getStyleClass().add("title");
        subtitle.setId("subtitle");
        subtitle.getStyleClass().add("subtitle");
        getChildren().addAll(title, subtitle);
    }
}
