package org.interleave.app.level;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A brief's block of Go code, each line wrapped where a reader of code expects: at its spaces, and
 * after a {@code (}, {@code ,} or {@code .} inside a longer word. A wrapped label breaks Latin text
 * at spaces only, and cut {@code fmt.Println(<-results)} anywhere in a column narrower than it
 * (projector mode's brief). Each line is a flow of its pieces, each piece a label.
 */
final class CodeBlock extends VBox {
    CodeBlock(String code) {
        getStyleClass().add("brief-code-block");
        setMinHeight(Region.USE_PREF_SIZE);
        for (String line : code.split("\n", -1)) {
            FlowPane row = new FlowPane();
            row.getStyleClass().add("brief-code-line");
            for (String piece : pieces(line.isEmpty() ? " " : line)) {
                Label l = new Label(piece);
                l.setMinWidth(Region.USE_PREF_SIZE);
                row.getChildren().add(l);
            }
            getChildren().add(row);
        }
    }

    /**
     * A line of code cut where it may break: after each run of spaces, before a run of two or more,
     * and after a ( , or . between two other characters.
     */
    static List<String> pieces(String line) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            boolean last = i + 1 == line.length();
            // a run of spaces that lines up a comment is a piece of its own: held to the word
            // before it, it moved the word to the next line ("c." / "hits++      // a write")
            boolean cut = last || c == ' ' && line.charAt(i + 1) != ' '
                    || c != ' ' && i + 2 < line.length() && line.charAt(i + 1) == ' ' && line.charAt(i + 2) == ' '
                    || "(,.".indexOf(c) >= 0 && i > start && line.charAt(i - 1) != ' ' && line.charAt(i + 1) != ' '
                            && line.charAt(i + 1) != ')';
            if (cut) {
                out.add(line.substring(start, i + 1));
                start = i + 1;
            }
        }
        return out;
    }
}
