package org.interleave.app;

import javafx.application.Platform;
import org.interleave.app.map.CampaignMapView;
import org.interleave.app.shared.CampaignCatalog;

/**
 * The way into the campaign through its map: the shell shows the map, and entering a chapter
 * there opens its level to play as every way in does ({@link GameShell#playLevel}: the chapter's
 * scene first when the player has not met it).
 */
final class MapRoute {
    private final GameShell shell;

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

    /** Enters a chapter from the map: its level to play, after its scene if the player has not met it. */
    private void enter(CampaignCatalog.Chapter chapter) {
        shell.playLevel(CampaignMapView.levelToPlay(shell.catalog(), shell.profile().progressProperty().get(), chapter));
    }
}
