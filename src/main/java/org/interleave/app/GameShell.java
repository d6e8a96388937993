package org.interleave.app;

import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import org.interleave.app.level.LevelScreen;
import org.interleave.app.level.VerificationModel;
import org.interleave.app.menu.MainMenuView;
import org.interleave.app.select.LevelSelectView;
import org.interleave.explore.CheckOptions;

/**
 * The game's screens, one at a time: the main menu, the level select and a level. It only
 * navigates; each screen is a view of its own. Verifications run on the executor it is given.
 */
public final class GameShell extends StackPane {
    private final CampaignCatalog catalog;
    private final Executor verifier;
    private final Runnable quit;
    private LevelScreen level;

    /** Creates the shell showing the main menu; {@code quit} ends the game. */
    public GameShell(CampaignCatalog catalog, Executor verifier, Runnable quit) {
        this.catalog = catalog;
        this.verifier = verifier;
        this.quit = quit;
        getStyleClass().add("game-shell");
        showMenu();
    }

    /** Shows the main menu. */
    public void showMenu() {
        MainMenuView menu = new MainMenuView(InterleaveApp.TITLE, InterleaveApp.SUBTITLE,
                LevelSelectView.summary(catalog) + " · from goroutines to pipelines", this::showLevelSelect, quit);
        show(menu);
        Platform.runLater(menu::focusPlay);
    }

    /** Shows the level select. */
    public void showLevelSelect() {
        LevelSelectView select = new LevelSelectView(catalog, this::openLevel, this::showMenu);
        show(select);
        if (!catalog.entries().isEmpty()) {
            Platform.runLater(select::focusFirstLevel);
        }
    }

    /** Opens a level of the campaign. */
    public void openLevel(CampaignCatalog.Entry entry) {
        VerificationModel verification = new VerificationModel(verifier, CheckOptions.DEFAULT, System::nanoTime);
        LevelScreen screen = new LevelScreen(entry, verification, this::showLevelSelect);
        show(screen);
        level = screen;
    }

    private void show(Node screen) {
        if (level != null) {
            level.close();
            level = null;
        }
        getChildren().setAll(screen);
    }

    public CampaignCatalog catalog() {
        return catalog;
    }
}
