package org.interleave.app.canvas;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import org.interleave.app.shared.Theme;
import org.interleave.app.shared.cast.Creature;
import org.interleave.app.shared.cast.Pose;
import org.interleave.engine.Site;
import org.interleave.engine.StepRecord;
import org.interleave.engine.model.Op;
import org.interleave.engine.model.Part;
import org.interleave.level.LockedOps;
import org.interleave.level.PresetSpec;
import org.interleave.playback.Trace;

/**
 * A goroutine on the canvas: a card with its colour and name, how it starts, and its ops as Go
 * lines. Each line that uses a part ends in a port (●) its wire leaves from; during a reveal the
 * op that ran and the op each instance takes next are marked, with words and symbols.
 */
final class GoroutineNode extends PartNode {
    /** One line of the card, with its ports by reference field. */
    static final class Row extends HBox {
        final CardLines.Line line;
        final Map<String, Circle> ports = new LinkedHashMap<>();
        final Label marks = new Label();
        final Label flag = new Label();

        Row(CardLines.Line line, String colour) {
            this.line = line;
            getStyleClass().add("card-line");
            setAlignment(Pos.CENTER_LEFT);
            flag.getStyleClass().add("line-flag");
            flag.setMinWidth(Region.USE_PREF_SIZE);
            Label code = new Label(line.text());
            code.getStyleClass().addAll("line-code", Theme.OP_TEXT_CLASS);
            code.setMinWidth(Region.USE_PREF_SIZE);
            code.setStyle("-fx-padding: 0 0 0 " + (1.2 * line.depth()) + "em;");
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            marks.getStyleClass().add("line-marks");
            marks.setMinWidth(Region.USE_PREF_SIZE);
            getChildren().addAll(flag, code, gap, marks);
            for (String field : line.refFields()) {
                Circle port = new Circle(5);
                port.getStyleClass().add("port");
                port.setStyle("-fx-fill: " + colour + ";");
                port.setUserData(field);
                ports.put(field, port);
                getChildren().add(port);
            }
            if (line.path() != null) {
                setUserData(line.path());
            }
        }

        void clearMarks() {
            getStyleClass().removeAll("ran", "next", "blocked");
            marks.setText("");
        }

        void mark(String kind, String text) {
            if (!getStyleClass().contains(kind)) {
                getStyleClass().add(kind);
            }
            marks.setText(marks.getText().isEmpty() ? text : marks.getText() + "  " + text);
        }
    }

    private final Part.Goroutine goroutine;
    private final String colour;
    private final List<Row> rows = new ArrayList<>();
    private final VBox status = new VBox();
    /** The instances of this goroutine as creatures, while a run or a reveal is shown. */
    private final FlowPane cast = new FlowPane();
    private final Map<String, Creature> creatures = new LinkedHashMap<>();

    GoroutineNode(Part.Goroutine g, int index) {
        super(g);
        this.goroutine = g;
        this.colour = GoroutineColors.of(index);
        getStyleClass().add("goroutine-node");
        setStyle("-goroutine-colour: " + colour + ";");
        Region chip = new Region();
        chip.getStyleClass().add("goroutine-chip");
        chip.setStyle("-fx-background-color: " + colour + ";");
        Label name = new Label(g.id());
        name.getStyleClass().add("goroutine-title");
        Label start = new Label(startText(g));
        start.getStyleClass().add("goroutine-sub");
        HBox header = new HBox(chip, name, start);
        header.getStyleClass().add("goroutine-head");
        header.setAlignment(Pos.CENTER_LEFT);
        if (g.preset() != null) {
            Label badge = new Label(PresetSpec.of(g).isPresent() ? "▣ " + g.preset() : "▢ " + g.preset() + " (opened)");
            badge.getStyleClass().add("preset-badge");
            header.getChildren().add(badge);
        }
        if (g.layout() != null && g.layout().locked()) {
            header.getChildren().add(lockBadge());
        }
        VBox lines = new VBox();
        lines.getStyleClass().add("card-lines");
        for (CardLines.Line line : CardLines.of(g.ops())) {
            Row row = new Row(line, colour);
            if (line.head() && line.path() != null && OpTree.find(g.ops(), line.path()) instanceof Op op
                    && LockedOps.locked(op)) {
                row.getStyleClass().add("locked-op");
                row.getChildren().add(2, PartNode.lockBadge("Locked by the level: this op cannot be removed, changed or moved"));
            }
            rows.add(row);
            lines.getChildren().add(row);
        }
        if (g.ops().isEmpty()) {
            Label empty = new Label("no ops yet: select the card and add one");
            empty.getStyleClass().add("card-empty");
            lines.getChildren().add(empty);
        }
        status.getStyleClass().add("goroutine-status");
        status.setVisible(false);
        status.setManaged(false);
        cast.getStyleClass().add("goroutine-cast");
        cast.setVisible(false);
        cast.setManaged(false);
        getChildren().addAll(header, lines, cast, status);
        tooltip.setText(g.id() + ": " + startText(g) + (g.preset() == null ? "" : " (" + g.preset() + " preset)"));
    }

    static String startText(Part.Goroutine g) {
        return switch (g.start()) {
            case MAIN -> "main";
            case AUTO -> g.count() == 1 ? "go at start" : "×" + g.count() + " at start";
            case SPAWN -> "go " + g.id() + "()";
        };
    }

    Part.Goroutine goroutine() {
        return goroutine;
    }

    String colour() {
        return colour;
    }

    List<Row> rows() {
        return rows;
    }

    /**
     * The text of the op on the line that just ran ({@code ran}), laid out as shown now, or null
     * when no line of this card ran: the op's text, not the marks after it (who ran, who is next),
     * which may run past the canvas's edge.
     */
    javafx.scene.Node ranOp() {
        for (Row r : rows) {
            if (r.getStyleClass().contains("ran")) {
                javafx.scene.Node code = r.lookup(".line-code");
                return code == null ? r : code;
            }
        }
        return null;
    }

    /** The row of the op at {@code path} that carries reference {@code field} (its head line otherwise). */
    Row row(String path, String field) {
        Row head = null;
        for (Row r : rows) {
            if (path.equals(r.line.path())) {
                if (field != null && r.ports.containsKey(field)) {
                    return r;
                }
                if (head == null && r.line.head()) {
                    head = r;
                }
            }
        }
        return head;
    }

    /** Marks a moment of a reveal: the op the step ran, and each instance's next op and status. */
    void mark(Trace.Moment m, String mainId) {
        rows.forEach(Row::clearMarks);
        status.getChildren().clear();
        if (m != null) {
            StepRecord step = m.step();
            if (goroutine.id().equals(template(step.actor(), m, mainId))) {
                Row r = row(step.path(), null);
                if (r != null) {
                    r.mark("ran", "▶ " + step.actor());
                }
            }
            for (Trace.GoroutineView g : m.goroutines()) {
                if (!goroutine.id().equals(g.name().equals("main") ? mainId : g.template())) {
                    continue;
                }
                Label l = new Label(g.statusLine());
                l.getStyleClass().addAll("instance-line", "status-" + g.status().name().toLowerCase(Locale.ROOT));
                l.setWrapText(true);
                l.setMaxWidth(22 * 15);
                status.getChildren().add(l);
                Row r = g.path() == null ? null : row(g.path(), null);
                if (r != null) {
                    boolean blocked = g.status() == Trace.Status.BLOCKED || g.status() == Trace.Status.STOPPED;
                    r.mark(blocked ? "blocked" : "next", (blocked ? "⊘ " : "● ") + g.name());
                }
            }
        }
        boolean any = !status.getChildren().isEmpty();
        status.setVisible(any);
        status.setManaged(any);
        showCast(m, mainId);
    }

    /** One creature per instance of this goroutine in the moment, in its pose; the one that stepped hops. */
    private void showCast(Trace.Moment m, String mainId) {
        List<Trace.GoroutineView> mine = m == null ? List.of() : m.goroutines().stream()
                .filter(g -> goroutine.id().equals(g.name().equals("main") ? mainId : g.template())).toList();
        List<String> names = mine.stream().map(Trace.GoroutineView::name).toList();
        if (!names.equals(List.copyOf(creatures.keySet()))) {
            creatures.clear();
            cast.getChildren().clear();
            for (String n : names) {
                Creature c = new Creature(n, colour);
                creatures.put(n, c);
                Label label = new Label(n);
                label.getStyleClass().add("creature-name");
                VBox figure = new VBox(c, label);
                figure.getStyleClass().add("creature-figure");
                figure.setAlignment(Pos.CENTER);
                cast.getChildren().add(figure);
            }
        }
        for (Trace.GoroutineView g : mine) {
            Creature c = creatures.get(g.name());
            c.show(Pose.of(g, m.goroutines()));
            if (g.name().equals(m.step().actor())) {
                c.hop();
            }
        }
        cast.setVisible(!mine.isEmpty());
        cast.setManaged(!mine.isEmpty());
    }

    /** The creature of goroutine instance {@code name}, while a moment is shown. */
    java.util.Optional<Creature> creature(String name) {
        return java.util.Optional.ofNullable(creatures.get(name));
    }

    private static String template(String actor, Trace.Moment m, String mainId) {
        if (actor.equals("main")) {
            return mainId;
        }
        return m.goroutine(actor).map(Trace.GoroutineView::template).orElse(null);
    }

    /** Flags the lines where a finding happens with ⚠; returns how many lines it flagged. */
    int flag(List<Site> where, String mainId) {
        // every layout of the canvas flags the sites again: only a row whose flag changes is touched,
        // so a layout makes no new tooltips, texts or styles (each would ask for another pass)
        Map<Row, String> flagged = new LinkedHashMap<>();
        int n = 0;
        for (Site s : where) {
            String template = s.goroutine().equals("main") ? mainId : s.template();
            if (!template.equals(goroutine.id())) {
                continue;
            }
            Row r = row(s.path(), null);
            if (r != null) {
                flagged.merge(r, "Where the finding happens: " + s, (a, b) -> b);
                n++;
            }
        }
        for (Row r : rows) {
            String tip = flagged.get(r);
            boolean was = r.getStyleClass().contains("site");
            if (tip == null && was) {
                r.getStyleClass().remove("site");
                r.flag.setText("");
                r.flag.setTooltip(null);
            } else if (tip != null && (!was || r.flag.getTooltip() == null || !tip.equals(r.flag.getTooltip().getText()))) {
                if (!was) {
                    r.getStyleClass().add("site");
                }
                r.flag.setText("⚠");
                r.flag.setTooltip(new Tooltip(tip));
            }
        }
        return n;
    }

    /** The ⚠ marks of the lines flagged as places of the finding, in line order. */
    List<javafx.scene.Node> siteFlags() {
        return rows.stream().filter(r -> r.getStyleClass().contains("site")).map(r -> (javafx.scene.Node) r.flag).toList();
    }

    /**
     * Where a race's spark meets the flagged lines, in scene coordinates: each line's left edge, on
     * the ⚠'s side away from the op — centred on the ⚠, a burst covered the first letter of the op's text.
     */
    List<javafx.geometry.Point2D> siteEdges() {
        return siteFlags().stream().map(f -> f.getParent().localToScene(f.getParent().getLayoutBounds()))
                .map(b -> new javafx.geometry.Point2D(b.getMinX(), b.getCenterY())).toList();
    }

    /** Whether the line of the op at {@code path} is flagged as a place of the finding. */
    boolean flaggedAt(String path) {
        Row r = row(path, null);
        return r != null && r.getStyleClass().contains("site");
    }

    /** The marks on the line of the op at {@code path}, as shown ({@code ▶ worker#1}). */
    String marksAt(String path) {
        Row r = row(path, null);
        return r == null ? "" : r.marks.getText();
    }

    void select(String path) {
        for (Row r : rows) {
            boolean on = path != null && path.equals(r.line.path()) && r.line.head();
            r.getStyleClass().remove("selected-line");
            if (on) {
                r.getStyleClass().add("selected-line");
            }
        }
    }
}
