package org.interleave.app;

import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.interleave.app.canvas.Edit;
import org.interleave.app.results.ResultsView;
import org.interleave.app.shared.CampaignCatalog;
import org.interleave.engine.model.Design;
import org.interleave.engine.model.Level;
import org.interleave.level.LevelLoader;
import org.interleave.level.save.Score;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Takes the screenshots of issue 14's screens in {@code docs/} at 1280×720 by playing through the
 * real screens: the campaign map, a chapter's scene, goroutines as creatures mid-run, a deadlock
 * frozen, a clear celebrated, and the results of an optimisation level played a few times, with
 * medals and histograms. Not part of the test suite; {@code scripts/screenshots.sh} runs it on an X
 * display (Xvfb), or {@code mvn -B test -Dtest=GameTour -Dscreenshots=docs} headless.
 */
class GameTour extends Tour {
    private static Score score(Level level, double over) {
        Level.Par p = level.par();
        if (level.mode() == org.interleave.engine.model.Goal.Mode.BREAK) {
            // as the game records a schedule that broke the level: its steps, no parts or ops
            return new Score((int) Math.round(p.steps() * over), 0, 0);
        }
        return new Score((int) Math.round(p.ticks() * over), (int) Math.round(p.parts() * (over > 1.2 ? 1.2 : 1)),
                40, (int) Math.round(p.ops() * over));
    }

    @Start
    void start(Stage stage) {
        startTour(stage, InterleaveApp.WIDTH, InterleaveApp.HEIGHT);
    }

    @Test
    void tour(FxRobot robot) throws Exception {
        // a player six chapters in: most levels at par, some over, with a few attempts each
        for (CampaignCatalog.Chapter c : CATALOG.chapters().subList(0, 6)) {
            int i = 0;
            for (CampaignCatalog.Entry e : c.levels()) {
                double over = (c.number() + i++) % 3 == 0 ? 1.4 : (c.number() % 2 == 0 ? 1.2 : 1.0);
                profile.recordRun(e.level().id(), score(e.level(), 1.8), false);
                profile.recordRun(e.level().id(), score(e.level(), over), true);
            }
        }
        robot.interact(shell::showMap);
        ScreenshotTour.shoot(robot, shell, "campaign-map");
        // the same map in projector mode: the stations' discs grow with the text
        robot.interact(() -> {
            shell.projector().toggle();
            size(InterleaveApp.WIDTH, InterleaveApp.HEIGHT);
        });
        robot.interact(shell::showMap);
        noteGone();  // the "Projector mode" note first
        ScreenshotTour.shoot(robot, shell, "campaign-map-projector");
        robot.interact(() -> shell.projector().toggle());
        // the level select of the same player: each card's medals (a break level's one, on its steps)
        robot.interact(() -> size(InterleaveApp.WIDTH, InterleaveApp.HEIGHT));
        robot.interact(shell::showLevelSelect);
        ScreenshotTour.shoot(robot, shell, "level-select-medals");
        robot.interact(() -> size(1920, 1080));
        robot.interact(shell::showLevelSelect);
        ScreenshotTour.shoot(robot, shell, "level-select-medals-1080");
        robot.interact(() -> {
            shell.projector().toggle();
            size(InterleaveApp.WIDTH, InterleaveApp.HEIGHT);
        });
        robot.interact(shell::showLevelSelect);
        noteGone();
        ScreenshotTour.shoot(robot, shell, "level-select-medals-projector");
        robot.interact(() -> shell.projector().toggle());
        robot.interact(() -> size(InterleaveApp.WIDTH, InterleaveApp.HEIGHT));
        robot.interact(shell::showMap);

        // entering the next chapter tells its scene
        robot.clickOn("#chapter-7");
        waitUntil("a dialog shown", () -> shell.dialog().isPresent());
        Thread.sleep(300);
        ScreenshotTour.shoot(robot, shell, "chapter-scene");
        robot.clickOn("#story-play");

        // dining philosophers, the chapter's fix level: the deadlock, frozen, at the end of its reveal
        robot.interact(() -> shell.openLevel(CATALOG.byId("dining-philosophers").orElseThrow()));
        robot.clickOn("#verify");
        waitUntil("a run revealed", () -> level().reveal().traceProperty().get() != null);
        robot.interact(() -> level().reveal().go(level().reveal().traceProperty().get().length()));
        // the whole design in view, the brief folded for width: every philosopher frozen, the cycle ringed
        robot.clickOn("#brief-fold");
        robot.interact(() -> ((javafx.scene.control.Button) shell.lookup("#zoom-fit")).fire());
        Thread.sleep(300);
        ScreenshotTour.shoot(robot, shell, "deadlock-freeze");

        // the reference solution mid-run: philosophers walking, waiting on forks, done
        robot.interact(() -> level().reveal().clear());
        robot.clickOn("#show-solution");
        robot.clickOn("#goal-fold");  // the goal too: the creatures get the board's width
        robot.clickOn("#run");
        robot.interact(() -> {
            level().run().pause();
            level().run().go(level().run().length() / 2);
            ((javafx.scene.control.Button) shell.lookup("#zoom-fit")).fire();
        });
        Thread.sleep(250);
        ScreenshotTour.shoot(robot, shell, "characters-run");
        robot.type(KeyCode.ESCAPE);

        // cleared (the level opened anew: a clear with the solution shown is not scored): confetti
        // mid-fall, then the results with medals and histograms
        robot.interact(() -> shell.openLevel(CATALOG.byId("dining-philosophers").orElseThrow()));
        robot.interact(() -> level().canvas().model().apply(new Edit.Reset(level().entry().level().solution())));
        robot.clickOn("#verify");
        waitUntil("the results dialog shown", () -> shell.dialog().filter(ResultsView.class::isInstance).isPresent());
        Thread.sleep(450);
        robot.interact(() -> ((ResultsView) shell.dialog().orElseThrow()).celebration().pause());
        ScreenshotTour.shoot(robot, shell, "clear-celebration");
        robot.interact(shell::closeDialog);

        // an optimisation level played a few times, cleared with the fastest design: a new best on
        // ticks, gold there and on parts, silver on ops (the smallest design is another one), and each
        // score's clears in its histogram
        String pool = "worker-pool";
        profile.recordRun(pool, new Score(34, 6, 40, 13), false);
        for (Score s : java.util.List.of(new Score(29, 7, 40, 16), new Score(27, 6, 40, 15), new Score(24, 8, 40, 17),
                new Score(22, 8, 40, 16))) {
            profile.recordRun(pool, s, true);
        }
        robot.interact(() -> shell.openLevel(CATALOG.byId(pool).orElseThrow()));
        Design fastest = LevelLoader.loadSolution(Path.of("levels/solutions/worker-pool.ticks.solution.json"),
                CATALOG.byId(pool).orElseThrow().level());
        robot.interact(() -> level().canvas().model().apply(new Edit.Reset(fastest)));
        robot.clickOn("#verify");
        waitUntil("the results dialog shown", () -> shell.dialog().filter(ResultsView.class::isInstance).isPresent());
        robot.interact(() -> {
            ResultsView results = (ResultsView) shell.dialog().orElseThrow();
            results.celebration().pause();
            results.celebration().confetti().getChildren().clear();
        });
        Thread.sleep(300);
        ScreenshotTour.shoot(robot, shell, "results-medals");
    }
}
