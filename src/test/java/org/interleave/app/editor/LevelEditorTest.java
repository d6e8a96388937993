package org.interleave.app.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.interleave.app.GameStage;
import org.interleave.app.custom.CustomLevelScreen;
import org.interleave.cli.Main;
import org.interleave.engine.model.Goal;
import org.interleave.engine.model.Level;
import org.interleave.level.LevelLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The level editor in the game: a level written in it is saved, loads again and passes the CLI's
 * {@code validate}; a mistake in a design's JSON is shown beside it as line:column; locks are set
 * on parts; "Check both sides" proves the solution and the promised bug; and Edit on a custom level
 * opens its file.
 */
@ExtendWith(ApplicationExtension.class)
class LevelEditorTest extends GameStage {
    static final String DESIGN = """
            {
              "parts": [
                {"id": "hits", "type": "var", "init": 0},
                {"id": "wg", "type": "waitgroup"},
                {"id": "worker", "type": "goroutine", "start": "spawn", "ops": [{"op": "inc", "var": "hits"}, {"op": "done", "wg": "wg"}]},
                {"id": "main", "type": "goroutine", "start": "main", "ops": [{"op": "add", "wg": "wg", "n": 2}, {"op": "go", "g": "worker"}, {"op": "go", "g": "worker"}, {"op": "wait", "wg": "wg"}]}
              ]
            }""";
    static final String SOLUTION = """
            {
              "parts": [
                {"id": "hits", "type": "var", "init": 0},
                {"id": "mu", "type": "mutex"},
                {"id": "wg", "type": "waitgroup"},
                {"id": "worker", "type": "goroutine", "start": "spawn", "ops": [{"op": "lock", "mu": "mu"}, {"op": "inc", "var": "hits"}, {"op": "unlock", "mu": "mu"}, {"op": "done", "wg": "wg"}]},
                {"id": "main", "type": "goroutine", "start": "main", "ops": [{"op": "add", "wg": "wg", "n": 2}, {"op": "go", "g": "worker"}, {"op": "go", "g": "worker"}, {"op": "wait", "wg": "wg"}]}
              ]
            }""";


    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        showGame(stage);
    }

    private LevelEditorView openFromMenu(FxRobot robot) {
        robot.clickOn("#level-editor");
        LevelEditorView editor = shell.editor();
        assertNotNull(editor, "the menu opens the editor");
        return editor;
    }

    /** A campaign level copied to {@code file}, opened as a custom level, and Edit pressed: the editor it opens. */
    private LevelEditorView editCopy(FxRobot robot, String level, Path file) throws Exception {
        Files.copy(Path.of("levels", level), file);
        interact(() -> shell.openCustom(file));
        robot.clickOn("#edit-level");
        return shell.editor();
    }

    /** The palette the reference solution needs: a mutex, and lock and unlock ops. */
    private void offerTheMutex(FxRobot robot, LevelEditorView editor) {
        interact(() -> {
            editor.draft().paletteProperty("mutex").set(1);
            editor.draft().paletteOpsProperty().set("lock, unlock");
        });
    }

    /** The lost-hits level's design and reference solution in their texts, with the palette the solution needs, validated. */
    private void writeDesignAndSolution(FxRobot robot, LevelEditorView editor) {
        setText(robot, "#design-json", DESIGN);
        setText(robot, "#solution-json", SOLUTION);
        offerTheMutex(robot, editor);
        interact(editor::validateNow);
    }

    /** Saves the level to the file, which the CLI's {@code validate} must accept; the level loaded from it. */
    private Level saveAndValidate(FxRobot robot, LevelEditorView editor, Path file) throws Exception {
        interact(() -> editor.saveTo(file));
        assertEquals(0, Main.execute("validate", file.toString()), "the CLI's validate accepts the saved file");
        return LevelLoader.load(file);
    }

    /**
     * Types the text into the focused field key by key: each character a key typed at the focused
     * node, through the scene's filters and handlers as a keyboard's is, one after the other on the
     * FX thread, then one wait for the pulse that lays the change out ({@link GameStage#interact}).
     * TestFX's {@code write} waits for the FX thread after every key (five round trips with 10 ms
     * sleeps, about 60 ms a key, 5 s of the 85 keys of the level built here).
     */
    private void type(FxRobot robot, String text) {
        interact(() -> {
            javafx.scene.Node field = shell.getScene().getFocusOwner();
            assertNotNull(field, "a field has the keyboard's focus");
            for (char c : text.toCharArray()) {
                javafx.event.Event.fireEvent(field, new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_TYPED,
                        String.valueOf(c), "", KeyCode.UNDEFINED, false, false, false, false));
            }
        });
    }

    private void setText(FxRobot robot, String query, String text) {
        TextArea area = robot.lookup(query).queryAs(TextArea.class);
        interact(() -> area.setText(text));
    }

    private String problemsOf(FxRobot robot, String query) {
        ListView<?> list = robot.lookup(query).queryAs(ListView.class);
        return list.getItems().stream().map(String::valueOf).collect(Collectors.joining("\n"));
    }

    @Test
    void narrowEditor_showsTheFormAsATab_andBesideTheDesignAgainWhenWide(FxRobot robot) throws Exception {
        LevelEditorView editor = openFromMenu(robot);
        javafx.scene.control.SplitPane body = robot.lookup(".editor-split").queryAs(javafx.scene.control.SplitPane.class);
        javafx.scene.control.TabPane tabs = robot.lookup(n -> n instanceof javafx.scene.control.TabPane).queryAs(
                javafx.scene.control.TabPane.class);
        assertEquals(2, onFx(() -> body.getItems().size()), "at 1280×720 the form is a column beside the design");
        // projector mode at 200 %: 48 px text, the editor about 27 em wide
        interact(() -> {
            shell.projector().enabledProperty().set(true);
            shell.projector().setScale(200);
        });
        waitUntil("the editor's body down to one column", () -> body.getItems().size() == 1);
        assertEquals("tab-level", onFx(() -> tabs.getTabs().get(0).getId()), "the form is the first tab");
        assertEquals("tab-level", onFx(() -> tabs.getSelectionModel().getSelectedItem().getId()), "and is shown");
        javafx.scene.Node id = robot.lookup("#editor-id").query();
        assertTrue(onFx(() -> id.localToScene(id.getLayoutBounds()).getMaxX() <= editor.getScene().getWidth()),
                "the form's fields lie within the window");
        interact(() -> tabs.getSelectionModel().select(2));
        interact(() -> shell.projector().enabledProperty().set(false));
        waitUntil("the editor's body back to two columns", () -> body.getItems().size() == 2);
        assertEquals(3, onFx(() -> tabs.getTabs().size()), "the form's tab goes when it is a column again");
        assertEquals("tab-solution", onFx(() -> tabs.getSelectionModel().getSelectedItem().getId()),
                "the tab the author chose stays chosen");
    }

    @Test
    void levelBuiltInTheEditor_isSaved_reloads_andPassesValidate(FxRobot robot) throws Exception {
        LevelEditorView editor = openFromMenu(robot);
        robot.clickOn("#editor-id").push(KeyCode.SHORTCUT, KeyCode.A);
        type(robot, "lost-hits");
        robot.clickOn("#editor-title").push(KeyCode.SHORTCUT, KeyCode.A);
        type(robot, "Lost hits");
        robot.clickOn("#editor-chapter");
        type(robot, "My pack");
        robot.clickOn("#editor-concepts");
        type(robot, "data race, Mutex");
        robot.clickOn("#editor-brief");
        type(robot, "Two workers count **hits**: fix the `race`.");
        interact(() -> editor.draft().hintsProperty().set("Lock around the inc."));  // below the fold
        writeDesignAndSolution(robot, editor);

        assertEquals(List.of(), editor.problems());
        assertTrue(robot.lookup("#editor-validity").queryAs(Label.class).getText().startsWith("✓ Valid"));
        assertTrue(robot.lookup("#design-state").queryAs(Label.class).getText().startsWith("✓"));

        Path file = dir.resolve("lost-hits.level.json");
        Level level = saveAndValidate(robot, editor, file);
        assertEquals("lost-hits", level.id());
        assertEquals("Lost hits", level.title());
        assertEquals("My pack", level.chapter());
        assertEquals(Goal.Mode.FIX, level.mode());
        assertEquals(List.of("data race", "Mutex"), level.concepts());
        assertEquals(List.of("Lock around the inc."), level.hints());
        assertEquals("Two workers count **hits**: fix the `race`.", level.brief().strip(), "the brief as typed, Markdown and all");
        assertEquals(4, level.design().parts().size());
        assertEquals(5, level.solution().parts().size());

        LevelDraft again = LevelEditorView.read(file);
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), again.toText(), "reading and writing is stable");
        assertFalse(Files.list(dir).anyMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file left");
    }

    @Test
    void aPartAddedOnTheCanvas_isWrittenIntoTheJson_andAMistakeInTheText_freezesTheCanvas(FxRobot robot) {
        LevelEditorView editor = openFromMenu(robot);
        setText(robot, "#design-json", DESIGN);
        interact(editor::validateNow);
        javafx.scene.Node canvas = robot.lookup("#design-canvas").query();
        assertEquals(4, editor.designCanvas().designProperty().get().parts().size(), "the canvas shows the text's design");

        javafx.scene.Node mutex = robot.from(canvas).lookup("#palette-mutex").query();
        javafx.scene.Node board = robot.from(canvas).lookup("#canvas").query();
        robot.drag(mutex).dropTo(board);

        String text = robot.lookup("#design-json").queryAs(TextArea.class).getText();
        assertTrue(text.contains("\"type\": \"mutex\""), text);
        interact(editor::validateNow);
        assertEquals(List.of(), editor.problems(), "the canvas writes a design that loads");
        assertEquals(5, editor.designCanvas().designProperty().get().parts().size());
        assertFalse(canvas.isDisabled());

        setText(robot, "#design-json", text.replace("\"type\": \"mutex\"", "\"type\": \"mutexx\""));
        interact(editor::validateNow);
        assertTrue(canvas.isDisabled(), "while the text has a mistake the canvas takes no edits");
        assertTrue(robot.lookup("#design-json").queryAs(TextArea.class).getText().contains("mutexx"), "the text is kept");
    }

    @Test
    void designJsonMistake_isShownBesideTheText_asLineColumnAndSuggestion(FxRobot robot) {
        LevelEditorView editor = openFromMenu(robot);
        setText(robot, "#design-json", DESIGN.replace("\"type\": \"waitgroup\"", "\"type\": \"waitgrop\""));
        interact(editor::validateNow);
        String problems = problemsOf(robot, "#design-problems");
        assertTrue(problems.contains("design:4:26: unknown part type 'waitgrop' — did you mean 'waitgroup'?"), problems);
        assertTrue(robot.lookup("#design-state").queryAs(Label.class).getText().startsWith("✗ 1 problem"));
        assertTrue(robot.lookup("#editor-validity").queryAs(Label.class).getText().startsWith("✗"));
        assertTrue(robot.lookup("#check-both").query().isDisabled(), "an invalid level is not checked");
    }

    @Test
    void lockingAPart_writesLockedIntoTheDesign(FxRobot robot) {
        LevelEditorView editor = openFromMenu(robot);
        setText(robot, "#design-json", DESIGN);
        interact(editor::validateNow);
        robot.clickOn("#lock-main");
        interact(editor::validateNow);
        String text = robot.lookup("#design-json").queryAs(TextArea.class).getText();
        assertTrue(text.contains("{\"id\": \"main\", \"type\": \"goroutine\", \"start\": \"main\""), text);
        assertTrue(text.matches("(?s).*\"id\": \"main\".*\"locked\": true.*"), text);
        assertTrue(robot.lookup("#lock-main").queryAs(CheckBox.class).isSelected());
        assertEquals(List.of(), editor.problems());
    }

    @Test
    void lockingAnOp_fromTheKeyboardToo_isSavedInTheLevel_andTheLoaderHoldsSolutionsToIt(FxRobot robot) throws Exception {
        LevelEditorView editor = openFromMenu(robot);
        writeDesignAndSolution(robot, editor);
        assertEquals(List.of(), editor.problems());

        assertEquals("Locked ops: 0 of 6 (the player edits around them)",
                robot.lookup("#editor-op-locks-pane").queryAs(javafx.scene.control.TitledPane.class).getText());
        robot.clickOn("#editor-op-locks-pane .title");  // opens the list
        robot.clickOn("#lock-op-worker-ops-0");  // the worker's hits++
        interact(editor::validateNow);
        CheckBox inc = robot.lookup("#lock-op-worker-ops-0").queryAs(CheckBox.class);
        assertTrue(inc.isSelected());
        assertTrue(onFx(inc::isFocused), "the box made anew keeps the keyboard's focus");
        robot.type(KeyCode.TAB).type(KeyCode.SPACE);  // the next box: the worker's done
        interact(editor::validateNow);
        assertTrue(robot.lookup("#lock-op-worker-ops-1").queryAs(CheckBox.class).isSelected());
        assertEquals("Locked ops: 2 of 6 (the player edits around them)",
                robot.lookup("#editor-op-locks-pane").queryAs(javafx.scene.control.TitledPane.class).getText());
        com.fasterxml.jackson.databind.JsonNode worker = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(robot.lookup("#design-json").queryAs(TextArea.class).getText()).path("parts").get(2);
        assertTrue(worker.path("ops").get(0).path("locked").asBoolean() && worker.path("ops").get(1).path("locked").asBoolean(),
                worker.toString());
        assertFalse(worker.has("locked"), "the ops are locked, not the goroutine");

        // the reference solution does not keep the locks yet: the level says so, as validate would
        assertTrue(editor.problems().stream().anyMatch(p -> p.message().startsWith("worker: the locked op")),
                editor.problems().toString());
        String kept = SOLUTION.replace("{\"op\": \"inc\", \"var\": \"hits\"}", "{\"op\": \"inc\", \"locked\": true, \"var\": \"hits\"}")
                .replace("{\"op\": \"done\", \"wg\": \"wg\"}]}", "{\"op\": \"done\", \"locked\": true, \"wg\": \"wg\"}]}");
        setText(robot, "#solution-json", kept);
        interact(editor::validateNow);
        assertEquals(List.of(), editor.problems());

        Level level = saveAndValidate(robot, editor, dir.resolve("locked-hits.level.json"));
        org.interleave.engine.model.Part.Goroutine w = (org.interleave.engine.model.Part.Goroutine)
                level.design().part("worker").orElseThrow();
        assertTrue(org.interleave.level.LockedOps.locked(w.ops().get(0)) && org.interleave.level.LockedOps.locked(w.ops().get(1)));
        // a solution that skips the locked hits++ is refused
        Path cheat = dir.resolve("cheat.solution.json");
        Files.writeString(cheat, "{\"format\": 1, \"level\": \"" + level.id() + "\", \"design\": "
                + kept.replace("{\"op\": \"inc\", \"locked\": true, \"var\": \"hits\"}, ", "") + "}");
        org.interleave.level.LevelException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.interleave.level.LevelException.class, () -> LevelLoader.loadSolution(cheat, level));
        assertTrue(e.problems().stream().anyMatch(p -> p.message().contains("the locked op")), e.problems().toString());
    }

    @Test
    void relayOfASealedPart_isShownFromTheFile_setAndClearedInTheEditor_andSavedBack(FxRobot robot) throws Exception {
        Path file = dir.resolve("fan-in.level.json");
        LevelEditorView editor = editCopy(robot, "35-fan-in.level.json", file);
        assertEquals(List.of(), editor.problems(), "fan-in is valid in the editor");
        assertTrue(robot.lookup("#relay-merged").queryAs(CheckBox.class).isSelected(), "merged relays in the file");
        assertTrue(robot.lookup("#relay-out").queryAs(CheckBox.class).isSelected(), "out relays in the file");
        assertFalse(robot.lookup("#relay-c1").queryAs(CheckBox.class).isSelected(), "c1 is sealed only");
        assertTrue(robot.lookup("#relay-p1").tryQuery().isEmpty(), "a goroutine cannot relay");

        robot.clickOn("#relay-merged");  // off: merged stays sealed
        interact(editor::validateNow);
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.JsonNode merged = json.readTree(
                robot.lookup("#design-json").queryAs(TextArea.class).getText()).path("parts").get(2);
        assertEquals("merged", merged.path("id").asText());
        assertTrue(merged.path("sealed").asBoolean() && !merged.has("relay"), merged.toString());
        // the reference solution keeps merged as it was: the file says the locked part changed
        assertTrue(editor.problems().stream().anyMatch(p -> p.message().contains("the locked part 'merged' was changed")),
                editor.problems().toString());

        robot.clickOn("#relay-merged");  // on again
        interact(editor::validateNow);
        assertTrue(robot.lookup("#relay-merged").queryAs(CheckBox.class).isSelected());
        assertEquals(List.of(), editor.problems());
        Level saved = saveAndValidate(robot, editor, file);
        assertTrue(saved.design().part("merged").orElseThrow().layout().relay(), "saved with merged relaying");
        assertTrue(saved.design().part("out").orElseThrow().layout().relay(), "and out");
        assertFalse(saved.design().part("c1").orElseThrow().layout().relay());
    }

    @Test
    void checkBothSides_provesTheSolutionClears_andTheDesignHasTheBug(FxRobot robot) throws Exception {
        LevelEditorView editor = openFromMenu(robot);
        writeDesignAndSolution(robot, editor);
        robot.clickOn("#check-both");
        waitUntil("three check results listed", () -> robot.lookup("#check-results .check-result").queryAll().size() >= 3);
        String results = robot.lookup("#check-results .check-result").queryAll().stream()
                .map(n -> ((Label) n).getText()).collect(Collectors.joining("\n"));
        assertTrue(results.contains("✓ Reference solution: Clears the level"), results);
        assertTrue(results.contains("✓ Starting design: Has the promised bug: race"), results);
        assertTrue(results.matches("(?s).*\\d+ states · \\d+ executions · \\d+\\.\\d\\d s.*"), results);
        assertTrue(results.contains("Difficulty hint:"), results);
    }

    @Test
    void editOnACustomLevel_opensItsFile_andBackReturnsToTheLevel(FxRobot robot) throws Exception {
        Path file = dir.resolve("mine.level.json");
        LevelEditorView editor = editCopy(robot, "06-forgot-to-unlock.level.json", file);
        assertNotNull(editor);
        assertEquals(file, editor.file());
        assertEquals("forgot-to-unlock", editor.draft().idProperty().get());
        assertEquals(List.of(), editor.problems(), "a campaign level is valid in the editor");
        robot.clickOn("#editor-title").push(KeyCode.SHORTCUT, KeyCode.A);
        type(robot, "Unlock it");
        interact(editor::save);
        robot.clickOn("#editor-back");
        Node showing = shell.getChildren().get(0);
        assertTrue(showing instanceof CustomLevelScreen, String.valueOf(showing));
        assertEquals("Unlock it", LevelLoader.load(file).title());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Unlock it", robot.from(showing).lookup("#level-title").queryAs(Label.class).getText());
    }
}
