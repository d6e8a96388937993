package org.interleave.level.save;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Named design slots and the autosave per level, kept as JSON trees. */
class SavedDesignsTest {

    private static ObjectNode design(String channelId) {
        ObjectNode design = JsonCodec.MAPPER.createObjectNode();
        design.putArray("parts").addObject().put("id", channelId).put("type", "channel").put("cap", 0);
        return design;
    }

    @Test
    void slotsAndAutosave_roundTripThroughTheFile_inTheOrderTheSlotsWereMade() throws CorruptSaveException {
        SavedDesigns designs = SavedDesigns.empty()
                .withSlot("pipeline", "zeta try", design("a"))
                .withSlot("pipeline", "alpha try", design("b"))
                .withAutosave("pipeline", design("c"))
                .withSlot("intro", "first", design("d"));
        SavedDesigns read = Json.roundTrip(SavedDesigns.class, designs);
        assertEquals(designs, read);
        assertEquals(List.of("zeta try", "alpha try"), List.copyOf(read.level("pipeline").slots().keySet()));
        assertEquals(Optional.of(design("c")), read.level("pipeline").autosaved());
    }

    @Test
    void savingASlotAgain_replacesItInPlace() {
        SavedDesigns designs = SavedDesigns.empty()
                .withSlot("intro", "one", design("a"))
                .withSlot("intro", "two", design("b"))
                .withSlot("intro", "one", design("c"));
        assertEquals(Map.of("one", design("c"), "two", design("b")), designs.level("intro").slots());
        assertEquals(List.of("one", "two"), List.copyOf(designs.level("intro").slots().keySet()));
    }

    @Test
    void designs_areCopied_soEditingATreeChangesNoSave() {
        ObjectNode editing = design("a");
        SavedDesigns designs = SavedDesigns.empty().withSlot("intro", "mine", editing);
        editing.put("changed", true);
        designs.level("intro").slot("mine").map(ObjectNode.class::cast).orElseThrow().put("changed", true);
        assertEquals(Optional.of(design("a")), designs.level("intro").slot("mine"));
    }

    @Test
    void removingTheLastDesignOfALevel_dropsTheLevel() {
        SavedDesigns designs = SavedDesigns.empty().withSlot("intro", "mine", design("a")).withoutSlot("intro", "mine");
        assertEquals(SavedDesigns.empty(), designs);
        assertEquals(LevelDesigns.NONE, designs.level("intro"));
    }

    @Test
    void clearingTheAutosave_keepsTheSlots() {
        SavedDesigns designs = SavedDesigns.empty()
                .withSlot("intro", "mine", design("a"))
                .withAutosave("intro", design("b"))
                .withAutosave("intro", null);
        assertEquals(Optional.empty(), designs.level("intro").autosaved());
        assertEquals(Optional.of(design("a")), designs.level("intro").slot("mine"));
    }

    @Test
    void aDesignIsAJsonObject_andASlotHasAName() {
        JsonNode notADesign = JsonCodec.MAPPER.createArrayNode();
        assertThrows(IllegalArgumentException.class, () -> SavedDesigns.empty().withSlot("intro", "x", notADesign));
        assertThrows(IllegalArgumentException.class, () -> SavedDesigns.empty().withSlot("intro", " ", design("a")));
    }

    @Test
    void fileWithASlotThatIsNotAnObject_isCorrupt() {
        CorruptSaveException e = assertThrows(CorruptSaveException.class, () -> Json.read(SavedDesigns.class,
                "{\"format\": 1, \"levels\": {\"intro\": {\"slots\": {\"mine\": [1, 2]}}}}"));
        assertTrue(e.getMessage().contains("slot 'mine' is not a design"), e.getMessage());
    }

    @Test
    void nullAutosaveInTheFile_meansNone() throws CorruptSaveException {
        SavedDesigns designs = Json.read(SavedDesigns.class,
                "{\"format\": 1, \"levels\": {\"intro\": {\"autosave\": null, \"slots\": {\"mine\": {}}}}}");
        assertEquals(Optional.empty(), designs.level("intro").autosaved());
    }
}
