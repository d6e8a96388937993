package org.interleave.app.level;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A line of a brief's code is cut where it may break: after its spaces, and after a ( , or . inside a word. */
class CodeBlockTest {
    @Test
    void aLineOfCode_breaksAfterSpacesParenthesesCommasAndDots_neverInsideAName() {
        assertEquals(List.of("    ", "ctx, ", "cancel ", ":= ", "context.", "WithTimeout(", "context.", "Background(),"),
                CodeBlock.pieces("    ctx, cancel := context.WithTimeout(context.Background(),"));
        assertEquals(List.of("fmt.", "Println(", "<-results)"), CodeBlock.pieces("fmt.Println(<-results)"));
        assertEquals(List.of("    ", "c.", "hits++", "      ", "// ", "a ", "write"), CodeBlock.pieces("    c.hits++      // a write"));
    }

    @Test
    void piecesPutTogether_areTheLine() {
        String line = "for _, j := range []int{1, 2, 3} { jobs <- j }  // f()";
        assertEquals(line, String.join("", CodeBlock.pieces(line)));
    }
}
