package org.interleave.app.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.interleave.engine.ResourceSnapshot;
import org.interleave.engine.StepRecord;
import org.interleave.engine.model.Layout;
import org.interleave.engine.model.Part;
import org.interleave.playback.Trace;
import org.junit.jupiter.api.Test;

/** A resource's state in words, as its tooltip on the canvas says it. */
class StateWordsTest {
    private static final Part.Channel JOBS = new Part.Channel("jobs", 3, false, Layout.NONE);

    @Test
    void aBufferedChannel_saysHowManySlotsAreFull_andWhetherItIsClosed() {
        assertEquals("0 of 3 slots full", StateWords.state(JOBS, null));
        assertEquals("2 of 3 slots full", StateWords.state(JOBS, new ResourceSnapshot.Channel("jobs", 3, false, false, List.of(4L, 5L))));
        assertEquals("2 of 3 slots full, closed", StateWords.state(JOBS, new ResourceSnapshot.Channel("jobs", 3, false, true, List.of(4L, 5L))));
    }

    @Test
    void aMutex_saysWhoHoldsIt() {
        Part.Mutex mu = new Part.Mutex("mu", Layout.NONE);
        assertEquals("free", StateWords.state(mu, null));
        assertEquals("held by worker#1", StateWords.state(mu, new ResourceSnapshot.Mutex("mu", "worker#1")));
    }

    @Test
    void aChannel_namesTheGoroutinesBlockedOnIt() {
        Trace.Moment m = new Trace.Moment(new StepRecord(1, "main", "main", "ops[0]", "jobs <- 1", "", 0, List.of()),
                List.of(new Trace.GoroutineView("main", "main", Trace.Status.BLOCKED, "ops[0]", "blocked on send to jobs")));
        assertEquals("0 of 3 slots full; main blocked on send",
                StateWords.of(JOBS, null, m, BuildDesigns.pipe()));
    }

    @Test
    void countersValuesContextsAndSinks_sayWhatTheyHold() {
        assertEquals("counter 2", StateWords.state(new Part.WaitGroup("wg", Layout.NONE), new ResourceSnapshot.WaitGroup("wg", 2)));
        assertEquals("value 7", StateWords.state(new Part.Var("x", 7, Layout.NONE), null));
        assertEquals("cancelled: Done is closed", StateWords.state(new Part.Context("ctx", null, 0, Layout.NONE),
                new ResourceSnapshot.Context("ctx", true, false)));
        assertEquals("printed 1, 2", StateWords.state(new Part.Sink("out", Layout.NONE), new ResourceSnapshot.Sink("out", List.of(1L, 2L))));
    }
}
