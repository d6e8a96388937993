package org.interleave.app.canvas;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.interleave.engine.model.Part;

/**
 * A part drawn on the canvas at its layout position. It shows, and highlights on hover with a
 * tooltip that names it; moving, selecting and wiring are the canvas's business.
 */
abstract class PartNode extends VBox {
    protected final Part part;
    protected final Tooltip tooltip = new Tooltip();

    PartNode(Part part) {
        this.part = part;
        getStyleClass().add("part-node");
        setId("part-" + part.id());
        double x = part.layout() == null ? 0 : part.layout().x();
        double y = part.layout() == null ? 0 : part.layout().y();
        relocate(x * CanvasView.UNIT, y * CanvasView.UNIT);
        tooltip.setShowDelay(Duration.millis(250));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
        Tooltip.install(this, tooltip);
        hoverProperty().addListener((o, was, on) -> pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("highlit"), on));
    }

    Part part() {
        return part;
    }

    /** Where the design puts the card, in canvas pixels at 100 %. */
    double homeX() {
        return (part.layout() == null ? 0 : part.layout().x()) * CanvasView.UNIT;
    }

    double homeY() {
        return (part.layout() == null ? 0 : part.layout().y()) * CanvasView.UNIT;
    }

    boolean locked() {
        return part.layout() != null && part.layout().locked();
    }

    String tooltipText() {
        return tooltip.getText();
    }

    void setSelected(boolean on) {
        getStyleClass().remove("selected");
        if (on) {
            getStyleClass().add("selected");
        }
    }

    /** Marks the part as one of a finding's places (or not). */
    void setSite(boolean on) {
        // every layout of the canvas marks the sites again: a class taken away and put back would
        // have the whole card's styles worked out again on the next pulse
        if (getStyleClass().contains("site") != on) {
            if (on) {
                getStyleClass().add("site");
            } else {
                getStyleClass().remove("site");
            }
        }
    }

    /** A small padlock drawn as a shape (the fonts lack a padlock glyph), with a tooltip saying what it means. */
    static javafx.scene.Node lockBadge() {
        return lockBadge("Locked by the level: it cannot be moved, changed or removed");
    }

    /** A padlock with its own tooltip (a locked op says what cannot happen to it). */
    static javafx.scene.Node lockBadge(String tip) {
        javafx.scene.shape.SVGPath icon = new javafx.scene.shape.SVGPath();
        icon.setContent(PADLOCK);
        icon.getStyleClass().add("lock-badge");
        // in a group, so that its scale counts in the layout: the padlock grows with the text (projector mode, UI scale)
        Label l = new Label("", new javafx.scene.Group(icon));
        l.getStyleClass().add("lock-badge-label");
        icon.scaleXProperty().bind(l.fontProperty().map(f -> Math.max(1, f.getSize() / javafx.scene.text.Font.getDefault().getSize())));
        icon.scaleYProperty().bind(icon.scaleXProperty());
        Tooltip.install(l, new Tooltip(tip));
        return l;
    }

    /** A 10×12 padlock: shackle and body. */
    static final String PADLOCK = "M2 5 V3.5 A3 3 0 0 1 8 3.5 V5 H9 V12 H1 V5 Z M3.4 5 H6.6 V3.5 A1.6 1.6 0 0 0 3.4 3.5 Z";
}
