package org.interleave.playback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.interleave.engine.Limits;
import org.interleave.engine.Program;
import org.interleave.engine.Schedule;
import org.interleave.engine.model.Level;
import org.interleave.level.LevelException;
import org.interleave.level.LevelLoader;
import org.junit.jupiter.api.Test;

/** An execution laid out as lanes, with its happens-before edges and its racing pair. */
class TimelineDataTest {
    static Level level(String parts) {
        String json = "{\"format\":1,\"id\":\"t\",\"title\":\"t\",\"mode\":\"build\",\"design\":{\"parts\":["
                + parts + "]}}";
        try {
            return LevelLoader.parse("test.level.json", json);
        } catch (LevelException e) {
            throw new AssertionError(e.problems().toString(), e);
        }
    }

    static TimelineData timeline(Level level, String schedule) {
        return TimelineData.of(new Program(level.design()), Limits.DEFAULT, Schedule.parse(schedule), null);
    }

    static final Level HAND_OFF = level("""
            {"id":"ch","type":"channel","cap":0},
            {"id":"w","type":"goroutine","start":"auto","ops":[{"op":"send","ch":"ch","value":1}]},
            {"id":"main","type":"goroutine","start":"main","ops":[{"op":"recv","ch":"ch","to":"v"}]}""");

    static final Level LOCKS = level("""
            {"id":"mu","type":"mutex"},
            {"id":"w","type":"goroutine","start":"auto","count":2,"ops":[{"op":"lock","mu":"mu"},{"op":"unlock","mu":"mu"}]},
            {"id":"main","type":"goroutine","start":"main","ops":[]}""");

    static final Level RACE = level("""
            {"id":"x","type":"var","init":0},
            {"id":"w","type":"goroutine","start":"auto","ops":[{"op":"write","var":"x","value":1}]},
            {"id":"main","type":"goroutine","start":"main","ops":[{"op":"read","var":"x","to":"v"}]}""");

    @Test
    void everyGoroutine_hasALane_withACellPerColumnFromStartToEnd() {
        TimelineData t = timeline(LOCKS, "w#0 w#0 w#1 w#1");
        assertEquals(List.of("main", "w#0", "w#1"), t.lanes().stream().map(TimelineData.Lane::name).toList());
        assertEquals(4, t.steps());
        for (TimelineData.Lane lane : t.lanes()) {
            assertEquals(6, lane.cells().size(), lane.name());
        }
        assertEquals(TimelineData.State.RUNNING, t.lanes().get(1).cell(1).state());
        assertEquals(TimelineData.State.DONE, t.lanes().get(1).cell(3).state());
    }

    @Test
    void unlockThenLock_isALockHandOver_fromTheUnlockStepToTheLockStep() {
        TimelineData t = timeline(LOCKS, "w#0 w#0 w#1 w#1");
        TimelineData.Edge e = t.edges().stream().filter(x -> x.kind() == TimelineData.EdgeKind.LOCK)
                .findFirst().orElseThrow();
        assertEquals(2, e.fromColumn());
        assertEquals(t.laneOf("w#0"), e.fromLane());
        assertEquals(3, e.toColumn());
        assertEquals(t.laneOf("w#1"), e.toLane());
        assertTrue(e.label().startsWith("Unlock → Lock of mu"), e.label());
    }

    @Test
    void blockedLane_saysWhatItWaitsOn() {
        TimelineData t = timeline(LOCKS, "w#0");
        TimelineData.Cell c = t.lanes().get(t.laneOf("w#1")).cell(t.endColumn());
        // w#0 holds mu after step 1, so w#1 cannot take it
        assertEquals(TimelineData.State.BLOCKED, c.state());
        assertTrue(c.detail().contains("mu.Lock"), c.detail());
    }

    @Test
    void unbufferedSend_isOneChannelEdge_fromSenderToReceiver_inTheSameStep() {
        TimelineData t = timeline(HAND_OFF, "w");
        List<TimelineData.Edge> channel = t.edges().stream()
                .filter(x -> x.kind() == TimelineData.EdgeKind.CHANNEL).toList();
        assertEquals(1, channel.size(), t.edges().toString());
        TimelineData.Edge e = channel.get(0);
        assertEquals(t.laneOf("w"), e.fromLane());
        assertEquals(t.laneOf("main"), e.toLane());
        assertEquals(1, e.fromColumn());
        assertEquals(1, e.toColumn());
        assertEquals(TimelineData.State.RUNNING, t.lanes().get(t.laneOf("main")).cell(1).state());
    }

    @Test
    void autoGoroutines_startFromMain_asSpawnEdgesAtTheStart() {
        TimelineData t = timeline(HAND_OFF, "w");
        TimelineData.Edge e = t.edges().stream().filter(x -> x.kind() == TimelineData.EdgeKind.SPAWN)
                .findFirst().orElseThrow();
        assertEquals(0, e.fromLane());
        assertEquals(t.laneOf("w"), e.toLane());
        assertEquals(0, e.toColumn());
    }

    @Test
    void race_marksBothAccesses() {
        TimelineData t = timeline(RACE, "w main");
        TimelineData.RacePair r = t.race();
        assertNotNull(r);
        assertEquals(1, r.firstColumn());
        assertEquals(t.laneOf("w"), r.firstLane());
        assertEquals(2, r.secondColumn());
        assertEquals(t.laneOf("main"), r.secondLane());
        assertTrue(r.message().startsWith("WARNING: DATA RACE"));
        assertNull(timeline(HAND_OFF, "w").race());
    }
}
