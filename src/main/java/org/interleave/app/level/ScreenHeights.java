package org.interleave.app.level;

import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import org.interleave.playback.TimelineView;

/**
 * How a level screen shares its height between the columns and a reveal's timeline under them:
 * the canvas keeps {@link LevelScreen#MIN_DESIGN_EM} of height (the step and run bars above it
 * scroll first), and the timeline grows only as far as the columns can give up. When the window
 * cannot hold even the timeline's least, its heading over one lane's strip, the canvas's least
 * height gives way, down to {@link LevelScreen#LEAST_DESIGN_EM}: projector mode at 200 % in a 720 px window
 * was cut by 6 to 28 px, top and bottom. The screen shares its height out in its own layout pass
 * ({@link #fit}), before it lays out its columns and the timeline, so the frame that first shows the
 * timeline (or a taller step or run bar) already has the heights it keeps: shared out in a task
 * after that frame, the timeline showed 170 px over a 278 px canvas for a frame, then 133 over 315.
 */
final class ScreenHeights {
    private final BorderPane screen;
    private final TimelineView timeline;
    private final Labeled em;
    /** What the canvas's least height gives up now, in px. */
    private final DoubleProperty given = new SimpleDoubleProperty(this, "given");

    /** Shares {@code screen}'s height between its columns, whose canvas is {@code canvas}, and {@code timeline}; {@code em} sets the em. */
    ScreenHeights(BorderPane screen, Region canvas, TimelineView timeline, Labeled em) {
        this.screen = screen;
        this.timeline = timeline;
        this.em = em;
        canvas.minHeightProperty().bind(Bindings.createDoubleBinding(
                () -> LevelScreen.MIN_DESIGN_EM * em() - given.get(), em.fontProperty(), given));
        timeline.setMostHeight(this::timelineRoom);
    }

    private double em() {
        return em.getFont().getSize();
    }

    /**
     * The most height the timeline may take: the window's less the header and the least the columns
     * need (the canvas's, the bars' scroll, a side column's). Worked out from the window, not from
     * the heights laid out last: a screen laid out taller than the window (a step bar that grew)
     * would size the lanes from what overflows.
     */
    double timelineRoom() {
        double min = 0;
        for (Node n : new Node[] {screen.getLeft(), screen.getCenter(), screen.getRight()}) {
            if (n != null && n.isManaged()) {
                min = Math.max(min, n.minHeight(n.getLayoutBounds().getWidth()));
            }
        }
        double window = screen.getScene() == null ? screen.getHeight() : screen.getScene().getHeight();
        double top = screen.getTop() == null ? 0 : screen.getTop().getLayoutBounds().getHeight();
        return window - screen.snappedTopInset() - screen.snappedBottomInset() - top - min;
    }

    /**
     * Gives the canvas's least height what the timeline's least lacks, then sizes the lanes again:
     * the screen calls it as it lays itself out, before its columns and the timeline, which then take
     * these heights in the same pass. The timeline is measured at the width it is about to get, the
     * screen's, not at the width it had (none yet, when it was just opened).
     */
    void fit() {
        boolean open = screen.getBottom() == timeline;
        double width = screen.getWidth() - screen.snappedLeftInset() - screen.snappedRightInset();
        if (open && width <= 0) {
            return;  // the screen has no size yet: nothing to share
        }
        // what the timeline's least lacks with the canvas at its full least height: the room now is
        // that much larger for what the canvas already gives (adding what is given, not taking it
        // away: that flipped the canvas between giving all and nothing, one fit after another)
        if (open) {
            timeline.wrapAt(width);  // its heading measured as it is about to be laid out
        }
        double lacks = open ? timeline.leastHeight(width) - (timelineRoom() - given.get()) : 0;
        double give = Math.max(0, Math.min((LevelScreen.MIN_DESIGN_EM - LevelScreen.LEAST_DESIGN_EM) * em(), Math.ceil(lacks)));
        if (Math.abs(give - given.get()) > 0.5) {
            given.set(give);
        }
        if (open) {
            timeline.refit(width);
        }
    }
}
