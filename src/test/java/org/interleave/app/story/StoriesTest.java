package org.interleave.app.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.interleave.app.shared.CampaignCatalog;
import org.interleave.level.save.Progress;
import org.interleave.level.save.Score;
import org.junit.jupiter.api.Test;

/** Every chapter of the campaign opens with a short scene in plain words, told once. */
class StoriesTest {
    private static final CampaignCatalog CATALOG = CampaignCatalog.fromClassPath();
    private final Stories stories = Stories.fromClassPath();

    @Test
    void everyChapterOfTheCampaign_hasAScene_andEverySceneAChapter() {
        List<String> chapters = CATALOG.chapters().stream().map(CampaignCatalog.Chapter::title).toList();
        assertEquals(chapters, stories.all().stream().map(ChapterStory::chapter).toList(),
                "one scene per chapter, in course order");
    }

    @Test
    void aScene_isACastAndTwoToFourSentencesOfPlainWords() {
        for (ChapterStory s : stories.all()) {
            assertTrue(s.cast().size() >= 1 && s.cast().size() <= 4, s.chapter() + " cast " + s.cast());
            long sentences = s.text().chars().filter(c -> c == '.' || c == '!' || c == '?').count();
            assertTrue(sentences >= 2 && sentences <= 4, s.chapter() + ": " + sentences + " sentences");
            assertFalse(s.text().contains("`") || s.text().contains("()") || s.text().contains(":="),
                    s.chapter() + " shows code; a scene is told in plain words");
            assertTrue(s.text().length() <= 320, s.chapter() + " is " + s.text().length() + " characters");
        }
    }

    @Test
    void aScene_isToldUntilSeen_andNeverBeforeAChapterAlreadyPlayed() {
        CampaignCatalog.Chapter first = CATALOG.chapters().get(0);
        CampaignCatalog.Chapter second = CATALOG.chapters().get(1);
        assertEquals(first.title(), stories.tellBefore(first, Progress.empty()).orElseThrow().chapter());
        assertTrue(stories.tellBefore(first, Progress.empty().withSceneSeen(first.title())).isEmpty(),
                "a scene the progress records as seen is not told again");

        String played = second.levels().get(0).level().id();
        Progress tried = Progress.empty().withRun(played, new Score(30, 4, 10, 6), false);
        assertTrue(stories.tellBefore(second, tried).isEmpty(), "a chapter the player has played opens at once");
        assertFalse(tried.sceneSeen(second.title()));
    }
}
