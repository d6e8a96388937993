package org.interleave.app.level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.ScrollEvent;
import javafx.stage.Stage;
import org.interleave.app.Pulses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The goal column's list of goals shows each goal whole, or not at all, however short the column. */
@ExtendWith(ApplicationExtension.class)
class GoalColumnTest extends LevelScreenStage {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        show(stage);
    }

    /** The goals the list's view cuts at an edge that does not fade: shown in part, neither whole nor out of view. */
    private static List<String> halfShown(LevelScreen s) {
        ScrollPane list = (ScrollPane) s.lookup(".goal-list-scroll");
        Node viewport = list.lookup(".viewport");
        Bounds view = viewport.localToScene(viewport.getLayoutBounds());
        List<String> cut = new ArrayList<>();
        for (Node row : list.lookupAll(".goal-item")) {
            Bounds b = row.localToScene(row.getLayoutBounds());
            boolean whole = b.getMinY() >= view.getMinY() - 1 && b.getMaxY() <= view.getMaxY() + 1;
            boolean out = b.getMaxY() <= view.getMinY() + 1 || b.getMinY() >= view.getMaxY() - 1;
            boolean faded = fades(s, ".goal-list-fade-top", b.getMinY() < view.getMinY())
                    || fades(s, ".goal-list-fade-bottom", b.getMaxY() > view.getMaxY());
            if (!whole && !out && !faded) {
                cut.add(row.getId() + " " + b.getMinY() + ".." + b.getMaxY() + " in a view " + view.getMinY() + ".." + view.getMaxY());
            }
        }
        return cut;
    }

    /** Whether the fade {@code query} shows, when {@code cutThere} (the row goes past its edge). */
    private static boolean fades(LevelScreen s, String query, boolean cutThere) {
        Node fade = s.lookup(query);
        return cutThere && fade != null && fade.isVisible();
    }

    /** The fades that show over the list's edges. */
    private static long fadesShown(LevelScreen s) {
        return s.lookupAll(".goal-list-fade").stream().filter(Node::isVisible).count();
    }

    @Test
    void aShortColumn_showsNoGoalHalfCut_atRest_andFadesAnEdgeThatCutsOneScrolled(FxRobot robot) {
        // worker-pool's six goals fill the column: in a short window the list's view ended mid-goal;
        // at rest it now ends at a goal's foot, and scrolled, an edge that cuts a goal fades
        LevelScreen s = open(robot, "worker-pool");
        List<String> cut = new ArrayList<>();
        int shortened = 0;
        for (int h = 720; h >= 400; h -= 40) {
            int height = h;
            Pulses.interact(s.getScene(), () -> stage.setHeight(height));
            Pulses.interact(s.getScene(), () -> { });
            ScrollPane list = (ScrollPane) s.lookup(".goal-list-scroll");
            if (list.getViewportBounds().getHeight() < list.getContent().getLayoutBounds().getHeight() - 1) {
                shortened++;
            }
            halfShown(s).forEach(c -> cut.add(height + " px: " + c));
            if (fadesShown(s) > 0) {
                cut.add(height + " px: at rest, an edge fades: the view ends at a goal's foot");
            }
            for (int i = 0; i < 2; i++) {
                Pulses.interact(s.getScene(), () -> list.fireEvent(new ScrollEvent(ScrollEvent.SCROLL, 0, 0, 0, 0,
                        false, false, false, false, false, false, 0, -40, 0, -40, ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                        ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null)));
                halfShown(s).forEach(c -> cut.add(height + " px, scrolled: " + c));
            }
            Pulses.interact(s.getScene(), () -> list.setVvalue(0));
        }
        assertTrue(shortened > 0, "some window was too short for every goal");
        assertEquals(List.of(), cut);
    }
}
