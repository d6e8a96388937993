package org.interleave.app.level;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;

/**
 * A column of a fixed width that scrolls up and down as a whole, and is as wide as the column
 * and its scroll bar together when the bar shows: a plain scroll pane asks for its content's
 * width alone, so the bar, when it shows, took its width out of the column, which cannot narrow,
 * and covered the column's right edge (projector mode at a large scale with the timeline open).
 */
final class ColumnScroll extends ScrollPane {
    private final Region column;
    private ScrollBar down;

    ColumnScroll(Region column, String styleClass) {
        super(column);
        this.column = column;
        setFitToWidth(true);
        setFitToHeight(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setFocusTraversable(false);
        getStyleClass().add(styleClass);
        skinProperty().addListener((o, was, skin) -> {
            for (Node n : getChildrenUnmodifiable()) {
                if (n instanceof ScrollBar bar && bar.getOrientation() == Orientation.VERTICAL) {
                    down = bar;
                    // the width asked changes as the bar comes and goes
                    bar.visibleProperty().addListener((v, a, shown) -> requestLayout());
                }
            }
        });
    }

    /** The width the bar takes while it shows. */
    private double bar() {
        return down != null && down.isVisible() ? down.prefWidth(-1) : 0;
    }

    @Override
    protected double computeMinWidth(double height) {
        return column.minWidth(-1) + bar() + snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computePrefWidth(double height) {
        return column.prefWidth(-1) + bar() + snappedLeftInset() + snappedRightInset();
    }
}
