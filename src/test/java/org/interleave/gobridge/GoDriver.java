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
 * {@code r2}, …: {@code driver <dir>:<n>} runs the design and its first n-1 copies one after the
 * other in one process, each with its own fresh package variables, and writes {@link #returned}
 * to standard error when each one's {@code Main} returns; {@code driver a:5 b:5 …} runs several
 * designs so, one after the other. (A process costs far more than a run under the race detector,
 * whose start takes some 70 ms of CPU.)
 */
final class GoDriver {
    /**
     * What the driver writes to standard error, with the run's number (from 0) and the design's
     * directory ({@link #returned}), when a run's main returns, if an argument gave a count of runs.
     */
    static final String RETURNED = "driver: main returned, run ";

    /**
     * What a race-detecting driver writes to standard error when every goroutine of the program is
     * blocked on a channel, a select, a lock, a wait group or a condition ({@link #ASLEEP_WATCH}).
     */
    static final String ASLEEP = "driver: every goroutine is blocked";

    /**
     * What the driver writes to standard error, with the design's directory ({@link #stillRunning}),
     * after a run's {@link #returned} line when its goroutines were let {@link #RUN_ON run on} and
     * some still ran when the wait gave up: what they print later (a race, a panic) is theirs, though
     * it comes after the line, maybe during another design's runs.
     */
    static final String STILL_RUNNING = "driver: goroutines still running after a run of ";

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

    /**
     * The driver's wait after a run's {@code Main} returns, when it lets the run's goroutines run on:
     * DESIGN §4 treats a design whose main has returned like a test function that returned inside a
     * longer-lived process, where the other goroutines run on, and its findings include a race with
     * an access they make then. A Go program exits when main returns, killing them, so such a race
     * shows only when they happen to run first (crdb-4407's worker writes {@code info} after main
     * read it: 0 of 20 runs showed it in a CI run). The wait is a sleep, which orders nothing, so it
     * hides no race; it ends when the goroutines that the run started have ended, or after some
     * 100 ms for one blocked for good. Each run also starts with a yield ({@code runtime.Gosched},
     * which orders nothing either), so that its main starts on a fresh time slice.
     */
    static final String RUN_ON = """

            // runOn lets the goroutines a run started run on after its main returned, until they end
            // (at most some 100 ms, for one that never does), and reports whether some still run.
            // Sleeping orders nothing: it hides no race.
            func runOn(before int) bool {
            	for i := 0; i < 100 && runtime.NumGoroutine() > before; i++ {
            		time.Sleep(time.Millisecond)
            	}
            	return runtime.NumGoroutine() > before
            }
            """;

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
        return source(module, dirs, false);
    }

    /** The driver's source for one run of each program, with its goroutines let {@link #RUN_ON run on} or not. */
    static String source(String module, List<String> dirs, boolean runOn) {
        Map<String, Integer> once = new LinkedHashMap<>();
        dirs.forEach(d -> once.put(d, 1));
        return source(module, once, runOn);
    }

    /**
     * The driver's source, for designs with {@code runs.get(dir)} packages each: the design and its
     * copies {@code designs/<dir>/r1} … up to that count. With {@code runOn}, the goroutines a run
     * leaves behind when its {@code Main} returns run on before the next run starts or the process
     * exits ({@link #RUN_ON}).
     */
    static String source(String module, Map<String, Integer> runs, boolean runOn) {
        StringBuilder b = new StringBuilder();
        b.append("// Command driver runs exported designs: driver <dir>[:<runs>]....\n");
        b.append("package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n");
        b.append(runOn ? "\t\"runtime\"\n" : "").append("\t\"strconv\"\n\t\"strings\"\n")
                .append(runOn ? "\t\"time\"\n" : "").append('\n');
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
        b.append("""
                type plan struct {
                	dir  string
                	runs []func()
                }

                func main() {
                	if len(os.Args) < 2 {
                		usage()
                	}
                	var plans []plan
                	marked := false // a count asks for a line as each run returns
                	for _, arg := range os.Args[1:] {
                		dir, count, counted := strings.Cut(arg, ":")
                		runs, ok := designs[dir]
                		n := 1
                		if counted {
                			var err error
                			n, err = strconv.Atoi(count)
                			ok = ok && err == nil && n >= 1 && n <= len(runs)
                		}
                		if !ok {
                			usage()
                		}
                		plans = append(plans, plan{dir, runs[:n]})
                		marked = marked || counted
                	}
                	for _, p := range plans {
                		for i, run := range p.runs {
                """);
        // a yield first: the run's main starts on a fresh time slice, not on what is left of the one the process
        // started on, which a busy machine can have used up (Go preempts a goroutine after 10 ms), so that on
        // one core it runs until it blocks or returns (3 of 200 crdb-4407 runs at load 17 missed the race without)
        b.append(runOn ? "\t\t\truntime.Gosched()\n\t\t\tbefore := runtime.NumGoroutine()\n\t\t\trun()\n"
                + "\t\t\tleft := runOn(before)\n" : "\t\t\trun()\n");
        b.append("\t\t\tif marked {\n\t\t\t\tfmt.Fprintf(os.Stderr, \"").append(RETURNED)
                .append("%d of %s\\n\", i, p.dir)\n");
        if (runOn) {
            b.append("\t\t\t\tif left {\n\t\t\t\t\tfmt.Fprintf(os.Stderr, \"").append(STILL_RUNNING)
                    .append("%s\\n\", p.dir)\n\t\t\t\t}\n");
        }
        b.append("\t\t\t}\n\t\t}\n\t}\n}\n\n");
        b.append("func usage() {\n\tfmt.Fprintln(os.Stderr, \"usage: driver <design dir>[:<runs>]...\")\n\tos.Exit(64)\n}\n");
        b.append(runOn ? RUN_ON : "");
        return b.toString();
    }

    /** The driver's argument that runs the design in {@code designs/<dir>} and its copies, {@code n} runs in all. */
    static String runs(String dir, int n) {
        return dir + ":" + n;
    }

    /** The line the driver writes to standard error when goroutines of a design's run still run after the wait. */
    static String stillRunning(String dir) {
        return STILL_RUNNING + dir + "\n";
    }

    /** The line the driver writes to standard error when the {@code k}-th run (from 0) of a design returns. */
    static String returned(String dir, int k) {
        return RETURNED + k + " of " + dir + "\n";
    }
}
