package org.interleave.app.select;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.interleave.app.shared.CampaignCatalog;
import org.interleave.level.save.Progress;

/**
 * Which campaign levels a player may open: every level they cleared, and the first
 * {@value #OPEN_AHEAD} they have not, in campaign order — so clearing a level opens the next,
 * and a player stuck on one level can still try the one after it. Builds no nodes.
 */
public final class Unlocks {
    /** How many levels not yet cleared are open at once. */
    public static final int OPEN_AHEAD = 2;

    private Unlocks() {}

    /** The ids of the levels that can be opened. */
    public static Set<String> open(CampaignCatalog catalog, Progress progress) {
        Set<String> cleared = progress.clearedLevels();
        Set<String> out = new LinkedHashSet<>();
        int ahead = 0;
        for (CampaignCatalog.Entry e : catalog.entries()) {
            String id = e.level().id();
            if (cleared.contains(id)) {
                out.add(id);
            } else if (ahead < OPEN_AHEAD) {
                out.add(id);
                ahead++;
            }
        }
        return out;
    }

    /** Whether this level can be opened. */
    public static boolean isOpen(CampaignCatalog catalog, Progress progress, CampaignCatalog.Entry entry) {
        return open(catalog, progress).contains(entry.level().id());
    }

    /** The level to play next: the first one not cleared, or none when every level is cleared. */
    public static Optional<CampaignCatalog.Entry> next(CampaignCatalog catalog, Progress progress) {
        Set<String> cleared = progress.clearedLevels();
        return catalog.entries().stream().filter(e -> !cleared.contains(e.level().id())).findFirst();
    }
}
