package org.interleave.app.level;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.interleave.app.shared.LineBreaks;

/**
 * A brief's block of Go code, each line wrapped where a reader of code expects: at its spaces
 * first, and after a {@code (} or {@code ,} inside a word only when no space fits, never inside a
 * name or a selector ({@code c.mu.RUnlock()}). A wrapped label breaks Latin text at spaces only,
 * and cut {@code fmt.Println(<-results)} anywhere in a column narrower than it (projector mode's
 * brief). Each line is its pieces ({@link LineBreaks}), each piece a label; a line's further lines
 * hang past its own indentation behind a ↪, so the rest of a comment never reads as a line of code
 * of its own. A name wider than the column, behind its line's hang, scrolls sideways ({@link
 * Scroller}) rather than break.
 */
final class CodeBlock extends VBox {
    CodeBlock(String code) {
        getStyleClass().add("brief-code-block");
        setMinHeight(Region.USE_PREF_SIZE);
        for (String line : code.split("\n", -1)) {
            getChildren().add(new CodeLine(LineBreaks.pieces(line.isEmpty() ? " " : line, LineBreaks.Rule.CODE)));
        }
    }

    /** {@code code} as a block that scrolls sideways when a name on a line is wider than the column. */
    static Scroller scrolling(String code) {
        return new Scroller(new CodeBlock(code));
    }

    /**
     * A code block in a view that scrolls sideways only when the column is narrower than the least
     * the block needs (a line's hang and its widest name: projector mode's 15 em brief, where
     * {@code defer c.mu.RUnlock()} broke as {@code c.mu.} / {@code RUnlock()}); it is as tall as the
     * block at the width it gets, and its bar, when shown, lies under the block, never over it.
     */
    static final class Scroller extends javafx.scene.control.ScrollPane {
        private final CodeBlock block;

        Scroller(CodeBlock block) {
            super(block);
            this.block = block;
            getStyleClass().add("brief-code-scroll");
            setFitToWidth(true);
            setFitToHeight(true);
            setHbarPolicy(ScrollBarPolicy.AS_NEEDED);
            setVbarPolicy(ScrollBarPolicy.NEVER);
            setFocusTraversable(false);
        }

        CodeBlock block() {
            return block;
        }

        @Override
        public javafx.geometry.Orientation getContentBias() {
            return javafx.geometry.Orientation.HORIZONTAL;
        }

        private double insetsX() {
            return snappedLeftInset() + snappedRightInset();
        }

        @Override
        protected double computeMinWidth(double height) {
            return insetsX();  // narrower than the block: it scrolls
        }

        @Override
        protected double computePrefWidth(double height) {
            return block.prefWidth(-1) + insetsX();
        }

        @Override
        protected double computePrefHeight(double width) {
            double view = width < 0 ? block.prefWidth(-1) : width - insetsX();
            double content = Math.max(view, block.minWidth(-1));
            double bar = content > view + 0.5 ? barHeight() : 0;
            return block.prefHeight(content) + bar + snappedTopInset() + snappedBottomInset();
        }

        @Override
        protected double computeMinHeight(double width) {
            return computePrefHeight(width);
        }

        @Override
        protected double computeMaxHeight(double width) {
            return computePrefHeight(width);
        }

        /** The sideways bar's height (its style's, once the skin made it; a guess before). */
        private double barHeight() {
            for (javafx.scene.Node n : getChildrenUnmodifiable()) {
                if (n instanceof javafx.scene.control.ScrollBar b && b.getOrientation() == javafx.geometry.Orientation.HORIZONTAL) {
                    return b.prefHeight(-1);
                }
            }
            return 12;
        }
    }

    /** One line of code, wrapped with a hanging indent. */
    static final class CodeLine extends Region {
        private final List<Label> pieces = new ArrayList<>();
        private final List<String> texts;
        /** The marks of the further lines, one a line, made as the layout needs them. */
        private final List<Label> marks = new ArrayList<>();

        CodeLine(List<String> texts) {
            this.texts = texts;
            getStyleClass().add("brief-code-line");
            for (String t : texts) {
                Label l = new Label(t);
                l.setMinWidth(Region.USE_PREF_SIZE);
                pieces.add(l);
                getChildren().add(l);
            }
            mark(0);
        }

        /** The labels of the line's pieces, in order (for tests). */
        List<Label> pieceLabels() {
            return pieces;
        }

        private double[] widths() {
            double[] w = new double[pieces.size()];
            for (int i = 0; i < w.length; i++) {
                w[i] = pieces.get(i).prefWidth(-1);
            }
            return w;
        }

        /** How far further lines hang: past the line's own indentation, by the width of "↪ ". */
        private double hang(double[] w) {
            double indent = 0;
            for (int i = 0; i < texts.size() && texts.get(i).isBlank(); i++) {
                indent += w[i];
            }
            return indent + markWidth();
        }

        private double markWidth() {
            return mark(0).prefWidth(-1);
        }

        private Label mark(int i) {
            while (marks.size() <= i) {
                Label m = new Label("↪ ");
                m.getStyleClass().add("brief-code-continued");
                m.setMinWidth(Region.USE_PREF_SIZE);
                m.setManaged(false);
                m.setVisible(false);
                marks.add(m);
                getChildren().add(m);
            }
            return marks.get(i);
        }

        private List<Integer> starts(double width) {
            double[] w = widths();
            double room = width - snappedLeftInset() - snappedRightInset();
            return LineBreaks.lineStarts(texts, w, room, room - hang(w));
        }

        private double rowHeight() {
            double h = 0;
            for (Label l : pieces) {
                h = Math.max(h, l.prefHeight(-1));
            }
            return h;
        }

        @Override
        protected double computePrefWidth(double height) {
            double w = 0;
            for (double d : widths()) {
                w += d;
            }
            return w + snappedLeftInset() + snappedRightInset();
        }

        @Override
        protected double computeMinWidth(double height) {
            double[] w = widths();
            double widest = 0;
            for (double d : w) {
                widest = Math.max(widest, d);
            }
            return Math.min(computePrefWidth(height), hang(w) + widest + snappedLeftInset() + snappedRightInset());
        }

        @Override
        protected double computePrefHeight(double width) {
            int lines = width < 0 ? 1 : starts(width).size();
            return lines * rowHeight() + snappedTopInset() + snappedBottomInset();
        }

        @Override
        protected double computeMinHeight(double width) {
            return computePrefHeight(width);
        }

        @Override
        public javafx.geometry.Orientation getContentBias() {
            return javafx.geometry.Orientation.HORIZONTAL;
        }

        @Override
        protected void layoutChildren() {
            double[] w = widths();
            List<Integer> starts = starts(getWidth());
            double hang = hang(w);
            double row = rowHeight();
            double top = snappedTopInset();
            double left = snappedLeftInset();
            for (Label m : marks) {
                m.setVisible(false);
            }
            int line = 0;
            double x = left;
            for (int i = 0; i < pieces.size(); i++) {
                if (line + 1 < starts.size() && starts.get(line + 1) == i) {
                    line++;
                    Label m = mark(line - 1);
                    m.setVisible(true);
                    m.resizeRelocate(left + hang - markWidth(), top + line * row, markWidth(), row);
                    x = left + hang;
                }
                Label l = pieces.get(i);
                boolean leading = line > 0 && texts.subList(starts.get(line), i + 1).stream().allMatch(String::isBlank);
                l.setVisible(!leading);
                l.resizeRelocate(x, top + line * row, leading ? 0 : w[i], row);
                x += leading ? 0 : w[i];
            }
        }

        /** The lines as laid out, further ones with the indent they hang at (for tests): each its pieces' texts. */
        List<String> laidOutLines() {
            List<String> out = new ArrayList<>();
            List<Integer> starts = starts(getWidth());
            for (int l = 0; l < starts.size(); l++) {
                int end = l + 1 < starts.size() ? starts.get(l + 1) : texts.size();
                out.add(String.join("", texts.subList(starts.get(l), end)));
            }
            return out;
        }
    }
}
