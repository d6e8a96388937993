package org.interleave.app.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.interleave.app.shared.LineBreaks.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A line is cut where it may break: after its spaces, and by its rule — code after a ( or ,
 * inside a word (never inside a name or a selector), a command inside a path after its separators only, names after the separators
 * of any word.
 */
class LineBreaksTest {
    @Test
    void aLineOfCode_breaksAfterSpacesParenthesesAndCommas_neverInsideANameOrASelector() {
        assertEquals(List.of("    ", "ctx, ", "cancel ", ":= ", "context.WithTimeout(", "context.Background(),"),
                LineBreaks.pieces("    ctx, cancel := context.WithTimeout(context.Background(),", Rule.CODE));
        assertEquals(List.of("fmt.Println(", "<-results)"), LineBreaks.pieces("fmt.Println(<-results)", Rule.CODE));
        // projector mode's brief read "c.mu." / "↪ RUnlock()"
        assertEquals(List.of("    ", "defer ", "c.mu.RUnlock()"), LineBreaks.pieces("    defer c.mu.RUnlock()", Rule.CODE));
    }

    @Test
    void aLineOfCode_keepsTheSpacesThatLineUpACommentAPieceOfTheirOwn() {
        assertEquals(List.of("    ", "c.hits++", "      ", "// ", "a ", "write"),
                LineBreaks.pieces("    c.hits++      // a write", Rule.CODE));
        assertEquals(List.of("x", "  ", "// ", "y"), LineBreaks.pieces("x  // y", Rule.CODE));
    }

    @Test
    void aReplayCommand_breaksAtSpacesAndAfterThePathsSeparators_neverInsideAWord() {
        assertEquals(List.of("Replays ", "with: ", "java ", "-jar ", "interleave.jar ", "replay ", "levels/", "11-",
                        "transfer-", "deadlock.", "level.", "json ", "--schedule ", "\"main ", "aToB#0\""),
                LineBreaks.pieces("Replays with: java -jar interleave.jar replay levels/11-transfer-deadlock.level.json"
                        + " --schedule \"main aToB#0\"", Rule.COMMAND));
    }

    @Test
    void aLineOfNames_breaksAfterTheSeparatorsOfAnyWord_notOnlyAPathsOnes() {
        String title = "Custom · levels-our_class-wrote.v2";
        assertEquals(List.of("Custom ", "· ", "levels-", "our_", "class-", "wrote.", "v2"), LineBreaks.pieces(title, Rule.NAMES));
        assertEquals(List.of("Custom ", "· ", "levels-our_class-wrote.v2"), LineBreaks.pieces(title, Rule.COMMAND));
    }

    /** The lines {@code text} wraps to, each character a unit wide, with {@code first} and {@code rest} of room. */
    private static List<String> wrapped(String text, double first, double rest) {
        List<String> pieces = LineBreaks.pieces(text, Rule.CODE);
        double[] widths = pieces.stream().mapToDouble(String::length).toArray();
        List<Integer> starts = LineBreaks.lineStarts(pieces, widths, first, rest);
        List<String> lines = new java.util.ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            lines.add(String.join("", pieces.subList(starts.get(i), i + 1 < starts.size() ? starts.get(i + 1) : pieces.size())));
        }
        return lines;
    }

    @Test
    void aWrappedLineOfCode_breaksAtASpaceBeforeItBreaksInsideAName() {
        // a space earlier on the line, not after "fmt.": the name stays whole
        assertEquals(List.of("x := ", "fmt.Println(r)"), wrapped("x := fmt.Println(r)", 14, 14));
        assertEquals(List.of("go worker(jobs, ", "results)"), wrapped("go worker(jobs, results)", 20, 20));
        // the rest of a comment goes on at a space, its spaces at the end of a line take no room
        assertEquals(List.of("    c.hits++          // a ", "write, shared with every ", "reader"),
                wrapped("    c.hits++          // a write, shared with every reader", 30, 24));
        // the run of spaces that lines up a comment stays on the line it ends
        assertEquals(List.of("    c.hits++          ", "// a write"), wrapped("    c.hits++          // a write", 14, 14));
    }

    @Test
    void aWrappedLineOfCode_breaksInsideANameOnlyWhenNoSpaceFits_andNeverAfterItsIndentAlone() {
        assertEquals(List.of("        fmt.Println(", "r)"), wrapped("        fmt.Println(r)", 16, 12));
        assertEquals(List.of("    defer ", "c.mu.RUnlock()"), wrapped("    defer c.mu.RUnlock()", 16, 12));
        assertEquals(List.of("    close(", "results)"), wrapped("    close(results)", 12, 10));
        // a piece wider than the line has a line of its own
        assertEquals(List.of("a ", "bbbbbbbbbbbb ", "c"), wrapped("a bbbbbbbbbbbb c", 5, 5));
        assertEquals(List.of("fits on one line"), wrapped("fits on one line", 16, 10));
        // a comment's // keeps its first word: "} //" at the end of a line hid that the rest is a comment
        assertEquals(List.of("go worker() } ", "// for j := ", "range jobs"), wrapped("go worker() } // for j := range jobs", 18, 12));
    }

    @ParameterizedTest
    @EnumSource(Rule.class)
    void piecesPutTogether_areTheText(Rule rule) {
        for (String text : List.of("for _, j := range []int{1, 2, 3} { jobs <- j }  // f()",
                "Every step you take adds a token.", "java -jar a.jar replay ./levels/x_y-z.level.json  ", " ", "")) {
            assertEquals(text, String.join("", LineBreaks.pieces(text, rule)), rule + ": " + text);
        }
    }
}
