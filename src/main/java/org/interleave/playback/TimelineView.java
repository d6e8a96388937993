package org.interleave.playback;

import java.nio.file.Path;
import java.util.List;
import java.util.function.IntConsumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;

/**
 * The timeline of one execution, drawn as {@code go tool trace} draws one: a lane per goroutine
 * instance over the steps — running (a solid block), runnable (a hollow bar), blocked (a striped
 * block marked ⊘, saying on what), done (a thin line after ✓) — with arrows for the
 * happens-before edges (solid for channel hand-offs, dashed for lock hand-overs, dotted for the
 * rest) and the racing pair of a race marked ⚡. Clicking or dragging across it, or ←/→/Home/End
 * while it has focus, picks a step; {@link #setOnPick} says what picking does.
 */
public final class TimelineView extends VBox {
    /** The sizes at the theme's root font of 15px; a larger root font (projector mode) scales them. */
    private static final double BASE_FONT = 15;
    private double labelWidth = 112;
    private double minColumnWidth = 30;
    private double maxColumnWidth = 56;
    private double laneHeight = 26;
    private double headerHeight = 20;

    private final ObjectProperty<TimelineData> data = new SimpleObjectProperty<>(this, "data");
    private final IntegerProperty cursor = new SimpleIntegerProperty(this, "currentColumn", -1);
    private IntConsumer onPick = c -> { };
    /** The width of a step's column: wider when few steps leave room, never narrower than the minimum. */
    private double columnWidth = 30;

    private final Label title = new Label("Timeline");
    private final Label summary = new Label();
    private final Button export = new Button("Export PNG…");
    private final Pane canvas = new Pane();
    private final Group drawing = new Group();
    private final Rectangle cursorMark = new Rectangle();
    private final ScrollPane scroll = new ScrollPane(canvas);

    /** An empty timeline; set {@link #dataProperty()} to draw one. */
    public TimelineView() {
        createView();
        initListeners();
    }

    private void createView() {
        getStyleClass().add("timeline");
        getStylesheets().add(TimelineView.class.getResource("playback.css").toExternalForm());
        title.getStyleClass().add("timeline-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        summary.getStyleClass().add("timeline-summary");
        summary.setWrapText(true);  // on a narrow window it takes two lines rather than losing its end
        summary.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        export.setId("timeline-export");
        export.getStyleClass().add("timeline-button");
        export.setTooltip(new Tooltip("Save the timeline as a PNG image (Ctrl+E)"));
        export.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(title, summary, gap, legend(), export);
        top.setAlignment(Pos.CENTER_LEFT);
        top.getStyleClass().add("timeline-top");
        canvas.getStyleClass().add("timeline-canvas");
        canvas.setId("timeline-canvas");
        canvas.getChildren().add(drawing);
        canvas.setFocusTraversable(true);
        cursorMark.getStyleClass().add("tl-cursor");
        cursorMark.setMouseTransparent(true);
        scroll.getStyleClass().add("timeline-scroll");
        scroll.setFitToHeight(false);
        // Tab reaches the drawing (for ←/→/Home/End), not the scroll pane around it
        scroll.setFocusTraversable(false);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        Tooltip.install(canvas, new Tooltip("Click or drag to go to a step; ←/→ step, Home/End jump"));
        getChildren().addAll(top, scroll);
    }

    private static javafx.scene.layout.FlowPane legend() {
        // wraps onto more lines on a narrow window (projector mode) instead of widening the screen
        javafx.scene.layout.FlowPane box = new javafx.scene.layout.FlowPane(
                sample(block("tl-running", 12, 12), "running"),
                sample(block("tl-runnable", 12, 6), "runnable"),
                sample(block("tl-blocked", 12, 12), "⊘ blocked"),
                sample(line("tl-done", 12), "✓ done"),
                sample(line("tl-edge-channel", 14), "channel"),
                sample(line("tl-edge-lock", 14), "lock"),
                sample(line("tl-edge-sync", 14), "other sync"),
                sample(new Text("⚡"), "race"));
        box.getStyleClass().add("timeline-legend");
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPrefWrapLength(2000);
        HBox.setHgrow(box, Priority.SOMETIMES);
        return box;
    }

    private static HBox sample(Node shape, String words) {
        if (shape instanceof Text t) {
            t.getStyleClass().add("tl-glyph-race-sample");  // on the panel, not on a step's colour
        }
        Label l = new Label(words);
        l.getStyleClass().add("timeline-legend-label");
        HBox h = new HBox(shape, l);
        h.setAlignment(Pos.CENTER_LEFT);
        h.getStyleClass().add("timeline-legend-item");
        return h;
    }

    private static Rectangle block(String style, double w, double h) {
        Rectangle r = new Rectangle(w, h);
        r.getStyleClass().addAll("tl-cell", style);
        return r;
    }

    private static Line line(String style, double w) {
        Line l = new Line(0, 0, w, 0);
        l.getStyleClass().add(style);
        return l;
    }

    private void initListeners() {
        data.addListener((obs, old, d) -> draw(d));
        cursor.addListener((obs, old, c) -> placeCursor());
        title.fontProperty().addListener((obs, old, f) -> {
            if (old == null || Math.abs(old.getSize() - f.getSize()) > 0.1) {
                // later, not now: the font can change while a draw applies CSS to its labels
                javafx.application.Platform.runLater(() -> draw(data.get()));
            }
        });
        scroll.viewportBoundsProperty().addListener((obs, old, b) -> {
            if (old == null || Math.abs(old.getWidth() - b.getWidth()) > 1) {
                draw(data.get());
            }
        });
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            canvas.requestFocus();
            pickAt(e.getX());
        });
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> pickAt(e.getX()));
        // The scroll pane takes focus when pressed; a filter there sees the keys before it scrolls.
        scroll.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> canvas.requestFocus());
        export.setOnAction(e -> exportWithDialog());
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (EXPORT.match(e)) {
                exportWithDialog();
                e.consume();
            }
        });
    }

    /** Ctrl+E (⌘E): export the timeline as PNG. */
    public static final KeyCombination EXPORT = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN);

    private void key(KeyEvent e) {
        TimelineData d = data.get();
        if (d == null) {
            return;
        }
        int c = cursor.get();
        int target = switch (e.getCode()) {
            case LEFT -> c - 1;
            case RIGHT -> c + 1;
            case HOME -> 0;
            case END -> d.endColumn();
            default -> Integer.MIN_VALUE;
        };
        if (target != Integer.MIN_VALUE) {
            pick(Math.max(0, Math.min(target, d.endColumn())));
            e.consume();
        }
    }

    private void pickAt(double x) {
        TimelineData d = data.get();
        if (d == null || x < labelWidth) {
            return;
        }
        int column = (int) Math.floor((x - labelWidth) / columnWidth);
        if (column >= 0 && column <= d.endColumn()) {
            pick(column);
        }
    }

    /** Picks a column as a click there would (0 is the start, the last the state after the last step). */
    public void pick(int column) {
        onPick.accept(column);
    }

    /** What picking a column does: move a reveal, rewind a hand-made schedule. */
    public void setOnPick(IntConsumer onPick) {
        this.onPick = onPick == null ? c -> { } : onPick;
    }

    /** The execution drawn, or null. */
    public ObjectProperty<TimelineData> dataProperty() {
        return data;
    }

    /** The column marked as the current one (-1 for none). */
    public IntegerProperty currentColumnProperty() {
        return cursor;
    }

    /** The x of a column's left edge inside the drawing. */
    public double columnX(int column) {
        return labelWidth + column * columnWidth;
    }

    /** The y of a lane's top edge inside the drawing. */
    public double laneY(int lane) {
        return headerHeight + lane * laneHeight;
    }

    /** The drawing: lanes, edges and marks (what an export saves). */
    public Pane canvas() {
        return canvas;
    }

    /** Writes the whole timeline (not only the part scrolled into view) to {@code file} as PNG. */
    public void exportPng(Path file) throws java.io.IOException {
        PngExport.write(canvas, file);
    }

    private void exportWithDialog() {
        if (data.get() != null) {
            PngExport.exportWithDialog(canvas, "timeline");
        }
    }

    // ------------------------------------------------------------------ drawing

    /** Sizes follow the root font (the title is 0.85em of it), so projector mode scales the lanes too. */
    private void rescale() {
        double em = title.getFont().getSize() / 0.85;
        double k = Math.max(1, em / BASE_FONT);
        labelWidth = 112 * k;
        minColumnWidth = 30 * k;
        maxColumnWidth = 56 * k;
        laneHeight = 26 * k;
        headerHeight = 20 * k;
    }

    private void draw(TimelineData d) {
        rescale();
        drawing.getChildren().clear();
        if (d == null) {
            summary.setText("");
            canvas.setPrefSize(0, 0);
            return;
        }
        int columns = d.endColumn() + 1;
        double room = scroll.getViewportBounds().getWidth() - labelWidth - 14;
        columnWidth = Math.max(minColumnWidth, Math.min(maxColumnWidth, room > 0 ? room / columns : 0));
        double width = columnX(columns) + 12;
        double height = laneY(d.lanes().size()) + 8;
        canvas.setPrefSize(width, height);
        canvas.setMinSize(width, height);
        // as tall as the lanes need, up to a limit past which the lanes scroll
        setPrefHeight(Math.min(height + 58, 230));
        summary.setText(count(d.lanes().size(), "goroutine") + " · " + count(d.steps(), "step") + " · "
                + count(d.edges().size(), "happens-before edge") + (d.race() == null ? "" : " · a race"));
        Rectangle backdrop = new Rectangle(width, height);
        backdrop.getStyleClass().add("tl-backdrop");
        drawing.getChildren().add(backdrop);
        header(d);
        for (int i = 0; i < d.lanes().size(); i++) {
            lane(d, i);
        }
        drawing.getChildren().add(cursorMark);
        for (TimelineData.Edge e : d.edges()) {
            edge(d, e);
        }
        if (d.race() != null) {
            race(d, d.race());
        }
        placeCursor();
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
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

    private void placeCursor() {
        TimelineData d = data.get();
        int c = cursor.get();
        boolean shown = d != null && c >= 0 && c <= d.endColumn();
        cursorMark.setVisible(shown);
        if (shown) {
            cursorMark.setX(columnX(c));
            cursorMark.setY(2);
            cursorMark.setWidth(columnWidth);
            cursorMark.setHeight(laneY(d.lanes().size()) - 2);
            double left = columnX(c) - labelWidth;
            double viewport = scroll.getViewportBounds().getWidth();
            double total = canvas.getPrefWidth();
            if (viewport > 0 && total > viewport) {
                double h = scroll.getHvalue() * (total - viewport);
                if (left < h || columnX(c + 1) > h + viewport) {
                    scroll.setHvalue(Math.max(0, Math.min(1, (columnX(c) - viewport / 2) / (total - viewport))));
                }
            }
        }
    }

    /** The racing pair's marks, when a race is drawn (for tests). */
    public List<Node> raceMarks() {
        return drawing.getChildren().stream().filter(n -> "timeline-race".equals(n.getId()))
                .flatMap(n -> ((Group) n).getChildren().stream())
                .filter(n -> n.getStyleClass().contains("tl-race")).toList();
    }

    /** The lane labels drawn, top to bottom (for tests). */
    public List<String> laneNames() {
        return drawing.getChildren().stream().filter(n -> n.getStyleClass().contains("tl-lane-label"))
                .map(n -> ((Text) n).getText()).toList();
    }
}
