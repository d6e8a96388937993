package org.interleave.app.shared.cast;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.interleave.playback.Trace;
import org.interleave.playback.Trace.GoroutineView;
import org.interleave.playback.Trace.Status;
import org.junit.jupiter.api.Test;

/** The pose a goroutine's creature takes says what the reveal says about it, without words. */
class PoseTest {
    private static GoroutineView g(String name, Status status, String detail) {
        return new GoroutineView(name, name.replaceAll("#.*", ""), status, status == Status.DONE ? null : "ops[0]", detail);
    }

    private static Pose pose(GoroutineView one, GoroutineView... others) {
        List<GoroutineView> all = new java.util.ArrayList<>(List.of(others));
        all.add(0, one);
        return Pose.of(one, all);
    }

    @Test
    void runnableStates_mapOneToOne() {
        GoroutineView other = g("main", Status.CAN_RUN, "next: wg.Wait()");
        assertEquals(Pose.RUNNING, pose(g("w#0", Status.RUNNING, "working: work(3)"), other));
        assertEquals(Pose.READY, pose(g("w#0", Status.CAN_RUN, "next: ch <- 1"), other));
        assertEquals(Pose.DONE, pose(g("w#0", Status.DONE, "finished"), other));
        assertEquals(Pose.SPINNING, pose(g("w#0", Status.SPINNING, "loops without end"), other));
        assertEquals(Pose.CRASHED, pose(g("w#0", Status.STOPPED, "at close(ch), which crashed"), other));
    }

    @Test
    void blockedOnALock_waitsOnALock_blockedOnAChannel_sleeps_whileSomeoneCanStillRun() {
        GoroutineView runner = g("main", Status.CAN_RUN, "next: mu.Unlock()");
        assertEquals(Pose.WAITING_ON_LOCK, pose(g("w#0", Status.BLOCKED, "blocked on mu.Lock (held by main)"), runner));
        assertEquals(Pose.WAITING_ON_LOCK, pose(g("w#0", Status.BLOCKED, "blocked on rw.RLock"), runner));
        assertEquals(Pose.ASLEEP, pose(g("w#0", Status.BLOCKED, "blocked on receive from jobs"), runner));
        assertEquals(Pose.ASLEEP, pose(g("w#0", Status.BLOCKED, "blocked on wg.Wait (counter 2)"), runner));
    }

    @Test
    void nothingCanRun_beforeMainReturns_freezes_andAfterItReturns_leaks() {
        GoroutineView a = g("p0", Status.BLOCKED, "blocked on f1.Lock (held by p1)");
        GoroutineView b = g("p1", Status.BLOCKED, "blocked on f0.Lock (held by p0)");
        GoroutineView mainWaits = g("main", Status.BLOCKED, "blocked on wg.Wait (counter 2)");
        assertEquals(Pose.FROZEN, pose(a, b, mainWaits));
        assertEquals(Pose.FROZEN, pose(mainWaits, a, b));

        GoroutineView mainDone = g("main", Status.DONE, "finished");
        assertEquals(Pose.LEAKED, pose(g("replica#1", Status.BLOCKED, "blocked on send to reply"), mainDone));
    }

    @Test
    void aTimerCanStillWakeSomeone_soTheBoardIsNotFrozen() {
        GoroutineView sleeper = g("w#0", Status.BLOCKED, "blocked on time.Sleep(5)");
        GoroutineView mainWaits = g("main", Status.BLOCKED, "blocked on receive from done");
        assertEquals(Pose.ASLEEP, pose(mainWaits, sleeper));
        GoroutineView timeout = g("w#1", Status.BLOCKED, "blocked on select (receive from jobs, ctx.Done())");
        assertEquals(Pose.ASLEEP, pose(mainWaits, timeout));
    }
}
