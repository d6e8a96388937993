package org.interleave.playback;

import java.util.List;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;

/**
 * Draws a {@link TimelineData} into the timeline's drawing: the step numbers, a lane per goroutine
 * with a shape per step for its state, the happens-before arrows and the racing pair. It also
 * holds the geometry (where a column and a lane are), which follows the root font so projector
 * mode scales the lanes too.
 */
final class TimelinePainter {
    /** The sizes at the theme's root font of 15px; a larger root font (projector mode) scales them. */
    private static final double BASE_FONT = 15;
    private final Group drawing;
    private double labelWidth = 112;
    private double minColumnWidth = 30;
    private double maxColumnWidth = 56;
    private double laneHeight = 26;
    private double headerHeight = 20;
    /** The width of a step's column: wider when few steps leave room, never narrower than the minimum. */
    private double columnWidth = 30;

    TimelinePainter(Group drawing) {
        this.drawing = drawing;
    }

    /** Scales the sizes to a root font of {@code em} pixels (never below the base sizes). */
    void rescale(double em) {
        double k = Math.max(1, em / BASE_FONT);
        labelWidth = 112 * k;
        minColumnWidth = 30 * k;
        maxColumnWidth = 56 * k;
        laneHeight = 26 * k;
        headerHeight = 20 * k;
    }

    /** Widens the columns to share {@code viewportWidth} among {@code columns}, within their limits. */
    void fitColumns(int columns, double viewportWidth) {
        double room = viewportWidth - labelWidth - 14;
        columnWidth = Math.max(minColumnWidth, Math.min(maxColumnWidth, room > 0 ? room / columns : 0));
    }

    /** The x of a column's left edge inside the drawing. */
    double columnX(int column) {
        return labelWidth + column * columnWidth;
    }

    /** The y of a lane's top edge inside the drawing. */
    double laneY(int lane) {
        return headerHeight + lane * laneHeight;
    }

    double labelWidth() {
        return labelWidth;
    }

    double columnWidth() {
        return columnWidth;
    }

    /** The column under the drawing's x, or -1 left of the first. */
    int columnAt(double x) {
        return x < labelWidth ? -1 : (int) Math.floor((x - labelWidth) / columnWidth);
    }

    /** Draws the step numbers and every lane. */
    void lanes(TimelineData d) {
        header(d);
        for (int i = 0; i < d.lanes().size(); i++) {
            lane(d, i);
        }
    }

    /** Draws the happens-before arrows and the racing pair (over the lanes and the cursor). */
    void edgesAndRace(TimelineData d) {
        for (TimelineData.Edge e : d.edges()) {
            edge(d, e);
        }
        if (d.race() != null) {
            race(d, d.race());
        }
    }

    private void header(TimelineData d) {
        for (int c = 0; c <= d.endColumn(); c++) {
            String words = c == 0 ? "go" : c == d.endColumn() ? "end" : Integer.toString(c);
            Text t = new Text(words);
            t.getStyleClass().add("tl-column-number");
            t.setX(columnX(c) + 3);
            t.setY(headerHeight - 6);
            drawing.getChildren().add(t);
            if (c >= 1 && c <= d.steps()) {
                Tooltip.install(t, new Tooltip("step " + c + ": " + d.tokens().get(c - 1)));
            }
        }
    }

    private void lane(TimelineData d, int i) {
        TimelineData.Lane lane = d.lanes().get(i);
        double y = laneY(i);
        Rectangle stripe = new Rectangle(0, y, columnX(d.endColumn() + 1), laneHeight);
        stripe.getStyleClass().addAll("tl-lane", i % 2 == 0 ? "tl-lane-even" : "tl-lane-odd");
        drawing.getChildren().add(stripe);
        Text name = new Text(lane.name());
        name.getStyleClass().add("tl-lane-label");
        name.setId("lane-" + lane.name().replace('#', '-'));
        name.setX(6);
        name.setY(y + laneHeight / 2 + 4);
        drawing.getChildren().add(name);
        TimelineData.State previous = null;
        for (int c = 0; c < lane.cells().size(); c++) {
            TimelineData.Cell cell = lane.cell(c);
            if (cell == null) {
                previous = null;
                continue;
            }
            Node shape = cellShape(cell.state(), c, y, previous != cell.state());
            String when = c == 0 ? "at the start" : c == d.endColumn() ? "after the last step" : "step " + c;
            Tooltip.install(shape, new Tooltip(lane.name() + " · " + when + " · " + cell.state().words() + ": "
                    + cell.detail()));
            shape.getProperties().put("column", c);
            shape.getProperties().put("lane", i);
            drawing.getChildren().add(shape);
            previous = cell.state();
        }
        blockedLabels(lane, y);
    }

    /**
     * Says on what a goroutine is blocked, on the lane itself, where a blocked span is wide
     * enough for it: {@code ⊘ mu.Lock (held by p1#0)}, cut to fit.
     */
    private void blockedLabels(TimelineData.Lane lane, double y) {
        int c = 0;
        while (c < lane.cells().size()) {
            TimelineData.Cell cell = lane.cell(c);
            if (cell == null || cell.state() != TimelineData.State.BLOCKED) {
                c++;
                continue;
            }
            int end = c;
            while (end + 1 < lane.cells().size() && lane.cell(end + 1) != null
                    && lane.cell(end + 1).state() == TimelineData.State.BLOCKED
                    && lane.cell(end + 1).detail().equals(cell.detail())) {
                end++;
            }
            double width = (end - c + 1) * columnWidth - 26;
            String what = cell.detail().startsWith("blocked on ") ? cell.detail().substring(11) : cell.detail();
            Text label = new Text(what);
            label.getStyleClass().add("tl-blocked-label");
            label.setMouseTransparent(true);
            drawing.getChildren().add(label);
            label.applyCss();
            // cut to the span, measured in the label's own font
            while (label.getLayoutBounds().getWidth() > width && label.getText().length() > 4) {
                String t = label.getText();
                label.setText(t.substring(0, t.length() - (t.endsWith("…") ? 2 : 1)) + "…");
            }
            if (label.getLayoutBounds().getWidth() > width) {
                drawing.getChildren().remove(label);
            } else {
                label.setX(columnX(c) + 20);
                label.setY(y + laneHeight / 2 + 4);
                Rectangle pill = new Rectangle(columnX(c) + 17, y + 6, label.getLayoutBounds().getWidth() + 6,
                        laneHeight - 12);
                pill.getStyleClass().add("tl-blocked-pill");
                pill.setMouseTransparent(true);
                drawing.getChildren().add(Math.max(0, drawing.getChildren().indexOf(label)), pill);
            }
            c = end + 1;
        }
    }

    private Node cellShape(TimelineData.State s, int c, double y, boolean first) {
        double x = columnX(c);
        Group g = new Group();
        g.getStyleClass().addAll("tl-cell-group", "tl-" + s.name().toLowerCase(java.util.Locale.ROOT) + "-cell");
        switch (s) {
            case RUNNING -> g.getChildren().add(rect("tl-running", x + 2, y + 4, columnWidth - 4, laneHeight - 8));
            case RUNNABLE -> g.getChildren().add(rect("tl-runnable", x + 1, y + laneHeight / 2 - 3, columnWidth - 2, 6));
            case BLOCKED -> {
                g.getChildren().add(rect("tl-blocked", x + 1, y + 5, columnWidth - 2, laneHeight - 10));
                if (first) {
                    g.getChildren().add(glyph("⊘", x + 8, y, "tl-glyph-blocked"));
                }
            }
            case DONE -> {
                Line l = new Line(x, y + laneHeight / 2, x + columnWidth, y + laneHeight / 2);
                l.getStyleClass().add("tl-done");
                g.getChildren().addAll(rect("tl-hit", x, y, columnWidth, laneHeight), l);
                if (first) {
                    g.getChildren().add(glyph("✓", x + 9, y, "tl-glyph-done"));
                }
            }
            case SPINNING -> {
                g.getChildren().add(rect("tl-spinning", x + 1, y + 5, columnWidth - 2, laneHeight - 10));
                if (first) {
                    g.getChildren().add(glyph("↻", x + 8, y, "tl-glyph-spinning"));
                }
            }
            case STOPPED -> {
                g.getChildren().add(rect("tl-stopped", x + 1, y + 5, columnWidth - 2, laneHeight - 10));
                g.getChildren().add(glyph("■", x + 9, y, "tl-glyph-stopped"));
            }
        }
        return g;
    }

    private static Rectangle rect(String style, double x, double y, double w, double h) {
        Rectangle r = new Rectangle(x, y, w, h);
        r.getStyleClass().addAll("tl-cell", style);
        return r;
    }

    private Text glyph(String s, double x, double y, String style) {
        Text t = new Text(s);
        t.getStyleClass().addAll("tl-glyph", style);
        t.setX(x);
        t.setY(y + laneHeight / 2 + 5);
        t.setMouseTransparent(true);
        return t;
    }

    private void edge(TimelineData d, TimelineData.Edge e) {
        double y1 = laneY(e.fromLane()) + laneHeight / 2;
        double y2 = laneY(e.toLane()) + laneHeight / 2;
        double x1;
        double x2;
        if (e.fromColumn() == e.toColumn()) {
            x1 = columnX(e.fromColumn()) + columnWidth * 0.7;
            x2 = x1;
            y1 += y2 > y1 ? 7 : -7;
            y2 += y2 > y1 ? -7 : 7;
        } else {
            x1 = columnX(e.fromColumn()) + columnWidth * 0.8;
            x2 = columnX(e.toColumn()) + columnWidth * 0.2;
        }
        String style = "tl-edge-" + e.kind().name().toLowerCase(java.util.Locale.ROOT);
        Line line = new Line(x1, y1, x2, y2);
        line.getStyleClass().addAll("tl-edge", style);
        Line hit = new Line(x1, y1, x2, y2);
        hit.getStyleClass().add("tl-edge-hit");
        double angle = Math.atan2(y2 - y1, x2 - x1);
        double size = 6;
        Polygon head = new Polygon(x2, y2,
                x2 - size * Math.cos(angle - 0.45), y2 - size * Math.sin(angle - 0.45),
                x2 - size * Math.cos(angle + 0.45), y2 - size * Math.sin(angle + 0.45));
        head.getStyleClass().addAll("tl-arrow-head", style + "-head");
        Group g = new Group(line, head, hit);
        g.getStyleClass().add("tl-edge-group");
        Tooltip.install(hit, new Tooltip(e.label()));
        drawing.getChildren().add(g);
    }

    private void race(TimelineData d, TimelineData.RacePair r) {
        Group g = new Group();
        g.setId("timeline-race");
        for (int[] at : List.of(new int[] {r.firstColumn(), r.firstLane()}, new int[] {r.secondColumn(), r.secondLane()})) {
            Rectangle box = new Rectangle(columnX(at[0]) + 0.5, laneY(at[1]) + 1.5, columnWidth - 1, laneHeight - 3);
            box.getStyleClass().add("tl-race");
            Text mark = new Text("⚡");
            mark.getStyleClass().addAll("tl-glyph", "tl-glyph-race");
            mark.setX(columnX(at[0]) + columnWidth / 2 - 5);
            mark.setY(laneY(at[1]) + laneHeight / 2 + 5);
            mark.setMouseTransparent(true);
            g.getChildren().addAll(box, mark);
            Tooltip.install(box, new Tooltip("⚡ " + r.message()));
        }
        Line link = new Line(columnX(r.firstColumn()) + columnWidth / 2, laneY(r.firstLane()) + laneHeight / 2,
                columnX(r.secondColumn()) + columnWidth / 2, laneY(r.secondLane()) + laneHeight / 2);
        link.getStyleClass().add("tl-race-link");
        link.setMouseTransparent(true);
        g.getChildren().add(0, link);
        drawing.getChildren().add(g);
    }
}
