package org.interleave.app.shared;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/**
 * A scroll pane that fits its content's width and asks for the height the content takes at that
 * width. A plain scroll pane asks for the content's height at the content's preferred width, so
 * words that wrap at the real width make it scroll when there is room (a goal list one line
 * short), and a flow laid out for another width leaves a gap under it (a step bar a line too tall).
 */
public final class WidthFitScroll extends ScrollPane {
    private final Node content;

    /** A vertical scroll pane around {@code content}, with the given style class. */
    public WidthFitScroll(Node content, String styleClass) {
        super(content);
        this.content = content;
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        getStyleClass().add(styleClass);
        widthProperty().addListener((o, a, w) -> requestLayout());  // the height asked changes with it
    }

    private java.util.function.DoubleUnaryOperator leastHeight;  // none: a scroll pane's own least height

    /**
     * Keeps the top of the content this high, for the content's width, in view: the scroll pane
     * shrinks no further (what must never scroll out of sight, such as a bar's controls).
     */
    public void setLeastHeight(java.util.function.DoubleUnaryOperator contentHeightAtWidth) {
        this.leastHeight = contentHeightAtWidth;
        requestLayout();
    }

    @Override
    protected double computeMinHeight(double width) {
        if (leastHeight == null) {
            return super.computeMinHeight(width);
        }
        double w = getWidth() - snappedLeftInset() - snappedRightInset();
        double viewport = getViewportBounds().getWidth();
        if (viewport > 0) {
            w = Math.min(w, viewport);  // less the scroll bar, when it shows
        }
        return (w <= 0 ? 0 : leastHeight.applyAsDouble(w)) + snappedTopInset() + snappedBottomInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        double w = getWidth() - snappedLeftInset() - snappedRightInset();
        return w <= 0 ? super.computePrefHeight(width) : content.prefHeight(w) + snappedTopInset() + snappedBottomInset();
    }
}
