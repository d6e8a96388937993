package org.interleave.app.level;

import org.interleave.app.shared.FitRow;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.interleave.app.shared.CampaignCatalog;
import org.interleave.app.schedule.SchedulerMode;
import org.interleave.app.select.LevelCard;
import org.interleave.engine.model.Level;

/** The header of a level: back, the level's number, title, mode and chapter, its concepts, the timeline and PNG export, settings. */
final class LevelHeader {
    private LevelHeader() {}

    static FitRow of(CampaignCatalog.Entry entry, Button back, SchedulerMode scheduler, Button settings) {
        Level level = entry.level();
        back.setId("back");
        back.getStyleClass().add("flat");
        Label number = new Label(entry.label());
        number.getStyleClass().add("level-number");
        Label title = new Label(level.title());
        title.setId("level-title");
        title.getStyleClass().add("screen-title");
        Label chapter = new Label(level.chapter() == null ? "" : level.chapter());
        chapter.getStyleClass().add("muted");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label concepts = new Label(String.join(" · ", level.concepts()));
        concepts.setId("level-concepts");
        concepts.getStyleClass().add("muted");
        settings.setId("level-settings");
        settings.getStyleClass().add("flat");
        settings.setMinWidth(Region.USE_PREF_SIZE);
        javafx.scene.Node badge = LevelCard.modeBadge(level.mode());
        title.setMinWidth(Region.USE_PREF_SIZE);  // the title is the last to give way: the rest hides or shortens first
        FitRow header = new FitRow(back, number, title, badge, chapter, gap, concepts,
                scheduler.timelineToggle(), scheduler.exportButton(), settings);
        header.hideWhenTight(concepts).hideWhenTight(chapter).hideWhenTight(number)
                .shortenWhenTight(settings, "⚙").shortenWhenTight(back, "←").hideWhenTight(badge)
                .hideWhenTight(scheduler.exportButton());
        settings.setTooltip(new javafx.scene.control.Tooltip("Settings"));
        back.setTooltip(new javafx.scene.control.Tooltip("Back to the levels (Esc)"));
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("screen-header");
        return header;
    }
}
