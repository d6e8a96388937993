package org.interleave.app.custom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.interleave.app.GameStage;
import org.interleave.app.level.LevelScreen;
import org.interleave.app.select.LevelSelectView;
import org.interleave.app.shared.CommandText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Custom levels in the game: a file or a folder opened as a pack, a file edited while open is
 * reloaded, and a file that breaks shows its problems while the level keeps working.
 */
@ExtendWith(ApplicationExtension.class)
class CustomLevelsTest extends GameStage {
    private static final Path CAMPAIGN = Path.of("levels");
    private static final String LEVEL = "06-forgot-to-unlock.level.json";


    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        showGame(stage);
    }

    private static String campaign(String name) throws Exception {
        return Files.readString(CAMPAIGN.resolve(name), StandardCharsets.UTF_8);
    }

    /** Writes a file the way editors do: a temporary file renamed over the old one. */
    private static void save(Path file, String text) throws Exception {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private Node showing() {
        return shell.getChildren().get(0);
    }

    private static String texts(FxRobot robot, Node root) {
        return robot.from(root).lookup((Node n) -> n instanceof Labeled).queryAll().stream()
                .map(n -> ((Labeled) n).getText()).collect(Collectors.joining("\n"));
    }

    private static String title(FxRobot robot, Node screen) {
        return robot.from(screen).lookup("#level-title").queryAs(Label.class).getText();
    }

    private Path openLevel(FxRobot robot) throws Exception {
        Path file = dir.resolve("mine.level.json");
        save(file, campaign(LEVEL));
        interact(() -> shell.openCustom(file));
        assertTrue(onFx(this::showing) instanceof CustomLevelScreen, "a single good file opens at once");
        return file;
    }

    @Test
    void editedFile_isReloadedWhileOpen(FxRobot robot) throws Exception {
        Path file = openLevel(robot);
        CustomLevelScreen screen = (CustomLevelScreen) onFx(this::showing);
        LevelScreen before = onFx(screen::levelScreen);
        assertEquals("The early return", onFx(() -> title(robot, screen)));

        save(file, campaign(LEVEL).replace("\"title\": \"The early return\"", "\"title\": \"Remember to unlock\""));
        waitUntil("the changed level reloaded", () -> screen.levelScreen() != before);

        assertEquals("Remember to unlock", onFx(() -> title(robot, screen)));
        assertTrue(onFx(() -> robot.from(screen).lookup("#reload-status").queryAs(Label.class).getText())
                .startsWith("Reloaded at"));
        assertFalse(onFx(screen::showsProblems));
    }

    @Test
    void brokenFile_showsWhereAndWhatIsWrong_andTheLevelKeepsWorking(FxRobot robot) throws Exception {
        Path file = openLevel(robot);
        CustomLevelScreen screen = (CustomLevelScreen) onFx(this::showing);
        LevelScreen good = onFx(screen::levelScreen);

        save(file, campaign(LEVEL).replaceFirst("\"type\": \"mutex\"", "\"type\": \"mutexx\""));
        waitUntil("the load problems shown", screen::showsProblems);

        String problems = onFx(() -> texts(robot, robot.lookup("#load-problems").query()));
        assertTrue(problems.contains("mine.level.json has 1 problem"), problems);
        assertTrue(problems.contains("unknown part type 'mutexx'"), problems);
        assertTrue(problems.matches("(?s).*line \\d+:\\d+.*"), problems);
        assertTrue(problems.contains("$.design.parts[1].type"), problems);
        assertTrue(problems.contains("→ did you mean 'mutex'?"), problems);
        assertTrue(problems.contains("'mutexx'"), "found: " + problems);
        assertTrue(problems.contains("one of channel, mutex"), "expected: " + problems);

        assertSame(good, onFx(screen::levelScreen), "the last good version stays");
        verify(good);  // ends FINISHED, or fails saying how it ended
        String verdict = onFx(() -> text(robot, "#verdict"));
        assertFalse(verdict.contains("Could not verify"), verdict);

        save(file, campaign(LEVEL));
        waitUntil("the load problems gone", () -> !screen.showsProblems());
    }

    @Test
    void folder_isAPackOnTheLevelSelect_withItsBrokenFilesExplained(FxRobot robot) throws Exception {
        save(dir.resolve("01-first.level.json"), campaign(LEVEL));
        save(dir.resolve("02-second.level.json"), campaign("05-guard-the-counter.level.json"));
        save(dir.resolve("03-broken.level.json"), campaign("05-guard-the-counter.level.json")
                .replace("\"mode\": \"build\"", "\"mode\": \"biuld\""));
        interact(() -> shell.openCustom(dir));

        assertTrue(onFx(this::showing) instanceof LevelSelectView);
        Node pack = onFx(() -> robot.lookup("#custom-pack").query());
        assertEquals(2, onFx(() -> robot.from(pack).lookup(".level-card").queryAll().size()));
        String text = onFx(() -> texts(robot, pack));
        assertEquals("Custom · " + dir.getFileName(), onFx(() -> ((CommandText) robot.lookup("#pack-title").query()).text()));
        assertTrue(text.contains("unknown mode 'biuld'"), text);
        assertTrue(text.contains("→ did you mean 'build'?"), text);

        save(dir.resolve("04-third.level.json"), campaign("07-atomic-hits.level.json"));
        waitUntil("three cards in the custom pack", () -> robot.lookup("#custom-pack .level-card").queryAll().size() == 3);

        robot.clickOn("#level-forgot-to-unlock");
        assertTrue(onFx(this::showing) instanceof CustomLevelScreen);
    }
}
