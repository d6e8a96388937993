package org.interleave.app.level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.interleave.engine.model.Level;
import org.interleave.explore.CheckOptions;
import org.interleave.explore.Checker;
import org.interleave.explore.Explorer;
import org.interleave.explore.Report;
import org.interleave.level.LevelLoader;
import org.junit.jupiter.api.Test;

/** The goal as a checklist, and how a verification meets each item. */
class GoalChecklistTest {

    private static Level level(String file) throws Exception {
        return LevelLoader.load(Path.of("levels", file));
    }

    private static Report check(Level level) {
        return new Checker(CheckOptions.DEFAULT, () -> false, Explorer.Progress.NONE, System::nanoTime).check(level);
    }

    private static Map<String, GoalChecklist.Status> statuses(List<GoalChecklist.Result> results) {
        return results.stream().collect(Collectors.toMap(r -> r.item().id(), GoalChecklist.Result::status));
    }

    @Test
    void fixLevel_listsEveryForbiddenOutcome_andTheOutput() throws Exception {
        Level level = level("12-dining-philosophers.level.json");
        List<GoalChecklist.Item> items = GoalChecklist.items(level.mode(), level.goal(), level.design());
        assertEquals(List.of("no-race", "no-deadlock", "no-leak", "no-panic", "output"),
                items.stream().map(GoalChecklist.Item::id).toList());
        assertEquals("Prints 3", items.get(4).label());
    }

    @Test
    void buggyDesign_failsTheItemOfItsFinding_andMeetsTheOthers() throws Exception {
        Level level = level("12-dining-philosophers.level.json");
        List<GoalChecklist.Item> items = GoalChecklist.items(level.mode(), level.goal(), level.design());
        List<GoalChecklist.Result> results = GoalChecklist.evaluate(items, level.goal(), check(level), null);
        Map<String, GoalChecklist.Status> s = statuses(results);
        assertEquals(GoalChecklist.Status.FAILED, s.get("no-deadlock"));
        assertEquals(GoalChecklist.Status.MET, s.get("no-race"));
        assertTrue(results.get(1).detail().contains("all goroutines are asleep"), results.get(1).detail());
    }

    @Test
    void referenceSolution_meetsEveryItem_includingTheTickBudget() throws Exception {
        Level level = level("24-worker-pool.level.json");
        Level solved = level.withDesign(level.solution());
        List<GoalChecklist.Item> items = GoalChecklist.items(solved.mode(), solved.goal(), solved.design());
        assertEquals("Main returns within 28 ticks on 3 cores", items.get(items.size() - 1).label());
        var run = new org.interleave.explore.TimedRun(new org.interleave.engine.Program(solved.design()), solved.goal(),
                2000, org.interleave.engine.Limits.DEFAULT).run(1);
        List<GoalChecklist.Result> results = GoalChecklist.evaluate(items, solved.goal(), check(solved), run);
        assertTrue(results.stream().allMatch(r -> r.status() == GoalChecklist.Status.MET), results.toString());
    }

    @Test
    void breakLevel_asksForItsOutcome_metByTheDesign_andImpossibleForTheFix() throws Exception {
        Level level = level("11-transfer-deadlock.level.json");
        List<GoalChecklist.Item> items = GoalChecklist.items(level.mode(), level.goal(), level.design());
        assertEquals(List.of("Make it deadlock"), items.stream().map(GoalChecklist.Item::label).toList());
        assertEquals(GoalChecklist.Status.MET,
                GoalChecklist.evaluate(items, level.goal(), check(level), null).get(0).status());
        assertEquals(GoalChecklist.Status.FAILED,
                GoalChecklist.evaluate(items, level.goal(), check(level.withDesign(level.solution())), null).get(0).status());
    }

    @Test
    void designWithAsserts_getsAnAssertItem_andNothingIsMetBeforeAVerification() throws Exception {
        Level level = level("27-bounded-goroutines.level.json");
        List<GoalChecklist.Item> items = GoalChecklist.items(level.mode(), level.goal(), level.design());
        assertTrue(items.stream().anyMatch(i -> i.id().equals("asserts")), items.toString());
        assertTrue(GoalChecklist.unchecked(items).stream().allMatch(r -> r.status() == GoalChecklist.Status.UNCHECKED));
    }
}
