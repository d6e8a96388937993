package org.interleave.level;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.interleave.engine.model.Level;
import org.junit.jupiter.api.Test;

class PartCountTest {
    private static Level level(int instances) throws LevelException {
        return LevelLoader.parse("instances.level.json", """
                {"format": 1, "id": "instances", "title": "Instances", "chapter": "Test", "concepts": [],
                 "mode": "fix", "brief": "x",
                 "design": {"parts": [
                   {"id": "jobs", "type": "channel", "x": 0, "y": 0, "cap": 0},
                   {"id": "worker", "type": "goroutine", "x": 0, "y": 0, "start": "auto", "count": %d,
                    "ops": [{"op": "range", "ch": "jobs", "to": "j", "do": [{"op": "work", "ticks": 1}]}]},
                   {"id": "main", "type": "goroutine", "x": 0, "y": 0, "start": "main",
                    "ops": [{"op": "send", "ch": "jobs", "value": 1}, {"op": "close", "ch": "jobs"}]}]}}
                """.formatted(instances));
    }

    @Test
    void aGoroutineOfFiveInstances_costsFiveParts_notOne() throws LevelException {
        // one card of five workers did the work of five for the parts of one, and beat every parts par
        assertEquals(7, PartCount.of(level(5).design()));
    }

    @Test
    void aGoroutineOfOneInstance_costsOnePart_asEveryOtherPartDoes() throws LevelException {
        assertEquals(3, PartCount.of(level(1).design()));
        assertEquals(level(1).design().parts().size(), PartCount.of(level(1).design()));
    }
}
