package org.interleave.app.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.interleave.app.shared.LineBreaks.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A line is cut where it may break: after its spaces, and by its rule — code after a ( , or .
 * inside a word, a command inside a path after its separators only, names after the separators
 * of any word.
 */
class LineBreaksTest {
    @Test
    void aLineOfCode_breaksAfterSpacesParenthesesCommasAndDots_neverInsideAName() {
        assertEquals(List.of("    ", "ctx, ", "cancel ", ":= ", "context.", "WithTimeout(", "context.", "Background(),"),
                LineBreaks.pieces("    ctx, cancel := context.WithTimeout(context.Background(),", Rule.CODE));
        assertEquals(List.of("fmt.", "Println(", "<-results)"), LineBreaks.pieces("fmt.Println(<-results)", Rule.CODE));
    }

    @Test
    void aLineOfCode_keepsTheSpacesThatLineUpACommentAPieceOfTheirOwn() {
        assertEquals(List.of("    ", "c.", "hits++", "      ", "// ", "a ", "write"),
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

    @ParameterizedTest
    @EnumSource(Rule.class)
    void piecesPutTogether_areTheText(Rule rule) {
        for (String text : List.of("for _, j := range []int{1, 2, 3} { jobs <- j }  // f()",
                "Every step you take adds a token.", "java -jar a.jar replay ./levels/x_y-z.level.json  ", " ", "")) {
            assertEquals(text, String.join("", LineBreaks.pieces(text, rule)), rule + ": " + text);
        }
    }
}
