package org.interleave.app.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.shape.CubicCurve;
import javafx.stage.Stage;
import org.interleave.app.GameStage;
import org.interleave.app.Pulses;
import org.interleave.app.level.LevelScreen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The wires run from their port to their part the short way, never swinging out past both ends and back. */
@ExtendWith(ApplicationExtension.class)
class WireRouteTest extends GameStage {
    /** How far a wire may run past the box of its two ends: the stub out of its port and a curve's swell. */
    private static final double SLACK = WireLayer.PORT_STUB + 8;

    @Start
    void start(Stage stage) {
        showGame(stage);
    }

    /** Where the curve lies past the box its two ends span, by more than the slack; "" when it does not. */
    private static String strays(CubicCurve c) {
        double x0 = Math.min(c.getStartX(), c.getEndX()) - SLACK;
        double x1 = Math.max(c.getStartX(), c.getEndX()) + SLACK;
        double y0 = Math.min(c.getStartY(), c.getEndY()) - SLACK;
        double y1 = Math.max(c.getStartY(), c.getEndY()) + SLACK;
        for (int i = 0; i <= 50; i++) {
            double t = i / 50.0;
            double u = 1 - t;
            double x = u * u * u * c.getStartX() + 3 * u * u * t * c.getControlX1() + 3 * u * t * t * c.getControlX2() + t * t * t * c.getEndX();
            double y = u * u * u * c.getStartY() + 3 * u * u * t * c.getControlY1() + 3 * u * t * t * c.getControlY2() + t * t * t * c.getEndY();
            if (x < x0 || x > x1 || y < y0 || y > y1) {
                return String.format("(%.0f, %.0f) past the box of its ends (%.0f, %.0f)–(%.0f, %.0f)", x, y,
                        c.getStartX(), c.getStartY(), c.getEndX(), c.getEndY());
            }
        }
        return "";
    }

    @Test
    void theWiresOfTheCampaignsDesigns_runNoFurtherThanTheirEnds(FxRobot robot) throws Exception {
        // wait-for-them's prints rose from the port on greet's right edge to the output above its
        // middle: the wire swung out right past the card by its full reach, and back, a loop beside it
        List<String> strays = new ArrayList<>();
        int seen = 0;
        for (String id : List.of("wait-for-them", "worker-pool", "dining-philosophers", "guard-the-counter", "pipeline")) {
            robot.interact(() -> shell.openLevel(CATALOG.byId(id).orElseThrow()));
            LevelScreen s = (LevelScreen) shell.screen();
            Pulses.interact(s.getScene(), () -> { });
            List<WireLayer.Wire> wires = onFx(() -> ((CanvasView) s.lookup("#canvas")).wires());
            seen += wires.size();
            for (WireLayer.Wire w : wires) {
                String stray = onFx(() -> strays(w.curve()));
                if (!stray.isEmpty()) {
                    strays.add(id + ": " + w.goroutine() + " " + w.path() + " → " + w.target() + " " + stray);
                }
            }
        }
        assertTrue(seen > 10, "the designs have wires: " + seen);
        assertEquals(List.of(), strays);
    }
}
