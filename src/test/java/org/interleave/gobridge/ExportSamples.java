package org.interleave.gobridge;

import java.util.LinkedHashMap;
import java.util.Map;
import org.interleave.engine.model.Level;
import org.interleave.level.LevelException;
import org.interleave.level.LevelLoader;

/**
 * Small designs that between them use every part, every op and the corners of the export (Go
 * keywords as names, locals that outlive a loop, code that can never run). The unit tests read
 * their Go text; the cross-check also compiles, vets and runs them.
 */
final class ExportSamples {
    private ExportSamples() {}

    /** The samples by name, each a whole level file. */
    static final Map<String, String> LEVELS = new LinkedHashMap<>();

    static {
        LEVELS.put("resources", """
                {"format": 1, "id": "resources", "title": "Every resource", "mode": "fix", "design": {"parts": [
                  {"id": "jobs", "type": "channel", "cap": 3},
                  {"id": "done", "type": "channel", "cap": 0},
                  {"id": "never", "type": "channel", "cap": 0, "nil": true},
                  {"id": "mu", "type": "mutex"},
                  {"id": "rw", "type": "rwmutex"},
                  {"id": "wg", "type": "waitgroup"},
                  {"id": "setup", "type": "once"},
                  {"id": "hits", "type": "var", "init": 5},
                  {"id": "counter", "type": "atomic", "init": 7},
                  {"id": "ctx", "type": "context"},
                  {"id": "child", "type": "context", "parent": "ctx", "timeout": 20},
                  {"id": "out", "type": "sink"},
                  {"id": "worker", "type": "goroutine", "start": "spawn", "ops": [
                    {"op": "send", "ch": "jobs", "value": "k * 2"},
                    {"op": "done", "wg": "wg"}
                  ]},
                  {"id": "main", "type": "goroutine", "start": "main", "ops": [
                    {"op": "lock", "mu": "mu"}, {"op": "inc", "var": "hits"}, {"op": "unlock", "mu": "mu"},
                    {"op": "rlock", "mu": "rw"}, {"op": "read", "var": "hits", "to": "h"},
                    {"op": "runlock", "mu": "rw"},
                    {"op": "emit", "sink": "out", "value": "h"},
                    {"op": "atomic.add", "var": "counter", "n": 2, "to": "a"},
                    {"op": "atomic.cas", "var": "counter", "old": "a", "new": "a + 1", "to": "swapped"},
                    {"op": "assert", "cond": "swapped", "message": "counter moved \\"under\\" us"},
                    {"op": "atomic.store", "var": "counter", "value": "h"},
                    {"op": "atomic.load", "var": "counter"},
                    {"op": "once", "once": "setup", "do": [{"op": "write", "var": "hits", "value": 1}]},
                    {"op": "add", "wg": "wg", "n": 1},
                    {"op": "go", "g": "worker", "args": {"k": 3}},
                    {"op": "wait", "wg": "wg"},
                    {"op": "recv", "ch": "jobs", "to": "j"},
                    {"op": "emit", "sink": "out", "value": "j"},
                    {"op": "select", "cases": [{"recv": "never", "do": [{"op": "emit", "sink": "out", "value": -1}]}],
                     "default": [{"op": "emit", "sink": "out", "value": 0}]},
                    {"op": "cancel", "ctx": "ctx"},
                    {"op": "select", "cases": [{"done": "child", "do": [{"op": "emit", "sink": "out", "value": 1}]}]},
                    {"op": "close", "ch": "done"},
                    {"op": "recv", "ch": "done", "ok": "open"},
                    {"op": "assert", "cond": "!open"}
                  ]}
                ]}}
                """);
        LEVELS.put("control", """
                {"format": 1, "id": "control", "title": "Control flow", "mode": "fix", "design": {"parts": [
                  {"id": "nums", "type": "channel", "cap": 0},
                  {"id": "quit", "type": "channel", "cap": 0},
                  {"id": "flag", "type": "once"},
                  {"id": "out", "type": "sink"},
                  {"id": "gen", "type": "goroutine", "start": "auto", "ops": [
                    {"op": "let", "to": "i", "value": 0},
                    {"op": "loop", "do": [
                      {"op": "select", "cases": [
                        {"send": "nums", "value": "i", "do": [
                          {"op": "let", "to": "i", "value": "i + 1"},
                          {"op": "if", "cond": "i % 2 == 0", "then": [{"op": "break"}]},
                          {"op": "continue"}
                        ]},
                        {"recv": "quit", "do": [{"op": "return"}]}
                      ]}
                    ]},
                    {"op": "emit", "sink": "out", "value": 99}
                  ]},
                  {"id": "main", "type": "goroutine", "start": "main", "ops": [
                    {"op": "let", "to": "n", "value": 3},
                    {"op": "repeat", "times": "n", "to": "k", "do": [
                      {"op": "recv", "ch": "nums", "to": "v"},
                      {"op": "if", "cond": "v == 0", "then": [{"op": "emit", "sink": "out", "value": "v"}],
                       "else": [{"op": "if", "cond": "v == 1", "then": [{"op": "emit", "sink": "out", "value": "-v"}],
                                 "else": [{"op": "emit", "sink": "out", "value": "v*10 + k"}]}]},
                      {"op": "let", "to": "n", "value": "n - 1"}
                    ]},
                    {"op": "emit", "sink": "out", "value": "k"},
                    {"op": "repeat", "times": 2, "do": [{"op": "once", "once": "flag", "do": [
                      {"op": "emit", "sink": "out", "value": 7},
                      {"op": "return"},
                      {"op": "emit", "sink": "out", "value": 8}
                    ]}]},
                    {"op": "let", "to": "w", "value": 0},
                    {"op": "while", "cond": "w < 2", "do": [{"op": "let", "to": "w", "value": "w + 1"}]},
                    {"op": "close", "ch": "quit"},
                    {"op": "return"},
                    {"op": "emit", "sink": "out", "value": "w"}
                  ]}
                ]}}
                """);
        LEVELS.put("names", """
                {"format": 1, "id": "names", "title": "Go's own words as names", "mode": "fix", "design": {"parts": [
                  {"id": "select", "type": "channel", "cap": 1},
                  {"id": "len", "type": "var", "init": 0},
                  {"id": "close", "type": "mutex"},
                  {"id": "ctx", "type": "context"},
                  {"id": "cancelCtx", "type": "var", "init": 0},
                  {"id": "work", "type": "waitgroup"},
                  {"id": "go", "type": "goroutine", "start": "spawn", "ops": [
                    {"op": "lock", "mu": "close"},
                    {"op": "read", "var": "len", "to": "fmt"},
                    {"op": "let", "to": "time", "value": "fmt + id"},
                    {"op": "write", "var": "len", "value": "time"},
                    {"op": "unlock", "mu": "close"},
                    {"op": "work", "ticks": 1},
                    {"op": "done", "wg": "work"}
                  ]},
                  {"id": "m", "type": "goroutine", "start": "main", "ops": [
                    {"op": "add", "wg": "work", "n": 2},
                    {"op": "repeat", "times": 2, "to": "id", "do": [{"op": "go", "g": "go", "args": {"id": "id"}}]},
                    {"op": "wait", "wg": "work"},
                    {"op": "send", "ch": "select", "value": 1},
                    {"op": "recv", "ch": "select", "to": "int"},
                    {"op": "write", "var": "cancelCtx", "value": "int"},
                    {"op": "cancel", "ctx": "ctx"}
                  ]}
                ]}}
                """);
        LEVELS.put("templates", """
                {"format": 1, "id": "templates", "title": "Goroutine templates", "mode": "fix", "design": {"parts": [
                  {"id": "results", "type": "channel", "cap": 8},
                  {"id": "wg", "type": "waitgroup"},
                  {"id": "total", "type": "var", "init": -3},
                  {"id": "log", "type": "sink"},
                  {"id": "errs", "type": "sink"},
                  {"id": "worker", "type": "goroutine", "start": "spawn", "ops": [
                    {"op": "if", "cond": "loud", "then": [{"op": "emit", "sink": "log", "value": "a*2 + b"}]},
                    {"op": "send", "ch": "results", "value": "a - -b"},
                    {"op": "done", "wg": "wg"}
                  ]},
                  {"id": "counter", "type": "goroutine", "start": "auto", "count": 3, "ops": [
                    {"op": "emit", "sink": "errs", "value": "id"}
                  ]},
                  {"id": "main", "type": "goroutine", "start": "main", "ops": [
                    {"op": "add", "wg": "wg", "n": 2},
                    {"op": "let", "to": "i", "value": 4},
                    {"op": "go", "g": "worker", "args": {"a": "i*2 + 1", "b": "i", "loud": "i > 3"}},
                    {"op": "go", "g": "worker", "args": {"a": 1}},
                    {"op": "wait", "wg": "wg"},
                    {"op": "sleep", "ticks": 3},
                    {"op": "select", "cases": [{"after": 1, "do": []}]},
                    {"op": "recv", "ch": "results", "to": "r"},
                    {"op": "inc", "var": "total", "n": "r"},
                    {"op": "inc", "var": "total", "n": -1},
                    {"op": "inc", "var": "total"}
                  ]}
                ]}}
                """);
        LEVELS.put("scopes", """
                {"format": 1, "id": "scopes", "title": "Where locals live", "mode": "fix", "design": {"parts": [
                  {"id": "ch", "type": "channel", "cap": 2},
                  {"id": "o", "type": "once"},
                  {"id": "total", "type": "var", "init": 0},
                  {"id": "n", "type": "atomic", "init": 0},
                  {"id": "out", "type": "sink"},
                  {"id": "main", "type": "goroutine", "start": "main", "ops": [
                    {"op": "send", "ch": "ch", "value": 1},
                    {"op": "send", "ch": "ch", "value": 2},
                    {"op": "close", "ch": "ch"},
                    {"op": "range", "ch": "ch", "to": "v", "do": [{"op": "emit", "sink": "out", "value": "v"}]},
                    {"op": "emit", "sink": "out", "value": "v"},
                    {"op": "let", "to": "x", "value": 5},
                    {"op": "let", "to": "x", "value": "x"},
                    {"op": "once", "once": "o", "do": [{"op": "emit", "sink": "out", "value": "x"}]},
                    {"op": "let", "to": "flag", "value": "x > 3"},
                    {"op": "while", "cond": true, "do": [
                      {"op": "if", "cond": "flag", "then": [{"op": "break"}]},
                      {"op": "let", "to": "flag", "value": true}
                    ]},
                    {"op": "select", "cases": [{"recv": "ch", "to": "w", "ok": "more",
                                                "do": [{"op": "emit", "sink": "out", "value": "w"}]}]},
                    {"op": "assert", "cond": "!more", "message": "ch is closed"},
                    {"op": "atomic.add", "var": "n", "n": "x", "to": "got"},
                    {"op": "emit", "sink": "out", "value": "got"},
                    {"op": "repeat", "times": "got - 3", "do": [{"op": "inc", "var": "total"}]}
                  ]}
                ]}}
                """);
    }

    /** The sample's level. */
    static Level level(String name) {
        return parse(name, LEVELS.get(name));
    }

    /** A level whose design is {@code parts} (a JSON array). */
    static Level design(String parts) {
        return parse("test", "{\"format\": 1, \"id\": \"test\", \"title\": \"Test\", \"mode\": \"fix\", "
                + "\"design\": {\"parts\": " + parts + "}}");
    }

    private static Level parse(String name, String json) {
        try {
            return LevelLoader.parse(name + ".level.json", json);
        } catch (LevelException e) {
            throw new IllegalArgumentException(name + ": " + e.problems(), e);
        }
    }
}
