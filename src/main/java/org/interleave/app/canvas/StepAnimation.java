package org.interleave.app.canvas;

import java.util.Map;
import java.util.Optional;
import javafx.animation.PathTransition;
import javafx.animation.ScaleTransition;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.CubicCurve;
import javafx.scene.shape.CubicCurveTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.text.Text;
import javafx.util.Duration;
import org.interleave.app.shared.cast.Motion;
import org.interleave.engine.ResourceSnapshot;
import org.interleave.engine.StepRecord;
import org.interleave.engine.model.Design;
import org.interleave.engine.model.Op;
import org.interleave.engine.model.Part;
import org.interleave.playback.Trace;

/**
 * Shows a step's effect on the canvas: a token carrying the value (or L, U, −1, …) travels along
 * the wire of the op the step ran — out to the part for a send, lock or done, back from it for a
 * receive — and the part it reaches pulses. Nothing travels when the player asked for reduced motion.
 */
final class StepAnimation {
    private final Node canvas;
    private final Group overlay;
    private final Map<String, PartNode> nodes;
    private final WireLayer wires;
    private int played;
    private double lastMillis;
    private double arrivalMillis;

    StepAnimation(Node canvas, Group overlay, Map<String, PartNode> nodes, WireLayer wires) {
        this.canvas = canvas;
        this.overlay = overlay;
        this.nodes = nodes;
        this.wires = wires;
    }

    /** Animates the step of {@code m} in design {@code d}, whose main goroutine is {@code mainId}. */
    void play(Trace.Moment m, Design d, String mainId) {
        StepRecord step = m.step();
        String template = step.actor().equals("main") ? mainId
                : m.goroutine(step.actor()).map(Trace.GoroutineView::template).orElse(null);
        if (template == null) {
            return;
        }
        Optional<WireLayer.Wire> wire = wires.of(template, step.path());
        if (wire.isEmpty()) {
            return;
        }
        Motion motion = Motion.of(canvas);
        if (motion.reduced()) {
            return; // the parts show the step's effect as it stands; nothing travels
        }
        WireLayer.Wire w = wire.get();
        Part.Goroutine g = (Part.Goroutine) d.part(template).orElse(null);
        Op op = g == null ? null : OpTree.find(g.ops(), step.path());
        PartNode target = nodes.get(w.target());
        boolean outward = !(op instanceof Op.Recv || op instanceof Op.Range || op instanceof Op.Select);
        String value = tokenValue(op, m, w.target());
        CubicCurve c = w.curve();
        Path path = new Path(new MoveTo(c.getStartX(), c.getStartY()), new CubicCurveTo(c.getControlX1(), c.getControlY1(),
                c.getControlX2(), c.getControlY2(), c.getEndX(), c.getEndY()));
        if (!outward) {
            path = new Path(new MoveTo(c.getEndX(), c.getEndY()), new CubicCurveTo(c.getControlX2(), c.getControlY2(),
                    c.getControlX1(), c.getControlY1(), c.getStartX(), c.getStartY()));
        }
        // the value drawn on the token is part of the picture (the step bar says it in words): a plain
        // Text marked as drawing from the start, so a look at the screen (the layout audit) skips it
        // whenever it catches the token in flight, not only once a label's skin is built
        Text valueText = new Text(value);
        valueText.getStyleClass().addAll("token-value", org.interleave.app.shared.cast.Creature.DRAWING_CLASS);
        StackPane token = new StackPane(new Circle(10), valueText);
        token.getStyleClass().add("token");
        token.getChildren().get(0).setStyle("-fx-fill: " + ((GoroutineNode) nodes.get(template)).colour() + ";");
        token.setMouseTransparent(true);
        overlay.getChildren().add(token);
        token.setLayoutX(-10);
        token.setLayoutY(-10);
        lastMillis = BoardMoves.TOKEN_MILLIS / motion.speed();
        PathTransition move = new PathTransition(Duration.millis(lastMillis), path, token);
        played++;
        ScaleTransition arrival = target == null ? null : pulse(target, motion);
        arrivalMillis = arrival == null ? 0 : arrival.getDuration().toMillis();
        move.setOnFinished(e -> {
            overlay.getChildren().remove(token);
            if (arrival != null) {
                arrival.play();
            }
        });
        move.play();
    }

    /** How many step effects have been animated. */
    int played() {
        return played;
    }

    /** How long the last token took to travel its wire (at the speed it was played at); 0 before any. */
    double lastMillis() {
        return lastMillis;
    }

    /** How long the part the last token reached swells and settles (at the speed it was played at); 0 for none. */
    double arrivalMillis() {
        return arrivalMillis;
    }

    private static String tokenValue(Op op, Trace.Moment m, String target) {
        if (op instanceof Op.Send && m.resource(target).orElse(null) instanceof ResourceSnapshot.Channel ch
                && !ch.buffer().isEmpty()) {
            return Long.toString(ch.buffer().get(ch.buffer().size() - 1));
        }
        if (op instanceof Op.Send s && s.value() instanceof org.interleave.engine.expr.Expr.IntLit v) {
            return Long.toString(v.value());
        }
        return op == null ? "•" : switch (op) {
            case Op.Lock l -> "L";
            case Op.Unlock l -> "U";
            case Op.Done d -> "−1";
            case Op.Add a -> "+";
            case Op.Emit e -> "•";
            default -> "•";
        };
    }

    /** The pulse of a part a token reaches, ready to play. */
    private static ScaleTransition pulse(Node n, Motion motion) {
        ScaleTransition s = new ScaleTransition(Duration.millis(BoardMoves.ARRIVAL_MILLIS / motion.speed()), n);
        s.setFromX(1);
        s.setFromY(1);
        s.setToX(BoardMoves.ARRIVAL_SCALE);
        s.setToY(BoardMoves.ARRIVAL_SCALE);
        s.setAutoReverse(true);
        s.setCycleCount(2);
        return s;
    }
}
