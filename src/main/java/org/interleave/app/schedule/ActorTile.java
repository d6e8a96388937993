package org.interleave.app.schedule;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.interleave.app.shared.Theme;
import org.interleave.app.shared.cast.Creature;
import org.interleave.engine.model.Part;
import org.interleave.playback.OpLines;
import org.interleave.playback.Trace;

/**
 * One goroutine instance (or a context's timer) in "You schedule": its number key, name and
 * status, its code with the next op marked, and — at a select with several ready cases — a
 * button per case. Clicking it (or its number key) runs its next step.
 */
final class ActorTile extends VBox {
    private final HandSchedule.Actor actor;
    private final Button[] caseButtons;
    private final Creature creature;
    /**
     * The creature's scale per pixel of the detail line's text: 1 at the normal 12 px (0.8 em of the
     * theme's 15 px), 2 at twice that.
     */
    private static final double CREATURE_PER_DETAIL_PX = 1 / 12.0;

    /**
     * A tile for {@code actor}, showing {@code template}'s code and {@code creature} (both null for
     * a timer); {@code pick} is called on a click, {@code take} with the case a case button stands for.
     */
    ActorTile(HandSchedule.Actor actor, Part.Goroutine template, Creature creature, boolean armed, Runnable pick,
              Consumer<HandSchedule.Move> take) {
        this.actor = actor;
        this.creature = creature;
        this.caseButtons = new Button[actor.moves().size() > 1 ? actor.moves().size() : 0];
        getStyleClass().addAll("actor-tile", "actor-" + actor.status().name().toLowerCase(Locale.ROOT));
        setId("actor-" + actor.name().replace('#', '-').replace("@", "timer-"));
        if (actor.canMove()) {
            getStyleClass().add("can-move");
        }
        if (armed) {
            getStyleClass().add("armed");
        }
        setFocusTraversable(actor.canMove());
        getChildren().addAll(header(), code(template), footer());
        if (caseButtons.length > 0) {
            getChildren().add(cases(take));
        }
        String keyText = actor.key() <= 9 ? " (key " + actor.key() + ")" : "";
        setAccessibleText(actor.name() + ", " + words() + ": " + actor.detail() + keyText);
        Tooltip.install(this, new Tooltip(actor.canMove()
                ? (caseButtons.length > 0 ? "Choose which case " + actor.name() + "'s select takes" + keyText
                        + ", then a letter" : "Run " + actor.name() + "'s next step" + keyText)
                : actor.name() + " cannot move: " + actor.detail()));
        addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (actor.canMove() && caseButtons.length == 0) {
                pick.run();
                e.consume();
            }
        });
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if ((e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) && actor.canMove()) {
                if (caseButtons.length == 0) {
                    pick.run();
                } else {
                    caseButtons[0].requestFocus();
                }
                e.consume();
            }
        });
    }

    private HBox header() {
        Label key = new Label(actor.key() <= 9 ? Integer.toString(actor.key()) : "·");
        key.getStyleClass().add("actor-key");
        key.setMinWidth(Region.USE_PREF_SIZE);
        Label name = new Label(actor.name());
        name.getStyleClass().add("actor-name");
        name.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label status = new Label(symbol() + " " + words());
        status.getStyleClass().addAll("actor-status", "status-" + actor.status().name().toLowerCase(Locale.ROOT));
        status.setMinWidth(Region.USE_PREF_SIZE);
        HBox h = new HBox(key, name, gap, status);
        h.setAlignment(Pos.CENTER_LEFT);
        h.getStyleClass().add("actor-header");
        return h;
    }

    private String symbol() {
        if (actor.status() == Trace.Status.CAN_RUN && !actor.canMove()) {
            return "○";
        }
        return actor.status().symbol();
    }

    private String words() {
        if (actor.kind() == HandSchedule.ActorKind.TIMER) {
            return "can fire";
        }
        return actor.canMove() ? "can run" : actor.status() == Trace.Status.CAN_RUN ? "waiting" : actor.status().words();
    }

    private VBox code(Part.Goroutine template) {
        VBox lines = new VBox();
        lines.getStyleClass().add("actor-code");
        if (template == null) {
            Label l = new Label(actor.next());
            l.getStyleClass().addAll("actor-line", "actor-line-next", Theme.OP_TEXT_CLASS);
            lines.getChildren().add(l);
            return lines;
        }
        List<OpLines.Line> all = OpLines.of(template.ops(), 0);
        if (all.isEmpty()) {
            Label l = new Label("(no ops)");
            l.getStyleClass().add("actor-line");
            lines.getChildren().add(l);
        }
        for (OpLines.Line line : all) {
            boolean here = line.path() != null && line.path().equals(actor.path());
            Label l = new Label((here ? marker() : "  ") + "  ".repeat(line.depth()) + line.text());
            l.getStyleClass().addAll("actor-line", Theme.OP_TEXT_CLASS);
            if (here) {
                l.getStyleClass().add(actor.status() == Trace.Status.BLOCKED || actor.status() == Trace.Status.STOPPED
                        ? "actor-line-blocked" : "actor-line-next");
                l.setId(getId() + "-next");
            }
            l.setMaxWidth(Double.MAX_VALUE);
            // a long line widens the card instead of being cut
            l.setMinWidth(Region.USE_PREF_SIZE);
            lines.getChildren().add(l);
        }
        return lines;
    }

    private String marker() {
        return switch (actor.status()) {
            case BLOCKED -> "⊘ ";
            case STOPPED -> "■ ";
            default -> "▶ ";
        };
    }

    /** The detail line, with the creature beside it (a timer has none): the tile keeps the width of its code. */
    private javafx.scene.Node footer() {
        Label detail = detail();
        if (creature == null) {
            return detail;
        }
        HBox.setHgrow(detail, Priority.ALWAYS);
        detail.setMaxWidth(Double.MAX_VALUE);
        detail.setMinWidth(0);
        // the creature grows with the text (projector mode, a larger UI scale), as the map's does
        javafx.scene.Group holder = new javafx.scene.Group(creature);
        detail.fontProperty().addListener((o, was, font) -> {
            double k = Math.max(1, font.getSize() * CREATURE_PER_DETAIL_PX);
            creature.setScaleX(k);
            creature.setScaleY(k);
        });
        HBox h = new HBox(8, detail, holder);
        h.setAlignment(Pos.BOTTOM_LEFT);
        h.getStyleClass().add("actor-footer");
        // as wide as the tile its code makes, never wider: the detail wraps beside the creature
        h.setMinWidth(0);
        h.setPrefWidth(0);
        h.setMaxWidth(Double.MAX_VALUE);
        return h;
    }

    private Label detail() {
        String text = switch (actor.status()) {
            case CAN_RUN, RUNNING -> actor.canMove() ? "next: " + actor.next() : "waits: " + actor.next();
            case BLOCKED -> actor.detail();
            case DONE -> "returned";
            case SPINNING -> actor.detail();
            case STOPPED -> actor.detail();
        };
        Label l = new Label(text);
        l.getStyleClass().add("actor-detail");
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    private FlowPane cases(Consumer<HandSchedule.Move> take) {
        FlowPane box = new FlowPane();
        box.getStyleClass().add("actor-cases");
        for (int i = 0; i < caseButtons.length; i++) {
            HandSchedule.Move move = actor.moves().get(i);
            char letter = (char) ('a' + i);
            Button b = new Button(letter + " · " + move.label());
            b.getStyleClass().add("actor-case");
            b.setId(getId() + "-case-" + letter);
            b.setTooltip(new Tooltip("Take " + move.label() + " (" + (actor.key() <= 9 ? actor.key() + " then " : "")
                    + letter + "): schedule token " + move.token()));
            b.setOnAction(e -> take.accept(move));
            caseButtons[i] = b;
            box.getChildren().add(b);
        }
        return box;
    }

    HandSchedule.Actor actor() {
        return actor;
    }

    /** The goroutine's creature, or null for a timer. */
    Creature creature() {
        return creature;
    }
}
