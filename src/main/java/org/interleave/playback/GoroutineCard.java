package org.interleave.playback;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.interleave.engine.Site;
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
    static final String SITE = "site";

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

    /**
     * Flags the lines where a finding happens ({@code where}: instance and op path, as in
     * {@code lookup#0 ops[2] write hits}) with ⚠; {@code mainId} is the main goroutine's part id,
     * since its instance is always called {@code main}. An empty list clears the flags.
     */
    public void flagSites(List<Site> where, String mainId) {
        allRows.forEach(r -> r.flag(null));
        for (Site site : where) {
            String template = site.goroutine().equals("main") ? mainId : site.template();
            Row row = template.equals(goroutine.id()) ? rows.get(site.path()) : null;
            if (row != null) {
                row.flag(site.toString());
            }
        }
    }

    /** Whether the line of the op at {@code path} is flagged as a place of the finding. */
    public boolean flaggedAt(String path) {
        Row row = rows.get(path);
        return row != null && row.getStyleClass().contains(SITE);
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
        String actorTemplate = moment.goroutine(step.actor()).map(Trace.GoroutineView::template).orElse(null);
        if (goroutine.id().equals(actorTemplate)) {
            Row row = rows.get(step.path());
            if (row != null) {
                row.mark(RAN, "▶ " + step.actor());
            }
        }
        for (Trace.GoroutineView g : moment.goroutines()) {
            if (!g.template().equals(goroutine.id())) {
                continue;
            }
            Label status = new Label(statusText(g));
            status.getStyleClass().addAll("instance-status", "status-" + g.status().name().toLowerCase(java.util.Locale.ROOT));
            status.setWrapText(true);
            // wraps to the card's width instead of widening it
            status.setMinWidth(0);
            status.setPrefWidth(0);
            status.setMaxWidth(Double.MAX_VALUE);
            instances.getChildren().add(status);
            Row row = g.path() == null ? null : rows.get(g.path());
            if (row != null) {
                boolean blocked = g.status() == Trace.Status.BLOCKED || g.status() == Trace.Status.STOPPED;
                row.mark(blocked ? BLOCKED : NEXT, symbol(g.status()) + " " + g.name());
            }
        }
        boolean any = !instances.getChildren().isEmpty();
        instances.setVisible(any);
        instances.setManaged(any);
    }

    /** A goroutine instance's status in a line: {@code ⊘ p0#0 blocked on f1.Lock (held by p1#0)}. */
    public static String statusText(Trace.GoroutineView g) {
        String head = symbol(g.status()) + " " + g.name() + " ";
        return switch (g.status()) {
            case RUNNING -> head + "running, " + g.detail();
            case CAN_RUN -> head + "can run, " + g.detail();
            case BLOCKED -> head + g.detail();
            case DONE -> head + "done";
            case SPINNING -> head + "spinning: " + g.detail();
            case STOPPED -> head + "stopped " + g.detail();
        };
    }

    static String symbol(Trace.Status s) {
        return switch (s) {
            case RUNNING -> "▶";
            case CAN_RUN -> "●";
            case BLOCKED -> "⊘";
            case DONE -> "✓";
            case SPINNING -> "↻";
            case STOPPED -> "■";
        };
    }

    public Part.Goroutine goroutine() {
        return goroutine;
    }

    /** The marks on the line of the op at {@code path}, as shown: {@code ▶ worker#1}. */
    public List<String> marksAt(String path) {
        Row row = rows.get(path);
        return row == null ? List.of() : row.marks();
    }

    /** One line of code with room for marks on the right. */
    private static final class Row extends HBox {
        private final FlowPane marks = new FlowPane();
        private final Label flag = new Label();

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
            // Room for a mark is kept on every line (its width is set in playback.css), so
            // stepping never re-flows the cards; several marks on one line wrap below each other.
            marks.setAlignment(Pos.CENTER_RIGHT);
            flag.getStyleClass().add("op-flag");
            flag.setMinWidth(Region.USE_PREF_SIZE);
            getChildren().addAll(flag, code, gap, marks);
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

        /** Flags the line as a place of the finding, described by {@code site}; null clears it. */
        void flag(String site) {
            getStyleClass().remove(SITE);
            flag.setText(site == null ? "" : "⚠");
            flag.setTooltip(site == null ? null : new Tooltip("Where the finding happens: " + site));
            if (site != null) {
                getStyleClass().add(SITE);
            }
        }

        List<String> marks() {
            return marks.getChildren().stream().map(n -> ((Label) n).getText()).toList();
        }
    }
}
