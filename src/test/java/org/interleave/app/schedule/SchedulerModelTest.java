package org.interleave.app.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.interleave.engine.model.Level;
import org.interleave.level.LevelException;
import org.interleave.level.LevelLoader;
import org.junit.jupiter.api.Test;

/** The scheduler's model: picks by number key, undo and redo, moving along the steps made. */
class SchedulerModelTest {
    static String tokens(SchedulerModel m) {
        return m.current().schedule().toString();
    }

    @Test
    void pick_takesTheOnlyMove_andIgnoresOnesThatCannotMove() {
        SchedulerModel m = new SchedulerModel(HandScheduleTest.level("transfer-deadlock"));
        assertEquals(Optional.empty(), m.pick(1));
        assertEquals("main", tokens(m));
        assertEquals(Optional.empty(), m.pick(7), "no such goroutine");
        assertEquals("main", tokens(m));
    }

    @Test
    void pick_ofASelectWithSeveralReadyCases_returnsTheActorWithoutStepping() {
        SchedulerModel m = new SchedulerModel(HandScheduleTest.level("select-is-random"));
        m.pick(1);
        m.pick(1);
        m.pick(1);
        Optional<HandSchedule.Actor> a = m.pick(2);
        assertTrue(a.isPresent());
        assertEquals(2, a.get().moves().size());
        assertEquals("main main main", tokens(m));
    }

    @Test
    void undoRedo_walkTheStepsMade_andANewStepDropsTheRest() {
        SchedulerModel m = new SchedulerModel(HandScheduleTest.level("transfer-deadlock"));
        for (int k : List.of(1, 1, 1, 2)) {
            m.pick(k);
        }
        m.undo();
        m.undo();
        assertEquals("main main", tokens(m));
        assertTrue(m.canRedoProperty().get());
        m.redo();
        assertEquals("main main main", tokens(m));
        m.moveTo(4);
        assertEquals("main main main aToB#0", tokens(m));
        m.restart();
        assertEquals("", tokens(m));
        assertFalse(m.canUndoProperty().get());
        assertEquals(4, m.madeLength());
        // taking the same step as the one undone keeps the rest for redo
        m.pick(1);
        assertEquals(4, m.madeLength());
        m.moveTo(3);
        m.pick(3);
        assertEquals("main main main bToA#0", tokens(m));
        assertEquals(4, m.madeLength());
        assertFalse(m.canRedoProperty().get());
    }

    @Test
    void contextTimeout_isAnActorOfItsOwn_thatFiresWhenPicked() throws LevelException {
        Level level = LevelLoader.parse("t.level.json", """
                {"format":1,"id":"t","title":"t","mode":"build","design":{"parts":[
                  {"id":"ctx","type":"context","timeout":5},
                  {"id":"main","type":"goroutine","start":"main","ops":[
                    {"op":"select","cases":[{"done":"ctx","do":[]}]}]}]}}""");
        SchedulerModel m = new SchedulerModel(level);
        List<HandSchedule.Actor> actors = m.current().actors();
        assertEquals(2, actors.size(), actors.toString());
        HandSchedule.Actor timer = actors.get(1);
        assertEquals(HandSchedule.ActorKind.TIMER, timer.kind());
        assertEquals("@ctx", timer.moves().get(0).token());
        assertFalse(actors.get(0).canMove(), "main waits for ctx.Done()");
        m.pick(2);
        assertEquals("@ctx", tokens(m));
        assertTrue(m.current().actors().get(0).canMove());
    }
}
