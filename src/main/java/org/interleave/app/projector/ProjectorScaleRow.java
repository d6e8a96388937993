package org.interleave.app.projector;

import javafx.scene.Node;
import javafx.scene.control.Button;

/** The projector's UI scale setting on the main menu: − and + in steps of 25 %, from 100 to 300 %, and the value. */
public final class ProjectorScaleRow {
    private ProjectorScaleRow() {}

    /** The row for {@code projector}'s scale. */
    public static Node of(ProjectorMode projector) {
        Button smaller = new Button("−");
        smaller.setId("projector-scale-down");
        smaller.setTooltip(new javafx.scene.control.Tooltip("Smaller (− in projector mode)"));
        smaller.setOnAction(e -> projector.zoom(-1));
        smaller.disableProperty().bind(projector.scaleProperty().lessThanOrEqualTo(ProjectorMode.MIN_SCALE));
        Button larger = new Button("+");
        larger.setId("projector-scale-up");
        larger.setTooltip(new javafx.scene.control.Tooltip("Larger (+ in projector mode)"));
        larger.setOnAction(e -> projector.zoom(1));
        larger.disableProperty().bind(projector.scaleProperty().greaterThanOrEqualTo(ProjectorMode.MAX_SCALE));
        javafx.scene.control.Label value = new javafx.scene.control.Label();
        value.setId("projector-scale");
        value.textProperty().bind(projector.scaleProperty().asString("Projector scale %d %%"));
        value.getStyleClass().add("muted");
        javafx.scene.layout.HBox row = new javafx.scene.layout.HBox(smaller, value, larger);
        row.getStyleClass().add("scale-row");
        row.setAlignment(javafx.geometry.Pos.CENTER);
        return row;
    }
}
