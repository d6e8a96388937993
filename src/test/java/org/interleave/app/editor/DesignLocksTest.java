package org.interleave.app.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The level editor's lock controls change a design's JSON so that the file stays valid where it can. */
class DesignLocksTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode design() throws Exception {
        return JSON.readTree("""
                {"parts": [
                  {"id": "jobs", "type": "channel", "cap": 2},
                  {"id": "mu", "type": "mutex"},
                  {"id": "main", "type": "goroutine", "start": "main", "ops": [
                    {"op": "repeat", "times": 2, "to": "i", "do": [
                      {"op": "select", "cases": [{"send": "jobs", "value": "i", "do": [{"op": "work", "ticks": 1}]}]}]},
                    {"op": "close", "ch": "jobs"}]},
                  {"id": "given", "type": "goroutine", "start": "auto", "locked": true, "ops": [{"op": "work", "ticks": 1}]}]}
                """);
    }

    @Test
    void ops_listEveryOpOfTheGoroutinesThePlayerEdits_nestedOnesAfterTheirOp() throws Exception {
        List<DesignLocks.OpRow> ops = DesignLocks.ops(design());
        assertEquals(List.of("ops[0]", "ops[0].do[0]", "ops[0].do[0].cases[0].do[0]", "ops[1]"),
                ops.stream().map(DesignLocks.OpRow::path).toList(), "the locked goroutine's ops are not listed");
        assertEquals(List.of(0, 1, 2, 0), ops.stream().map(DesignLocks.OpRow::depth).toList());
        assertEquals("repeat times=2 to=i", ops.get(0).text());
        assertEquals("lock-op-main-ops-0-do-0-cases-0-do-0", ops.get(2).id());
    }

    @Test
    void lockingANestedOp_locksTheOpsAroundIt_andUnlockingAnOuterOne_unlocksTheOpsInside() throws Exception {
        JsonNode d = design();
        DesignLocks.setOpLocked(d, "main", "ops[0].do[0].cases[0].do[0]", true);
        assertEquals(List.of(true, true, true, false), DesignLocks.ops(d).stream().map(DesignLocks.OpRow::locked).toList());
        DesignLocks.setOpLocked(d, "main", "ops[0].do[0]", false);
        assertEquals(List.of(true, false, false, false), DesignLocks.ops(d).stream().map(DesignLocks.OpRow::locked).toList());
    }

    @Test
    void sealingAChannel_locksIt_andUnlockingIt_unsealsIt() throws Exception {
        JsonNode d = design();
        DesignLocks.setSealed(d, "jobs", true);
        JsonNode jobs = d.path("parts").get(0);
        assertTrue(jobs.path("locked").asBoolean() && jobs.path("sealed").asBoolean(), jobs.toString());
        assertEquals(List.of(true, false), DesignLocks.parts(d).stream().map(DesignLocks.PartRow::sealable).toList().subList(0, 2));
        DesignLocks.setPartLocked(d, "jobs", false);
        assertFalse(jobs.has("locked") || jobs.has("sealed"), jobs.toString());
    }

    @Test
    void relaying_sealsAndLocksThePart_stoppingKeepsItSealed_andUnsealingStopsIt() throws Exception {
        JsonNode d = design();
        JsonNode jobs = d.path("parts").get(0);
        DesignLocks.setRelay(d, "jobs", true);
        assertTrue(jobs.path("locked").asBoolean() && jobs.path("sealed").asBoolean() && jobs.path("relay").asBoolean(),
                jobs.toString());
        assertTrue(DesignLocks.parts(d).get(0).relay());
        DesignLocks.setRelay(d, "jobs", false);
        assertTrue(jobs.path("sealed").asBoolean() && !jobs.has("relay"), jobs.toString());
        DesignLocks.setRelay(d, "jobs", true);
        DesignLocks.setSealed(d, "jobs", false);
        assertFalse(jobs.has("sealed") || jobs.has("relay"), jobs.toString());
        assertFalse(DesignLocks.parts(d).get(0).relay());
    }
}
