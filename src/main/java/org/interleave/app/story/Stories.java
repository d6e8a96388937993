package org.interleave.app.story;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.interleave.app.shared.CampaignCatalog;
import org.interleave.level.save.Progress;

/**
 * The chapter scenes of the campaign ({@code scenes.json} next to this class), and when to tell
 * one: a scene opens its chapter once — when the player enters a chapter in which no level has
 * been played yet and whose scene the player's progress does not record as seen — so it never
 * stands in the way of a replay. The caller records a scene told in the progress, which is saved.
 */
public final class Stories {
    private final Map<String, ChapterStory> byChapter;

    private Stories(Map<String, ChapterStory> byChapter) {
        this.byChapter = byChapter;
    }

    /** The campaign's scenes. */
    public static Stories fromClassPath() {
        try (InputStream in = Stories.class.getResourceAsStream("scenes.json")) {
            if (in == null) {
                throw new IllegalStateException("scenes.json is missing from the build");
            }
            JsonNode root = new ObjectMapper().readTree(in);
            Map<String, ChapterStory> out = new LinkedHashMap<>();
            root.fields().forEachRemaining(f -> {
                List<String> cast = new ArrayList<>();
                f.getValue().path("cast").forEach(n -> cast.add(n.asText()));
                out.put(f.getKey(), new ChapterStory(f.getKey(), cast, f.getValue().path("text").asText()));
            });
            return new Stories(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The scene of the chapter titled {@code chapter}, if it has one. */
    public Optional<ChapterStory> of(String chapter) {
        return Optional.ofNullable(byChapter.get(chapter));
    }

    /** Every scene, in the order of the file. */
    public List<ChapterStory> all() {
        return List.copyOf(byChapter.values());
    }

    /**
     * The scene to tell before entering {@code chapter}: its scene, unless {@code progress}
     * records it as seen or the player has already played a level of it.
     */
    public Optional<ChapterStory> tellBefore(CampaignCatalog.Chapter chapter, Progress progress) {
        boolean played = chapter.levels().stream().map(e -> progress.level(e.level().id()))
                .anyMatch(p -> p.cleared() || !p.attempts().isEmpty());
        if (played || progress.sceneSeen(chapter.title())) {
            return Optional.empty();
        }
        return of(chapter.title());
    }
}
