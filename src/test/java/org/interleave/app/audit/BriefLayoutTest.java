package org.interleave.app.audit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.interleave.app.level.BriefView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A brief's code in a column narrower than its lines wraps between words, as the audit judges it:
 * in projector mode's brief (274 px for code at 1920×1080) "fmt.Println(<-results)" broke inside
 * "results", and "context.WithCancel(context.Background())" in the normal one.
 */
@ExtendWith(ApplicationExtension.class)
class BriefLayoutTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @Test
    void codeWiderThanTheBrief_wrapsAfterItsParenthesesAndDots_neverInsideAName(FxRobot robot) throws Exception {
        BriefView brief = new BriefView("Print them:\n\n```go\nctx, cancel := context.WithCancel(context.Background())\n"
                + "fmt.Println(<-results)\n```");
        VBox column = new VBox(brief);
        column.setPrefWidth(110);
        column.setMaxWidth(110);
        robot.interact(() -> ((StackPane) stage.getScene().getRoot()).getChildren().setAll(new javafx.scene.layout.Pane(column)));
        List<LayoutAudit.Violation> found = WaitForAsyncUtils.asyncFx(() -> LayoutAudit.of("brief", stage,
                new LayoutAudit.Rules(0, 0)).violations()).get();
        assertTrue(found.isEmpty(), found.toString());
    }
}
