package org.interleave.app.level;

import java.util.function.Supplier;
import org.interleave.app.ScreenStage;
import org.interleave.app.shared.CampaignCatalog;
import org.interleave.explore.CheckOptions;
import org.testfx.api.FxRobot;

/**
 * A 1280×720 stage that shows one level screen at a time (headless, without FXGL), with its own
 * verification thread: the fixture of the level-screen tests.
 */
abstract class LevelScreenStage extends ScreenStage {
    static final CampaignCatalog CATALOG = CampaignCatalog.fromClassPath();

    private LevelScreen screen;

    @Override
    protected void closeScreen() {
        if (screen != null) {
            screen.close();
        }
    }

    /** Shows the level screen of a level. */
    LevelScreen open(FxRobot robot, CampaignCatalog.Entry entry) {
        return open(() -> new LevelScreen(entry, new VerificationModel(verifier(), CheckOptions.DEFAULT, System::nanoTime),
                () -> { }));
    }

    /** Shows the level screen of a level whose design is restored from and autosaved to {@code store}. */
    LevelScreen open(FxRobot robot, CampaignCatalog.Entry entry, DesignStore store) {
        return open(() -> new LevelScreen(entry, new VerificationModel(verifier(), CheckOptions.DEFAULT, System::nanoTime),
                store, () -> { }));
    }

    /** Shows the level screen of the campaign level with this id. */
    LevelScreen open(FxRobot robot, String id) {
        return open(robot, CATALOG.byId(id).orElseThrow());
    }

    /**
     * Shows the screen {@code opened} makes, in place of the one shown, and waits for the pulse that
     * lays it out and the tasks it queued (not {@code FxRobot.interact}'s fixed round trips and sleeps).
     */
    private LevelScreen open(Supplier<LevelScreen> opened) {
        interact(() -> {
            if (screen != null) {
                screen.close();  // its run and checks stop, as when a player leaves a level
            }
            screen = opened.get();
            root().getChildren().setAll(screen);
            settle(screen);
        });
        return screen;
    }
}
