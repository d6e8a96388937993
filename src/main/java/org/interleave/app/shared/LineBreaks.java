package org.interleave.app.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a line of code, of a command or of names may break. A wrapped label breaks Latin text at
 * spaces only, and cuts a word wider than its column anywhere ("fmt.Println(<-res" / "ults)",
 * "levels/11-transfe" / "r-deadlock"); cut into pieces that each end where a line may break, the
 * line wraps as a reader expects in a flow of labels, one a piece ({@code CodeBlock},
 * {@link CommandText}).
 */
public final class LineBreaks {
    /** Where a line may break, besides after each run of spaces. */
    public enum Rule {
        /**
         * Go code: before a run of two or more spaces, and after a ( or , between two other
         * characters, where Go lets a line end and gofmt keeps it; never inside a name or a selector
         * ({@code c.mu.RUnlock()}, {@code fmt.Println}: broken after a dot, a narrow brief read
         * {@code c.mu.} / {@code RUnlock()}).
         */
        CODE,
        /** A line with a shell command in it: after the / - . _ of a file path (a word with a / in it). */
        COMMAND,
        /** A line of names (a folder's name as a title): after the / - . _ inside any word. */
        NAMES
    }

    private LineBreaks() {}

    /** {@code text} cut after each run of spaces and where {@code rule} lets it break; the pieces joined are the text. */
    public static List<String> pieces(String text, Rule rule) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            boolean cut = i + 1 == text.length() || text.charAt(i) == ' ' && text.charAt(i + 1) != ' '
                    || breaksAfter(text, i, start, rule);
            if (cut) {
                out.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        return out;
    }

    /**
     * Where a line of {@code pieces} ({@link #pieces}), each as wide as {@code widths} says, wraps:
     * the index of the piece each line begins with, 0 first. The first line has {@code first} of
     * room, each further line {@code rest} (less a hanging indent). A line breaks at a space (after a
     * piece that ends in one, or before a run of spaces) rather than after a {@code (} or {@code ,}
     * inside a word, and inside a word only when no space on the line lets it: a narrow column broke
     * "fmt." / "Println(r)" while a space earlier on the line would do. A piece
     * wider than a line by itself has a line of its own. Spaces at the end of a line take no room.
     */
    public static List<Integer> lineStarts(List<String> pieces, double[] widths, double first, double rest) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        int s = 0;
        double x = 0;
        for (int k = 0; k < pieces.size(); k++) {
            double room = s == 0 ? first : rest;
            String p = pieces.get(k);
            if (s > 0 && blank(pieces, s, k + 1)) {
                continue; // spaces that begin a further line take no room (the layout hides them)
            }
            double inked = p.isBlank() ? 0 : widths[k] * p.stripTrailing().length() / Math.max(1, p.length());
            if (k > s && x + inked > room + 0.01) {
                int b = k;
                for (int j = k; j > s; j--) {
                    if (atSpace(pieces, j) && !blank(pieces, s, j)) {
                        b = j;
                        break;
                    }
                }
                if (b == k && blank(pieces, s, k)) {
                    x += widths[k];
                    continue; // only the indent before it: the piece stays on its line
                }
                starts.add(b);
                s = b;
                x = 0;
                k = b - 1;
                continue;
            }
            x += widths[k];
        }
        return starts;
    }

    /** Whether the line may break before piece {@code j} at a space: not after a comment's {@code //}, which keeps its first word. */
    private static boolean atSpace(List<String> pieces, int j) {
        String before = pieces.get(j - 1);
        return before.endsWith(" ") && !before.strip().equals("//") || pieces.get(j).startsWith(" ");
    }

    /** Whether pieces {@code from} up to (not with) {@code to} are all spaces. */
    private static boolean blank(List<String> pieces, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!pieces.get(i).isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code rule} lets the line break after character {@code i} (not the last), the piece begun at {@code start}. */
    private static boolean breaksAfter(String s, int i, int start, Rule rule) {
        char c = s.charAt(i);
        char after = s.charAt(i + 1);
        return switch (rule) {
            // a run of spaces that lines up a comment is a piece of its own: held to the word
            // before it, it moved the word to the next line ("c." / "hits++      // a write")
            case CODE -> c != ' ' && after == ' ' && i + 2 < s.length() && s.charAt(i + 2) == ' '
                    || "(,".indexOf(c) >= 0 && i > start && s.charAt(i - 1) != ' ' && after != ' ' && after != ')';
            case COMMAND, NAMES -> "/-._".indexOf(c) >= 0 && i > start && Character.isLetterOrDigit(s.charAt(i - 1))
                    && Character.isLetterOrDigit(after) && (rule == Rule.NAMES || inPath(s, i));
        };
    }

    /** Whether the word around {@code i} is a file path (it holds a {@code /}). */
    private static boolean inPath(String text, int i) {
        int from = text.lastIndexOf(' ', i) + 1;
        int to = text.indexOf(' ', i);
        return text.substring(from, to < 0 ? text.length() : to).indexOf('/') >= 0;
    }
}
