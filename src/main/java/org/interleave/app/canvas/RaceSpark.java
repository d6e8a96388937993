package org.interleave.app.canvas;

import java.util.List;
import javafx.animation.Animation;
import javafx.animation.FadeTransition;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polyline;
import javafx.util.Duration;
import org.interleave.app.shared.cast.Motion;

/**
 * A race sparks between its two accesses: a zigzag from one flagged line to the other (a burst at
 * the line when both are the same op of two instances), flickering unless motion is reduced. It
 * lies over the design and takes no input, so nothing the reveal shows is hidden under it.
 */
final class RaceSpark extends Group {
    private FadeTransition sparkle;

    RaceSpark() {
        setId("race-spark");
        setMouseTransparent(true);
    }

    /** Shows the spark between the access points {@code at} (world coordinates), or none for fewer than one. */
    void show(List<Point2D> at, Motion motion) {
        clear();
        if (at.isEmpty()) {
            return;
        }
        if (at.size() == 1) {
            Point2D c = at.get(0);
            for (int i = 0; i < 8; i++) {
                double a = Math.PI * i / 4;
                Line ray = new Line(c.getX() + 7 * Math.cos(a), c.getY() + 7 * Math.sin(a),
                        c.getX() + 16 * Math.cos(a), c.getY() + 16 * Math.sin(a));
                ray.getStyleClass().add("race-spark");
                getChildren().add(ray);
            }
        } else {
            getChildren().add(zigzag(at.get(0), at.get(1)));
        }
        if (!motion.reduced()) {
            sparkle = new FadeTransition(Duration.millis(BoardMoves.SPARK_MILLIS / motion.speed()), this);
            sparkle.setFromValue(1);
            sparkle.setToValue(0.3);
            sparkle.setAutoReverse(true);
            sparkle.setCycleCount(Animation.INDEFINITE);
            sparkle.play();
        }
    }

    private static Polyline zigzag(Point2D a, Point2D b) {
        Polyline zig = new Polyline();
        int n = 9;
        double dx = b.getX() - a.getX();
        double dy = b.getY() - a.getY();
        double len = Math.max(1, Math.hypot(dx, dy));
        for (int i = 0; i <= n; i++) {
            double t = (double) i / n;
            double off = i == 0 || i == n ? 0 : (i % 2 == 0 ? 7 : -7);
            zig.getPoints().addAll(a.getX() + dx * t - dy / len * off, a.getY() + dy * t + dx / len * off);
        }
        zig.getStyleClass().add("race-spark");
        return zig;
    }

    /** Takes the spark away (no race shown). */
    void clear() {
        if (sparkle != null) {
            sparkle.stop();
            sparkle = null;
        }
        getChildren().clear();
        setOpacity(1);
    }

    /** The shapes of the spark now shown (none without a race). */
    int shapes() {
        return getChildren().size();
    }

    /** Whether the spark flickers now. */
    boolean sparkling() {
        return sparkle != null;
    }

    /** How long one flicker takes (at the speed it flickers at); 0 when it does not. */
    double flickerMillis() {
        return sparkle == null ? 0 : sparkle.getDuration().toMillis();
    }
}
