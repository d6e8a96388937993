package org.interleave.app.results;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import javafx.animation.Animation;
import javafx.animation.FadeTransition;
import javafx.animation.Interpolator;
import javafx.animation.ParallelTransition;
import javafx.animation.RotateTransition;
import javafx.animation.TranslateTransition;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;
import org.interleave.app.shared.cast.Creature;
import org.interleave.app.shared.cast.Motion;
import org.interleave.app.shared.cast.Pose;

/**
 * A clear, celebrated: the level's goroutines as creatures, done and happy, hopping for joy, and
 * a burst of confetti in their colours falling over the results. With reduced motion the
 * creatures stand and the confetti lies still where it would have fallen; nothing covers a
 * score (the confetti is see-through to the mouse and fades out).
 */
public final class Celebration {
    private static final int PIECES = 70;
    /** A fixed seed: the same clear always throws the same confetti (and screenshots repeat). */
    private static final long SEED = 14;
    /** How long a piece of confetti takes to fall at normal speed: between these, as the seed draws it. */
    public static final double FALL_MIN_MILLIS = 1100;
    public static final double FALL_MAX_MILLIS = 1900;

    private final HBox cast = new HBox();
    private final Pane confetti = new Pane();
    private final List<Creature> creatures = new ArrayList<>();
    private final List<String> colours;
    private ParallelTransition burst;
    private int bursts;
    private double fallMillis;

    /** A celebration by the goroutines {@code names}, each in the colour at the same index of {@code colours}. */
    public Celebration(List<String> names, List<String> colours) {
        this.colours = List.copyOf(colours);
        cast.getStyleClass().add("celebration-cast");
        cast.setAlignment(Pos.BOTTOM_LEFT);
        cast.setId("celebration-cast");
        for (int i = 0; i < names.size(); i++) {
            Creature c = new Creature(names.get(i), colours.get(i % colours.size()));
            c.show(Pose.DONE);
            c.setOpacity(1);
            creatures.add(c);
            cast.getChildren().add(new Group(c));
        }
        confetti.setId("confetti");
        confetti.setMouseTransparent(true);
        confetti.setManaged(false);
    }

    /** The creatures, to stand beside the title. */
    public HBox cast() {
        return cast;
    }

    /** The confetti layer, to lie over the whole results, unmanaged (its owner sizes it). */
    public Pane confetti() {
        return confetti;
    }

    /** Throws the confetti over {@code width} × {@code height} and makes the creatures hop, as motion allows. */
    public void play(double width, double height) {
        Motion motion = Motion.of(cast);
        // before its first layout a view has no size yet: throw over the size of a results dialog
        width = width > 1 ? width : 640;
        height = height > 1 ? height : 600;
        SplittableRandom random = new SplittableRandom(SEED);
        confetti.getChildren().clear();
        fallMillis = 0;
        List<Animation> parts = new ArrayList<>();
        for (int i = 0; i < PIECES; i++) {
            Rectangle piece = new Rectangle(random.nextDouble(5, 9), random.nextDouble(8, 14));
            piece.setFill(Color.web(colours.get(i % colours.size())));
            piece.setArcWidth(2);
            piece.setArcHeight(2);
            double x = random.nextDouble(0, width);
            double fall = random.nextDouble(height * 0.15, height * 0.55);
            double angle = random.nextDouble(-200, 200);
            piece.setLayoutX(x);
            piece.setLayoutY(-10);
            confetti.getChildren().add(piece);
            if (motion.reduced()) {
                piece.setTranslateY(fall * 0.4);
                piece.setRotate(angle);
                piece.setOpacity(0.55);
                continue;
            }
            Duration d = Duration.millis(random.nextDouble(FALL_MIN_MILLIS, FALL_MAX_MILLIS) / motion.speed());
            fallMillis = Math.max(fallMillis, d.toMillis());
            TranslateTransition drop = new TranslateTransition(d, piece);
            drop.setFromY(random.nextDouble(-40, 0));
            drop.setToY(fall);
            drop.setByX(random.nextDouble(-40, 40));
            drop.setInterpolator(Interpolator.EASE_OUT);
            RotateTransition spin = new RotateTransition(d, piece);
            spin.setByAngle(angle * 3);
            FadeTransition fade = new FadeTransition(d, piece);
            fade.setFromValue(1);
            fade.setToValue(0);
            fade.setInterpolator(Interpolator.EASE_IN);
            parts.add(new ParallelTransition(drop, spin, fade));
        }
        if (!motion.reduced()) {
            burst = new ParallelTransition(parts.toArray(Animation[]::new));
            burst.setOnFinished(e -> confetti.getChildren().clear());
            burst.play();
            bursts++;
            for (Creature c : creatures) {
                c.hop();
            }
        }
    }

    /** Whether the confetti is falling now. */
    public boolean playing() {
        return burst != null && burst.getStatus() == Animation.Status.RUNNING;
    }

    /** How many bursts of falling confetti it has thrown (none with reduced motion). */
    public int bursts() {
        return bursts;
    }

    /** How long the last burst's slowest piece takes to fall, at the animation speed; 0 when none fell. */
    public double fallMillis() {
        return fallMillis;
    }

    /** How many pieces of confetti are on screen. */
    public int pieces() {
        return confetti.getChildren().size();
    }

    /** Stops the confetti where it is (a screenshot of the burst). */
    public void pause() {
        if (burst != null) {
            burst.pause();
        }
    }

    /** The creatures celebrating. */
    public List<Creature> creatures() {
        return List.copyOf(creatures);
    }
}
