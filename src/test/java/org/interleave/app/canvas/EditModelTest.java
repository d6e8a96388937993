package org.interleave.app.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.interleave.engine.OpText;
import org.interleave.engine.model.Design;
import org.interleave.engine.model.Layout;
import org.interleave.engine.model.Level;
import org.interleave.engine.model.Op;
import org.interleave.engine.model.Part;
import org.interleave.level.LevelLoader;
import org.interleave.level.LockedOps;
import org.interleave.level.PaletteCheck;
import org.interleave.level.PresetSpec;
import org.junit.jupiter.api.Test;

/** The edit model: edits under a level's rules, refusals with their reasons, undo and redo. */
class EditModelTest {
    static Level level(String file) throws Exception {
        return LevelLoader.load(Path.of("levels", file));
    }

    static EditModel edit(String file) throws Exception {
        Level l = level(file);
        return new EditModel(l.design(), LevelRules.of(l));
    }

    private static Part.Goroutine g(EditModel m, String id) {
        return (Part.Goroutine) m.design().part(id).orElseThrow();
    }

    @Test
    void wiringALockToAChannel_isRefused_withAOneLineReason() throws Exception {
        EditModel m = edit("06-forgot-to-unlock.level.json");
        m.apply(new Edit.InsertOp("withdraw", "", "ops", 0, "lock"));
        Design before = m.design();

        assertFalse(m.apply(new Edit.Wire("withdraw", "ops[0]", "mu", "out")));

        assertEquals("A lock needs a mutex or rwmutex: out is an output sink", m.messageProperty().get());
        assertEquals(before, m.design());
    }

    @Test
    void wiringASendToAMutex_isRefused_andToAChannel_isMade() throws Exception {
        EditModel m = new EditModel(BuildDesigns.pipe(), LevelRules.open(BuildDesigns.pipe(), 3));
        assertFalse(m.apply(new Edit.Wire("main", "ops[0]", "ch", "mu")));
        assertEquals("A send needs a channel: mu is a mutex", m.messageProperty().get());

        assertTrue(m.apply(new Edit.Wire("main", "ops[0]", "ch", "other")));
        assertEquals("other <- 1", OpText.of(g(m, "main").ops().get(0)));
    }

    @Test
    void opsTheLevelDoesNotOffer_cannotBeInserted() throws Exception {
        EditModel m = edit("06-forgot-to-unlock.level.json");
        assertFalse(m.apply(new Edit.InsertOp("withdraw", "", "ops", 0, "send")));
        assertTrue(m.messageProperty().get().startsWith("This level's palette does not offer send"), m.messageProperty().get());
        assertTrue(m.apply(new Edit.InsertOp("withdraw", "", "ops", 0, "unlock")));
    }

    @Test
    void paletteCounts_limitTheParts_andDeletingOne_givesItBack() throws Exception {
        EditModel m = edit("13-hand-off.level.json");  // goroutine: 1
        LevelRules r = m.rules();
        assertEquals(1, r.partsLeft("goroutine", m.design()));
        assertTrue(m.apply(new Edit.AddPart("goroutine", 300, 300)));
        assertEquals(0, r.partsLeft("goroutine", m.design()));
        assertFalse(m.apply(new Edit.AddPart("goroutine", 400, 300)));
        assertEquals("No goroutine left in the palette (this level offers 1)", m.messageProperty().get());
        assertFalse(m.apply(new Edit.AddPart("mutex", 400, 300)));
        assertEquals("This level's palette offers no mutex", m.messageProperty().get());
        assertTrue(m.apply(new Edit.DeletePart("g")));
        assertEquals(1, r.partsLeft("goroutine", m.design()));
    }

    @Test
    void lockedParts_cannotBeMovedChangedOrDeleted() throws Exception {
        EditModel m = edit("06-forgot-to-unlock.level.json");
        assertFalse(m.apply(new Edit.MovePart("mu", 10, 10)));
        assertEquals("mu is locked: this level does not let it be moved", m.messageProperty().get());
        assertFalse(m.apply(new Edit.DeletePart("main")));
        assertFalse(m.apply(new Edit.InsertOp("main", "", "ops", 0, "lock")));
        assertTrue(m.apply(new Edit.MovePart("withdraw", 90, 300)));
        assertEquals(90, g(m, "withdraw").layout().x());
    }

    @Test
    void lockedOps_cannotBeRemovedChangedOrMoved_whileOpsAroundThemCan() throws Exception {
        EditModel m = edit("30-size-the-pool.level.json");  // main: go worker, then five locked sends, close, print loop
        Design before = m.design();
        assertFalse(m.apply(new Edit.RemoveOp("main", "ops[6]")));
        assertEquals("close(jobs) is locked: this level does not let it be removed", m.messageProperty().get());
        assertFalse(m.apply(new Edit.SetOpField("main", "ops[7].do[1]", "value", "1")));
        assertEquals("fmt.Println(r) is locked: this level does not let it be changed", m.messageProperty().get());
        assertFalse(m.apply(new Edit.MoveOp("main", "ops[6]", 0)));
        assertFalse(m.apply(new Edit.Wire("main", "ops[1]", "ch", "results")));
        assertFalse(m.apply(new Edit.RenamePart("jobs", "queue")));
        assertEquals("jobs is used by a locked op (main: jobs <- 1): it keeps its name", m.messageProperty().get());
        assertFalse(m.apply(new Edit.RenamePart("main", "start")));
        assertEquals(before, m.design());

        assertTrue(m.apply(new Edit.InsertOp("main", "", "ops", 0, "go")));
        assertTrue(m.apply(new Edit.MoveOp("main", "ops[0]", 2)));  // an unlocked op moves past a locked one
        assertTrue(m.apply(new Edit.RemoveOp("main", "ops[2]")));
        assertTrue(m.apply(new Edit.SetPart(new Part.Channel("jobs", 5, false, m.design().part("jobs").orElseThrow().layout()))));
        Op close = g(m, "main").ops().get(6);
        assertEquals("close(jobs)", OpText.of(close));
        assertTrue(LockedOps.locked(close), "renumbered ops stay locked");
        assertEquals(List.of(), LockedOps.fit(before, m.design()));
    }

    @Test
    void sealedChannels_takeNoSendOfThePlayers_whateverTheEdit() throws Exception {
        EditModel m = edit("31-balance-the-pipeline.level.json");  // squares and results sealed: only square and label send there
        Design before = m.design();
        assertFalse(m.apply(new Edit.Wire("main", "ops[2]", "ch", "squares")));
        assertEquals("main: 'squares <- 1' sends to squares, which the level seals: only the level's locked ops send there",
                m.messageProperty().get());
        assertEquals(before, m.design());

        assertTrue(m.apply(new Edit.AddPart("goroutine", 300, 300)));
        assertTrue(m.apply(new Edit.InsertOp("g", "", "ops", 0, "send")));
        assertEquals("nums <- 1", OpText.of(g(m, "g").ops().get(0)), "a new send goes to a channel the player may use");
        assertFalse(m.apply(new Edit.Wire("g", "ops[0]", "ch", "results")));
        assertEquals(List.of(), LockedOps.sealedSends(m.design()));
    }

    @Test
    void aPartInUse_cannotBeDeleted_andSaysWhoUsesIt() throws Exception {
        EditModel m = new EditModel(BuildDesigns.pipe(), LevelRules.open(BuildDesigns.pipe(), 3));
        assertFalse(m.apply(new Edit.DeletePart("jobs")));
        assertEquals("jobs is still used by main (jobs <- 1): rewire or remove those first", m.messageProperty().get());
    }

    @Test
    void insertMoveRemove_keepOpPathsAsTheLoaderNumbersThem() throws Exception {
        EditModel m = new EditModel(BuildDesigns.pipe(), LevelRules.open(BuildDesigns.pipe(), 3));
        assertTrue(m.apply(new Edit.InsertOp("main", "", "ops", 0, "range")));
        assertTrue(m.apply(new Edit.InsertOp("main", "ops[0]", "do", 0, "lock")));
        assertTrue(m.apply(new Edit.InsertOp("main", "ops[0]", "do", 1, "unlock")));
        List<Op> ops = g(m, "main").ops();
        Op.Range r = assertInstanceOf(Op.Range.class, ops.get(0));
        assertEquals("ops[0].do[1]", r.body().get(1).src().path());
        assertEquals("ops[1]", ops.get(1).src().path());

        assertTrue(m.apply(new Edit.MoveOp("main", "ops[0].do[1]", 0)));
        assertEquals("mu.Unlock()", OpText.of(((Op.Range) g(m, "main").ops().get(0)).body().get(0)));
        assertTrue(m.apply(new Edit.RemoveOp("main", "ops[0]")));
        assertEquals(List.of("ops[0]"), g(m, "main").ops().stream().map(o -> o.src().path()).toList());
    }

    @Test
    void settingAField_parsesIt_orRefusesWithTheReason() throws Exception {
        EditModel m = new EditModel(BuildDesigns.pipe(), LevelRules.open(BuildDesigns.pipe(), 3));
        assertTrue(m.apply(new Edit.SetOpField("main", "ops[0]", "value", "i * 2 + 1")));
        assertEquals("jobs <- i*2 + 1", OpText.of(g(m, "main").ops().get(0)));
        assertFalse(m.apply(new Edit.SetOpField("main", "ops[0]", "value", "i +")));
        assertTrue(m.messageProperty().get().startsWith("'i +' is not an expression"), m.messageProperty().get());
        assertTrue(m.problemsProperty().get().stream().anyMatch(p -> p.message().equals("undefined: i")),
                "the unassigned local is shown as a problem: " + m.problemsProperty().get());
    }

    @Test
    void undoAndRedo_walkTheHistory() throws Exception {
        EditModel m = new EditModel(BuildDesigns.pipe(), LevelRules.open(BuildDesigns.pipe(), 3));
        Design start = m.design();
        m.apply(new Edit.AddPart("channel", 100, 100));
        Design one = m.design();
        m.apply(new Edit.MovePart("ch", 200, 100));
        assertTrue(m.canUndoProperty().get());
        assertEquals("move ch", m.undoLabelProperty().get());

        m.undo();
        assertEquals(one, m.design());
        m.undo();
        assertEquals(start, m.design());
        assertFalse(m.canUndoProperty().get());
        m.redo();
        m.redo();
        assertEquals(200, m.design().part("ch").orElseThrow().layout().x());
        assertFalse(m.canRedoProperty().get());
    }

    @Test
    void presets_areConfiguredByTheirFields_andOpenOnlyWhereTheLevelAllows() throws Exception {
        // the worker pool's channels and wait group, unsealed, in a sandbox that lets the player add a worker
        Design parts = new Design(level("24-worker-pool.level.json").design().parts().stream()
                .filter(p -> !(p instanceof Part.Goroutine)).map(p -> p.withLayout(Layout.NONE)).toList());
        EditModel m = new EditModel(parts, LevelRules.open(parts, 1));
        assertTrue(m.apply(new Edit.AddPart("worker", 60, 300)));
        PresetSpec.Worker w = (PresetSpec.Worker) PresetSpec.of(g(m, "worker")).orElseThrow();
        assertEquals(new PresetSpec.Worker("jobs", "results", "wg", 1), w);
        assertTrue(m.apply(new Edit.ConfigurePreset("worker", new PresetSpec.Worker("jobs", "results", "wg", 3))));
        assertEquals("work(3)", OpText.of(((Op.Range) g(m, "worker").ops().get(0)).body().get(0)));
        assertFalse(m.apply(new Edit.ConfigurePreset("worker", new PresetSpec.Worker("wg", null, null, 3))));
        assertEquals("in needs a channel: wg is a wait group", m.messageProperty().get());
        assertFalse(m.apply(new Edit.InsertOp("worker", "", "ops", 0, "send")));
        assertTrue(m.messageProperty().get().contains("open it into ops"), m.messageProperty().get());
        assertTrue(m.apply(new Edit.Wire("worker", "ops[1]", "wg", "wg")));

        assertTrue(m.apply(new Edit.OpenPreset("worker")));
        assertTrue(PresetSpec.of(g(m, "worker")).isEmpty());
        assertTrue(m.apply(new Edit.InsertOp("worker", "", "ops", 0, "send")));

        EditModel closed = edit("17-range-needs-close.level.json");
        assertFalse(closed.apply(new Edit.OpenPreset("gen")));
        assertEquals("This level keeps presets closed: set their fields instead", closed.messageProperty().get());
        PresetSpec.Producer p = (PresetSpec.Producer) PresetSpec.of(g(closed, "gen")).orElseThrow();
        assertTrue(closed.apply(new Edit.ConfigurePreset("gen", new PresetSpec.Producer(p.ch(), p.values(), true))));
        assertInstanceOf(Op.Close.class, g(closed, "gen").ops().get(g(closed, "gen").ops().size() - 1));
    }

    @Test
    void anOpKindThePaletteLacks_goesBackOnlyWhereThePaletteCheckCountsItBack() throws Exception {
        Level l = LevelLoader.parse("c.level.json", """
                { "format": 1, "id": "c", "title": "C", "mode": "build",
                  "design": { "parts": [
                    { "id": "wg", "type": "waitgroup" },
                    { "id": "ch", "type": "channel", "cap": 1 },
                    { "id": "shut", "type": "closer", "wg": "wg", "ch": "ch" },
                    { "id": "main", "type": "goroutine", "start": "main", "ops": [
                      { "op": "send", "ch": "ch", "value": 1 } ] } ] },
                  "palette": { "ops": ["let"] } }
                """);
        EditModel m = new EditModel(l.design(), LevelRules.of(l));
        // the closer's close is the closer's: deleting it gives main no close (the palette offers none)
        assertTrue(m.apply(new Edit.DeletePart("shut")));
        assertFalse(m.apply(new Edit.InsertOp("main", "", "ops", 1, "close")));
        assertFalse(m.rules().opAllowed("close", m.design()), "the add menu offers no close");
        m.undo();
        // opened, the closer may lose its close and take it back, where main still may not
        assertTrue(m.apply(new Edit.OpenPreset("shut")));
        assertTrue(m.apply(new Edit.RemoveOp("shut", "ops[1]")));
        assertFalse(m.apply(new Edit.InsertOp("main", "", "ops", 1, "close")));
        assertTrue(m.apply(new Edit.InsertOp("shut", "", "ops", 1, "close")));
        assertEquals(List.of(), PaletteCheck.problems(l.palette(), l.design(), m.design()),
                "the design the editor let the player build keeps to the palette as the loader counts it");
    }

    @Test
    void renaming_rewritesEveryReference() throws Exception {
        EditModel m = new EditModel(BuildDesigns.pipe(), LevelRules.open(BuildDesigns.pipe(), 3));
        assertTrue(m.apply(new Edit.RenamePart("jobs", "work")));
        assertEquals("work <- 1", OpText.of(g(m, "main").ops().get(0)));
        assertFalse(m.apply(new Edit.RenamePart("work", "mu")));
        assertEquals("There is already a part called mu", m.messageProperty().get());
        assertFalse(m.apply(new Edit.RenamePart("work", "2x")));
    }

    @Test
    void aBuildLevelWithoutMain_showsTheProblem_andTheFirstGoroutineBecomesMain() throws Exception {
        // the first build level's sink and wait group, its goroutines left to the player
        Level l = level("02-wait-for-them.level.json");
        Design withoutMain = new Design(l.design().parts().stream().filter(p -> !(p instanceof Part.Goroutine)).toList());
        EditModel m = new EditModel(withoutMain, LevelRules.open(withoutMain, 1));
        assertTrue(m.problemsProperty().get().stream().anyMatch(p -> p.message().equals("design has no main goroutine")));
        assertTrue(m.apply(new Edit.AddPart("goroutine", 600, 300)));
        assertEquals(Part.Start.MAIN, g(m, "main").start());
        assertTrue(m.problemsProperty().get().isEmpty(), m.problemsProperty().get().toString());
    }

    @Test
    void theSolution_isReadOnly() throws Exception {
        Level l = level("24-worker-pool.level.json");
        EditModel m = new EditModel(l.solution(), LevelRules.readOnly(l.solution()));
        assertFalse(m.apply(new Edit.MovePart("main", 0, 0)));
        assertTrue(m.messageProperty().get().contains("read-only"));
        assertNotEquals(0, g(m, "main").layout().x());
    }

    @Test
    void selectCases_andGoArguments_areAddedAndRemoved() throws Exception {
        EditModel m = new EditModel(BuildDesigns.pipe(), LevelRules.open(BuildDesigns.pipe(), 3));
        assertTrue(m.apply(new Edit.InsertOp("main", "", "ops", 1, "select")));
        assertTrue(m.apply(new Edit.AddCase("main", "ops[1]", "after")));
        assertTrue(m.apply(new Edit.AddCase("main", "ops[1]", "default")));
        assertFalse(m.apply(new Edit.AddCase("main", "ops[1]", "default")));
        assertEquals("This select already has a default", m.messageProperty().get());
        Op.Select sel = (Op.Select) g(m, "main").ops().get(1);
        assertEquals(2, sel.cases().size());
        assertTrue(sel.hasDefault());
        assertTrue(m.apply(new Edit.InsertOp("main", "ops[1]", "cases[1].do", 0, "send")));
        assertEquals("ops[1].cases[1].do[0]", ((Op.Select) g(m, "main").ops().get(1)).cases().get(1).body().get(0).src().path());
        assertTrue(m.apply(new Edit.RemoveCase("main", "ops[1]", 0)));
        assertTrue(m.apply(new Edit.RemoveCase("main", "ops[1]", -1)));
        assertFalse(m.apply(new Edit.RemoveCase("main", "ops[1]", 0)));
        assertTrue(m.messageProperty().get().startsWith("A select keeps at least one case"), m.messageProperty().get());

        assertTrue(m.apply(new Edit.AddPart("goroutine", 300, 300)));
        assertTrue(m.apply(new Edit.SetPart(new Part.Goroutine("g", Part.Start.SPAWN, 1, List.of(), null, g(m, "g").layout()))));
        assertTrue(m.apply(new Edit.InsertOp("main", "", "ops", 0, "go")));
        assertTrue(m.apply(new Edit.SetGoArg("main", "ops[0]", "n", "2 * 3")));
        assertEquals("go g(n: 2 * 3)", OpText.of(g(m, "main").ops().get(0)));
        assertTrue(m.apply(new Edit.SetGoArg("main", "ops[0]", "n", "")));
        assertEquals("go g()", OpText.of(g(m, "main").ops().get(0)));
    }
}
