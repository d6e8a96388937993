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
        if (kind != FilePicker.Kind.SAVE) {
            // the keys go to the list only once it has the focus: a window that took its focus late
            // (a busy machine) gave it to the first control, ↑ Up, and Enter went up to the parent
            Pulses.until("the picker's list focused", () -> {
                if (!picker[0].lookup("#picker-entries").isFocused()) {
                    picker[0].focusList();
                }
                return picker[0].lookup("#picker-entries").isFocused();
            });
        }
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

    @Test
    void savePicker_addsTheSuffix_andReplacesAFileOnlyWhenAskedTwice(FxRobot robot) throws Exception {
        Files.writeString(dir.resolve("old.level.json"), "{}");
        FilePicker[] picker = new FilePicker[1];
        robot.interact(() -> {
            picker[0] = new FilePicker("Save", FilePicker.Kind.SAVE, List.of(".level.json"), dir, chosen::add, () -> { });
            picker[0].suggestName("my-level.level.json");
            ((StackPane) stage.getScene().getRoot()).getChildren().setAll(picker[0]);
            picker[0].focusList();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("old.level.json"), listed(robot), "the files it could replace are listed");

        robot.interact(() -> robot.lookup("#picker-name").queryAs(javafx.scene.control.TextField.class).setText("first"));
        robot.clickOn("#picker-choose");
        assertEquals(List.of(dir.resolve("first.level.json")), chosen, "the suffix is added");

        robot.interact(() -> robot.lookup("#picker-name").queryAs(javafx.scene.control.TextField.class).setText("old"));
        robot.clickOn("#picker-choose");
        assertEquals(1, chosen.size(), "an existing file is not replaced at the first press");
        assertEquals("Replace", robot.lookup("#picker-choose").queryAs(javafx.scene.control.Button.class).getText());
        robot.clickOn("#picker-choose");
        assertEquals(dir.resolve("old.level.json"), chosen.get(1));
    }

    @Test
    void pngExport_asksInTheGamesOwnChooser_andWritesThePicture(FxRobot robot) throws Exception {
        GameShell[] shell = new GameShell[1];
        robot.interact(() -> {
            shell[0] = new GameShell(org.interleave.app.shared.CampaignCatalog.fromClassPath(), Runnable::run, () -> { });
            ((StackPane) stage.getScene().getRoot()).getChildren().setAll(shell[0]);
        });
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node menu = shell[0].screen();
        robot.interact(() -> org.interleave.playback.PngExport.exportWithDialog(menu, "menu"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shell[0].dialog().orElseThrow() instanceof FilePicker, "the game's own chooser asks where");
        robot.interact(() -> {
            var location = robot.lookup("#picker-location").queryAs(javafx.scene.control.TextField.class);
            location.setText(dir.toString());
            location.fireEvent(new javafx.event.ActionEvent());
        });
        assertEquals("menu.png", robot.lookup("#picker-name").queryAs(javafx.scene.control.TextField.class).getText());
        robot.clickOn("#picker-choose");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shell[0].dialog().isEmpty(), "the chooser closes");
        assertTrue(Files.size(dir.resolve("menu.png")) > 0, "the picture is written where chosen");
    }
}
