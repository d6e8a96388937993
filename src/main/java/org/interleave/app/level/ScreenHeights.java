package org.interleave.app.level;

import javafx.application.Platform;
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
 * was cut by 6 to 28 px, top and bottom.
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
        // later, not now: asked while the screen is laid out, the heights are not all known yet
        screen.heightProperty().addListener((o, a, h) -> Platform.runLater(this::fit));
        screen.bottomProperty().addListener((o, a, b) -> Platform.runLater(this::fit));
        timeline.heightProperty().addListener((o, a, h) -> Platform.runLater(this::fit));
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

    /** Gives the canvas's least height what the timeline's least lacks, then sizes the lanes again. */
    private void fit() {
        boolean open = screen.getBottom() == timeline;
        if (open && timeline.getWidth() <= 0) {
            return;  // not laid out yet: its heading's height is not known (its height changes once it is)
        }
        // what the timeline's least lacks with the canvas at its full least height: the room now is
        // that much larger for what the canvas already gives (adding what is given, not taking it
        // away: that flipped the canvas between giving all and nothing, one fit after another)
        double lacks = open ? timeline.leastHeight() - (timelineRoom() - given.get()) : 0;
        double give = Math.max(0, Math.min((LevelScreen.MIN_DESIGN_EM - LevelScreen.LEAST_DESIGN_EM) * em(), Math.ceil(lacks)));
        if (Math.abs(give - given.get()) > 0.5) {
            given.set(give);
        }
        if (open) {
            timeline.refit();
        }
    }
}
