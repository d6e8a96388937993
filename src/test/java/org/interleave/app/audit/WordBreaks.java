package org.interleave.app.audit;

import java.text.BreakIterator;
import java.util.function.IntFunction;
import javafx.scene.Node;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * Whether a wrapped text breaks its lines between words: a word wider than the line it wraps in
 * is cut where the line ends ("goroutine" / "'s", "Backspac" / "e", a file path cut anywhere),
 * which reads as two words. JavaFX wraps Latin text only at spaces and forces a break inside a
 * word that does not fit; a line that begins inside a run of non-space characters, where the
 * JDK's line breaker sees no break either (after a hyphen it does), is such a forced break.
 */
final class WordBreaks {
    private final PanelFit.Report report;

    WordBreaks(PanelFit.Report report) {
        this.report = report;
    }

    /** A text that wraps by itself (a wrapped label's, not one of a flow's runs). */
    void text(Text text, String prefix) {
        if (text.getWrappingWidth() > 0 && !(text.getParent() instanceof TextFlow)) {
            check(text, text.getText(), i -> text.caretShape(i, true), text.getWrappingWidth(), prefix);
        }
    }

    /** A flow of texts, wrapped as one paragraph (a brief's). */
    void flow(TextFlow flow, String prefix) {
        StringBuilder s = new StringBuilder();
        for (Node n : flow.getChildrenUnmodifiable()) {
            // an inline node takes one character of the flow's text
            s.append(n instanceof Text t ? t.getText() : "\uFFFC");
        }
        double width = flow.getWidth() - flow.snappedLeftInset() - flow.snappedRightInset();
        check(flow, s.toString(), i -> flow.caretShape(i, true), width, prefix);
    }

    private void check(Node node, String s, IntFunction<PathElement[]> caret, double width, String prefix) {
        if (s == null || s.length() < 2) {
            return;
        }
        double lineTop = top(caret.apply(0));
        if (Double.isNaN(lineTop) || top(caret.apply(s.length() - 1)) <= lineTop + 0.5) {
            return;  // one line
        }
        BreakIterator breaker = BreakIterator.getLineInstance();
        breaker.setText(s);
        for (int i = 1; i < s.length(); i++) {
            double y = top(caret.apply(i));
            if (y > lineTop + 0.5) {
                lineTop = y;
                if (!Character.isWhitespace(s.charAt(i - 1)) && !Character.isWhitespace(s.charAt(i)) && !breaker.isBoundary(i)) {
                    int from = i;
                    while (from > 0 && !Character.isWhitespace(s.charAt(from - 1))) {
                        from--;
                    }
                    int to = i;
                    while (to < s.length() && !Character.isWhitespace(s.charAt(to))) {
                        to++;
                    }
                    String word = s.substring(from, to);
                    report.add("broken-word", prefix + LayoutAudit.describe(node), "\"" + s.substring(from, i) + "|"
                            + s.substring(i, to) + "\": the word is " + Boxes.fmt(wordWidth(node, word)) + " px, its line "
                            + Boxes.fmt(width) + " px");
                    return;  // one report a text: the first such break says what to fix
                }
            }
        }
    }

    /** The top of a caret's shape, or NaN for none. */
    private static double top(PathElement[] caret) {
        return caret != null && caret.length > 0 && caret[0] instanceof MoveTo m ? m.getY() : Double.NaN;
    }

    private static double wordWidth(Node node, String word) {
        Text probe = new Text(word);
        if (node instanceof Text t) {
            probe.setFont(t.getFont());
        } else if (node instanceof TextFlow f && !f.getChildrenUnmodifiable().isEmpty()
                && f.getChildrenUnmodifiable().get(0) instanceof Text t) {
            probe.setFont(t.getFont());  // the flow's first run: near enough for the figure
        }
        return probe.getLayoutBounds().getWidth();
    }
}
