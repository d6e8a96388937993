package org.interleave.app.canvas;

import java.util.Collection;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

/**
 * The title of each goroutine card taller than the canvas whose top lies above the canvas's top
 * edge, pinned to that edge over the part of the card in view, as a list's section headers stick.
 * The pan that follows a run or a reveal keeps the op that ran in view, and no pan keeps it and
 * the title of a card taller than the canvas (projector mode at 1280×720: a 334 px canvas, cards
 * of 570 px and more): the player saw "work(2)" run without seeing whose card it was on.
 */
final class StickyTitles extends Pane {
    StickyTitles() {
        getStyleClass().add("sticky-titles");
        setManaged(false);
        setMouseTransparent(true);
        setPickOnBounds(false);
    }

    /** Pins the titles of {@code cards} that {@code canvas}'s top edge cuts, and only theirs. */
    void update(Region canvas, Collection<PartNode> cards) {
        getChildren().clear();
        for (PartNode n : cards) {
            if (!(n instanceof GoroutineNode g) || g.getScene() == null) {
                continue;
            }
            Bounds b = canvas.sceneToLocal(g.localToScene(g.getLayoutBounds()));
            if (b == null || b.getMinY() >= 0 || b.getMaxX() <= 0 || b.getMinX() >= canvas.getWidth()) {
                continue;
            }
            HBox tag = tag(g);
            tag.applyCss();
            double h = tag.prefHeight(-1);
            if (b.getMaxY() < h * 2) {
                continue;  // too little of the card in view to put its name over
            }
            tag.relocate(Math.max(0, b.getMinX()), 0);  // as wide as its name: the ops beside it stay in view
        }
    }

    private HBox tag(GoroutineNode g) {
        Region chip = new Region();
        chip.getStyleClass().add("goroutine-chip");
        chip.setStyle("-fx-background-color: " + g.colour() + ";");
        Label name = new Label(g.part().id());
        name.getStyleClass().add("goroutine-title");
        Label more = new Label("↑");
        more.getStyleClass().add("goroutine-sub");
        HBox tag = new HBox(chip, name, more);
        tag.setId("sticky-" + g.part().id());
        tag.getStyleClass().addAll("goroutine-head", "sticky-title");
        tag.setStyle("-goroutine-colour: " + g.colour() + ";");
        tag.setAlignment(Pos.CENTER_LEFT);
        getChildren().add(tag);
        return tag;
    }
}
