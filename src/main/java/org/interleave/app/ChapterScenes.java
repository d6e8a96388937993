package org.interleave.app;

import java.util.Optional;
import org.interleave.app.shared.CampaignCatalog;
import org.interleave.app.story.ChapterStory;
import org.interleave.app.story.Stories;
import org.interleave.app.story.StoryView;

/**
 * Every way the player opens a campaign level — Play on the menu, the level select, the results'
 * Next, the map — passes here: a level of a chapter the player has not met yet is preceded by
 * the chapter's scene, told once (recorded in the saved progress as soon as it shows), skippable,
 * and never before a replay (a chapter with a level played opens at once; see {@link Stories}).
 */
final class ChapterScenes {
    private final GameShell shell;
    private final Stories stories = Stories.fromClassPath();

    ChapterScenes(GameShell shell) {
        this.shell = shell;
    }

    /** Opens {@code entry}, with its chapter's scene first if the player has not met it. */
    void open(CampaignCatalog.Entry entry) {
        var progress = shell.profile().progressProperty().get();
        CampaignCatalog.Chapter chapter = shell.catalog().chapters().stream()
                .filter(c -> c.levels().contains(entry)).findFirst().orElse(null);
        Optional<ChapterStory> story = chapter == null ? Optional.empty() : stories.tellBefore(chapter, progress);
        if (story.isEmpty()) {
            shell.openLevel(entry);
            return;
        }
        shell.profile().markSceneSeen(chapter.title());
        StoryView[] view = new StoryView[1];
        view[0] = new StoryView(chapter.number(), story.get(), () -> {
            if (shell.getScene() == null) {
                return;  // the game left this shell (a new one shows): nothing to open
            }
            if (shell.dialog().filter(d -> d == view[0]).isPresent()) {
                shell.closeDialog();
            }
            shell.openLevel(entry);
        });
        shell.showDialog(view[0]);
    }
}
