package org.interleave.app.select;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.interleave.app.shared.CampaignCatalog;
import org.interleave.level.save.Progress;
import org.interleave.level.save.Score;
import org.junit.jupiter.api.Test;

/** Which levels are open: the cleared ones and the first two not cleared, in campaign order. */
class UnlocksTest {
    private static final CampaignCatalog CATALOG = CampaignCatalog.fromClassPath();

    private static String id(int i) {
        return CATALOG.entries().get(i).level().id();
    }

    private static Progress cleared(int... indexes) {
        Progress p = Progress.empty();
        for (int i : indexes) {
            p = p.withRun(id(i), new Score(1, 1, 1), true);
        }
        return p;
    }

    @Test
    void newPlayer_hasTheFirstTwoLevelsOpen() {
        assertEquals(Set.of(id(0), id(1)), Unlocks.open(CATALOG, Progress.empty()));
        assertEquals(id(0), Unlocks.next(CATALOG, Progress.empty()).orElseThrow().level().id());
    }

    @Test
    void clearingALevel_opensTheOneAfterTheNext() {
        assertEquals(Set.of(id(0), id(1), id(2)), Unlocks.open(CATALOG, cleared(0)));
        assertEquals(id(1), Unlocks.next(CATALOG, cleared(0)).orElseThrow().level().id());
    }

    @Test
    void aFailedAttempt_opensNothing() {
        Progress tried = Progress.empty().withRun(id(0), new Score(1, 1, 1), false);
        assertEquals(Set.of(id(0), id(1)), Unlocks.open(CATALOG, tried));
    }

    @Test
    void skippedLevel_staysOpen_andIsNext() {
        Progress p = cleared(0, 2);
        assertEquals(List.of(id(0), id(1), id(2), id(3)), List.copyOf(Unlocks.open(CATALOG, p)));
        assertEquals(id(1), Unlocks.next(CATALOG, p).orElseThrow().level().id());
    }

    @Test
    void everythingCleared_nothingNext() {
        int[] all = new int[CATALOG.entries().size()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        assertEquals(CATALOG.entries().size(), Unlocks.open(CATALOG, cleared(all)).size());
        assertEquals(java.util.Optional.empty(), Unlocks.next(CATALOG, cleared(all)));
    }
}
