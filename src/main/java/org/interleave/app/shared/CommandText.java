package org.interleave.app.shared;

import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;

/**
 * A line of text with a shell command in it, wrapped where a reader expects: at its spaces, and
 * inside a file path after a {@code /}, {@code -} or {@code .}. A wrapped label breaks only at
 * spaces, and cuts a path wider than its column anywhere ("levels/11-transfe" / "r-deadlock").
 * Each piece ({@link LineBreaks}) is a label of the given style class; the flow lays them out as
 * words. The replay command under You schedule and a custom pack's folder are such lines. A line
 * of names (a folder's name as a title) breaks inside any word, after the same separators.
 */
public final class CommandText extends FlowPane {
    private final String pieceClass;
    private final boolean names;

    /** A line with a command in it: it breaks inside paths only. */
    public CommandText(String pieceClass) {
        this(pieceClass, false);
    }

    /** With {@code names}, every word may break after its separators, as a path's do. */
    public CommandText(String pieceClass, boolean names) {
        this.pieceClass = pieceClass;
        this.names = names;
    }

    public void setText(String text) {
        getChildren().setAll(LineBreaks.pieces(text, names ? LineBreaks.Rule.NAMES : LineBreaks.Rule.COMMAND).stream().map(p -> {
            Label l = new Label(p);
            l.getStyleClass().add(pieceClass);
            return l;
        }).toList());
    }

    /** The whole text, its pieces joined. */
    public String text() {
        StringBuilder all = new StringBuilder();
        getChildren().forEach(n -> all.append(((Label) n).getText()));
        return all.toString();
    }
}
