package org.interleave.app.projector;

import java.util.function.Supplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.Duration;
import org.interleave.playback.RevealModel;

/**
 * Projector mode's keys, as a lecturer and a presentation clicker press them. F5 toggles the
 * mode anywhere. In the mode: PageDown, Space, → and ↓ step the counterexample forward; PageUp,
 * ←, ↑ and Backspace step it back; B (or ., as clickers send it) blanks the screen; L toggles the
 * pointer spotlight; S slow motion; P plays the steps one after another; + and − scale the UI.
 */
public final class ProjectorKeys {
    /** Time between steps when the reveal plays at normal speed. */
    static final Duration STEP_TIME = Duration.millis(1100);
    /** What the overlay says as projector mode goes on: the keys. */
    public static final String HINT = "Projector mode · F5 leaves · B blanks · L spotlight · S slow motion · +/− scale";

    private final ProjectorMode mode;
    private final ProjectorOverlay overlay;
    private final Supplier<RevealModel> reveal;
    private final Timeline player = new Timeline();
    private RevealModel playing;

    /** Keys for {@code mode}; {@code reveal} gives the reveal of the level shown now, or null. */
    public ProjectorKeys(ProjectorMode mode, ProjectorOverlay overlay, Supplier<RevealModel> reveal) {
        this.mode = mode;
        this.overlay = overlay;
        this.reveal = reveal;
        player.setCycleCount(Animation.INDEFINITE);
        mode.slowMotionProperty().addListener((o, a, slow) -> retime());
        mode.enabledProperty().addListener((o, a, on) -> {
            if (!on) {
                stopPlaying();
            }
        });
        retime();
    }

    private void retime() {
        boolean running = player.getStatus() == Animation.Status.RUNNING;
        player.stop();
        player.getKeyFrames().setAll(new KeyFrame(STEP_TIME.multiply(mode.slowdown()), e -> playStep()));
        if (running) {
            player.play();
        }
    }

    /** Handles a key press; consumes it when it was projector mode's. */
    public void handle(KeyEvent e) {
        if (e.getCode() == KeyCode.F5) {
            mode.toggle();
            e.consume();
            return;
        }
        if (!mode.enabledProperty().get() || e.isControlDown() || e.isAltDown() || e.isMetaDown()
                || e.getTarget() instanceof TextInputControl) {
            return;  // typing in a text field (the level editor) keeps its letters
        }
        if (inScheduler(e) && e.getCode() != KeyCode.PERIOD && !zoomKey(e.getCode())) {
            // "You schedule" uses letters (select cases), Backspace (undo) and digits itself;
            // the projector keeps F5, . (blank) and +/- there
            return;
        }
        if ((e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN) && e.getTarget() instanceof javafx.scene.Node n
                && n.getStyleClass().contains("timeline-grip")) {
            return;  // ↑/↓ on the timeline's grip resize it
        }
        RevealModel r = reveal.get();
        boolean stepping = r != null && r.traceProperty().get() != null;
        switch (e.getCode()) {
            case PAGE_DOWN, SPACE, RIGHT, DOWN -> {
                if (stepping) {
                    stopPlaying();
                    r.next();
                    e.consume();
                }
            }
            case PAGE_UP, LEFT, UP, BACK_SPACE -> {
                if (stepping) {
                    stopPlaying();
                    r.previous();
                    e.consume();
                }
            }
            case B, PERIOD -> {
                mode.blankedProperty().set(!mode.blankedProperty().get());
                e.consume();
            }
            case ESCAPE -> {
                if (mode.blankedProperty().get()) {
                    mode.blankedProperty().set(false);
                    e.consume();
                }
            }
            case L -> {
                mode.spotlightProperty().set(!mode.spotlightProperty().get());
                overlay.announce(mode.spotlightProperty().get() ? "Spotlight on (L)" : "Spotlight off (L)");
                e.consume();
            }
            case S -> {
                mode.slowMotionProperty().set(!mode.slowMotionProperty().get());
                overlay.announce(mode.slowMotionProperty().get() ? "Slow motion (S)" : "Normal speed (S)");
                e.consume();
            }
            case P -> {
                if (stepping) {
                    togglePlaying(r);
                    e.consume();
                }
            }
            case PLUS, ADD, EQUALS -> {
                mode.zoom(1);
                overlay.announce(scaleNote(mode));
                e.consume();
            }
            case MINUS, SUBTRACT -> {
                mode.zoom(-1);
                overlay.announce(scaleNote(mode));
                e.consume();
            }
            default -> { }
        }
    }

    /** What the scale keys announce: the scale, and the text size the window holds when it caps it. */
    static String scaleNote(ProjectorMode mode) {
        String note = "Scale " + mode.scaleProperty().get() + " %";
        return mode.cappedByWindow()
                ? note + " · text " + Math.round(mode.rootFontPx(0)) + " px, the most this window holds" : note;
    }

    private static boolean inScheduler(KeyEvent e) {
        for (javafx.scene.Node n = e.getTarget() instanceof javafx.scene.Node t ? t : null; n != null; n = n.getParent()) {
            if (n.getStyleClass().contains("scheduler-view")) {
                return true;
            }
        }
        return false;
    }

    private static boolean zoomKey(KeyCode c) {
        return c == KeyCode.PLUS || c == KeyCode.ADD || c == KeyCode.EQUALS || c == KeyCode.MINUS || c == KeyCode.SUBTRACT;
    }

    /**
     * Handles a key release: Space, which steps in projector mode, must not also press the
     * button that has the focus (buttons fire when Space is released).
     */
    public void handleRelease(KeyEvent e) {
        RevealModel r = reveal.get();
        if (mode.enabledProperty().get() && e.getCode() == KeyCode.SPACE && r != null && r.traceProperty().get() != null) {
            e.consume();
        }
    }

    private void togglePlaying(RevealModel r) {
        if (playing != null) {
            stopPlaying();
            overlay.announce("Paused (P)");
            return;
        }
        if (r.atEndBinding().get()) {
            r.go(0);
        }
        playing = r;
        overlay.announce(mode.slowMotionProperty().get() ? "Playing in slow motion (P pauses)" : "Playing (P pauses)");
        player.playFromStart();
    }

    private void playStep() {
        if (playing == null || playing != reveal.get() || playing.traceProperty().get() == null
                || playing.atEndBinding().get()) {
            stopPlaying();
            return;
        }
        playing.next();
    }

    private void stopPlaying() {
        player.stop();
        playing = null;
    }

    /** Whether the reveal is playing on its own. */
    public boolean isPlaying() {
        return playing != null;
    }
}
