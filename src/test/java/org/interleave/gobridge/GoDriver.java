package org.interleave.gobridge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Many exported programs as one Go program, so that one link serves them all (a link costs far more
 * than compiling a small package, and Go does not cache the links of {@code go build ./...}): each
 * program becomes a package {@code <module>/designs/<dir>} whose {@code main} is renamed
 * {@code Main}, and a driver, {@code driver <dir>}, runs the one its argument names.
 *
 * <p>A design may also have copies, the same package again as {@code designs/<dir>/r1},
 * {@code r2}, …: {@code driver <dir> <n>} runs the design and its first n-1 copies one after the
 * other in one process, each with its own fresh package variables, and writes {@link #RETURNED}
 * and the run's number to standard error when each one's {@code Main} returns. (A process costs
 * far more than a run under the race detector, whose start takes some 70 ms of CPU.)
 */
final class GoDriver {
    /** What the driver writes to standard error, with the run's number (from 0), when a run's main returns. */
    static final String RETURNED = "driver: main returned, run ";

    /**
     * What a race-detecting driver writes to standard error when every goroutine of the program is
     * blocked on a channel, a select, a lock, a wait group or a condition ({@link #ASLEEP_WATCH}).
     */
    static final String ASLEEP = "driver: every goroutine is blocked";

    /**
     * A file of the driver's package, built only with {@code -race}, that stands in for the deadlock
     * detector Go turns off under the race detector (golang/go#20588: such a program hangs instead):
     * every 20 ms it lists the goroutines, and writes {@link #ASLEEP} once when all but itself wait in
     * a state only another goroutine or a timer can end. In a program without timers nothing can then
     * run again, so its caller may stop it as Go's own detector would have: nothing more can race.
     * Only a list taken with the world stopped counts, so a goroutine between two states is runnable.
     */
    static final String ASLEEP_WATCH = """
            //go:build race

            package main

            import (
            	"fmt"
            	"os"
            	"runtime"
            	"strings"
            	"time"
            )

            func init() {
            	go watchAsleep()
            }

            // The states of a goroutine that only another goroutine (or a timer) can wake (runtime2.go's waitReasons).
            var asleep = map[string]bool{"chan receive": true, "chan send": true, "chan receive (nil chan)": true,
            	"chan send (nil chan)": true, "select": true, "select (no cases)": true, "semacquire": true,
            	"sync.Cond.Wait": true}

            func watchAsleep() {
            	buf := make([]byte, 1<<16)
            	for {
            		time.Sleep(20 * time.Millisecond)
            		n := runtime.Stack(buf, true)
            		if n == len(buf) {
            			buf = make([]byte, 2*len(buf))
            			continue
            		}
            		if allAsleep(string(buf[:n])) {
            			fmt.Fprintln(os.Stderr, "%s")
            			return
            		}
            	}
            }

            // allAsleep: whether every goroutine in a dump of them all but the first (the watcher) waits.
            func allAsleep(dump string) bool {
            	gs := strings.Split(dump, "\\n\\ngoroutine ")
            	for _, g := range gs[1:] {
            		open, end := strings.IndexByte(g, '['), strings.IndexByte(g, ']')
            		if open < 0 || end < open {
            			return false
            		}
            		state, _, _ := strings.Cut(g[open+1:end], ",")
            		if !asleep[state] {
            			return false
            		}
            	}
            	return len(gs) > 1
            }
            """.formatted(ASLEEP);

    /** The name of {@link #ASLEEP_WATCH}'s file in the driver's directory. */
    static final String ASLEEP_WATCH_FILE = "asleep_race.go";

    private GoDriver() {}

    /** The exported program as a package of the driver: {@code package main} and {@code func main} renamed. */
    static String asPackage(String program, String name) {
        String renamed = program.replaceFirst("(?m)^package main$", "package design")
                .replaceFirst("(?m)^func main\\(\\) \\{$", "func Main() {");
        if (!renamed.contains("\npackage design\n") || !renamed.contains("\nfunc Main() {\n")) {
            throw new IllegalStateException("no 'package main' with a 'func main() {' in the export of " + name);
        }
        return renamed;
    }

    /** The directory, under {@code designs/<dir>}, of the design's k-th copy (k from 1). */
    static String copy(int k) {
        return "r" + k;
    }

    /** The driver's source: {@code driver <dir>} runs the program exported to {@code designs/<dir>}, as its own main would. */
    static String source(String module, List<String> dirs) {
        Map<String, Integer> once = new LinkedHashMap<>();
        dirs.forEach(d -> once.put(d, 1));
        return source(module, once);
    }

    /**
     * The driver's source, for designs with {@code runs.get(dir)} packages each: the design and its
     * copies {@code designs/<dir>/r1} … up to that count.
     */
    static String source(String module, Map<String, Integer> runs) {
        StringBuilder b = new StringBuilder();
        b.append("// Command driver runs one exported design: driver <dir> [runs].\n");
        b.append("package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n\t\"strconv\"\n\n");
        StringBuilder table = new StringBuilder();
        int i = 0;
        for (Map.Entry<String, Integer> e : runs.entrySet()) {
            table.append("\t\"").append(e.getKey()).append("\": {");
            for (int k = 0; k < e.getValue(); k++) {
                String alias = "d" + i + (k == 0 ? "" : "r" + k);
                b.append('\t').append(alias).append(" \"").append(module).append("/designs/").append(e.getKey())
                        .append(k == 0 ? "" : "/" + copy(k)).append("\"\n");
                table.append(k == 0 ? "" : ", ").append(alias).append(".Main");
            }
            table.append("},\n");
            i++;
        }
        b.append(")\n\nvar designs = map[string][]func(){\n").append(table).append("}\n\n");
        b.append("func main() {\n");
        b.append("\tif len(os.Args) < 2 || len(os.Args) > 3 {\n\t\tusage()\n\t}\n");
        b.append("\truns, ok := designs[os.Args[1]]\n");
        b.append("\tn := 1\n");
        b.append("\tif len(os.Args) == 3 {\n\t\tvar err error\n\t\tn, err = strconv.Atoi(os.Args[2])\n");
        b.append("\t\tok = ok && err == nil && n >= 1 && n <= len(runs)\n\t}\n");
        b.append("\tif !ok {\n\t\tusage()\n\t}\n");
        b.append("\tfor i, run := range runs[:n] {\n\t\trun()\n");
        b.append("\t\tif n > 1 {\n\t\t\tfmt.Fprintf(os.Stderr, \"").append(RETURNED).append("%d\\n\", i)\n\t\t}\n\t}\n}\n\n");
        b.append("func usage() {\n\tfmt.Fprintln(os.Stderr, \"usage: driver <design dir> [runs]\")\n\tos.Exit(64)\n}\n");
        return b.toString();
    }
}
