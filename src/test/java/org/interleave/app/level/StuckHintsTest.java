package org.interleave.app.level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.interleave.engine.model.Level;
import org.interleave.explore.CheckOptions;
import org.interleave.explore.Checker;
import org.interleave.explore.Explorer;
import org.interleave.explore.Report;
import org.interleave.level.LevelLoader;
import org.junit.jupiter.api.Test;

/** The hint offered to a stuck player fits their design and what verification last said of it. */
class StuckHintsTest {
    private static Level level(String file) throws Exception {
        return LevelLoader.load(Path.of("levels", file));
    }

    private static VerificationModel.Outcome verified(Level level) {
        Report r = new Checker(CheckOptions.DEFAULT, () -> false, Explorer.Progress.NONE, System::nanoTime).check(level);
        return new VerificationModel.Outcome(level, r, List.of(), null);
    }

    @Test
    void designWithoutMain_getsHowToStart() throws Exception {
        Level l = level("02-wait-for-them.level.json");
        org.interleave.engine.model.Design withoutMain = new org.interleave.engine.model.Design(
                l.design().parts().stream().filter(p -> !p.id().equals("main")).toList());
        StuckHints.Hint h = StuckHints.choose(l, withoutMain, null);
        assertEquals("how to start", h.topic());
        assertTrue(h.text().contains("main"), h.text());
    }

    @Test
    void designNeverVerified_getsPressVerify() throws Exception {
        Level l = level("05-guard-the-counter.level.json");
        assertEquals("check it", StuckHints.choose(l, l.solution(), null).topic());
    }

    @Test
    void raceFound_getsTheLockingHint_namingTheVariable() throws Exception {
        Level l = level("10-write-under-rlock.level.json");
        StuckHints.Hint h = StuckHints.choose(l, l.design(), verified(l));
        assertTrue(h.topic().startsWith("the race on "), h.topic());
        assertTrue(h.text().contains("mutex") && h.text().contains("atomic"), h.text());
        String var = h.topic().substring("the race on ".length());
        assertTrue(h.text().contains(var), h.text());
    }

    @Test
    void deadlockFound_getsTheLockOrderHint() throws Exception {
        Level l = level("12-dining-philosophers.level.json");
        StuckHints.Hint h = StuckHints.choose(l, l.design(), verified(l));
        assertEquals("the deadlock", h.topic());
        assertTrue(h.text().contains("same order"), h.text());
    }

    @Test
    void watch_offersAfterAMinuteWithoutProgress_onceUntilTheNextProgress() {
        AtomicLong now = new AtomicLong(0);
        StuckWatch w = new StuckWatch(now::get);
        now.set(59_000_000_000L);
        assertFalse(w.shouldOffer());
        now.set(60_000_000_000L);
        assertTrue(w.shouldOffer());
        w.offered();
        now.set(200_000_000_000L);
        assertFalse(w.shouldOffer(), "one hint per stuck spell");
        w.progress();
        now.set(230_000_000_000L);
        assertFalse(w.shouldOffer());
        now.set(260_000_000_000L);
        assertTrue(w.shouldOffer());
    }
}
