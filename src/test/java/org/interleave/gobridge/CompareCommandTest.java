package org.interleave.gobridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.interleave.cli.InterleaveCommand;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code compare --runs 2} on one small buggy real-world design prints its row (when {@code go} is on the PATH). */
class CompareCommandTest {
    private static final String DESIGN = "k8s-53682-write-under-rlock.buggy";

    @Test
    void compare_printsTheDesignsRow() throws Exception {
        Assumptions.assumeTrue(GoOnPath.find(Path.of("target", "go-path").toAbsolutePath()).isPresent(),
                "skipped: no 'go' command on the PATH (install Go, e.g. apt-get install golang-go, to run compare)");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new InterleaveCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute("compare", "--runs", "2", "src/test/resources/realworld/" + DESIGN + ".level.json");
        assertEquals(0, exit, err.toString());
        String table = out.toString();
        assertTrue(table.lines().anyMatch(l -> l.startsWith("| design ") && l.contains("Go runs revealing")), table);
        Pattern row = Pattern.compile("\\| " + Pattern.quote(DESIGN) + " +\\| race +\\| +\\d+ \\| +[0-2]/2 \\| +\\d+ \\|");
        assertTrue(table.lines().anyMatch(l -> row.matcher(l).matches()), table);
    }
}
