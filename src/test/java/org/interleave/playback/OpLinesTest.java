package org.interleave.playback;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.interleave.engine.model.Level;
import org.interleave.level.LevelLoader;
import org.junit.jupiter.api.Test;

/** Ops as the design view lists them: Go lines, bodies indented, with their braces. */
class OpLinesTest {

    @Test
    void nestedBodies_areIndented_andClosedByABrace() throws Exception {
        Level level = LevelLoader.parse("t.level.json", """
                {"format": 1, "id": "t", "title": "t", "mode": "fix", "design": {"parts": [
                  {"id": "jobs", "type": "channel", "cap": 1},
                  {"id": "quit", "type": "channel", "cap": 0},
                  {"id": "mu", "type": "mutex"},
                  {"id": "main", "type": "goroutine", "start": "main", "ops": [
                    {"op": "send", "ch": "jobs", "value": 1},
                    {"op": "close", "ch": "jobs"},
                    {"op": "range", "ch": "jobs", "to": "j", "do": [
                      {"op": "if", "cond": "j > 0", "then": [{"op": "lock", "mu": "mu"}, {"op": "unlock", "mu": "mu"}],
                       "else": [{"op": "break"}]}
                    ]},
                    {"op": "select", "cases": [{"recv": "quit", "do": [{"op": "return"}]}], "default": []}
                  ]}
                ]}}
                """);
        List<OpLines.Line> lines = OpLines.of(level.design().main().ops(), 0);
        assertEquals(List.of(
                "0 jobs <- 1 @ops[0]",
                "0 close(jobs) @ops[1]",
                "0 for j := range jobs { @ops[2]",
                "1 if j > 0 { @ops[2].do[0]",
                "2 mu.Lock() @ops[2].do[0].then[0]",
                "2 mu.Unlock() @ops[2].do[0].then[1]",
                "1 } else { @null",
                "2 break @ops[2].do[0].else[0]",
                "1 } @null",
                "0 } @null",
                "0 select { @ops[3]",
                "1 case <-quit: @null",
                "2 return @ops[3].cases[0].do[0]",
                "1 default: @null",
                "0 } @null"),
                lines.stream().map(l -> l.depth() + " " + l.text() + " @" + l.path()).toList());
    }
}
