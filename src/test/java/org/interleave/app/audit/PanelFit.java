package org.interleave.app.audit;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;

/**
 * Whether the panels of a layout fit together: no two siblings of a layout pane (nor two cards on
 * the canvas) overlap, and no child reaches past the row or column that holds it.
 */
final class PanelFit {
    /** Where a broken rule is reported: the rule, the node (or nodes) and the figure measured. */
    interface Report {
        void add(String rule, String node, String figure);
    }

    private final Report report;

    PanelFit(Report report) {
        this.report = report;
    }

    /**
     * Children of a layout pane that reach past its edges: a row or column whose content is wider
     * (or taller) than the room it was given draws over its neighbours — a button under the next
     * column is there, whole and unclipped, but cannot be seen.
     */
    void overflows(Parent parent, String prefix) {
        boolean layout = parent instanceof VBox || parent instanceof HBox || parent instanceof BorderPane
                || parent instanceof GridPane || parent instanceof FlowPane || parent instanceof TilePane;
        if (!layout || !(parent instanceof Region area) || parent.getClip() != null) {
            return;
        }
        for (Node c : parent.getChildrenUnmodifiable()) {
            if (!c.isVisible() || !c.isManaged() || !(c instanceof Region r) || r.getWidth() <= 2 || r.getHeight() <= 2) {
                continue;
            }
            Bounds b = layoutBox(c);
            double right = b.getMaxX() - area.getWidth();
            double bottom = b.getMaxY() - area.getHeight();
            double left = -b.getMinX();
            double top = -b.getMinY();
            double most = Math.max(Math.max(right, bottom), Math.max(left, top));
            if (most > Boxes.TOLERANCE + 1) {
                report.add("overflow", prefix + LayoutAudit.describe(c), "reaches " + Boxes.fmt(most) + " px past " + LayoutAudit.describe(parent) + " "
                        + Boxes.rect(new BoundingBox(0, 0, area.getWidth(), area.getHeight())) + ": " + Boxes.rect(b));
            }
        }
    }

    /**
     * A button or label made of its graphic alone (a level card, a chapter's station) whose graphic
     * reaches past the control's padding: the skin lays a graphic out at its own height, so content
     * taller than a control of fixed height is drawn over its border and out of it, whole and
     * unclipped — a cleared level card's best score ran over its foot in projector mode.
     */
    void graphicOverflows(Parent parent, String prefix) {
        if (!(parent instanceof javafx.scene.control.Labeled l) || !(l.getGraphic() instanceof Region g)
                || l.getText() != null && !l.getText().isEmpty() && l.getContentDisplay() != javafx.scene.control.ContentDisplay.GRAPHIC_ONLY
                || g.getParent() != parent || !g.isVisible() || parent.getClip() != null || l.getHeight() <= 2) {
            return;
        }
        Bounds b = layoutBox(g);
        double right = b.getMaxX() - (l.getWidth() - l.snappedRightInset());
        double bottom = b.getMaxY() - (l.getHeight() - l.snappedBottomInset());
        double left = l.snappedLeftInset() - b.getMinX();
        double top = l.snappedTopInset() - b.getMinY();
        double most = Math.max(Math.max(right, bottom), Math.max(left, top));
        if (most > Boxes.TOLERANCE + 1) {
            report.add("overflow", prefix + LayoutAudit.describe(g), "reaches " + Boxes.fmt(most) + " px past the padding of "
                    + LayoutAudit.describe(parent) + " " + Boxes.rect(new BoundingBox(0, 0, l.getWidth(), l.getHeight())) + ": " + Boxes.rect(b));
        }
    }

    /** Two children of a layout pane whose boxes overlap (a plain Pane or StackPane layers them on purpose). */
    void overlaps(Parent parent, String prefix) {
        boolean layout = parent instanceof VBox || parent instanceof HBox || parent instanceof GridPane
                || parent instanceof BorderPane || parent instanceof FlowPane || parent instanceof TilePane
                || parent.getClass().getName().endsWith("CanvasView$World") || parent.getStyleClass().contains("canvas-world");
        if (!layout && !(parent instanceof SplitPane)) {
            return;
        }
        List<Node> kids = new ArrayList<>();
        for (Node c : parent.getChildrenUnmodifiable()) {
            if (c.isVisible() && (c.isManaged() || c.getStyleClass().contains("part-node")) && c instanceof Region r
                    && r.getWidth() > 0 && r.getHeight() > 0) {
                kids.add(c);
            }
        }
        for (int i = 0; i < kids.size(); i++) {
            Bounds a = layoutBox(kids.get(i));
            for (int j = i + 1; j < kids.size(); j++) {
                Bounds b = layoutBox(kids.get(j));
                double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
                double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
                if (w > Boxes.TOLERANCE && h > Boxes.TOLERANCE) {
                    report.add("overlap", prefix + LayoutAudit.describe(kids.get(i)) + " × " + LayoutAudit.describe(kids.get(j)),
                            Boxes.fmt(w) + "×" + Boxes.fmt(h) + " px in " + LayoutAudit.describe(parent));
                }
            }
        }
    }

    /**
     * A child's layout box in its parent: where the layout (or a drag) put it, at its laid-out size.
     * Not its visual bounds: a drop shadow may reach over a neighbour, and a card's pulse as a step
     * reaches it (a scale of a few % for a fifth of a second) is an effect in flight, not its place.
     */
    private static Bounds layoutBox(Node n) {
        Bounds l = n.getLayoutBounds();
        return new BoundingBox(n.getLayoutX() + n.getTranslateX() + l.getMinX(),
                n.getLayoutY() + n.getTranslateY() + l.getMinY(), l.getWidth(), l.getHeight());
    }
}
