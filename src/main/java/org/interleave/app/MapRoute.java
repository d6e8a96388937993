package org.interleave.app;

import javafx.application.Platform;
import org.interleave.app.map.CampaignMapView;
import org.interleave.app.shared.CampaignCatalog;
import org.interleave.app.story.Stories;
import org.interleave.app.story.StoryView;

/**
 * The way into the campaign through its map: the shell shows the map, and entering a chapter
 * there tells the chapter's scene first when the player has not met it, then opens its level.
 */
final class MapRoute {
    private final GameShell shell;
    private final Stories stories = Stories.fromClassPath();

    MapRoute(GameShell shell) {
        this.shell = shell;
    }

    /** Shows the campaign map; its way back leads to the main menu. */
    void show() {
        CampaignMapView map = new CampaignMapView(shell.catalog(), shell.profile().progressProperty().get(),
                this::enter, shell::showMenu, shell::showLevelSelect);
        shell.show(map);
        Platform.runLater(map::focusCurrent);
    }

    /** Enters a chapter from the map: its scene first if the player has not met it, then its level to play. */
    private void enter(CampaignCatalog.Chapter chapter) {
        var progress = shell.profile().progressProperty().get();
        CampaignCatalog.Entry entry = CampaignMapView.levelToPlay(shell.catalog(), progress, chapter);
        stories.tellBefore(chapter, progress).ifPresentOrElse(story -> {
            shell.profile().markSceneSeen(chapter.title());
            StoryView[] view = new StoryView[1];
            view[0] = new StoryView(chapter.number(), story, () -> {
                if (shell.getScene() == null) {
                    return;  // the game left this shell (a new one shows): nothing to open
                }
                if (shell.dialog().filter(d -> d == view[0]).isPresent()) {
                    shell.closeDialog();
                }
                shell.openLevel(entry);
            });
            shell.showDialog(view[0]);
        }, () -> shell.openLevel(entry));
    }
}
