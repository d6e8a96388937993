package org.interleave.app.select;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.interleave.app.CampaignCatalog;
import org.interleave.engine.model.Goal;

/** A level on the level select: its number, mode, title and concepts; pressing it opens the level. */
public final class LevelCard extends Button {
    private final CampaignCatalog.Entry entry;

    /** Creates the card of a campaign entry. */
    public LevelCard(CampaignCatalog.Entry entry) {
        this.entry = entry;
        createView();
    }

    private void createView() {
        getStyleClass().add("level-card");
        setId("level-" + entry.level().id());
        setAlignment(Pos.TOP_LEFT);

        Label number = new Label(entry.label());
        number.getStyleClass().add("level-number");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label mode = modeBadge(entry.level().mode());
        HBox top = new HBox(number, gap, mode);
        top.setAlignment(Pos.CENTER_LEFT);

        Label title = new Label(entry.level().title());
        title.getStyleClass().add("level-title");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        Label concepts = new Label(String.join(" · ", entry.level().concepts()));
        concepts.getStyleClass().add("level-concepts");
        concepts.setWrapText(true);
        concepts.setMinHeight(Region.USE_PREF_SIZE);

        VBox content = new VBox(top, title, concepts);
        content.getStyleClass().add("level-card-content");
        setGraphic(content);
        setText(null);
        setAccessibleText(entry.label() + " " + entry.level().title() + ", " + entry.level().mode().json()
                + " level about " + String.join(", ", entry.level().concepts()));
    }

    /** A badge naming a level's mode in a word with a symbol, tinted by mode. */
    public static Label modeBadge(Goal.Mode mode) {
        String text = switch (mode) {
            case BUILD -> "✚ build";
            case FIX -> "✎ fix";
            case BREAK -> "⚡ break";
        };
        Label badge = new Label(text);
        badge.getStyleClass().addAll("badge", "mode-" + mode.json());
        return badge;
    }

    public CampaignCatalog.Entry entry() {
        return entry;
    }
}
