package org.interleave.app.map;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Arc;
import javafx.scene.shape.ArcType;
import javafx.scene.shape.Circle;
import org.interleave.app.rewards.Medal;
import org.interleave.app.shared.CampaignCatalog;
import org.interleave.level.save.LevelProgress;
import org.interleave.level.save.Progress;

/**
 * A chapter on the campaign map: a round station with the chapter's number, a ring that fills as
 * its levels are cleared, its title, how many of its levels are cleared and its gold medals (★).
 * A chapter none of whose levels is open yet is locked (dimmed, with a padlock); pressing an open
 * station enters the chapter.
 */
public final class ChapterStation extends Button {
    private final CampaignCatalog.Chapter chapter;
    private final int cleared;
    private final int golds;
    private final boolean open;
    private final Label title = new Label();

    /** The station of {@code chapter} for a player with {@code progress}; {@code open} if any of its levels is open. */
    public ChapterStation(CampaignCatalog.Chapter chapter, Progress progress, boolean open) {
        this.chapter = chapter;
        this.open = open;
        int c = 0;
        int g = 0;
        for (CampaignCatalog.Entry e : chapter.levels()) {
            LevelProgress p = progress.level(e.level().id());
            if (p.cleared()) {
                c++;
                g += Medal.golds(e.level(), p.bestScore().orElse(null));
            }
        }
        this.cleared = c;
        this.golds = g;
        createView();
    }

    private void createView() {
        getStyleClass().add("chapter-station");
        setId("chapter-" + chapter.number());
        int total = chapter.levels().size();
        Circle disc = new Circle(DISC);
        disc.getStyleClass().add("station-disc");
        Arc ring = new Arc(0, 0, TRACK, TRACK, 90, -360.0 * cleared / Math.max(1, total));
        ring.setType(ArcType.OPEN);
        ring.getStyleClass().add("station-ring");
        Circle track = new Circle(TRACK);
        track.getStyleClass().add("station-track");
        Label number = new Label(String.valueOf(chapter.number()));
        number.getStyleClass().add("station-number");
        javafx.scene.Node mark = open ? number : padlock();
        StackPane badge = new StackPane(track, ring, disc, mark);
        badge.getStyleClass().add("station-badge");
        // the badge grows with the text size (projector mode), as the title and number under it do
        fontProperty().addListener((o, was, font) -> sizeBadge(disc, track, ring, mark));
        sizeBadge(disc, track, ring, mark);

        title.setText(chapter.title());
        title.getStyleClass().add("station-title");
        title.setWrapText(true);
        title.setAlignment(Pos.CENTER);
        title.setMinHeight(Region.USE_PREF_SIZE);
        title.setMaxWidth(Double.MAX_VALUE);
        Label record = new Label(cleared + "/" + total + (golds > 0 ? "  ★ " + golds : ""));
        record.setId("chapter-record-" + chapter.number());
        record.getStyleClass().add("station-record");
        record.setMinWidth(Region.USE_PREF_SIZE);
        record.setMinHeight(Region.USE_PREF_SIZE);
        VBox content = new VBox(badge, title, record);
        content.setAlignment(Pos.TOP_CENTER);
        content.setFillWidth(true);
        content.getStyleClass().add("station-content");
        setGraphic(content);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        if (!open) {
            getStyleClass().add("locked");
        } else if (cleared == total) {
            getStyleClass().add("complete");
        }
        setAccessibleText("Chapter " + chapter.number() + ", " + chapter.title() + ": " + cleared + " of " + total
                + " levels cleared" + (golds > 0 ? ", " + golds + " gold medals" : "") + (open ? "" : ", locked"));
    }

    /** The badge's size for a font of {@code BASE_FONT} px: the disc's radius, and the ring's round it. */
    private static final double DISC = 26;
    private static final double TRACK = 31;
    private static final double BASE_FONT = 15;

    /** How much larger than at the base text size the badge is drawn: never smaller, larger with larger text. */
    double badgeScale() {
        return Math.max(1, getFont().getSize() / BASE_FONT);
    }

    private void sizeBadge(Circle disc, Circle track, Arc ring, javafx.scene.Node mark) {
        double k = badgeScale();
        disc.setRadius(DISC * k);
        track.setRadius(TRACK * k);
        ring.setRadiusX(TRACK * k);
        ring.setRadiusY(TRACK * k);
        if (mark instanceof javafx.scene.Group lock) {
            lock.setScaleX(k);
            lock.setScaleY(k);
        }
    }

    /** A padlock drawn from shapes (an emoji may be missing from the fonts a machine has). */
    private static javafx.scene.Group padlock() {
        Arc shackle = new Arc(0, 0, 6, 7, 0, 180);
        shackle.setType(ArcType.OPEN);
        shackle.getStyleClass().add("station-shackle");
        javafx.scene.shape.Rectangle box = new javafx.scene.shape.Rectangle(-9, 0, 18, 14);
        box.setArcWidth(4);
        box.setArcHeight(4);
        box.getStyleClass().add("station-lock");
        javafx.scene.Group g = new javafx.scene.Group(shackle, box);
        g.setId("station-padlock");
        return g;
    }

    /** Gives the station {@code width}: its title wraps within it (a button sizes its graphic by the graphic's own wish). */
    void fitWidth(double width) {
        double inner = Math.max(0, width - snappedLeftInset() - snappedRightInset());
        title.setPrefWidth(inner);
        title.setMaxWidth(inner);
    }

    /** How far below the station's top the centre of its round badge is (where the road passes). */
    double badgeCentre() {
        return snappedTopInset() + TRACK * badgeScale() + 2.5;
    }

    public CampaignCatalog.Chapter chapter() {
        return chapter;
    }

    /** How many of its levels are cleared. */
    public int cleared() {
        return cleared;
    }

    /** How many gold medals its cleared levels hold (up to three a build or fix level, one a break level: its steps). */
    public int golds() {
        return golds;
    }

    /** Whether the chapter can be entered. */
    public boolean isOpen() {
        return open;
    }
}
