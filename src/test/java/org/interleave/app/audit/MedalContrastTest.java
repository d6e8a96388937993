package org.interleave.app.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.interleave.app.PaneStage;
import org.interleave.app.projector.ProjectorStyler;
import org.interleave.app.rewards.Medal;
import org.interleave.app.shared.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every medal reads on every ground a theme paints: the layout audit's contrast rule, applied to
 * each medal's mark on each of the theme's backgrounds. A silver medal in the light theme was once
 * 1.31:1 (#c9d1dc on #eaedf1): the metals were one colour for every theme.
 */
@ExtendWith(ApplicationExtension.class)
class MedalContrastTest extends PaneStage {
    private static final List<String> GROUNDS =
            List.of("-color-bg-default", "-color-bg-subtle", "-color-bg-raised", "-color-bg-inset");

    @Start
    void start(Stage stage) {
        show(stage, 900, 400);
    }

    /** Each medal's mark and word, on a strip of each ground, in a root of the given theme classes. */
    private List<LayoutAudit.Violation> audit(FxRobot robot, List<String> themeClasses, LayoutAudit.Rules rules)
            throws Exception {
        VBox strips = new VBox();
        for (String ground : GROUNDS) {
            HBox strip = new HBox(12);
            strip.setStyle("-fx-background-color: " + ground + "; -fx-padding: 6;");
            strip.getStylesheets().add(Medal.STYLESHEET);
            for (Medal m : Medal.values()) {
                Label mark = new Label(m.symbol() + " " + m.word());
                mark.getStyleClass().addAll("medal", m.styleClass());
                strip.getChildren().add(mark);
            }
            strips.getChildren().add(strip);
        }
        StackPane root = new StackPane(strips);
        Theme.apply(root, MedalContrastTest.class, null);
        root.getStyleClass().addAll(themeClasses);
        if (themeClasses.contains(ProjectorStyler.STYLE_CLASS)) {
            root.getStylesheets().add(Theme.class.getResource("/assets/themes/projector.css").toExternalForm());
        }
        robot.interact(() -> stage.getScene().setRoot(root));
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.asyncFx(() -> LayoutAudit.of("medals", stage, rules).violations()).get();
    }

    private static List<LayoutAudit.Violation> contrast(List<LayoutAudit.Violation> all) {
        List<LayoutAudit.Violation> out = new ArrayList<>();
        for (LayoutAudit.Violation v : all) {
            if (v.rule().equals("contrast")) {
                out.add(v);
            }
        }
        return out;
    }

    @Test
    void everyMedal_readsOnEveryGround_ofTheDarkTheme(FxRobot robot) throws Exception {
        assertEquals(List.of(), contrast(audit(robot, List.of(), LayoutAudit.Rules.NORMAL)));
    }

    @Test
    void everyMedal_readsOnEveryGround_ofTheLightTheme(FxRobot robot) throws Exception {
        assertEquals(List.of(), contrast(audit(robot, List.of(Theme.LIGHT_CLASS), LayoutAudit.Rules.NORMAL)));
    }

    @Test
    void everyMedal_readsOnEveryGround_inProjectorMode_atItsStricterContrast(FxRobot robot) throws Exception {
        assertEquals(List.of(), contrast(audit(robot, List.of(ProjectorStyler.STYLE_CLASS), LayoutAudit.Rules.PROJECTOR)));
    }

    @Test
    void theAuditSeesTheMedals_aGroundOfTheMedalsOwnColourFails(FxRobot robot) throws Exception {
        // the rule can fail here: silver on a ground of silver
        List<LayoutAudit.Violation> none = contrast(audit(robot, List.of(Theme.LIGHT_CLASS), LayoutAudit.Rules.NORMAL));
        assertEquals(List.of(), none);
        robot.interact(() -> ((VBox) pane().getChildren().get(0)).getChildren().get(0)
                .setStyle("-fx-background-color: -color-medal-silver; -fx-padding: 6;"));
        WaitForAsyncUtils.waitForFxEvents();
        List<LayoutAudit.Violation> cut = contrast(WaitForAsyncUtils.asyncFx(
                () -> LayoutAudit.of("medals", stage, LayoutAudit.Rules.NORMAL).violations()).get());
        assertTrue(cut.stream().anyMatch(v -> v.toString().contains("silver")), "silver on silver is reported: " + cut);
    }
}
