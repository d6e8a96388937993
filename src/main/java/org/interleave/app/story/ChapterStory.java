package org.interleave.app.story;

import java.util.List;

/**
 * The short scene that opens a chapter: who the goroutines are (its cast, drawn as creatures)
 * and what goes wrong for them, in plain words.
 *
 * @param chapter the chapter's title, as the levels name it
 * @param cast    the names of the goroutines on stage, in order
 * @param text    two or three sentences, no code
 */
public record ChapterStory(String chapter, List<String> cast, String text) {
    public ChapterStory {
        cast = List.copyOf(cast);
    }
}
