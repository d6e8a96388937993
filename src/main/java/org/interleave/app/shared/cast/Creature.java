package org.interleave.app.shared.cast;

import javafx.animation.Animation;
import javafx.animation.Interpolator;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.animation.TranslateTransition;
import javafx.scene.Group;
import javafx.scene.control.Tooltip;
import javafx.scene.paint.Color;
import javafx.scene.shape.Arc;
import javafx.scene.shape.ArcType;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Ellipse;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.util.Duration;

/**
 * A goroutine drawn as a small creature in its Okabe–Ito colour: a round body on two feet, with
 * eyes that say its {@link Pose} — open when it can run, closed with a "z" when it sleeps on a
 * channel, a padlock held up when it waits on a lock, happy arcs when done, crosses when a crash
 * stopped it, a ghost when leaked, ice when frozen in a deadlock. A running creature walks in
 * place and one that just took a step hops, unless the screen's {@link Motion} is reduced; every
 * pose reads the same standing still, so reduced motion hides no state.
 */
public final class Creature extends Group {
    /** The style class of letters drawn as part of a creature (its "z" asleep, its ✓ done): pictures, not text. */
    public static final String DRAWING_CLASS = "drawing";

    /** Width and height of a creature at scale 1, in pixels. */
    public static final double SIZE = 34;
    /** How long a hop (up and down again) takes at normal speed. */
    public static final double HOP_MILLIS = 180;
    /** How long one step of walking in place takes at normal speed. */
    public static final double STEP_MILLIS = 220;

    private final String name;
    private final Color colour;
    private final Group body = new Group();
    private final Ellipse leftFoot = new Ellipse(11, 32, 5.5, 3);
    private final Ellipse rightFoot = new Ellipse(23, 32, 5.5, 3);
    private final Rectangle shell = new Rectangle(3, 4, 28, 26);
    private final Group face = new Group();
    private final Group extra = new Group();
    private final Tooltip tip = new Tooltip();
    private Pose pose;
    private Timeline walk;
    private double walkMillis;
    private int hops;
    private double hopMillis;

    /** A creature named {@code name} (its goroutine instance) in colour {@code colour} (a CSS colour), ready to run. */
    public Creature(String name, String colour) {
        this.name = name;
        this.colour = Color.web(colour);
        getStyleClass().add("creature");
        shell.setArcWidth(18);
        shell.setArcHeight(18);
        shell.setFill(this.colour);
        shell.setStroke(this.colour.darker().darker());
        shell.setStrokeWidth(1.5);
        Color feet = this.colour.darker();
        leftFoot.setFill(feet);
        rightFoot.setFill(feet);
        body.getChildren().addAll(shell, face, extra);
        getChildren().addAll(leftFoot, rightFoot, body);
        Tooltip.install(this, tip);
        show(Pose.READY);
        sceneProperty().addListener((o, a, s) -> {
            if (s == null) {
                stopWalking();
            } else {
                startOrStop();
            }
        });
    }

    /**
     * Shows {@code next}; a running creature starts walking (with motion) and any other stops. Shown
     * again in the same pose, it takes up motion settings changed meanwhile (a new walking pace).
     */
    public void show(Pose next) {
        if (next == pose) {
            startOrStop();
            return;
        }
        if (pose != null) {
            getStyleClass().remove(pose.styleClass());
        }
        pose = next;
        getStyleClass().add(next.styleClass());
        draw();
        tip.setText(name + ": " + next.words());
        setAccessibleText(name + ", " + next.words());
        startOrStop();
    }

    /** A step this goroutine just took: a hop (none with reduced motion). */
    public void hop() {
        startOrStop();  // the player may have changed the motion settings since it started walking
        if (Motion.of(this).reduced() || getScene() == null) {
            return;
        }
        hops++;
        hopMillis = HOP_MILLIS / Motion.of(this).speed();
        TranslateTransition t = new TranslateTransition(Duration.millis(hopMillis), body);
        t.setFromY(0);
        t.setToY(-6);
        t.setAutoReverse(true);
        t.setCycleCount(2);
        t.setInterpolator(Interpolator.EASE_OUT);
        t.play();
    }

    /** The pose shown. */
    public Pose pose() {
        return pose;
    }

    /** Whether it is walking now (running, with motion). */
    public boolean walking() {
        return walk != null && walk.getStatus() == Animation.Status.RUNNING;
    }

    /** How many hops it has made. */
    public int hops() {
        return hops;
    }

    /** How long its last hop took, at the speed it was played at; 0 before any. */
    public double hopMillis() {
        return hopMillis;
    }

    /** How long one step of its walk takes at the speed it walks at; 0 when it is not walking. */
    public double walkMillis() {
        return walking() ? walkMillis : 0;
    }

    /** The colour its body is drawn in. */
    public Color colour() {
        return (Color) shell.getFill();
    }

    /** The goroutine instance it stands for. */
    public String name() {
        return name;
    }

    private void startOrStop() {
        if (pose == Pose.RUNNING && getScene() != null && !Motion.of(this).reduced()) {
            double period = STEP_MILLIS / Motion.of(this).speed();
            if (walk == null || period != walkMillis) {
                // made anew when the speed changed since it last walked: a walk keeps the speed it was made at
                stopWalking();
                walkMillis = period;
                walk = new Timeline(
                        new KeyFrame(Duration.ZERO, new KeyValue(leftFoot.translateYProperty(), 0),
                                new KeyValue(rightFoot.translateYProperty(), -3), new KeyValue(body.translateYProperty(), 0)),
                        new KeyFrame(Duration.millis(period), new KeyValue(leftFoot.translateYProperty(), -3),
                                new KeyValue(rightFoot.translateYProperty(), 0), new KeyValue(body.translateYProperty(), -2)));
                walk.setAutoReverse(true);
                walk.setCycleCount(Animation.INDEFINITE);
            }
            walk.play();
        } else {
            stopWalking();
        }
    }

    private void stopWalking() {
        if (walk != null) {
            walk.stop();
            leftFoot.setTranslateY(0);
            rightFoot.setTranslateY(0);
            body.setTranslateY(0);
        }
    }

    // ------------------------------------------------------------------ drawing

    private void draw() {
        face.getChildren().clear();
        extra.getChildren().clear();
        setOpacity(1);
        shell.getStrokeDashArray().clear();
        shell.setFill(colour);
        switch (pose) {
            case RUNNING, READY -> {
                openEyes(pose == Pose.RUNNING ? 1.5 : 0);
                face.getChildren().add(mouth(false));
                if (pose == Pose.RUNNING) {
                    // speed lines behind it, so a still picture still says "moving"
                    extra.getChildren().addAll(speedLine(-3, 12), speedLine(-5, 18));
                }
            }
            case WAITING_ON_LOCK -> {
                openEyes(-1.5);
                face.getChildren().add(flatMouth());
                extra.getChildren().add(padlock(24, -2));
            }
            case ASLEEP -> {
                closedEyes(false);
                face.getChildren().add(flatMouth());
                extra.getChildren().add(letter("z", 27, 3, 9));
                extra.getChildren().add(letter("z", 32, -3, 7));
            }
            case DONE -> {
                closedEyes(true);
                face.getChildren().add(mouth(true));
                extra.getChildren().add(letter("✓", 25, 2, 11));
                setOpacity(0.75);
            }
            case SPINNING -> {
                swirl(12);
                swirl(22);
                face.getChildren().add(flatMouth());
            }
            case CRASHED -> {
                cross(12);
                cross(22);
                face.getChildren().add(flatMouth());
            }
            case LEAKED -> {
                openEyes(0);
                face.getChildren().add(flatMouth());
                shell.getStrokeDashArray().addAll(3.0, 3.0);
                shell.setFill(colour.deriveColor(0, 0.4, 1.2, 0.5));
                setOpacity(0.6);
            }
            case FROZEN -> {
                openEyes(0);
                face.getChildren().add(flatMouth());
                Rectangle ice = new Rectangle(0, 1, 34, 32);
                ice.setArcWidth(10);
                ice.setArcHeight(10);
                ice.setFill(Color.web("#9fd8ff", 0.45));
                ice.setStroke(Color.web("#e6f6ff"));
                ice.setStrokeWidth(1.2);
                ice.getStyleClass().add("ice");
                extra.getChildren().addAll(ice, letter("❄", 24, 0, 10));
            }
        }
    }

    private void openEyes(double lookX) {
        for (double x : new double[] {12, 22}) {
            Circle white = new Circle(x, 14, 4.2, Color.WHITE);
            Circle pupil = new Circle(x + lookX, 14.5, 2.1, Color.web("#1b1b1b"));
            face.getChildren().addAll(white, pupil);
        }
    }

    private void closedEyes(boolean happy) {
        for (double x : new double[] {12, 22}) {
            Arc a = new Arc(x, 14, 3.6, 2.6, happy ? 0 : 180, 180);
            a.setType(ArcType.OPEN);
            a.setFill(null);
            a.setStroke(Color.web("#1b1b1b"));
            a.setStrokeWidth(1.6);
            a.setStrokeLineCap(StrokeLineCap.ROUND);
            face.getChildren().add(a);
        }
    }

    private Arc mouth(boolean wide) {
        Arc a = new Arc(17, 20, wide ? 5 : 3.5, wide ? 3.5 : 2.5, 180, 180);
        a.setType(ArcType.OPEN);
        a.setFill(null);
        a.setStroke(Color.web("#1b1b1b"));
        a.setStrokeWidth(1.5);
        a.setStrokeLineCap(StrokeLineCap.ROUND);
        return a;
    }

    private Line flatMouth() {
        Line l = new Line(14, 22, 20, 22);
        l.setStroke(Color.web("#1b1b1b"));
        l.setStrokeWidth(1.5);
        l.setStrokeLineCap(StrokeLineCap.ROUND);
        return l;
    }

    private void cross(double x) {
        for (int s : new int[] {1, -1}) {
            Line l = new Line(x - 3, 14 - 3 * s, x + 3, 14 + 3 * s);
            l.setStroke(Color.web("#1b1b1b"));
            l.setStrokeWidth(1.8);
            l.setStrokeLineCap(StrokeLineCap.ROUND);
            face.getChildren().add(l);
        }
    }

    private void swirl(double x) {
        Circle white = new Circle(x, 14, 4.2, Color.WHITE);
        Arc a = new Arc(x, 14, 2.6, 2.6, 30, 270);
        a.setType(ArcType.OPEN);
        a.setFill(null);
        a.setStroke(Color.web("#1b1b1b"));
        a.setStrokeWidth(1.3);
        face.getChildren().addAll(white, a);
    }

    private static Line speedLine(double x, double y) {
        Line l = new Line(x - 6, y, x, y);
        l.setStroke(Color.web("#ffffff", 0.55));
        l.setStrokeWidth(1.5);
        l.setStrokeLineCap(StrokeLineCap.ROUND);
        return l;
    }

    private static Group padlock(double x, double y) {
        Arc shackle = new Arc(x + 5, y + 6, 3.5, 4, 0, 180);
        shackle.setType(ArcType.OPEN);
        shackle.setFill(null);
        shackle.setStroke(Color.web("#f5f5f5"));
        shackle.setStrokeWidth(1.8);
        Rectangle box = new Rectangle(x, y + 6, 10, 8);
        box.setArcWidth(3);
        box.setArcHeight(3);
        box.setFill(Color.web("#f0c419"));
        box.setStroke(Color.web("#5a4500"));
        box.setStrokeWidth(1);
        Group g = new Group(shackle, box);
        g.getStyleClass().add("padlock");
        return g;
    }

    private static Text letter(String s, double x, double y, double size) {
        Text t = new Text(x, y + size, s);
        org.interleave.app.shared.Fonts.load();
        t.setFont(Font.font(org.interleave.app.shared.Fonts.SANS, FontWeight.BOLD, size));
        t.setFill(Color.web("#f5f5f5"));
        t.setStroke(Color.web("#1b1b1b", 0.6));
        t.setStrokeWidth(0.4);
        // part of the picture, not text to read: the instance's state is in words on its line beside it
        t.getStyleClass().add(DRAWING_CLASS);
        return t;
    }
}
