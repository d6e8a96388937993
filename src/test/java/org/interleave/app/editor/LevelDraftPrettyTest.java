package org.interleave.app.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** How the level editor lays out a design's JSON: one part per line, values kept to the letter. */
class LevelDraftPrettyTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void design_showsOnePartPerLineWithSpacesAfterColonsAndCommas() throws Exception {
        JsonNode design = JSON.readTree("""
                {"parts":[{"id":"mu","type":"mutex"},{"id":"main","type":"goroutine","start":"main",\
                "ops":[{"op":"lock","mu":"mu"},{"op":"unlock","mu":"mu"}],"tags":[],"x":[1,2]}]}""");
        assertEquals("""
                {
                  "parts": [
                    {"id": "mu", "type": "mutex"},
                    {"id": "main", "type": "goroutine", "start": "main", \
                "ops": [{"op": "lock", "mu": "mu"}, {"op": "unlock", "mu": "mu"}], "tags": [], "x": [1, 2]}
                  ]
                }""", LevelDraft.pretty(design));
    }

    @Test
    void stringsThatLookLikeJson_areLeftAsTheyAre() throws Exception {
        JsonNode design = JSON.readTree("""
                {"parts":[{"id":"out","type":"sink","title":"x\\":y,\\"z"}]}""");
        String pretty = LevelDraft.pretty(design);
        assertEquals(design, JSON.readTree(pretty), pretty);
        assertEquals("    {\"id\": \"out\", \"type\": \"sink\", \"title\": \"x\\\":y,\\\"z\"}",
                pretty.lines().toList().get(2));
    }

    @Test
    void aDesignWithoutParts_showsAnEmptyList() throws Exception {
        assertEquals("{\n  \"parts\": [\n  ]\n}", LevelDraft.pretty(JSON.readTree("{\"parts\": []}")));
    }
}
