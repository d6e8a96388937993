package org.interleave.app.audit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.interleave.app.PaneStage;
import org.interleave.app.level.BriefView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A brief's code in a column narrower than its lines wraps between words, as the audit judges it,
 * or scrolls sideways where a name is wider than the column: in projector mode's brief (274 px for
 * code at 1920×1080) "fmt.Println(<-results)" broke inside "results", and
 * "context.WithCancel(context.Background())" in the normal one.
 */
@ExtendWith(ApplicationExtension.class)
class BriefLayoutTest extends PaneStage {
    @Start
    void start(Stage stage) {
        show(stage, 1280, 720);
    }

    @Test
    void codeWiderThanTheBrief_wrapsAfterItsParenthesesOrScrolls_neverInsideAName(FxRobot robot) throws Exception {
        BriefView brief = new BriefView("Print them:\n\n```go\nctx, cancel := context.WithCancel(context.Background())\n"
                + "fmt.Println(<-results)\n```");
        VBox column = new VBox(brief);
        column.setPrefWidth(110);
        column.setMaxWidth(110);
        robot.interact(() -> pane().getChildren().setAll(new javafx.scene.layout.Pane(column)));
        // the game's theme is not on this stage: modena's faint scroll thumb is not what is judged here
        List<LayoutAudit.Violation> found = WaitForAsyncUtils.asyncFx(() -> LayoutAudit.of("brief", stage,
                new LayoutAudit.Rules(0, 0)).violations().stream().filter(v -> !v.rule().equals("thumb-contrast")).toList()).get();
        assertTrue(found.isEmpty(), found.toString());
    }

    /**
     * Every level's brief, as projector mode shows it at 100 % (24 px text, a 15 em column less its
     * margins and scroll bar), breaks no word: "context.WithTimeout(parent," broke inside a name,
     * in a level the audit's screens do not visit.
     */
    @Test
    void everyBrief_inProjectorModesColumn_breaksNoWord(FxRobot robot) throws Exception {
        StackPane root = new StackPane();
        org.interleave.app.shared.Theme.apply(root, org.interleave.app.level.LevelScreen.class, "level-screen.css");
        root.getStylesheets().add(BriefLayoutTest.class.getResource(org.interleave.app.projector.ProjectorStyler.STYLESHEET).toExternalForm());
        root.getStyleClass().add("projector");
        root.setStyle("-fx-font-size: 24px;");
        VBox column = new VBox();
        column.setMaxWidth(24 * (15 - 2 * 0.6) - 10);
        column.setPrefWidth(24 * (15 - 2 * 0.6) - 10);
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(column);
        scroll.setFitToWidth(true);
        root.getChildren().add(new javafx.scene.layout.Pane(scroll));
        robot.interact(() -> pane().getChildren().setAll(root));
        List<String> broken = new java.util.ArrayList<>();
        for (var entry : org.interleave.app.shared.CampaignCatalog.fromClassPath().entries()) {
            robot.interact(() -> column.getChildren().setAll(new BriefView(entry.level().brief())));
            List<LayoutAudit.Violation> found = WaitForAsyncUtils.asyncFx(() -> {
                // the whole brief, scrolled or not: each paragraph as it wraps
                scroll.setPrefViewportHeight(column.prefHeight(column.getPrefWidth()));
                return LayoutAudit.of(entry.level().id(), stage, new LayoutAudit.Rules(0, 0)).violations();
            }).get();
            found.stream().filter(v -> v.rule().equals("broken-word")).forEach(v -> broken.add(v.toString()));
        }
        assertTrue(broken.isEmpty(), String.join("\n", broken));
    }
}
