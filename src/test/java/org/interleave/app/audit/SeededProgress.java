package org.interleave.app.audit;

import org.interleave.app.PlayerProfile;
import org.interleave.level.save.Score;

/**
 * The progress of the player the layout audit plays as: part way through the course, so that the
 * level select's cards show their medal rows (a build or fix level's three marks, a break level's
 * one on its steps, in gold, silver and bronze) and the campaign map its chapters' counts and gold
 * medals ("1/2  ★ 1", "5/6  ★ 13"), beside cards and chapters not played and locked — the screens a
 * new player sees are still among them. Recorded as the game records a verification
 * ({@link PlayerProfile#recordRun}, as Clears does; a break level's score is its schedule's steps).
 *
 * <p>What the other visits show is the same as for a new player: the first chapter (its scene, told
 * only while none of its levels was played, and the menu's "Play" of level 1.1) and the levels the audit
 * verifies or schedules (guard-the-counter's results, write-under-rlock, sleep-is-not-sync,
 * transfer-deadlock) are left unplayed; no level screen reads the progress.
 */
final class SeededProgress {
    private SeededProgress() {}

    /** A clear of a build or fix level: its ticks, parts and ops. */
    private static void built(PlayerProfile p, String level, int ticks, int parts, int ops) {
        p.recordRun(level, new Score(ticks, parts, 1_000, ops), true);
    }

    /** A clear of a break level by a schedule of {@code steps} steps. */
    private static void broken(PlayerProfile p, String level, int steps) {
        p.recordRun(level, new Score(steps, 0, 0), true);
    }

    /** Records the audit player's progress (the medals against each level's par in the comments). */
    static void record(PlayerProfile p) {
        built(p, "wait-for-them", 10, 4, 7);             // par 10/4/7: gold, gold, gold
        built(p, "add-inside-goroutine", 8, 7, 7);       // par 7/5/7: silver, bronze, gold — WaitGroup complete
        broken(p, "lost-update", 13);                    // par 13 steps: gold — Data races complete
        built(p, "forgot-to-unlock", 30, 12, 40);        // par 15/6/17: bronze on all three
        broken(p, "load-then-store", 14);                // par 13 steps: silver
        built(p, "many-readers", 20, 8, 30);             // par 20/7/18: gold, silver, bronze — "1/2  ★ 1"
        broken(p, "closed-too-soon", 9);                 // par 6 steps: bronze
        built(p, "size-the-pool", 15, 5, 13);            // the optimisation levels: gold on all three,
        built(p, "balance-the-pipeline", 24, 7, 20);     // silver, gold, silver (par 20/7/17),
        built(p, "batch-the-sends", 18, 6, 15);          // gold on all three
        built(p, "bound-the-downloads", 21, 5, 13);
        built(p, "fan-in", 10, 7, 18);                   // — "5/6  ★ 13"
    }
}
