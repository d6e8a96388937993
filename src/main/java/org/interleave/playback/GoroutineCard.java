package org.interleave.playback;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.interleave.engine.StepRecord;
import org.interleave.engine.model.Part;

/**
 * One goroutine of a design as a card: its name, how it starts, and its ops as Go-like lines.
 * During a reveal it marks the op that just ran and the op each of its instances takes next,
 * with a word and a symbol on every mark so that colour is never the only signal.
 */
public final class GoroutineCard extends VBox {
    /** Style classes of a line, by what happens there at the shown step. */
    static final String RAN = "ran";
    static final String NEXT = "next";
    static final String BLOCKED = "blocked";

    private final Part.Goroutine goroutine;
    private final Map<String, Row> rows = new HashMap<>();
    private final List<Row> allRows = new ArrayList<>();
    private final VBox lines = new VBox();
    private final VBox instances = new VBox();

    /** Creates the card for a goroutine part. */
    public GoroutineCard(Part.Goroutine goroutine) {
        this.goroutine = goroutine;
        createView();
    }

    private void createView() {
        getStyleClass().add("goroutine-card");
        setId("goroutine-" + goroutine.id());

        Label name = new Label(goroutine.id());
        name.getStyleClass().add("goroutine-name");
        Label start = new Label(startText(goroutine));
        start.getStyleClass().add("goroutine-start");
        VBox header = new VBox(name, start);
        header.getStyleClass().add("goroutine-header");

        lines.getStyleClass().add("op-lines");
        for (OpLines.Line line : OpLines.of(goroutine.ops(), 0)) {
            Row row = new Row(line);
            allRows.add(row);
            lines.getChildren().add(row);
            if (line.path() != null) {
                rows.put(line.path(), row);
            }
        }
        if (goroutine.ops().isEmpty()) {
            Label empty = new Label("(no ops)");
            empty.getStyleClass().add("op-empty");
            lines.getChildren().add(empty);
        }
        instances.getStyleClass().add("instances");
        instances.setVisible(false);
        instances.setManaged(false);
        getChildren().addAll(header, lines, instances);
    }

    /** How a goroutine is started, in words. */
    static String startText(Part.Goroutine g) {
        String text = switch (g.start()) {
            case MAIN -> "the main goroutine";
            case AUTO -> g.count() == 1 ? "started by main" : "×" + g.count() + ", started by main (id 0–" + (g.count() - 1) + ")";
            case SPAWN -> "started by go " + g.id() + "()";
        };
        return g.preset() == null ? text : text + " · " + g.preset() + " preset";
    }

    /** Clears the marks of a reveal. */
    public void clearMarks() {
        allRows.forEach(Row::clear);
        instances.getChildren().clear();
        instances.setVisible(false);
        instances.setManaged(false);
    }

    /**
     * Marks a moment of a reveal: the op {@code step} ran, if it belongs to this goroutine, and
     * the op each instance of this goroutine takes next, with its status.
     */
    public void mark(Trace.Moment moment) {
        clearMarks();
        StepRecord step = moment.step();
        for (Trace.GoroutineView g : moment.goroutines()) {
            if (!g.template().equals(goroutine.id())) {
                continue;
            }
            Label status = new Label(symbol(g.status()) + " " + g.name() + " — " + g.status().words()
                    + (g.status() == Trace.Status.CAN_RUN || g.status() == Trace.Status.DONE ? "" : ": " + g.detail()));
            status.getStyleClass().addAll("instance-status", "status-" + g.status().name().toLowerCase(java.util.Locale.ROOT));
            status.setWrapText(true);
            instances.getChildren().add(status);
            Row row = g.path() == null ? null : rows.get(g.path());
            if (row != null) {
                boolean blocked = g.status() == Trace.Status.BLOCKED || g.status() == Trace.Status.STOPPED;
                row.mark(blocked ? BLOCKED : NEXT, symbol(g.status()) + " " + g.name() + " "
                        + (blocked ? g.status().words() : "next"));
            }
        }
        String actorTemplate = moment.goroutine(step.actor()).map(Trace.GoroutineView::template).orElse(null);
        if (goroutine.id().equals(actorTemplate)) {
            Row row = rows.get(step.path());
            if (row != null) {
                row.mark(RAN, "▶ " + step.actor() + " ran");
            }
        }
        boolean any = !instances.getChildren().isEmpty();
        instances.setVisible(any);
        instances.setManaged(any);
    }

    static String symbol(Trace.Status s) {
        return switch (s) {
            case CAN_RUN -> "●";
            case BLOCKED -> "⏸";
            case DONE -> "✓";
            case SPINNING -> "↻";
            case STOPPED -> "■";
        };
    }

    public Part.Goroutine goroutine() {
        return goroutine;
    }

    /** The marks on the line of the op at {@code path}, as shown: {@code ▶ worker#1 ran}. */
    public List<String> marksAt(String path) {
        Row row = rows.get(path);
        return row == null ? List.of() : row.marks();
    }

    /** One line of code with room for marks on the right. */
    private static final class Row extends HBox {
        private final HBox marks = new HBox();

        Row(OpLines.Line line) {
            getStyleClass().add("op-line");
            setAlignment(Pos.CENTER_LEFT);
            Label code = new Label(line.text());
            code.getStyleClass().add("op-text");
            code.setMinWidth(Region.USE_PREF_SIZE);
            code.setStyle("-fx-padding: 0 0 0 " + (1.5 * line.depth()) + "em;");
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            marks.getStyleClass().add("op-marks");
            getChildren().addAll(code, gap, marks);
            if (line.path() != null) {
                setUserData(line.path());
            }
        }

        void clear() {
            getStyleClass().removeAll(RAN, NEXT, BLOCKED);
            marks.getChildren().clear();
        }

        void mark(String kind, String text) {
            if (!getStyleClass().contains(kind)) {
                getStyleClass().add(kind);
            }
            Label mark = new Label(text);
            mark.getStyleClass().addAll("op-mark", "mark-" + kind);
            marks.getChildren().add(mark);
        }

        List<String> marks() {
            return marks.getChildren().stream().map(n -> ((Label) n).getText()).toList();
        }
    }
}
