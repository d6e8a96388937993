package org.interleave.app.shared;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;

/**
 * A scroll pane that scrolls its content sideways only and asks for the content's height plus,
 * when the content is wider than the pane, its bar's, so that the bar lies under the content. A
 * plain scroll pane asks for the content's height alone and puts the bar over the content's foot
 * (a palette's part names half hidden), since it cannot scroll up to show it.
 */
public final class SidewaysScroll extends ScrollPane {
    /** A sideways scroll pane around {@code content}, with the given style class. */
    public SidewaysScroll(Node content, String styleClass) {
        super(content);
        setVbarPolicy(ScrollBarPolicy.NEVER);
        setHbarPolicy(ScrollBarPolicy.AS_NEEDED);
        setFitToHeight(true);
        getStyleClass().add(styleClass);
        widthProperty().addListener((o, a, w) -> requestLayout());  // the bar comes and goes with the width
    }

    /** The height of the sideways bar if the content needs it at this width, else 0. */
    private double barHeight() {
        double room = getWidth() - snappedLeftInset() - snappedRightInset();
        if (getContent() == null || room <= 0 || getContent().prefWidth(-1) <= room) {
            return 0;
        }
        for (Node n : getChildrenUnmodifiable()) {
            if (n instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL) {
                return bar.prefHeight(-1);
            }
        }
        return 0;
    }

    @Override
    protected double computePrefHeight(double width) {
        double content = getContent() == null ? 0 : getContent().prefHeight(-1);
        return content + barHeight() + snappedTopInset() + snappedBottomInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);  // never squeezed under the bar again
    }
}
