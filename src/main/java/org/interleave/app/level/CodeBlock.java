package org.interleave.app.level;

import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.interleave.app.shared.LineBreaks;

/**
 * A brief's block of Go code, each line wrapped where a reader of code expects: at its spaces, and
 * after a {@code (}, {@code ,} or {@code .} inside a longer word. A wrapped label breaks Latin text
 * at spaces only, and cut {@code fmt.Println(<-results)} anywhere in a column narrower than it
 * (projector mode's brief). Each line is a flow of its pieces ({@link LineBreaks}), each piece a label.
 */
final class CodeBlock extends VBox {
    CodeBlock(String code) {
        getStyleClass().add("brief-code-block");
        setMinHeight(Region.USE_PREF_SIZE);
        for (String line : code.split("\n", -1)) {
            FlowPane row = new FlowPane();
            row.getStyleClass().add("brief-code-line");
            for (String piece : LineBreaks.pieces(line.isEmpty() ? " " : line, LineBreaks.Rule.CODE)) {
                Label l = new Label(piece);
                l.setMinWidth(Region.USE_PREF_SIZE);
                row.getChildren().add(l);
            }
            getChildren().add(row);
        }
    }
}
