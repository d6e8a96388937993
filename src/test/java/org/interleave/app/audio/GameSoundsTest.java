package org.interleave.app.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.interleave.app.GameShell;
import org.interleave.app.GameStage;
import org.interleave.app.PlayerProfile;
import org.interleave.app.canvas.Edit;
import org.interleave.app.level.LevelScreen;
import org.interleave.level.save.Score;
import org.interleave.level.save.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Each sound's trigger, played through the real screens: the game's audio is an {@link AudioLog}
 * here, so the tests are silent and see what the game asked to play.
 */
@ExtendWith(ApplicationExtension.class)
class GameSoundsTest extends GameStage {
    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        show(stage);
    }

    private AudioLog log() {
        return (AudioLog) shell.audio().output();
    }

    private LevelScreen open(FxRobot robot, String id) {
        interact(() -> shell.openLevel(CATALOG.byId(id).orElseThrow()));
        interact(() -> log().clear());
        return (LevelScreen) shell.screen();
    }

    private Node line(FxRobot robot, String goroutine, String path) {
        return robot.lookup("#part-" + goroutine + " .card-line").match(n -> path.equals(n.getUserData())).query();
    }

    private Node port(FxRobot robot, String goroutine, String path) {
        return robot.from(line(robot, goroutine, path)).lookup(".port").query();
    }

    @Test
    void aPartDroppedFromThePalette_playsPlace(FxRobot robot) {
        launch(robot, PlayerProfile.inMemory());
        open(robot, "worker-pool");
        robot.drag("#palette-closer").dropTo("#canvas");
        assertEquals(List.of(Effect.PLACE), log().effects());
    }

    @Test
    void anOpWiredToAChannel_playsWire(FxRobot robot) {
        launch(robot, PlayerProfile.inMemory());
        open(robot, "send-before-go");
        robot.drag(port(robot, "main", "ops[0]")).dropTo("#part-results");
        assertEquals(List.of(Effect.WIRE), log().effects());
    }

    /** Send-before-go open with a wire in hand from main's ops[2] (its port armed); returns that port. */
    private Node armMainsThirdOp(FxRobot robot) throws Exception {
        launch(robot, PlayerProfile.inMemory());
        open(robot, "send-before-go");
        Node port = port(robot, "main", "ops[2]");
        robot.moveTo(port);
        robot.clickOn(port);
        // a busy machine may deliver the click late: a wire is only let go once the port holds one
        waitUntil("the port armed", () -> port.getStyleClass().contains("armed"));
        return port;
    }

    @Test
    void aWireLetGoWithEsc_playsUnwire(FxRobot robot) throws Exception {
        armMainsThirdOp(robot);
        robot.type(KeyCode.ESCAPE);
        assertEquals(List.of(Effect.UNWIRE), log().effects());
    }

    @Test
    void aWireDroppedOnNoPart_playsUnwireOnce(FxRobot robot) {
        launch(robot, PlayerProfile.inMemory());
        open(robot, "send-before-go");
        robot.drag(port(robot, "main", "ops[0]")).dropTo(emptyCanvas(robot));
        assertEquals(List.of(Effect.UNWIRE), log().effects());
    }

    @Test
    void aWireCancelledByAClickOnTheBackground_playsUnwireOnce(FxRobot robot) throws Exception {
        Node port = armMainsThirdOp(robot);
        robot.clickOn(emptyCanvas(robot));
        waitUntil("the port no longer armed", () -> !port.getStyleClass().contains("armed"));
        assertEquals(List.of(Effect.UNWIRE), log().effects());
        robot.clickOn(emptyCanvas(robot));
        assertEquals(List.of(Effect.UNWIRE), log().effects(), "a click with no wire in hand is silent");
    }

    /** A point of the canvas on no card (nor under the inspector floating over it), in screen coordinates. */
    private javafx.geometry.Point2D emptyCanvas(FxRobot robot) {
        Node canvas = robot.lookup("#canvas").query();
        List<javafx.geometry.Bounds> taken = new java.util.ArrayList<>(robot.lookup(n -> n.getId() != null
                && n.getId().startsWith("part-")).queryAll().stream().map(n -> n.localToScreen(n.getBoundsInLocal())).toList());
        robot.lookup(".inspector").queryAll().stream().filter(Node::isVisible)
                .forEach(n -> taken.add(n.localToScreen(n.getBoundsInLocal())));
        javafx.geometry.Bounds b = canvas.localToScreen(canvas.getBoundsInLocal());
        for (double fy = 0.95; fy > 0.05; fy -= 0.05) {
            for (double fx = 0.05; fx < 0.95; fx += 0.05) {
                double x = b.getMinX() + fx * b.getWidth();
                double y = b.getMinY() + fy * b.getHeight();
                if (taken.stream().noneMatch(c -> c.contains(x, y))) {
                    return new javafx.geometry.Point2D(x, y);
                }
            }
        }
        throw new AssertionError("no empty spot on the canvas");
    }

    @Test
    void anOpRemoved_playsRemove_andUndo_playsUndo(FxRobot robot) {
        launch(robot, PlayerProfile.inMemory());
        LevelScreen s = open(robot, "send-before-go");
        interact(() -> s.canvas().model().apply(new Edit.RemoveOp("main", "ops[0]")));
        assertEquals(List.of(Effect.REMOVE), log().effects());
        robot.clickOn("#canvas");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals(List.of(Effect.REMOVE, Effect.UNDO), log().effects());
    }

    @Test
    void eachStepOfARun_playsAStep(FxRobot robot) {
        launch(robot, PlayerProfile.inMemory());
        LevelScreen s = open(robot, "worker-pool");
        playSolution(s);  // the steps are what is heard, not the clicks on Solution and Run
        interact(() -> {
            s.run().restart();
            log().clear();
        });
        robot.clickOn("#run-step");
        robot.clickOn("#run-step");
        robot.clickOn("#run-back");
        assertEquals(List.of(Effect.STEP, Effect.STEP), log().effects(), "forward steps tick; a step back does not");
    }

    /**
     * Verify plays its sound, then the sound of what it found, each kind its own: a deadlock
     * (send-before-go), a race, which sounds unlike a deadlock (add-inside-goroutine), a leak
     * (first-reply-wins).
     */
    @ParameterizedTest(name = "{0} finds {1}")
    @CsvSource({"send-before-go, DEADLOCK", "add-inside-goroutine, RACE", "first-reply-wins, LEAK"})
    void verify_playsVerify_thenTheSoundOfWhatItFinds(String level, Effect found, FxRobot robot) throws Exception {
        launch(robot, PlayerProfile.inMemory());
        LevelScreen s = open(robot, level);
        verify(s);
        assertEquals(List.of(Effect.VERIFY, found), log().effects());
    }

    @Test
    void aPanicFound_playsPanic(FxRobot robot) throws Exception {
        Path file = dir.resolve("double-close.level.json");
        Files.writeString(file, """
                {"format": 1, "id": "double-close", "title": "Double close", "mode": "fix",
                 "design": {"parts": [
                   {"id": "c", "type": "channel", "cap": 1},
                   {"id": "main", "type": "goroutine", "start": "main",
                    "ops": [{"op": "close", "ch": "c"}, {"op": "close", "ch": "c"}]}]}}
                """);
        launch(robot, PlayerProfile.inMemory());
        interact(() -> shell.openCustom(file));
        interact(() -> log().clear());
        LevelScreen s = ((org.interleave.app.custom.CustomLevelScreen) shell.screen()).levelScreen();
        verify(s);
        assertEquals(List.of(Effect.VERIFY, Effect.PANIC), log().effects());
    }

    @Test
    void aClear_playsClear_andBeatingABestScore_playsNewBest(FxRobot robot) throws Exception {
        PlayerProfile profile = PlayerProfile.inMemory();
        profile.recordRun("send-before-go", new Score(99, 99, 999), true);
        launch(robot, profile);
        LevelScreen s = open(robot, "send-before-go");
        interact(() -> s.canvas().model().apply(new Edit.Reset(s.entry().level().solution())));
        interact(() -> log().clear());
        verify(s);
        assertEquals(List.of(Effect.VERIFY, Effect.CLEAR, Effect.NEW_BEST), log().effects());
    }

    @Test
    void aClearThatBeatsNoBest_playsNoNewBest(FxRobot robot) throws Exception {
        PlayerProfile profile = PlayerProfile.inMemory();
        profile.recordRun("send-before-go", new Score(1, 1, 1, 1), true);
        launch(robot, profile);
        LevelScreen s = open(robot, "send-before-go");
        interact(() -> s.canvas().model().apply(new Edit.Reset(s.entry().level().solution())));
        interact(() -> log().clear());
        verify(s);
        assertEquals(List.of(Effect.VERIFY, Effect.CLEAR), log().effects());
    }

    @Test
    void theMenuPlaysTheMenuTune_andALevelItsOwn(FxRobot robot) {
        GameShell game = launch(robot, PlayerProfile.inMemory());
        assertEquals(Tune.MENU, log().tune());
        interact(game::showLevelSelect);
        assertEquals(Tune.MENU, log().tune(), "the level select keeps the menu's tune");
        open(robot, "worker-pool");
        assertEquals(Tune.LEVEL, log().tune());
    }

    @Test
    void theLevelEditorPlaysTheLevelsTune_andTheMapTheMenus(FxRobot robot) {
        GameShell game = launch(robot, PlayerProfile.inMemory());
        interact(game::showMap);
        assertEquals(Tune.MENU, log().tune(), "the campaign map keeps the menu's tune");
        interact(game::showMenu);
        robot.clickOn("#level-editor");
        assertTrue(game.editor() != null, "the menu opens the editor");
        assertEquals(Tune.LEVEL, log().tune(), "building a level is heard as playing one");
        interact(game::showMenu);
        assertEquals(Tune.MENU, log().tune());
    }

    @Test
    void volumes_followTheSettings_atOnce_andMuteSilencesEverything(FxRobot robot) {
        PlayerProfile profile = PlayerProfile.inMemory(Settings.defaults().withMasterVolume(50).withMusicVolume(40)
                .withEffectsVolume(60));
        launch(robot, profile);
        assertEquals(0.2, log().musicVolume(), 1e-9, "music: master × music");
        LevelScreen s = open(robot, "send-before-go");
        interact(() -> s.canvas().model().apply(new Edit.RemoveOp("main", "ops[0]")));
        assertEquals(0.3, log().played().get(0).volume(), 1e-9, "effects: master × effects");

        interact(() -> profile.changeSettings(profile.settingsProperty().get().withMusicVolume(80)));
        assertEquals(0.4, log().musicVolume(), 1e-9, "the tune playing follows at once");

        interact(() -> profile.changeSettings(profile.settingsProperty().get().withSound(false)));
        assertEquals(null, log().tune(), "mute stops the music");
        interact(() -> {
            log().clear();
            s.canvas().model().undo();
        });
        assertTrue(log().effects().isEmpty(), "mute plays no effect");

        interact(() -> profile.changeSettings(profile.settingsProperty().get().withSound(true)));
        assertEquals(Tune.LEVEL, log().tune(), "unmuting brings the tune back");
    }

    @Test
    void projectorMode_playsNoEffects(FxRobot robot) {
        launch(robot, PlayerProfile.inMemory(Settings.defaults().withProjectorMode(true)));
        LevelScreen s = open(robot, "send-before-go");
        interact(() -> s.canvas().model().apply(new Edit.RemoveOp("main", "ops[0]")));
        assertFalse(log().effects().contains(Effect.REMOVE));
    }

    @Test
    void projectorMode_playsEffects_onceThePlayerTurnsThemOnForIt_savedForTheNextGame(FxRobot robot) throws Exception {
        var data = new org.interleave.level.save.DataDirectory(dir);
        PlayerProfile profile = PlayerProfile.load(data);
        profile.changeSettings(profile.settingsProperty().get().withProjectorMode(true));
        GameShell game = launch(robot, profile);
        interact(game::showSettings);
        javafx.scene.control.CheckBox box = robot.lookup("#projector-effects").queryAs(javafx.scene.control.CheckBox.class);
        assertFalse(box.isSelected(), "off by default");
        robot.clickOn(box);
        assertTrue(profile.settingsProperty().get().projectorEffects());
        interact(game::closeDialog);
        LevelScreen s = open(robot, "send-before-go");
        interact(() -> s.canvas().model().apply(new Edit.RemoveOp("main", "ops[0]")));
        assertEquals(List.of(Effect.REMOVE), log().effects(), "heard at once, in projector mode");
        assertTrue(PlayerProfile.load(data).settingsProperty().get().projectorEffects(), "saved");
    }

    @Test
    void theSettingsDialog_mutesAndSetsVolumes_savedInTheProfile(FxRobot robot) {
        PlayerProfile profile = PlayerProfile.inMemory();
        GameShell game = launch(robot, profile);
        interact(game::showSettings);
        robot.clickOn("#sound-on");
        assertFalse(profile.settingsProperty().get().sound());
        assertEquals(null, log().tune(), "muted at once");
        robot.clickOn("#sound-on");
        interact(() -> robot.lookup("#volume-music").queryAs(javafx.scene.control.Slider.class).setValue(10));
        assertEquals(10, profile.settingsProperty().get().musicVolume());
        assertEquals(0.08, log().musicVolume(), 1e-9);
        robot.clickOn("#reduce-motion");
        assertTrue(profile.settingsProperty().get().reduceMotion());
    }

    @Test
    void theSettingsDialog_setsMasterMusicAndEffectsVolumes_heardAtOnce_andSavedForTheNextGame(FxRobot robot) throws Exception {
        PlayerProfile profile = PlayerProfile.load(new org.interleave.level.save.DataDirectory(dir));
        GameShell game = launch(robot, profile);
        interact(game::showSettings);
        interact(() -> {
            robot.lookup("#volume-master").queryAs(javafx.scene.control.Slider.class).setValue(50);
            robot.lookup("#volume-music").queryAs(javafx.scene.control.Slider.class).setValue(40);
            robot.lookup("#volume-effects").queryAs(javafx.scene.control.Slider.class).setValue(30);
        });
        assertEquals(0.2, log().musicVolume(), 1e-9, "the menu's tune at master × music, at once");
        interact(game::closeDialog);
        LevelScreen s = open(robot, "send-before-go");
        interact(() -> s.canvas().model().apply(new Edit.RemoveOp("main", "ops[0]")));
        assertEquals(0.15, log().played().get(0).volume(), 1e-9, "an effect at master × effects");

        interact(game::showSettings);
        robot.clickOn("#sound-on");
        assertEquals(null, log().tune(), "muted at once");

        Settings saved = PlayerProfile.load(new org.interleave.level.save.DataDirectory(dir)).settingsProperty().get();
        assertEquals(List.of(50, 40, 30, false), List.of(saved.masterVolume(), saved.musicVolume(), saved.effectsVolume(),
                saved.sound()), "the next game reads the volumes and the mute back");
    }
}
