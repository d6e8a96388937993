package org.interleave.playback;

import java.util.function.DoubleSupplier;
import java.util.function.Supplier;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;

/**
 * How tall a {@link TimelineView}'s lanes are: all of them up to a limit that follows the text size,
 * the height the player chose with the grip, within one lane (down to a part of one's strip) and
 * the most the screen allows. Measuring changes nothing: the summary's wrap width is set by a
 * layout (the timeline's own, or the screen's before it, {@link #wrapAt}), never by a measure,
 * which before the first layout had wrapped it at 0 px.
 */
final class TimelineSizing {
    private final TimelineView timeline;
    private final ScrollPane scroll;
    private final Region grip;
    private final Label summary;
    private final TimelinePainter painter;
    private final Supplier<TimelineData> data;
    /** The lanes' height the player chose with the grip, in px, or NaN (the default share). */
    private double chosenLanes = Double.NaN;
    private DoubleSupplier mostHeight = () -> Double.POSITIVE_INFINITY;

    TimelineSizing(TimelineView timeline, ScrollPane scroll, Region grip, Label summary, TimelinePainter painter,
                   Supplier<TimelineData> data) {
        this.timeline = timeline;
        this.scroll = scroll;
        this.grip = grip;
        this.summary = summary;
        this.painter = painter;
        this.data = data;
    }

    /** Sizes the lanes for the room there is now, the timeline being {@code width} wide: the one place that does. */
    void sizeLanes(double width) {
        double lanes = lanesHeight(width);
        if (Math.abs(lanes - scroll.getPrefViewportHeight()) > 0.5) {
            scroll.setPrefViewportHeight(lanes);
        }
    }

    void choose(double px) {
        chosenLanes = px;
    }

    void setMostHeight(DoubleSupplier mostHeight) {
        this.mostHeight = mostHeight;
    }

    /**
     * Wraps the summary at the heading's width, the timeline being {@code width} wide (a long one
     * takes two lines): a layout's step, not a measure's. No width yet, no wrap.
     */
    void wrapAt(double width) {
        if (width <= 0) {
            return;
        }
        double most = Math.max(0, width - timeline.snappedLeftInset() - timeline.snappedRightInset()
                - grip.snappedLeftInset() - grip.snappedRightInset());
        if (Math.abs(summary.getMaxWidth() - most) > 0.01) {
            summary.setMaxWidth(most);
        }
    }

    /**
     * The height the lanes ask for. By default all of them, up to a limit that follows the text size,
     * and never so much that the timeline takes more than a quarter of the window (projector mode at
     * a large scale, where the heading wraps) — past it the lanes scroll. Once the player chose a
     * height with the grip, that one. Either way at least one lane, and never more than the screen
     * allows ({@link #setMostHeight}; half the window without one). The timeline is {@code width} wide.
     */
    double lanesHeight(double width) {
        TimelineData d = data.get();
        double all = d == null ? 0 : painter.laneY(d.lanes().size()) + 8;
        double oneLane = Math.min(all, painter.laneY(1) + 8);
        double limit = Math.max(172, painter.laneY(3));
        double most = Double.POSITIVE_INFINITY;
        var scene = timeline.getScene();
        if (scene != null && scene.getHeight() > 0) {
            double heading = heading(width);
            limit = Math.min(limit, Math.max(painter.laneY(1) + 8, scene.getHeight() / 4 - heading));
            most = Math.floor(Math.min(scene.getHeight() / 2, mostHeight.getAsDouble()) - Math.ceil(heading));
        }
        double lanes = Double.isNaN(chosenLanes) ? Math.min(all, limit) : Math.min(all, chosenLanes);
        // one lane with the step numbers over it; where the screen cannot give that much (projector
        // mode at 200 % in a 720 px window), as much as it can down to a third of a lane's own strip,
        // scrolled to the lane that runs the step shown (at 200 % in a 1080 px window a whole strip
        // left the timeline's foot 54 px under the window's)
        double strip = Math.min(all, strip());
        double least = Math.min(oneLane, Math.max(Math.min(strip, Math.ceil(strip() / 3)), most));
        // whole pixels: the timeline's height is laid out in whole pixels, so a heading measured as
        // that height less the lanes' came out a fraction larger or smaller with each lanes' height
        // (the lanes sized in a layout pass, 81.4 px, were sized 80.3 px again after it: a 1 px jump);
        // down where the room bounds them (up, the timeline's foot was 1 px under the window's)
        double h = Math.max(least, Math.min(lanes, most));
        return most - h < 0.5 ? Math.floor(h) : Math.ceil(h);
    }

    /** One lane's own height (no step numbers over it) and the margin under the last. */
    private double strip() {
        return painter.laneY(1) - painter.laneY(0) + 8;
    }

    /**
     * What is not lanes, as the timeline asks for its height {@code width} wide: the heading (as
     * wrapped by the last {@link #wrapAt}), the margins, the scroll pane's border and the room for
     * its sideways bar.
     */
    private double heading(double width) {
        return scroll.getPrefViewportHeight() > 0
                ? timeline.prefHeight(width) - scroll.getPrefViewportHeight()
                : timeline.snappedTopInset() + timeline.snappedBottomInset() + timeline.getSpacing()
                        + grip.prefHeight(width - timeline.snappedLeftInset() - timeline.snappedRightInset());
    }

    /**
     * The height the timeline takes {@code width} wide with its lanes at their least, one lane's
     * strip: what a screen must leave it (a level screen's design column gives way when the window
     * is shorter).
     */
    double leastHeight(double width) {
        TimelineData d = data.get();
        return heading(width) + Math.min(d == null ? 0 : painter.laneY(d.lanes().size()) + 8, strip());
    }
}
