package org.interleave.app.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.interleave.app.GameStage;
import org.interleave.app.PlayerProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The layout audit's player ({@link SeededProgress}) shows what the audit is meant to judge: medal
 * marks of every metal on the level select, a break level's one on its steps among them, and gold
 * counts on the campaign map; and the menu and the first chapter's scene stay as a new player sees
 * them, so that the audit's other visits judge the screens they judged before.
 */
@ExtendWith(ApplicationExtension.class)
class SeededProgressTest extends GameStage {
    @Start
    void start(Stage stage) {
        show(stage);
    }

    private static PlayerProfile seeded() {
        PlayerProfile p = PlayerProfile.inMemory();
        SeededProgress.record(p);
        return p;
    }

    @Test
    void theLevelSelect_showsGoldSilverAndBronzeMarks_andABreakLevelsMarkOnItsSteps(FxRobot robot) {
        launch(robot, seeded());
        interact(shell::showLevelSelect);
        Set<String> metals = onFx(() -> {
            Set<String> out = new TreeSet<>();
            for (Node mark : shell.lookupAll(".level-card .medal")) {
                mark.getStyleClass().stream().filter(c -> c.startsWith("medal-")).forEach(out::add);
            }
            return out;
        });
        assertTrue(metals.containsAll(Set.of("medal-gold", "medal-silver", "medal-bronze")), metals.toString());
        assertTrue(onFx(() -> shell.lookup("#medals-lost-update #medal-steps")) != null, "the break level's mark on its steps");
        assertTrue(onFx(() -> shell.lookup("#medals-size-the-pool")) != null, "an optimisation level's medals");
    }

    @Test
    void theMap_countsClearsAndGolds_whileTheMenuAndTheFirstChaptersSceneAreANewPlayers(FxRobot robot) {
        launch(robot, seeded());
        assertTrue(onFx(() -> ((Labeled) shell.lookup("#continue")).getText()).contains("Main does not wait"),
                "the menu's Play opens level 1.1, as for a new player");
        interact(shell::showMap);
        assertEquals("1/2  ★ 1", onFx(() -> ((Labeled) shell.lookup("#chapter-record-6")).getText()));
        assertEquals("5/6  ★ 13", onFx(() -> ((Labeled) shell.lookup("#chapter-record-21")).getText()));
        robot.clickOn("#chapter-1");
        assertTrue(onFx(() -> shell.dialog().isPresent()), "the first chapter's scene is told");
    }
}
