package org.interleave.gobridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.interleave.engine.model.Design;
import org.interleave.engine.model.Level;
import org.interleave.engine.model.Op;
import org.interleave.engine.model.Part;
import org.interleave.level.LevelLoader;
import org.junit.jupiter.api.Test;

/** The Go text of exported designs, piece by piece; needs no Go toolchain (GoCrossCheckTest runs it). */
class GoExporterTest {
    private static String export(String sample) {
        return GoExporter.export(ExportSamples.level(sample));
    }

    private static String exportParts(String parts) {
        return GoExporter.export(ExportSamples.design(parts));
    }

    private static void assertContains(String program, String snippet) {
        assertTrue(program.contains(snippet), () -> "expected\n" + snippet + "\nin\n" + program);
    }

    @Test
    void resources_arePackageLevelVariables_alignedAsGofmtAlignsThem() {
        assertContains(export("resources"), """
                var (
                	jobs               = make(chan int, 3)
                	done               = make(chan int)
                	never              chan int
                	mu                 sync.Mutex
                	rw                 sync.RWMutex
                	wg                 sync.WaitGroup
                	setup              sync.Once
                	hits               = 5
                	counter            atomic.Int64
                	ctx, cancelCtx     = context.WithCancel(context.Background())
                	child, cancelChild = context.WithTimeout(ctx, 20*time.Millisecond)
                )
                """);
    }

    @Test
    void atomicWithAnInitialValue_isStoredBeforeMainRuns() {
        assertContains(export("resources"), """
                func init() {
                	counter.Store(7)
                }
                """);
    }

    @Test
    void imports_areExactlyThoseUsed_sortedAsGofmtSortsThem() {
        assertContains(export("resources"), """
                import (
                	"context"
                	"fmt"
                	"sync"
                	"sync/atomic"
                	"time"
                )
                """);
        String onlyChannels = exportParts("""
                [{"id": "ch", "type": "channel", "cap": 1},
                 {"id": "main", "type": "goroutine", "start": "main", "ops": [{"op": "send", "ch": "ch", "value": 1}]}]
                """);
        assertFalse(onlyChannels.contains("import"), onlyChannels);
        String printing = exportParts("""
                [{"id": "out", "type": "sink"},
                 {"id": "main", "type": "goroutine", "start": "main", "ops": [
                   {"op": "emit", "sink": "out", "value": 1}]}]
                """);
        assertContains(printing, "\nimport \"fmt\"\n");
    }

    @Test
    void atomicsAndPlainVars_mapToInt64MethodsAndPlainAccesses() {
        String p = export("resources");
        assertContains(p, """
                	mu.Lock()
                	hits++
                	mu.Unlock()
                	rw.RLock()
                	h := hits
                	rw.RUnlock()
                	fmt.Println(h)
                	a := int(counter.Add(2))
                	swapped := counter.CompareAndSwap(int64(a), int64(a+1))
                	if !swapped {
                		panic("counter moved \\"under\\" us")
                	}
                	counter.Store(int64(h))
                	counter.Load()
                """);
    }

    @Test
    void onceBody_isAFunctionLiteral_whoseReturnLeavesOnlyTheLiteral() {
        assertContains(export("control"), """
                	for i2 := 0; i2 < 2; i2++ {
                		flag.Do(func() {
                			fmt.Println(7)
                			return
                		})
                	}
                """);
    }

    @Test
    void breakInASelectCase_isGosBreak_whichLeavesTheSelect() {
        assertContains(export("control"), """
                	for {
                		select {
                		case nums <- i:
                			i = i + 1
                			if i%2 == 0 {
                				break
                			}
                			continue
                		case <-quit:
                			return
                		}
                	}
                """);
    }

    @Test
    void opsThatCanNeverRun_areLeftOut_asVetWouldReportThem() {
        String p = export("control");
        assertFalse(p.contains("Println(99)"), "after an endless loop: " + p);
        assertFalse(p.contains("Println(8)"), "after return in a once body: " + p);
        assertFalse(p.contains("Println(w)"), "after return: " + p);
    }

    @Test
    void repeat_evaluatesTimesOnce_andKeepsTheCounterItsLocalOutlives() {
        assertContains(export("control"), """
                	n = 3
                	for i, n2 := 0, n; i < n2; i++ {
                		k = i
                		v := <-nums
                """);
        assertContains(export("control"), "\tfmt.Println(k)\n");
    }

    @Test
    void elseHoldingOnlyAnIf_isAnElseIfChain() {
        assertContains(export("control"), """
                		if v == 0 {
                			fmt.Println(v)
                		} else if v == 1 {
                			fmt.Println(-v)
                		} else {
                			fmt.Println(v*10 + k)
                		}
                """);
    }

    @Test
    void localAssignedMoreThanOnce_isDeclaredOnceAtTheTopOfItsFunction() {
        assertContains(export("control"), """
                func main() {
                	var n int
                	var k int
                	var w int
                	go gen()
                """);
        assertContains(export("control"), """
                func gen() {
                	var i int
                	i = 0
                """);
    }

    @Test
    void targetsNobodyReads_areNotDeclared() {
        String p = export("resources");
        assertContains(p, "\t_, open := <-done\n");
        assertContains(p, "\tcounter.Load()\n");
        String read = exportParts("""
                [{"id": "hits", "type": "var", "init": 0},
                 {"id": "ch", "type": "channel", "cap": 1},
                 {"id": "main", "type": "goroutine", "start": "main", "ops": [
                   {"op": "read", "var": "hits", "to": "unused"},
                   {"op": "send", "ch": "ch", "value": 1},
                   {"op": "recv", "ch": "ch", "to": "x", "ok": "y"},
                   {"op": "range", "ch": "ch", "to": "z", "do": []}]}]
                """);
        assertContains(read, """
                	_ = hits
                	ch <- 1
                	<-ch
                	for range ch {
                	}
                """);
    }

    @Test
    void eachLocal_isDeclaredWhereItsOnlyAssignmentReachesAllItsReads_orElseAtTheTop() {
        assertContains(export("scopes"), """
                func main() {
                	var v int
                	var flag bool
                	var w int
                	var more bool
                	ch <- 1
                	ch <- 2
                	close(ch)
                	for v = range ch {
                		fmt.Println(v)
                	}
                	fmt.Println(v)
                	x := 5
                	o.Do(func() {
                		fmt.Println(x)
                	})
                	flag = x > 3
                	for {
                		if flag {
                			break
                		}
                		flag = true
                	}
                	select {
                	case w, more = <-ch:
                		fmt.Println(w)
                	}
                	if more {
                		panic("ch is closed")
                	}
                	got := int(n.Add(int64(x)))
                	fmt.Println(got)
                	for i := 0; i < got-3; i++ {
                		total++
                	}
                }
                """);
    }

    @Test
    void goKeywordsAndTakenNames_getAnUnderscoreOrANumber() {
        String p = export("names");
        assertContains(p, "\tselect_         = make(chan int, 1)\n");
        assertContains(p, "\tctx, cancelCtx2 = context.WithCancel(context.Background())\n");
        assertContains(p, "\tcancelCtx       int\n");
        assertContains(p, "func go_(id int) {\n\tclose_.Lock()\n\tfmt_ := len_\n\ttime_ := fmt_ + id\n");
        assertContains(p, "\twork2(1)\n");
        assertContains(p, "// main is the design's main goroutine (m): the program ends when it returns.\n");
        assertContains(p, "func work2(ms int) {\n");
    }

    @Test
    void spawnTemplate_takesTheLocalsGoOpsPass_andMissingOnesAreZero() {
        String p = export("templates");
        assertContains(p, "func worker(a, b int, loud bool) {\n");
        assertContains(p, "\tgo worker(i*2+1, i, i > 3)\n\tgo worker(1, 0, false)\n");
        assertContains(p, "\tresults <- a - -b\n");
    }

    @Test
    void countedAutoGoroutines_startInALoopBeforeMainsFirstStatement_passingId() {
        assertContains(export("templates"), """
                func main() {
                	for i2 := 0; i2 < 3; i2++ {
                		go counter(i2)
                	}
                	wg.Add(2)
                """);
        assertContains(export("control"), "func gen() {\n");
    }

    @Test
    void severalSinks_prefixWhatTheyPrintWithTheirName() {
        String p = export("templates");
        assertContains(p, "\t\tfmt.Println(\"log:\", a*2+b)\n");
        assertContains(p, "\tfmt.Println(\"errs:\", id)\n");
    }

    @Test
    void timeCountsInMilliseconds_oneTickEach() {
        String p = export("templates");
        assertContains(p, """
                	time.Sleep(3 * time.Millisecond)
                	select {
                	case <-time.After(time.Millisecond):
                	}
                """);
    }

    @Test
    void inc_isIncrementDecrementOrPlusEquals() {
        assertContains(export("templates"), """
                	r := <-results
                	total += r
                	total--
                	total++
                """);
    }

    @Test
    void assertWithoutMessage_panicsWithTheEnginesMessage() {
        assertContains(export("resources"), """
                	if open {
                		panic("assertion failed: !open")
                	}
                """);
    }

    @Test
    void assertCondition_isNegatedAsAReaderWouldWriteIt() {
        String p = exportParts("""
                [{"id": "main", "type": "goroutine", "start": "main", "ops": [
                   {"op": "let", "to": "x", "value": 1},
                   {"op": "assert", "cond": "x <= 1", "message": "a"},
                   {"op": "assert", "cond": "x > 0 && x < 2", "message": "b\\tc"}]}]
                """);
        assertContains(p, "\tif x > 1 {\n\t\tpanic(\"a\")\n\t}\n");
        assertContains(p, "\tif !(x > 0 && x < 2) {\n\t\tpanic(\"b\\tc\")\n\t}\n");
    }

    @Test
    void designWithoutMain_isRefused() {
        Design noMain = new Design(ExportSamples.level("templates").design().parts().stream()
                .filter(p -> !p.id().equals("main")).toList());
        assertThrows(IllegalArgumentException.class, () -> GoExporter.export(noMain, "x", "X"));
    }

    /** A design as the editor holds it: read for its form only, so it need not validate. */
    private static Design edited(String parts) throws Exception {
        return LevelLoader.readDesign("edited", "{\"parts\": " + parts + "}");
    }

    @Test
    void localWhoseDefinerWasRemoved_isDeclaredWithTheTypeItsUsesNeed() throws Exception {
        // the player removed "let done = false" and "recv ... ok: open"; the ops that read them stay
        String program = GoExporter.export(edited("""
                [{"id": "c", "type": "channel", "cap": 1},
                 {"id": "out", "type": "sink"},
                 {"id": "main", "type": "goroutine", "start": "main", "ops": [
                   {"op": "while", "cond": "!done", "do": [{"op": "let", "to": "done", "value": "true"}]},
                   {"op": "if", "cond": "open && k > 1", "then": [{"op": "emit", "sink": "out", "value": "k"}]}]}]
                """), "x", "X");
        assertContains(program, "\tvar done bool\n");
        assertContains(program, "\tvar open bool\n");
        assertContains(program, "\tvar k int\n");
    }

    @Test
    void spawnTemplateThatNoGoOpStartsAnyMore_declaresTheLocalsItsGoOpsPassed() throws Exception {
        // batch-the-sends with every "go gen" removed: n had no definer but gen's parameter
        Level level = LevelLoader.load(Path.of("levels", "33-batch-the-sends.level.json"));
        List<Part> parts = level.solution().parts().stream().map(p -> p instanceof Part.Goroutine g
                && g.start() == Part.Start.MAIN
                ? new Part.Goroutine(g.id(), g.start(), g.count(),
                        g.ops().stream().filter(op -> !(op instanceof Op.Go)).toList(), g.preset(), g.layout())
                : p).toList();
        String program = GoExporter.export(new Design(parts), level.id(), level.title());
        assertContains(program, "func gen() {\n\tvar s int\n\tvar n int\n");
        assertContains(program, "\tfor i := 0; i < n; i++ {\n");
        assertFalse(program.contains("go gen("), program);
    }

    @Test
    void designWithAMistakeGoCannotBuild_isRefusedWithTheValidatorsWords() throws Exception {
        // the design lost the mutex its lock op names: no Go program declares mu
        IllegalArgumentException noPart = assertThrows(IllegalArgumentException.class, () -> GoExporter.export(
                edited("""
                        [{"id": "main", "type": "goroutine", "start": "main", "ops": [
                          {"op": "lock", "mu": "mu"}, {"op": "unlock", "mu": "mu"}]}]
                        """), "x", "X"));
        assertTrue(noPart.getMessage().contains("main ops[0]") && noPart.getMessage().contains("'mu'"),
                noPart.getMessage());
        // the local lost its definer and is read as an int in one place and a bool in another
        IllegalArgumentException clash = assertThrows(IllegalArgumentException.class, () -> GoExporter.export(
                edited("""
                        [{"id": "main", "type": "goroutine", "start": "main", "ops": [
                          {"op": "if", "cond": "q", "then": []}, {"op": "repeat", "times": "q", "do": []}]}]
                        """), "x", "X"));
        assertTrue(clash.getMessage().contains("main ops[1]"), clash.getMessage());
        // a break the player put outside any loop
        IllegalArgumentException loose = assertThrows(IllegalArgumentException.class, () -> GoExporter.export(
                edited("""
                        [{"id": "main", "type": "goroutine", "start": "main", "ops": [{"op": "break"}]}]
                        """), "x", "X"));
        assertTrue(loose.getMessage().contains("break is not inside a loop"), loose.getMessage());
    }

    @Test
    void campaignWorkerPool_exportsToThisProgram() throws Exception {
        Level level = LevelLoader.load(Path.of("levels", "24-worker-pool.level.json"));
        String program = GoExporter.export(level.withDesign(level.solution()));
        assertEquals("""
                // Command worker-pool runs the Interleave design "The worker pool" as a Go program.
                //
                // It was written by interleave export-go. One tick of the design is one millisecond.
                // A run shows one interleaving, chosen by the Go scheduler, where the engine checks
                // them all. Run it with go run -race main.go to let the race detector watch it.
                //
                //interleave:auto closer
                package main

                import (
                	"fmt"
                	"sync"
                	"time"
                )

                var (
                	jobs    = make(chan int, 4)
                	results = make(chan int, 4)
                	wg      sync.WaitGroup
                )

                // main is the design's main goroutine: the program ends when it returns.
                func main() {
                	go closer()
                	go worker()
                	go worker()
                	for r := range results {
                		fmt.Println(r)
                	}
                }

                // worker runs in the goroutines that go statements start.
                func worker() {
                	for v := range jobs {
                		work(3)
                		results <- v
                	}
                	wg.Done()
                }

                // closer runs as a goroutine, which main starts before its first statement.
                func closer() {
                	jobs <- 1
                	jobs <- 2
                	jobs <- 3
                	jobs <- 4
                	wg.Add(2)
                	close(jobs)
                	wg.Wait()
                	close(results)
                }

                // work keeps a core busy for ms milliseconds: CPU work, which synchronizes nothing.
                func work(ms int) {
                	end := time.Now().Add(time.Duration(ms) * time.Millisecond)
                	for time.Now().Before(end) {
                	}
                }
                """, program);
    }
}
