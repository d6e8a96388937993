package org.interleave.app.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.interleave.engine.model.Design;
import org.interleave.engine.model.Part;

/**
 * Undo after any sequence of edits (accepted or refused) restores the design it started from, and
 * redo re-applies them to the same end design.
 */
class EditHistoryProperties {
    private static final List<String> TYPES = List.of("channel", "mutex", "waitgroup", "var", "atomic", "sink",
            "goroutine", "producer", "worker", "consumer", "closer");

    @Property(tries = 200)
    void undoAll_restoresTheStart_andRedoAll_reachesTheEnd(
            @ForAll @Size(max = 25) List<@IntRange(min = 0, max = 9999) Integer> seeds) {
        Design start = BuildDesigns.pipe();
        EditModel m = new EditModel(start, LevelRules.open(start, 3));
        Design begin = m.design();
        int accepted = 0;
        for (int seed : seeds) {
            Design before = m.design();
            if (m.apply(edit(seed, before)) && !m.design().equals(before)) {
                accepted++;
            }
        }
        Design end = m.design();
        for (int i = 0; i < accepted; i++) {
            m.undo();
        }
        assertEquals(begin, m.design());
        for (int i = 0; i < accepted; i++) {
            m.redo();
        }
        assertEquals(end, m.design());
    }

    /** An edit chosen by {@code seed} among those that make sense for {@code d} (some are refused). */
    private static Edit edit(int seed, Design d) {
        List<Part> parts = d.parts();
        Part part = parts.isEmpty() ? null : parts.get(seed % parts.size());
        List<Part.Goroutine> gs = d.goroutines();
        Part.Goroutine g = gs.isEmpty() ? null : gs.get((seed / 7) % gs.size());
        List<String> paths = new ArrayList<>();
        if (g != null) {
            OpTree.walk(g.ops(), (p, op) -> paths.add(p));
        }
        String path = paths.isEmpty() ? "ops[0]" : paths.get((seed / 13) % paths.size());
        String kind = OpFields.KINDS.get((seed / 11) % OpFields.KINDS.size());
        String gid = g == null ? "main" : g.id();
        String pid = part == null ? "jobs" : part.id();
        return switch (seed % 13) {
            case 0 -> new Edit.AddPart(TYPES.get((seed / 10) % TYPES.size()), seed % 500, seed % 300);
            case 1 -> new Edit.MovePart(pid, seed % 700, seed % 400);
            case 2 -> new Edit.DeletePart(pid);
            case 3 -> new Edit.InsertOp(gid, "", "ops", seed % 3, kind);
            case 4 -> new Edit.RemoveOp(gid, path);
            case 5 -> new Edit.MoveOp(gid, path, seed % 3);
            case 6 -> new Edit.Wire(gid, path, "ch", pid);
            case 7 -> new Edit.SetOpField(gid, path, "value", seed % 2 == 0 ? "1 + 2" : "(");
            case 8 -> new Edit.RenamePart(pid, "p" + seed);
            case 10 -> new Edit.AddCase(gid, path, List.of("recv", "send", "after", "default").get(seed % 4));
            case 11 -> new Edit.RemoveCase(gid, path, seed % 3 - 1);
            case 12 -> new Edit.SetGoArg(gid, path, "a", seed % 2 == 0 ? "1" : "");
            default -> new Edit.OpenPreset(gid);
        };
    }
}
