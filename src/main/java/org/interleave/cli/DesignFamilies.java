package org.interleave.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scalable design families for benchmarks, written as level JSON so they go through the same
 * loader as every level: a worker pool, a mutex-guarded counter, dining philosophers with
 * ordered forks, and a pipeline.
 */
final class DesignFamilies {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private DesignFamilies() {}

    /** A family member: its name and its level file text. */
    record Member(String family, String size, String json) {}

    /**
     * W spawned workers ranging over an unbuffered jobs channel fed with J jobs; results go to
     * main, which sums them; a closer closes results after wg.Wait.
     */
    static Member workerPool(int workers, int jobs) {
        List<ObjectNode> main = new ArrayList<>();
        main.add(op("add").put("wg", "wg").put("n", workers));
        for (int i = 0; i < workers; i++) {
            main.add(op("go").put("g", "worker"));
        }
        main.add(op("go").put("g", "feeder"));
        main.add(op("go").put("g", "closer"));
        main.add(op("let").put("to", "sum").put("value", 0));
        main.add(loop(op("range").put("ch", "results").put("to", "r"), op("let").put("to", "sum").put("value", "sum + r")));
        main.add(op("emit").put("sink", "out").put("value", "sum"));
        List<ObjectNode> parts = List.of(
                channel("jobs"), channel("results"), part("wg", "waitgroup"), part("out", "sink"),
                goroutine("worker", "spawn",
                        loop(op("range").put("ch", "jobs").put("to", "j"),
                                op("send").put("ch", "results").put("value", "j * 2")),
                        op("done").put("wg", "wg")),
                goroutine("feeder", "spawn",
                        loop(op("repeat").put("times", jobs).put("to", "i"), op("send").put("ch", "jobs").put("value", "i")),
                        op("close").put("ch", "jobs")),
                goroutine("closer", "spawn", op("wait").put("wg", "wg"), op("close").put("ch", "results")),
                goroutine("main", "main", main.toArray(ObjectNode[]::new)));
        return member("pool", workers + "x" + jobs, parts, output((long) jobs * (jobs - 1)));
    }

    /** N spawned goroutines each increment a mutex-guarded counter; main waits and prints it. */
    static Member counter(int n) {
        List<ObjectNode> main = new ArrayList<>();
        main.add(op("add").put("wg", "wg").put("n", n));
        for (int i = 0; i < n; i++) {
            main.add(op("go").put("g", "inc"));
        }
        main.add(op("wait").put("wg", "wg"));
        main.add(op("read").put("var", "hits").put("to", "h"));
        main.add(op("emit").put("sink", "out").put("value", "h"));
        List<ObjectNode> parts = List.of(
                part("hits", "var").put("init", 0), part("mu", "mutex"), part("wg", "waitgroup"), part("out", "sink"),
                goroutine("inc", "spawn", op("lock").put("mu", "mu"), op("inc").put("var", "hits"),
                        op("unlock").put("mu", "mu"), op("done").put("wg", "wg")),
                goroutine("main", "main", main.toArray(ObjectNode[]::new)));
        return member("counter", Integer.toString(n), parts, output(n));
    }

    /** N philosophers, each taking the lower-numbered fork first (so no deadlock), eating once. */
    static Member philosophers(int n) {
        List<ObjectNode> parts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            parts.add(part("fork" + i, "mutex"));
        }
        parts.add(part("wg", "waitgroup"));
        List<ObjectNode> main = new ArrayList<>();
        main.add(op("add").put("wg", "wg").put("n", n));
        for (int i = 0; i < n; i++) {
            String a = "fork" + Math.min(i, (i + 1) % n);
            String b = "fork" + Math.max(i, (i + 1) % n);
            parts.add(goroutine("phil" + i, "spawn", op("lock").put("mu", a), op("lock").put("mu", b),
                    op("work").put("ticks", 3), op("unlock").put("mu", b), op("unlock").put("mu", a),
                    op("done").put("wg", "wg")));
            main.add(op("go").put("g", "phil" + i));
        }
        main.add(op("wait").put("wg", "wg"));
        parts.add(goroutine("main", "main", main.toArray(ObjectNode[]::new)));
        return member("philosophers", Integer.toString(n), parts, null);
    }

    /** K stages connected by unbuffered channels; main feeds 3 values and prints what comes out. */
    static Member pipeline(int k) {
        List<ObjectNode> parts = new ArrayList<>();
        for (int i = 0; i <= k; i++) {
            parts.add(channel("c" + i));
        }
        parts.add(part("out", "sink"));
        for (int i = 0; i < k; i++) {
            parts.add(goroutine("stage" + i, null,
                    loop(op("range").put("ch", "c" + i).put("to", "v"), op("send").put("ch", "c" + (i + 1)).put("value", "v + 1")),
                    op("close").put("ch", "c" + (i + 1))));
        }
        parts.add(goroutine("feeder", null,
                loop(op("repeat").put("times", 3).put("to", "i"), op("send").put("ch", "c0").put("value", "i")),
                op("close").put("ch", "c0")));
        parts.add(goroutine("main", "main",
                loop(op("range").put("ch", "c" + k).put("to", "v"), op("emit").put("sink", "out").put("value", "v"))));
        return member("pipeline", Integer.toString(k), parts, output(k, k + 1, k + 2));
    }

    private static ObjectNode op(String name) {
        return NODES.objectNode().put("op", name);
    }

    /** A {@code range} or {@code repeat} op with its body. */
    private static ObjectNode loop(ObjectNode head, ObjectNode... body) {
        ArrayNode ops = head.putArray("do");
        for (ObjectNode o : body) {
            ops.add(o);
        }
        return head;
    }

    private static ObjectNode part(String id, String type) {
        return NODES.objectNode().put("id", id).put("type", type);
    }

    private static ObjectNode channel(String id) {
        return part(id, "channel").put("cap", 0);
    }

    /** A goroutine part; {@code start} null leaves the loader's default. */
    private static ObjectNode goroutine(String id, String start, ObjectNode... ops) {
        ObjectNode g = part(id, "goroutine");
        if (start != null) {
            g.put("start", start);
        }
        ArrayNode list = g.putArray("ops");
        for (ObjectNode o : ops) {
            list.add(o);
        }
        return g;
    }

    /** The goal that the sink {@code out} prints exactly these values. */
    private static ObjectNode output(long... expect) {
        ObjectNode goal = NODES.objectNode();
        ObjectNode output = goal.putObject("output").put("sink", "out");
        ArrayNode values = output.putArray("expect");
        for (long v : expect) {
            values.add(v);
        }
        return goal;
    }

    private static Member member(String family, String size, List<ObjectNode> parts, ObjectNode goal) {
        ObjectNode level = NODES.objectNode().put("format", 1)
                .put("id", family + "-" + size.toLowerCase(Locale.ROOT))
                .put("title", family + " " + size).put("mode", "build");
        level.putObject("design").putArray("parts").addAll(parts);
        if (goal != null) {
            level.set("goal", goal);
        }
        try {
            return new Member(family, size, JSON.writeValueAsString(level));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
