package org.interleave.app.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A command's text is cut where a line may break: after its spaces, and inside a path after its separators only. */
class CommandTextTest {
    @Test
    void aReplayCommand_breaksAtSpacesAndAfterThePathsSeparators_neverInsideAWord() {
        assertEquals(List.of("Replays ", "with: ", "java ", "-jar ", "interleave.jar ", "replay ", "levels/", "11-",
                        "transfer-", "deadlock.", "level.", "json ", "--schedule ", "\"main ", "aToB#0\""),
                CommandText.pieces("Replays with: java -jar interleave.jar replay levels/11-transfer-deadlock.level.json"
                        + " --schedule \"main aToB#0\""));
    }

    @Test
    void piecesPutTogether_areTheText() {
        String text = "Every step you take adds a token.";
        assertEquals(text, String.join("", CommandText.pieces(text)));
    }

    @Test
    void aLineOfNames_breaksAfterTheSeparatorsOfAnyWord_notOnlyAPathsOnes() {
        String title = "Custom · levels-our_class-wrote.v2";
        assertEquals(List.of("Custom ", "· ", "levels-", "our_", "class-", "wrote.", "v2"), CommandText.pieces(title, true));
        assertEquals(List.of("Custom ", "· ", "levels-our_class-wrote.v2"), CommandText.pieces(title));
    }
}
