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
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;

/**
 * The timeline of one execution, drawn as {@code go tool trace} draws one: a lane per goroutine
 * instance over the steps — running (a solid block), runnable (a hollow bar), blocked (a striped
 * block marked ⊘, saying on what), done (a thin line after ✓) — with arrows for the
 * happens-before edges (solid for channel hand-offs, dashed for lock hand-overs, dotted for the
 * rest) and the racing pair of a race marked ⚡. Clicking or dragging across it, or ←/→/Home/End
 * while it has focus, picks a step; {@link #setOnPick} says what picking does. Its heading is a grip
 * (drag it, or ↑/↓ while it has focus) that gives the lanes more or less of the window, between one
 * lane and the most the screen above can give up ({@link #setMostHeight}).
 */
public final class TimelineView extends VBox {
    private final ObjectProperty<TimelineData> data = new SimpleObjectProperty<>(this, "data");
    private final IntegerProperty cursor = new SimpleIntegerProperty(this, "currentColumn", -1);
    private IntConsumer onPick = c -> { };

    /** Text this large or larger (projector mode past about 140 %) leaves the key out. */
    private static final double KEY_HIDDEN_FROM_PX = 30;
    private final Label title = new Label("Timeline");
    private final Label summary = new Label();
    private final Button export = new Button("Export PNG…");
    private final Pane canvas = new Pane();
    private final Group drawing = new Group();
    private final TimelinePainter painter = new TimelinePainter(drawing);
    private final List<Node> legend = TimelineLegend.items();
    private final Rectangle cursorMark = new Rectangle();
    private final ScrollPane scroll = new ScrollPane(canvas);
    /** The heading, which is also the grip that resizes the timeline. */
    private final FlowPane grip = new FlowPane();
    private double dragFromY;
    private double dragFromLanes;
    /** The text size, in px, the lanes were last drawn at. */
    private double drawnEm = Double.NaN;
    private final TimelineSizing sizing = new TimelineSizing(this, scroll, grip, summary, painter, data::get);

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
        // one line when the window has the room; on a narrow one (projector mode) the legend's
        // entries wrap onto more lines, and the lanes below give up their height, not the heading
        FlowPane top = grip;
        top.getChildren().addAll(title, summary);
        top.getChildren().addAll(legend);
        top.getChildren().add(export);
        top.setAlignment(Pos.CENTER_LEFT);
        top.getStyleClass().add("timeline-top");
        top.setMinHeight(Region.USE_PREF_SIZE);
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
        // the lanes take the height they ask for (sized to the room the screen has), even when it is
        // less than the vertical bar's own least (84 px in projector mode at 200 %)
        scroll.setMinHeight(Region.USE_PREF_SIZE);
        Tooltip.install(canvas, new Tooltip("Click or drag to go to a step; ←/→ step, Home/End jump"));
        // the heading is the grip: dragging it (or ↑/↓ while it has focus) resizes the timeline
        grip.setId("timeline-grip");
        grip.getStyleClass().add("timeline-grip");
        grip.setCursor(javafx.scene.Cursor.N_RESIZE);
        grip.setFocusTraversable(true);
        grip.setAccessibleText("Timeline height: drag, or ↑ and ↓");
        Tooltip.install(grip, new Tooltip("Drag the heading (or ↑/↓) to give the timeline or the design more room"));
        getChildren().addAll(top, scroll);
    }

    private void initListeners() {
        data.addListener((obs, old, d) -> draw(d));
        // the lanes' height depends on the window's: measured again once the timeline shows in one
        sceneProperty().addListener((obs, old, s) -> javafx.application.Platform.runLater(() -> sizing.sizeLanes(getWidth())));
        cursor.addListener((obs, old, c) -> placeCursor());
        title.fontProperty().addListener((obs, old, f) -> {
            if (old == null || Math.abs(old.getSize() - f.getSize()) > 0.1) {
                // later, not now: the font can change while a draw applies CSS to its labels (a
                // screen's layout pass may have drawn it at this font already: see redrawIfRescaled)
                javafx.application.Platform.runLater(this::redrawIfRescaled);
            }
        });
        scroll.viewportBoundsProperty().addListener((obs, old, b) -> {
            if (old == null || Math.abs(old.getWidth() - b.getWidth()) > 1) {
                draw(data.get());
            } else if (Math.abs(old.getHeight() - b.getHeight()) > 0.5) {
                placeCursor();  // shorter lanes: the lane that ran the step stays in view
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
        grip.setOnMousePressed(e -> {
            grip.requestFocus();
            dragFromY = e.getScreenY();
            dragFromLanes = scroll.getViewportBounds().getHeight();
            e.consume();
        });
        grip.setOnMouseDragged(e -> {
            chooseLanes(dragFromLanes + dragFromY - e.getScreenY());
            e.consume();
        });
        grip.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            double step = painter.laneY(1) - painter.laneY(0);
            if (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN) {
                chooseLanes(scroll.getViewportBounds().getHeight() + (e.getCode() == KeyCode.UP ? step : -step));
                e.consume();
            }
        });
        // a taller or shorter window shares its height again
        sceneProperty().addListener((obs, old, s) -> {
            if (s != null) {
                s.heightProperty().addListener(new javafx.beans.value.WeakChangeListener<>(windowHeight));
            }
        });
        export.setOnAction(e -> exportWithDialog());
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (EXPORT.match(e)) {
                exportWithDialog();
                e.consume();
            }
        });
    }

    private final javafx.beans.value.ChangeListener<Number> windowHeight = (obs, old, h) ->
            javafx.application.Platform.runLater(() -> sizing.sizeLanes(getWidth()));

    /**
     * Sizes the lanes again for the room there is now, the timeline being {@code width} wide: asked in
     * a screen's layout pass before the timeline is laid out, the frame that first shows it has the
     * height it keeps (sized after that frame, at the width it had before, it was 37 px taller).
     * The summary wraps at that width first ({@link #wrapAt}).
     */
    public void refit(double width) {
        redrawIfRescaled();
        sizing.wrapAt(width);
        sizing.sizeLanes(width);
    }

    /**
     * Wraps the heading's summary at the width the timeline is about to be laid out at, as a screen's
     * layout pass does before it measures {@link #leastHeight}; measures change nothing.
     */
    public void wrapAt(double width) {
        sizing.wrapAt(width);
    }

    @Override
    protected void layoutChildren() {
        redrawIfRescaled();
        sizing.wrapAt(getWidth());
        super.layoutChildren();
    }

    /** Gives the lanes {@code px} of height (within one lane and the most the screen allows), as the grip does. */
    public void chooseLanes(double px) {
        sizing.choose(px);
        sizing.sizeLanes(getWidth());
    }

    /**
     * The most height the whole timeline may take now, asked whenever the lanes are sized: a level
     * screen keeps its design that much visible. Without one, half the window.
     */
    public void setMostHeight(java.util.function.DoubleSupplier mostHeight) {
        sizing.setMostHeight(mostHeight);
        sizing.sizeLanes(getWidth());
    }

    /** The heading, the grip that resizes the timeline. */
    public Region grip() {
        return grip;
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
        if (d == null) {
            return;
        }
        int column = painter.columnAt(x);
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
        return painter.columnX(column);
    }

    /** The y of a lane's top edge inside the drawing. */
    public double laneY(int lane) {
        return painter.laneY(lane);
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

    /**
     * Draws again if the text size changed since the last draw: drawn before the timeline was styled
     * (its data set while it was hidden), the lanes were sized at the default font's scale, 1.1 px
     * taller than after the styled draw one task later.
     */
    private void redrawIfRescaled() {
        if (Math.abs(em() - drawnEm) > 0.01) {
            draw(data.get());
        }
    }

    private double em() {
        return title.getFont().getSize() / 0.85;
    }

    /** Sizes follow the root font (the title is 0.85em of it), so projector mode scales the lanes too. */
    private void draw(TimelineData d) {
        double em = em();
        drawnEm = em;
        painter.rescale(em);
        // at a large projector scale the key gives its room to the lanes (each shape's tooltip says what it is)
        boolean key = em < KEY_HIDDEN_FROM_PX;
        legend.forEach(n -> {
            n.setVisible(key);
            n.setManaged(key);
        });
        // and so does the export button, a row of its own there (Ctrl+E still exports)
        export.setVisible(key);
        export.setManaged(key);
        drawing.getChildren().clear();
        if (d == null) {
            summary.setText("");
            canvas.setPrefSize(0, 0);
            return;
        }
        int columns = d.endColumn() + 1;
        painter.fitColumns(columns, scroll.getViewportBounds().getWidth());
        double width = columnX(columns) + 12;
        double height = laneY(d.lanes().size()) + 8;
        canvas.setPrefSize(width, height);
        canvas.setMinSize(width, height);
        // as tall as the lanes need, up to a limit (scaled with the text) past which they scroll
        sizing.sizeLanes(getWidth());
        summary.setText(count(d.lanes().size(), "goroutine") + " · " + count(d.steps(), "step") + " · "
                + count(d.edges().size(), "happens-before edge") + (d.race() == null ? "" : " · a race"));
        Rectangle backdrop = new Rectangle(width, height);
        backdrop.getStyleClass().add("tl-backdrop");
        drawing.getChildren().add(backdrop);
        painter.lanes(d);
        drawing.getChildren().add(cursorMark);
        painter.edgesAndRace(d);
        // styled now: drawn again as the lanes' view widens in a layout pass, after the pulse's CSS
        // pass, the new lanes' names showed a frame in the default 13 px black (the audit caught one)
        drawing.applyCss();
        placeCursor();
    }

    /**
     * The height the timeline takes {@code width} wide with its lanes at their least, one lane's
     * strip: what a screen must leave it (a level screen's design column gives way when the window
     * is shorter). Measured with the summary as the last layout (or {@link #wrapAt}) wrapped it.
     */
    public double leastHeight(double width) {
        return sizing.leastHeight(width);
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private void placeCursor() {
        TimelineData d = data.get();
        int c = cursor.get();
        boolean shown = d != null && c >= 0 && c <= d.endColumn();
        cursorMark.setVisible(shown);
        if (shown) {
            showLaneOf(d, c);
            cursorMark.setX(columnX(c));
            cursorMark.setY(2);
            cursorMark.setWidth(painter.columnWidth());
            cursorMark.setHeight(laneY(d.lanes().size()) - 2);
            double left = columnX(c) - painter.labelWidth();
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

    /**
     * Scrolls the lanes, the least it can, so that the lane of the goroutine that ran column
     * {@code c}'s step shows whole (when the lanes are taller than the room they have).
     */
    private void showLaneOf(TimelineData d, int c) {
        int lane = -1;
        for (int i = 0; i < d.lanes().size() && lane < 0; i++) {
            TimelineData.Cell cell = d.lanes().get(i).cell(c);
            lane = cell != null && cell.state() == TimelineData.State.RUNNING ? i : -1;
        }
        double viewport = scroll.getViewportBounds().getHeight();
        double total = canvas.getPrefHeight();
        if (lane < 0 || viewport <= 0 || total <= viewport) {
            return;
        }
        double top = scroll.getVvalue() * (total - viewport);
        double from = laneY(lane);
        double to = Math.min(total, laneY(lane + 1) + 8);
        double next = from < top ? from : to > top + viewport ? to - viewport : top;
        if (next != top) {
            scroll.setVvalue(Math.max(0, Math.min(1, next / (total - viewport))));
        }
    }

    /** Whether lane {@code lane} shows whole in the lanes' view, as scrolled now (for tests). */
    public boolean laneInView(int lane) {
        double viewport = scroll.getViewportBounds().getHeight();
        double total = canvas.getPrefHeight();
        double top = total > viewport ? scroll.getVvalue() * (total - viewport) : 0;
        return laneY(lane) >= top - 0.5 && laneY(lane + 1) <= top + viewport + 0.5;
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
