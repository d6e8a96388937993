package org.interleave.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class FilePickerTest {
    @TempDir
    Path dir;
    private Stage stage;
    private final List<Path> chosen = new ArrayList<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 1280, 720));
        stage.show();
    }

    private FilePicker show(FilePicker.Kind kind, FxRobot robot) {
        FilePicker[] picker = new FilePicker[1];
        robot.interact(() -> {
            picker[0] = new FilePicker("Open", kind, List.of(".level.json"), dir, chosen::add, () -> { });
            ((StackPane) stage.getScene().getRoot()).getChildren().setAll(picker[0]);
            picker[0].focusList();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return picker[0];
    }

    @SuppressWarnings("unchecked")
    private List<String> listed(FxRobot robot) {
        ListView<Path> list = robot.lookup("#picker-entries").queryAs(ListView.class);
        return list.getItems().stream().map(p -> p.getFileName().toString()).toList();
    }

    @Test
    void filePicker_listsFoldersThenFittingFiles_andChoosesByKeys(FxRobot robot) throws Exception {
        Files.createDirectory(dir.resolve("pack"));
        Files.writeString(dir.resolve("b.level.json"), "{}");
        Files.writeString(dir.resolve("a.level.json"), "{}");
        Files.writeString(dir.resolve("notes.txt"), "");
        Files.writeString(dir.resolve("pack").resolve("c.level.json"), "{}");
        show(FilePicker.Kind.FILE, robot);
        assertEquals(List.of("pack", "a.level.json", "b.level.json"), listed(robot));

        robot.type(KeyCode.UP).type(KeyCode.ENTER);  // from the first file up to the folder, and into it
        assertEquals(List.of("c.level.json"), listed(robot));
        robot.type(KeyCode.BACK_SPACE);
        assertEquals(List.of("pack", "a.level.json", "b.level.json"), listed(robot));

        robot.type(KeyCode.DOWN, KeyCode.ENTER);
        assertEquals(List.of(dir.resolve("b.level.json")), chosen);
    }

    @Test
    void folderPicker_choosesTheFolderSelected(FxRobot robot) throws Exception {
        Files.createDirectory(dir.resolve("pack"));
        Files.writeString(dir.resolve("a.level.json"), "{}");
        show(FilePicker.Kind.FOLDER, robot);
        assertEquals(List.of("pack"), listed(robot));
        robot.clickOn("#picker-choose");
        assertEquals(List.of(dir.resolve("pack")), chosen);
    }

    @Test
    void customLevelMenu_opensThePickerInsideTheWindow(FxRobot robot) {
        GameShell[] shell = new GameShell[1];
        robot.interact(() -> {
            shell[0] = new GameShell(org.interleave.app.shared.CampaignCatalog.fromClassPath(), Runnable::run, () -> { });
            ((StackPane) stage.getScene().getRoot()).getChildren().setAll(shell[0]);
        });
        robot.clickOn("#custom-level").clickOn("#open-level-file");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shell[0].dialog().orElseThrow() instanceof FilePicker, "the game's own chooser is the dialog shown");
        var b = robot.lookup("#file-picker").query().localToScene(robot.lookup("#file-picker").query().getLayoutBounds());
        assertTrue(b.getMinX() >= 0 && b.getMinY() >= 0 && b.getMaxX() <= 1280 && b.getMaxY() <= 720, "inside the window: " + b);
        robot.type(KeyCode.ESCAPE);
        assertTrue(shell[0].dialog().isEmpty(), "Esc closes it");
    }
}
