package org.interleave.app.canvas;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.animation.Animation;
import javafx.animation.FadeTransition;
import javafx.animation.Interpolator;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;
import org.interleave.app.shared.cast.Motion;

/**
 * A deadlock freezes the board: the canvas turns to ice and a ring pulses around each card of the
 * wait-for cycle (its goroutines and the locks between them), and the wires between them are
 * marked. The rings lie around the cards, never over their text, and take no input; with reduced
 * motion they stand still.
 */
final class DeadlockFreeze extends Group {
    private static final double PULSE_MILLIS = BoardMoves.PULSE_MILLIS;

    private FadeTransition pulse;
    private Optional<WaitCycle> shown = Optional.empty();

    DeadlockFreeze() {
        setId("wait-cycle");
        setMouseTransparent(true);
    }

    /**
     * Shows {@code cycle} on {@code canvas} (or thaws it for empty): freezes the board and rings
     * the cycle's cards among {@code nodes}.
     */
    void show(Optional<WaitCycle> cycle, Node canvas, Map<String, PartNode> nodes, Motion motion) {
        if (cycle.equals(shown) && (pulse != null) == (cycle.isPresent() && !motion.reduced())) {
            return;  // the same freeze at the next moment: the pulse goes on undisturbed
        }
        thaw(canvas);
        shown = cycle;
        if (cycle.isEmpty()) {
            return;
        }
        WaitCycle c = cycle.get();
        canvas.getStyleClass().add("frozen");
        for (String part : c.parts()) {
            PartNode n = nodes.get(part);
            if (n != null) {
                getChildren().add(ring(n));
            }
        }
        if (!motion.reduced()) {
            pulse = new FadeTransition(Duration.millis(PULSE_MILLIS / motion.speed()), this);
            pulse.setFromValue(1);
            pulse.setToValue(0.25);
            pulse.setInterpolator(Interpolator.EASE_BOTH);
            pulse.setAutoReverse(true);
            pulse.setCycleCount(Animation.INDEFINITE);
            pulse.play();
        }
    }

    /** A ring around a card that follows it when it moves or grows. */
    private static Rectangle ring(PartNode n) {
        Rectangle r = new Rectangle();
        r.getStyleClass().add("wait-cycle-ring");
        r.xProperty().bind(n.layoutXProperty().subtract(6));
        r.yProperty().bind(n.layoutYProperty().subtract(6));
        r.widthProperty().bind(n.widthProperty().add(12));
        r.heightProperty().bind(n.heightProperty().add(12));
        r.setArcWidth(18);
        r.setArcHeight(18);
        r.setUserData(n.part().id());
        return r;
    }

    /** Marks the wires between the cycle's parts (the canvas marks its wires again at each layout). */
    void markWires(List<WireLayer.Wire> wires) {
        for (WireLayer.Wire w : wires) {
            WireLayer.mark(w.curve(), "wait-cycle", shown.isPresent() && shown.get().parts().contains(w.goroutine())
                    && shown.get().parts().contains(w.target()));
        }
    }

    /** Takes the freeze away: the board thaws, the rings go. */
    void thaw(Node canvas) {
        if (pulse != null) {
            pulse.stop();
            pulse = null;
        }
        setOpacity(1);
        getChildren().clear();
        canvas.getStyleClass().remove("frozen");
        shown = Optional.empty();
    }

    /** The cycle shown, if the board is frozen. */
    Optional<WaitCycle> cycle() {
        return shown;
    }

    /** The parts ringed now, in the order they were ringed. */
    List<String> ringed() {
        return getChildren().stream().map(n -> (String) n.getUserData()).toList();
    }

    /** Whether the rings pulse now. */
    boolean pulsing() {
        return pulse != null;
    }

    /** How long a pulse takes now (zero when none). */
    Duration pulseDuration() {
        return pulse == null ? Duration.ZERO : pulse.getDuration();
    }
}
