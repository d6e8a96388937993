package org.interleave.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code bench} as a user runs it: one line per family member, and its state budget. */
class BenchCommandTest {
    /** The cells of the one result line bench printed after its header. */
    private static List<String> row(CliTest.Run run) {
        List<String> lines = run.lines();
        assertTrue(lines.size() >= 2, run.out());
        assertTrue(lines.get(0).startsWith("family"), run.out());
        return List.of(lines.get(1).trim().split("\\s+"));
    }

    @Test
    void pipelineOfSix_isClearedWithItsExactStateCount() {
        CliTest.Run run = CliTest.run("bench", "--family", "pipeline", "--size", "6", "--repeat", "1",
                "--plain-budget", "0", "--threads", "1");
        assertEquals(ExitCodes.CLEARED, run.exit(), run.err());
        List<String> cells = row(run);
        assertEquals(List.of("pipeline", "6", "cleared"), cells.subList(0, 3));
        assertTrue(Long.parseLong(cells.get(3)) > 100, run.out());
    }

    @Test
    void cpuAndAllocationColumns_comeLastAndArePositiveForAParallelSearch() {
        CliTest.Run run = CliTest.run("bench", "--family", "pipeline", "--size", "6", "--repeat", "1",
                "--plain-budget", "0", "--threads", "2");
        assertEquals(ExitCodes.CLEARED, run.exit(), run.err());
        assertTrue(run.lines().get(0).trim().replaceAll("\\s+", " ").endsWith("reduction | cpu ms states/cpu-s alloc/state"),
                run.out());
        List<String> cells = row(run);
        assertEquals(List.of("pipeline", "6", "cleared"), cells.subList(0, 3));
        assertTrue(Double.parseDouble(cells.get(cells.size() - 3)) > 0, run.out());
        assertTrue(Long.parseLong(cells.get(cells.size() - 2)) > 0, run.out());
        assertTrue(Long.parseLong(cells.get(cells.size() - 1)) > 0, run.out());
    }

    @Test
    void budget_stopsTheReducedSearchInconclusiveAtThatManyStates() {
        CliTest.Run full = CliTest.run("bench", "--family", "pipeline", "--size", "6", "--repeat", "1",
                "--plain-budget", "0", "--threads", "1");
        long states = Long.parseLong(row(full).get(3));
        long budget = states / 2;
        CliTest.Run run = CliTest.run("bench", "--family", "pipeline", "--size", "6", "--repeat", "1",
                "--plain-budget", "0", "--threads", "1", "--budget", Long.toString(budget));
        List<String> cells = row(run);
        assertEquals("inconclusive", cells.get(2), run.out());
        assertEquals(budget, Long.parseLong(cells.get(3)), run.out());
        assertEquals(List.of("pipeline 6 is inconclusive: state budget of " + budget + " exhausted"),
                run.lines().subList(2, run.lines().size()), run.out());
    }

    @Test
    void exhaustiveMembers_haveNoNoteAfterTheTable() {
        CliTest.Run run = CliTest.run("bench", "--family", "pipeline", "--size", "4", "--repeat", "1",
                "--plain-budget", "0", "--threads", "1");
        assertEquals(2, run.lines().size(), run.out());
        assertEquals("cleared", row(run).get(2), run.out());
    }

    @Test
    void warmup_leavesTheResultAsItIs() {
        CliTest.Run run = CliTest.run("bench", "--family", "pipeline", "--size", "4", "--repeat", "1",
                "--plain-budget", "0", "--threads", "1", "--warmup", "2");
        assertEquals(ExitCodes.CLEARED, run.exit(), run.err());
        CliTest.Run cold = CliTest.run("bench", "--family", "pipeline", "--size", "4", "--repeat", "1",
                "--plain-budget", "0", "--threads", "1");
        assertEquals(row(cold).subList(0, 6), row(run).subList(0, 6), run.out());
    }

    @Test
    void negativeWarmup_isRefusedWithExit2() {
        CliTest.Run run = CliTest.run("bench", "--family", "counter", "--warmup", "-1");
        assertEquals(ExitCodes.INVALID, run.exit());
        assertTrue(run.err().contains("--warmup must be at least 0"), run.err());
    }

    @Test
    void negativeMaxMillis_isRefusedWithExit2() {
        CliTest.Run run = CliTest.run("bench", "--family", "counter", "--max-millis", "-1");
        assertEquals(ExitCodes.INVALID, run.exit());
        assertTrue(run.err().contains("--max-millis must be at least 0"), run.err());
    }

    @Test
    void negativeBudget_isRefusedWithExit2() {
        CliTest.Run run = CliTest.run("bench", "--family", "counter", "--budget", "-1");
        assertEquals(ExitCodes.INVALID, run.exit());
        assertTrue(run.err().contains("--budget must be at least 0"), run.err());
    }
}
