package org.interleave.app.level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.interleave.app.shared.cast.Creature;
import org.interleave.app.shared.cast.Motion;
import org.interleave.app.shared.cast.Pose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * "You schedule" shows the goroutines as the board does, as creatures: each instance's tile has
 * one in its goroutine's Okabe–Ito colour and the pose of its state; the one the player just ran
 * hops (not with reduced motion); and the deadlock the player makes freezes them all.
 */
@ExtendWith(ApplicationExtension.class)
class ScheduleCastTest extends LevelScreenStage {
    private static final String TRANSFER = "transfer-deadlock";

    @Start
    void start(Stage stage) {
        show(stage);
    }

    private static Creature creature(FxRobot robot, String actor) {
        return robot.lookup("#actor-" + actor + " #creature-" + actor).queryAs(Creature.class);
    }

    /** The colour of a goroutine's cards on the board: its creature there (shown by a run of the solution). */
    private static Color boardColour(LevelScreen s, String part, String instance) {
        return onFx(() -> s.canvas().creature(part, instance).orElseThrow().colour());
    }

    @Test
    void eachGoroutinesTile_showsItsCreature_inItsBoardColour_andThePoseOfItsState(FxRobot robot) {
        LevelScreen s = open(robot, TRANSFER);
        robot.clickOn("#you-schedule");
        assertEquals(Pose.READY, creature(robot, "main").pose(), "main can run");
        for (int i = 0; i < 3; i++) {
            robot.clickOn("#actor-main");
        }
        Creature main = creature(robot, "main");
        Creature aToB = creature(robot, "aToB-0");
        Creature bToA = creature(robot, "bToA-0");
        assertEquals(List.of(Pose.ASLEEP, Pose.READY, Pose.READY), List.of(main.pose(), aToB.pose(), bToA.pose()),
                "main waits on the wait group");
        assertTrue(!aToB.colour().equals(bToA.colour()), "two goroutines, two colours");

        robot.clickOn("#scheduler-back");
        playSolution(s);
        onFx(() -> {
            s.run().go(s.run().length());
            return null;
        });
        assertEquals(boardColour(s, "main", "main"), main.colour());
        assertEquals(boardColour(s, "aToB", "aToB#0"), aToB.colour());
        assertEquals(boardColour(s, "bToA", "bToA#0"), bToA.colour());
    }

    @Test
    void theGoroutineJustRun_hops_andTheDeadlockMade_freezesEveryone(FxRobot robot) {
        open(robot, TRANSFER);
        robot.clickOn("#you-schedule");
        for (String actor : List.of("main", "main", "main", "aToB-0")) {
            robot.clickOn("#actor-" + actor);
        }
        assertEquals(1, creature(robot, "aToB-0").hops(), "the goroutine just run hops");
        assertEquals(0, creature(robot, "bToA-0").hops());
        robot.clickOn("#actor-bToA-0");
        for (String actor : List.of("main", "aToB-0", "bToA-0")) {
            assertEquals(Pose.FROZEN, creature(robot, actor).pose(), actor + " in the deadlock");
        }
    }

    @Test
    void withReducedMotion_theGoroutineJustRun_standsStill(FxRobot robot) {
        LevelScreen s = open(robot, TRANSFER);
        interact(() -> Motion.put(s, new Motion(true, 1.0)));
        robot.clickOn("#you-schedule");
        robot.clickOn("#actor-main");
        assertEquals(0, creature(robot, "main").hops());
        assertEquals(Pose.READY, creature(robot, "main").pose());
    }

    @Test
    void theCreatures_growWithTheText_asInProjectorMode(FxRobot robot) {
        LevelScreen s = open(robot, TRANSFER);
        robot.clickOn("#you-schedule");
        double normal = onFx(() -> creature(robot, "main").getBoundsInParent().getHeight());
        interact(() -> s.setStyle("-fx-font-size: 30px"));  // twice the theme's 15 px
        settle(s);
        double large = onFx(() -> creature(robot, "main").getBoundsInParent().getHeight());
        assertEquals(2 * normal, large, 0.2 * normal, "a creature " + normal + " px tall at 15 px text, " + large + " at 30 px");
    }
}
