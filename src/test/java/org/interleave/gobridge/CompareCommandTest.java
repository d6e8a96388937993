package org.interleave.gobridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Pattern;
import org.interleave.cli.CommandRun;
import org.junit.jupiter.api.Test;

/** {@code compare --runs 2} on one small buggy real-world design prints its row (when {@code go} is on the PATH). */
class CompareCommandTest {
    private static final String DESIGN = "k8s-53682-write-under-rlock.buggy";

    @Test
    void compare_printsTheDesignsRow() throws Exception {
        GoOnPath.orSkip(Path.of("target", "go-path").toAbsolutePath());
        CommandRun r = CommandRun.of("compare", "--runs", "2", "src/test/resources/realworld/" + DESIGN + ".level.json");
        assertEquals(0, r.exit(), r.err());
        String table = r.out();
        assertTrue(table.lines().anyMatch(l -> l.startsWith("| design ") && l.contains("Go runs revealing")), table);
        Pattern row = Pattern.compile("\\| " + Pattern.quote(DESIGN) + " +\\| race +\\| +\\d+ \\| +[0-2]/2 \\| +\\d+ \\|");
        assertTrue(table.lines().anyMatch(l -> row.matcher(l).matches()), table);
    }
}
