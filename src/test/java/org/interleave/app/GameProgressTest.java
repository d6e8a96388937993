package org.interleave.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.interleave.app.level.LevelScreen;
import org.interleave.app.results.AttemptsChart;
import org.interleave.app.results.ResultsView;
import org.interleave.app.select.LevelSelectView;
import org.interleave.app.settings.SettingsView;
import org.interleave.app.shared.Theme;
import org.interleave.app.story.StoryView;
import org.interleave.level.save.DataDirectory;
import org.interleave.level.save.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The game with the player's data in a temporary folder (headless, without FXGL): Play opens the
 * next level at once, a cleared level shows its results and is saved, the level select shows
 * it after the game starts again, settings apply and persist, a damaged save is reported, and a
 * stuck player is offered a hint.
 */
@ExtendWith(ApplicationExtension.class)
class GameProgressTest extends GameStage {
    private static final String FIRST = CATALOG.entries().get(0).level().id();
    private static final String SECOND = CATALOG.entries().get(1).level().id();

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        show(stage);
    }

    /** Starts the game as a player would: loading the data folder anew. */
    private GameShell launch(FxRobot robot) {
        return launch(robot, PlayerProfile.load(new DataDirectory(dir)));
    }

    private boolean dialogIs(Class<?> type) {
        return shell.dialog().filter(type::isInstance).isPresent();
    }

    /**
     * Clears the first level, a break level, as its player must: as the scheduler, running main's
     * steps (key 1) until the program ends without the greeter's line — which shows the results.
     */
    private void breakUntilResults(FxRobot robot) {
        if (robot.lookup("#scheduler").tryQuery().isEmpty()) {
            robot.clickOn("#you-schedule");
        }
        for (int i = 0; i < 6 && !dialogIs(ResultsView.class); i++) {
            robot.type(KeyCode.DIGIT1);
        }
        waitUntil("the results dialog shown", () -> dialogIs(ResultsView.class));
    }

    private LevelScreen level() {
        return (LevelScreen) shell.screen();
    }

    @Test
    void escInALevel_withACounterexampleShown_asksBeforeLeaving(FxRobot robot) throws Exception {
        launch(robot);
        interact(() -> shell.openLevel(CATALOG.byId("write-under-rlock").orElseThrow()));
        robot.type(KeyCode.ESCAPE);
        assertTrue(shell.screen() instanceof LevelSelectView, "nothing to lose: Esc leaves at once");

        interact(() -> shell.openLevel(CATALOG.byId("write-under-rlock").orElseThrow()));
        verify(level());
        assertTrue(onFx(() -> level().reveal().traceProperty().get() != null), "a counterexample shown");
        robot.type(KeyCode.ESCAPE);
        assertTrue(shell.screen() instanceof LevelScreen, "the counterexample would be lost: Esc asks first");
        // the question opens on the FX thread after the key's events: on a busy machine, later than they are waited for
        waitUntil("the leave question shown", () -> robot.lookup("#leave-dialog").tryQuery().isPresent());
        robot.type(KeyCode.ESCAPE);
        assertFalse(shell.dialog().isPresent(), "Esc closes the question (the topmost popup)");
        assertTrue(shell.screen() instanceof LevelScreen s && s.reveal().traceProperty().get() != null,
                "and the counterexample is still there");
        robot.type(KeyCode.ESCAPE);
        waitUntil("the leave question shown again", () -> robot.lookup("#leave-dialog").tryQuery().isPresent());  // asked again, as late as before
        robot.clickOn("#leave-confirm");
        assertTrue(shell.screen() instanceof LevelSelectView, "leaving when the player confirms");
    }

    /** Play on the menu for a new player: the first chapter's scene, then Play on it. */
    private void playFirst(FxRobot robot) {
        robot.clickOn("#continue");
        assertTrue(dialogIs(StoryView.class), "the first chapter's scene comes first, once");
        robot.clickOn("#story-play");
    }

    @Test
    void play_opensTheFirstLevel_rightAfterItsChaptersScene(FxRobot robot) {
        launch(robot);
        assertTrue(robot.lookup("#continue").queryButton().getText().contains(CATALOG.entries().get(0).level().title()));
        playFirst(robot);
        assertTrue(shell.screen() instanceof LevelScreen s && s.entry().level().id().equals(FIRST));
        assertTrue(robot.lookup("#verify").queryButton().isVisible(), "playable at once");
    }

    @Test
    void clearingALevel_showsResults_savesProgress_andSurvivesARestart(FxRobot robot) throws Exception {
        launch(robot);
        playFirst(robot);
        clickVerify(robot, level());  // as a player does; on a break level the search shows the way, but does not clear it
        assertTrue(onFx(() -> level().reveal().traceProperty().get() != null), "the way is shown");
        assertFalse(shell.dialog().isPresent(), "Verify alone does not clear a break level");
        assertFalse(shell.profile().progressProperty().get().level(FIRST).cleared());
        breakUntilResults(robot);

        var record = shell.profile().progressProperty().get().level(FIRST);
        assertTrue(record.cleared(), "reaching the outcome as the scheduler clears it");
        assertEquals(String.valueOf(record.bestScore().orElseThrow().ticks()), text(robot, "#result-steps"),
                "a break level's score is the schedule's length");
        assertTrue(robot.lookup("#par-parts").tryQuery().isEmpty(), "and no par for a design the player never made");
        assertEquals(1, robot.lookup("#attempts-chart").queryAs(AttemptsChart.class).barCount());

        robot.clickOn("#results-levels");
        assertTrue(shell.screen() instanceof LevelSelectView);
        assertTrue(text(robot, "#status-" + FIRST).startsWith("✓ cleared"), text(robot, "#status-" + FIRST));
        // its card names the schedule's steps, not ticks and 0 parts ("best 5 ticks, 0 parts" before)
        int steps = record.bestScore().orElseThrow().ticks();
        assertEquals("✓ cleared · best " + steps + " steps" + (steps <= CATALOG.entries().get(0).level().par().steps() ? " ★ par" : ""),
                text(robot, "#status-" + FIRST));
        String third = CATALOG.entries().get(2).level().id();
        String fourth = CATALOG.entries().get(3).level().id();
        assertFalse(robot.lookup("#level-" + third).query().getStyleClass().contains("locked"), "clearing one opens one more");
        assertTrue(robot.lookup("#level-" + fourth).query().getStyleClass().contains("locked"));
        assertTrue(text(robot, "#status-" + fourth).startsWith("Locked"));
        robot.clickOn("#level-" + fourth);
        assertTrue(text(robot, "#locked-text").contains("starting with " + CATALOG.entries().get(1).label()),
                text(robot, "#locked-text"));
        robot.type(KeyCode.ESCAPE);
        assertTrue(shell.screen() instanceof LevelSelectView, "a locked level asks before it opens");
        robot.clickOn("#level-" + fourth);
        robot.clickOn("#locked-open");
        robot.clickOn("#story-skip");  // its chapter's scene, the first time in
        assertTrue(shell.screen() instanceof LevelScreen s && s.entry().level().id().equals(fourth),
                "and opens when the player insists");
        interact(shell::showLevelSelect);

        launch(robot);  // the game starts again
        assertTrue(robot.lookup("#continue").queryButton().getText().contains(CATALOG.entries().get(1).level().title()),
                "Play goes on with the next level not cleared");
        robot.clickOn("#play");
        assertTrue(text(robot, "#status-" + FIRST).startsWith("✓ cleared"), "progress survives a restart");
        assertTrue(text(robot, "#cleared-count").startsWith("1 of " + CATALOG.entries().size() + " cleared"));
        assertTrue(Files.exists(dir.resolve(DataDirectory.PROGRESS)));
    }

    @Test
    void aMedalEarnedByADesignTheLevelNowRefuses_isWithdrawnAtStart_andThePlayerIsTold(FxRobot robot) throws Exception {
        // saved before worker-pool locked its print loop: its bests came from printing the results as constants
        PlayerProfile profile = PlayerProfile.inMemory();
        profile.recordRun("worker-pool", new org.interleave.level.save.Score(5, 6, 40, 8), true);
        com.fasterxml.jackson.databind.JsonNode cheat = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                Path.of("src/test/resources/loopholes/worker-pool.prints-constants.solution.json").toFile()).path("design");
        org.interleave.level.save.SavedDesigns designs = org.interleave.level.save.SavedDesigns.empty();
        for (org.interleave.app.rewards.ScoreKind k : org.interleave.app.rewards.ScoreKind.values()) {
            designs = designs.withSlot("worker-pool", k.slot(), cheat);
        }
        profile.changeDesigns(designs);

        launch(robot, profile);

        waitUntil("the message about the saved designs shown", () -> robot.lookup("#message-text").tryQuery().isPresent());
        String told = text(robot, "#message-text");
        assertTrue(told.startsWith("Your best ticks, parts and ops designs of 'The worker pool' no longer fit the level"),
                told);
        assertTrue(profile.progressProperty().get().level("worker-pool").bestScore().isEmpty(), "no medal it cannot back");
        assertTrue(profile.progressProperty().get().level("worker-pool").cleared(), "the clear stays");
        assertTrue(profile.designs().level("worker-pool").slot("Best ticks").isPresent(), "the design stays to look at");
        robot.clickOn("#message-ok");
        assertTrue(robot.lookup("#message-text").tryQuery().isEmpty());
    }

    @Test
    void results_escStays_everyVerifyIsAnAttempt_andNextOpensTheNextLevel(FxRobot robot) throws Exception {
        launch(robot);
        playFirst(robot);
        breakUntilResults(robot);
        robot.type(KeyCode.ESCAPE);
        assertFalse(shell.dialog().isPresent(), "Esc closes the results");
        assertTrue(shell.screen() instanceof LevelScreen, "and stays on the level");

        robot.type(KeyCode.BACK_SPACE);  // undo the last step, and take it again: a second clear
        breakUntilResults(robot);
        assertEquals(2, robot.lookup("#attempts-chart").queryAs(AttemptsChart.class).barCount());
        assertEquals(2, shell.profile().progressProperty().get().level(FIRST).attempts().size());
        robot.clickOn("#results-next");
        if (!CATALOG.entries().get(0).level().chapter().equals(CATALOG.entries().get(1).level().chapter())) {
            robot.clickOn("#story-skip");  // the next level opens a chapter: its scene first
        }
        assertTrue(shell.screen() instanceof LevelScreen s && s.entry().level().id().equals(SECOND));
    }

    @Test
    void referenceSolution_doesNotCountAsThePlayersClear(FxRobot robot) throws Exception {
        launch(robot);
        interact(() -> shell.openLevel(CATALOG.byId("guard-the-counter").orElseThrow()));
        robot.clickOn("#show-solution");
        assertTrue(verify(level()).clears());
        assertTrue(text(robot, "#verdict").startsWith("✓ Cleared"), text(robot, "#verdict"));
        assertFalse(shell.dialog().isPresent());
        assertFalse(shell.profile().progressProperty().get().level("guard-the-counter").cleared());
    }

    @Test
    void settings_applyAtOnce_closeWithEsc_andPersist(FxRobot robot) {
        launch(robot);
        robot.clickOn("#settings");
        assertTrue(dialogIs(SettingsView.class));
        robot.clickOn("#theme-light");
        assertTrue(shell.screen().getStyleClass().contains(Theme.LIGHT_CLASS), "the menu turns light");
        interact(() -> robot.lookup("#animation-speed").<Double>queryComboBox().setValue(2.0));
        robot.type(KeyCode.ESCAPE);
        assertFalse(shell.dialog().isPresent());

        launch(robot);
        Settings s = shell.profile().settingsProperty().get();
        assertEquals(Settings.Theme.LIGHT, s.theme());
        assertEquals(2.0, s.animationSpeed());
        assertTrue(shell.screen().getStyleClass().contains(Theme.LIGHT_CLASS), "light again after a restart");
    }

    @Test
    void settings_areReachableFromALevel_andEscClosesOnlyTheDialog(FxRobot robot) {
        launch(robot);
        playFirst(robot);
        robot.clickOn("#level-settings");
        assertTrue(dialogIs(SettingsView.class));
        robot.clickOn("#theme-light");
        assertTrue(shell.screen().getStyleClass().contains(Theme.LIGHT_CLASS), "the level turns light");
        interact(() -> robot.lookup("#animation-speed").<Double>queryComboBox().setValue(0.5));
        assertEquals(0.5, ((LevelScreen) shell.screen()).run().speedProperty().get(), "runs play at the chosen speed");
        robot.type(KeyCode.ESCAPE);
        assertFalse(shell.dialog().isPresent());
        assertTrue(shell.screen() instanceof LevelScreen, "Esc closed the dialog, not the level");
    }

    @Test
    void damagedSave_isReportedAtStart_notSilentlyReset(FxRobot robot) throws Exception {
        Files.writeString(dir.resolve(DataDirectory.PROGRESS), "{\"format\": 1, \"levels\": ");
        launch(robot);
        assertTrue(text(robot, "#message-text").contains("progress.json could not be read"), text(robot, "#message-text"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#message-ok").queryButton().isFocused(), "OK has the focus, so Enter closes it");
        robot.clickOn("#message-ok");
        assertFalse(shell.dialog().isPresent());
        assertTrue(Files.exists(dir.resolve(DataDirectory.PROGRESS + ".corrupt-1")));
    }

    @Test
    void stuckForAMinute_isOfferedAHintThatFitsTheDesign(FxRobot robot) {
        launch(robot);
        AtomicLong now = new AtomicLong(0);
        interact(() -> {
            shell.setClock(now::get);
            shell.openLevel(CATALOG.byId("worker-pool").orElseThrow());
        });
        LevelScreen level = (LevelScreen) shell.screen();
        now.set(30_000_000_000L);
        interact(level::checkStuck);
        assertFalse(robot.lookup("#stuck-hint").query().isVisible(), "half a minute is not stuck");
        now.set(61_000_000_000L);
        interact(level::checkStuck);
        assertTrue(robot.lookup("#stuck-hint").query().isVisible());
        assertEquals("Stuck? A hint on check it", text(robot, "#stuck-topic"), "main is there, and was never verified");
        robot.clickOn("#stuck-dismiss");
        assertFalse(robot.lookup("#stuck-hint").query().isVisible());
    }

    @Test
    void menu_hasPlayLevelsCustomSettingsQuit_andEnterPlays(FxRobot robot) {
        launch(robot);
        for (String id : new String[] {"#continue", "#play", "#custom-level", "#settings", "#quit"}) {
            Button b = robot.lookup(id).queryButton();
            assertTrue(b.isVisible(), id);
        }
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.ENTER);
        assertTrue(dialogIs(StoryView.class), "Enter on the menu tells a new player the first chapter's scene");
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.ENTER);
        assertTrue(shell.screen() instanceof LevelScreen, "and Enter again starts the next level");
    }
}
