package org.interleave.app.shared;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;

/**
 * A line of text with a shell command in it, wrapped where a reader expects: at its spaces, and
 * inside a file path after a {@code /}, {@code -} or {@code .}. A wrapped label breaks only at
 * spaces, and cuts a path wider than its column anywhere ("levels/11-transfe" / "r-deadlock").
 * Each piece is a label of the given style class; the flow lays them out as words. The replay
 * command under You schedule and a custom pack's folder are such lines. A line of names (a
 * folder's name as a title) breaks inside any word, after the same separators.
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
        getChildren().setAll(pieces(text, names).stream().map(p -> {
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

    /** The text cut where a line may break: after each run of spaces, and after a path's separators. */
    public static List<String> pieces(String text) {
        return pieces(text, false);
    }

    /**
     * The text cut where a line may break: after each run of spaces, and after the separators
     * ({@code / - . _}) of a path or, with {@code names}, of any word.
     */
    public static List<String> pieces(String text, boolean names) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean end = i + 1 == text.length();
            boolean cut = end || c == ' ' && text.charAt(i + 1) != ' '
                    || (names || inPath(text, i)) && "/-._".indexOf(c) >= 0 && i > start && Character.isLetterOrDigit(text.charAt(i - 1))
                            && Character.isLetterOrDigit(text.charAt(i + 1));
            if (cut) {
                out.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        return out;
    }

    /** Whether the word around {@code i} is a file path (it holds a {@code /}). */
    private static boolean inPath(String text, int i) {
        int from = text.lastIndexOf(' ', i) + 1;
        int to = text.indexOf(' ', i);
        return text.substring(from, to < 0 ? text.length() : to).indexOf('/') >= 0;
    }
}
