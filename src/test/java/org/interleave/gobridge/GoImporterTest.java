package org.interleave.gobridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.interleave.engine.model.Design;
import org.interleave.engine.model.Op;
import org.interleave.engine.model.Part;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** import-go reads each construct of the subset as the design DESIGN §3 gives it, and refuses the rest by name. */
class GoImporterTest {
    private static Design design(String body) throws GoImportException {
        return GoImporter.importGo(body).design();
    }

    private static String program(String imports, String rest) {
        return "package main\n\nimport (\n" + imports + ")\n\n" + rest;
    }

    private static Part.Goroutine goroutine(Design d, String id) {
        return d.goroutines().stream().filter(g -> g.id().equals(id)).findFirst().orElseThrow();
    }

    private static String kinds(List<Op> ops) {
        return OpWalk.everything(ops).stream().map(Op::kind).collect(Collectors.joining(" "));
    }

    @Test
    void mutexGuardedCounter_becomesPartsAndOpsOfItsGoroutines() throws Exception {
        Design d = design(program("\t\"sync\"\n", """
                var (
                	counter int
                	mu      sync.Mutex
                )

                func add(wg *sync.WaitGroup) {
                	defer wg.Done()
                	mu.Lock()
                	counter++
                	mu.Unlock()
                }

                func main() {
                	var wg sync.WaitGroup
                	wg.Add(2)
                	go add(&wg)
                	go add(&wg)
                	wg.Wait()
                }
                """));
        assertEquals("counter var, mu mutex, wg waitgroup, main goroutine, add goroutine",
                d.parts().stream().map(p -> p.id() + " " + p.type()).collect(Collectors.joining(", ")));
        assertEquals("add go go wait", kinds(goroutine(d, "main").ops()));
        assertEquals("lock inc unlock done", kinds(goroutine(d, "add").ops()), "the deferred Done runs at the end");
    }

    @Test
    void localUsedByAGoroutineLiteral_isASharedVariable() throws Exception {
        Design d = design(program("\t\"fmt\"\n", """
                func main() {
                	n := 0
                	done := make(chan struct{})
                	go func() {
                		n = 1
                		done <- struct{}{}
                	}()
                	<-done
                	fmt.Println(n)
                }
                """));
        assertTrue(d.part("n").orElseThrow() instanceof Part.Var);
        assertEquals("write send", kinds(goroutine(d, "main_func1").ops()));
        assertEquals("go recv read emit", kinds(goroutine(d, "main").ops()));
    }

    @Test
    void int64UsedThroughAtomicFunctions_isAnAtomic() throws Exception {
        Design d = design(program("\t\"sync/atomic\"\n", """
                var hits int64

                func main() {
                	atomic.AddInt64(&hits, 2)
                	v := atomic.LoadInt64(&hits)
                	_ = v
                }
                """));
        assertTrue(d.part("hits").orElseThrow() instanceof Part.Atomic);
        assertEquals("atomic.add atomic.load let", kinds(goroutine(d, "main").ops()));
    }

    @Test
    void contextWithTimeout_selectAndDefer_becomeAContextPartAndCases() throws Exception {
        Design d = design(program("\t\"context\"\n\t\"time\"\n", """
                func main() {
                	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
                	defer cancel()
                	ch := make(chan int, 1)
                	select {
                	case v, ok := <-ch:
                		_, _ = v, ok
                	case <-ctx.Done():
                	case <-time.After(2 * time.Second):
                	default:
                	}
                }
                """));
        Part.Context ctx = (Part.Context) d.part("ctx").orElseThrow();
        assertEquals(50, ctx.timeout(), "one tick is one millisecond");
        Op.Select s = (Op.Select) goroutine(d, "main").ops().get(0);
        assertEquals(3, s.cases().size());
        assertEquals(2000, ((Op.AfterCase) s.cases().get(2)).ticks());
        assertTrue(s.hasDefault());
        assertEquals("select cancel", kinds(goroutine(d, "main").ops()));
    }

    @Test
    void goInALoopAtTheStartOfMain_isACountedAutoGoroutine() throws Exception {
        Design d = design(program("\t\"fmt\"\n", """
                func worker(id int) {
                	fmt.Println(id)
                }

                func main() {
                	for i := 0; i < 3; i++ {
                		go worker(i)
                	}
                }
                """));
        Part.Goroutine w = goroutine(d, "worker");
        assertEquals(Part.Start.AUTO, w.start());
        assertEquals(3, w.count());
        assertEquals("emit", kinds(w.ops()));
    }

    @Test
    void calledFunctions_areInlined_andEachOpKnowsItsSourceLine() throws Exception {
        String src = program("\t\"sync\"\n", """
                var mu sync.Mutex

                func critical() {
                	mu.Lock()
                	mu.Unlock()
                }

                func main() {
                	critical()
                	critical()
                }
                """);
        GoImporter.Imported imported = GoImporter.importGo(src);
        assertEquals("lock unlock lock unlock", kinds(goroutine(imported.design(), "main").ops()));
        assertEquals(10, imported.program().line("main", "ops[0]"), "mu.Lock() is on line 10");
        assertEquals(11, imported.program().line("main", "ops[3]"), "mu.Unlock() on line 11");
    }

    @Test
    void rangeOnceAndRWMutex_areTheirOps() throws Exception {
        Design d = design(program("\t\"sync\"\n", """
                var (
                	once sync.Once
                	rw   sync.RWMutex
                )

                func main() {
                	ch := make(chan int, 2)
                	ch <- 1
                	close(ch)
                	for v := range ch {
                		rw.RLock()
                		_ = v
                		rw.RUnlock()
                	}
                	once.Do(func() {
                		rw.Lock()
                		rw.Unlock()
                	})
                }
                """));
        assertEquals("send close range rlock runlock once lock unlock", kinds(goroutine(d, "main").ops()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "import \"os\"\\nfunc main() {}|3:8: import \"os\": the subset imports only fmt, sync, sync/atomic, time and context",
        "func main() {\\n\\tx := 1\\n\\tswitch x {\\n\\t}\\n}|5:2: switch is not in the subset: write if / else if / else",
        "func f() {\\n\\tf()\\n}\\nfunc main() {\\n\\tf()\\n}|4:2: recursive call f → f: calls are inlined, so the subset has no recursion; write a loop",
        "func main() {\\n\\tn := 3\\n\\tch := make(chan int, n)\\n\\t_ = ch\\n}|5:23: channel capacity n: the subset needs a constant capacity from 0 to 1000",
        "func main() {\\n\\ts := []int{1, 2}\\n\\t_ = s\\n}|4:7: composite literal []int{1,2}: slices, arrays, maps and structs are not in the subset",
        "func main() {\\n\\tfor i := 0; i < 3; i += 2 {\\n\\t}\\n}|4:2: for loop of this shape is not in the subset: write for i := a; i < b; i++ (or <=), for cond { }, for { } or for v := range ch",
        "func main() {\\n\\tx := 1\\n\\tif x > 0 {\\n}|7:1: syntax error: unexpected end of file (is a closing } or ) missing?)",
    })
    void outsideTheSubset_isRefusedWithItsPlaceAndWhatIsSupported(String body, String expected) {
        String src = "package main\n\n" + body.replace("\\n", "\n").replace("\\t", "\t") + "\n";
        GoImportException e = assertThrows(GoImportException.class, () -> GoImporter.importGo(src));
        assertEquals("main.go:" + expected, e.lines("main.go").get(0));
    }

    @Test
    void goroutineLiteralUsingItsLoopCounter_isRefusedWithTheFix() {
        String src = program("\t\"fmt\"\n", """
                func main() {
                	for i := 0; i < 3; i++ {
                		go func() {
                			fmt.Println(i)
                		}()
                	}
                }
                """);
        GoImportException e = assertThrows(GoImportException.class, () -> GoImporter.importGo(src));
        assertTrue(e.getMessage().contains("pass it as an argument, go func(i int) {...}(i)"), e.getMessage());
    }
}
