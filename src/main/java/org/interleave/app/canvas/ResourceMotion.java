package org.interleave.app.canvas;

import java.util.ArrayList;
import java.util.List;
import javafx.animation.Animation;
import javafx.animation.FadeTransition;
import javafx.animation.Interpolator;
import javafx.animation.ParallelTransition;
import javafx.animation.ScaleTransition;
import javafx.animation.SequentialTransition;
import javafx.animation.TranslateTransition;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.util.Duration;
import org.interleave.app.shared.cast.Motion;
import org.interleave.engine.ResourceSnapshot;

/**
 * How a resource's piece moves when one step changes it: a lock snaps shut when taken (its
 * shackle drops in and the body clicks) and springs open when let go; a value eases into a
 * channel's slot when sent, and the values left slide along when one is received. The piece is
 * drawn in its new state first, so the motion only eases into what is already shown; with
 * reduced motion nothing moves, and the animation speed sets how long it takes.
 */
final class ResourceMotion {
    private static final double SNAP_MILLIS = BoardMoves.SNAP_MILLIS;
    private static final double FILL_MILLIS = BoardMoves.FILL_MILLIS;

    private final List<Animation> running = new ArrayList<>();
    private int snaps;
    private int opens;
    private int fills;
    private int slides;
    private Duration last = Duration.ZERO;

    /** Moves {@code piece} (the resource's graphic, drawn for {@code after}) from {@code before} into it. */
    void changed(ResourceSnapshot before, ResourceSnapshot after, Pane piece, Motion motion) {
        stop();
        if (motion.reduced() || before == null || after == null) {
            return;
        }
        piece.applyCss();
        piece.layout();
        boolean heldBefore = held(before);
        boolean heldAfter = held(after);
        if (!heldBefore && heldAfter) {
            snapShut(piece.lookup(".shackle"), piece.lookup(".lock-body"), motion);
        } else if (heldBefore && !heldAfter) {
            springOpen(piece.lookup(".shackle"), motion);
        }
        if (before instanceof ResourceSnapshot.Channel b && after instanceof ResourceSnapshot.Channel a) {
            List<Node> slots = new ArrayList<>(piece.lookupAll(".slot"));
            int was = b.buffer().size();
            int now = a.buffer().size();
            if (now > was && now - 1 < slots.size()) {
                fill(slots.get(now - 1), motion);
            } else if (now < was) {
                slots.stream().limit(Math.min(now, slots.size())).forEach(s -> slide(s, motion));
            }
        }
    }

    private static boolean held(ResourceSnapshot s) {
        return s instanceof ResourceSnapshot.Mutex m && m.holder() != null
                || s instanceof ResourceSnapshot.RwMutex r && (r.writer() != null || !r.readers().isEmpty());
    }

    /** The shackle drops in, faster as it goes, and the body gives a small click. */
    private void snapShut(Node shackle, Node body, Motion motion) {
        if (shackle == null || body == null) {
            return;
        }
        Duration d = Duration.millis(SNAP_MILLIS / motion.speed());
        TranslateTransition drop = new TranslateTransition(d, shackle);
        drop.setFromY(-7);
        drop.setToY(0);
        drop.setInterpolator(Interpolator.SPLINE(0.7, 0, 1, 1));
        ScaleTransition click = new ScaleTransition(d.divide(2), body);
        click.setFromX(1);
        click.setFromY(1);
        click.setToX(1.14);
        click.setToY(1.14);
        click.setAutoReverse(true);
        click.setCycleCount(2);
        snaps++;
        play(new SequentialTransition(drop, click), d);
    }

    /** The shackle springs up out of the body, slowing as it rises. */
    private void springOpen(Node shackle, Motion motion) {
        if (shackle == null) {
            return;
        }
        Duration d = Duration.millis(SNAP_MILLIS / motion.speed());
        double up = shackle.getTranslateY();
        TranslateTransition rise = new TranslateTransition(d, shackle);
        rise.setFromY(up + 4);
        rise.setToY(up);
        rise.setInterpolator(Interpolator.EASE_OUT);
        opens++;
        play(rise, d);
    }

    /** The value grows and brightens into its slot, easing out as it settles. */
    private void fill(Node slot, Motion motion) {
        Node value = slot.lookup(".slot-value");
        Node target = value == null ? slot : value;
        Duration d = Duration.millis(FILL_MILLIS / motion.speed());
        ScaleTransition grow = new ScaleTransition(d, target);
        grow.setFromX(0.45);
        grow.setFromY(0.45);
        grow.setToX(1);
        grow.setToY(1);
        grow.setInterpolator(Interpolator.SPLINE(0.2, 0.9, 0.3, 1));
        FadeTransition brighten = new FadeTransition(d, target);
        brighten.setFromValue(0.5);
        brighten.setToValue(1);
        brighten.setInterpolator(Interpolator.EASE_OUT);
        fills++;
        play(new ParallelTransition(grow, brighten), d);
    }

    /** A value left in the buffer slides one slot along, towards the receiving end. */
    private void slide(Node slot, Motion motion) {
        Node value = slot.lookup(".slot-value");
        if (value == null) {
            return;
        }
        Duration d = Duration.millis(FILL_MILLIS / motion.speed());
        TranslateTransition along = new TranslateTransition(d, value);
        along.setFromX(slot.getBoundsInLocal().getWidth() + 4);
        along.setToX(0);
        along.setInterpolator(Interpolator.EASE_BOTH);
        slides++;
        play(along, d);
    }

    private void play(Animation a, Duration d) {
        last = d;
        running.add(a);
        a.setOnFinished(e -> running.remove(a));
        a.play();
    }

    /** Ends what is moving, each node where its new state puts it (the next step is shown). */
    void stop() {
        for (Animation a : List.copyOf(running)) {
            a.jumpTo("end");
            a.stop();
        }
        running.clear();
    }

    /** How often a lock snapped shut. */
    int snaps() {
        return snaps;
    }

    /** How often a lock sprang open. */
    int opens() {
        return opens;
    }

    /** How often a value eased into a slot. */
    int fills() {
        return fills;
    }

    /** How often the values left slid along. */
    int slides() {
        return slides;
    }

    /** How long the last motion took to play (at the speed it was played at). */
    Duration last() {
        return last;
    }
}
