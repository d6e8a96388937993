package org.interleave.explore;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random designs with twins whose work differs: instances of one template (spawned by several
 * {@code go}s with different args, or started with {@code count} and told apart by {@code id}),
 * or two templates with the same ops started with different args. Each one's {@code work}
 * depends on that local, then it waits at one shared channel (a receive, a select with an
 * {@code after} or a context's done, or a send), so in a timed run one twin may still be busy
 * while the other waits, and a hand-off pairs with the one that waits: a pairing verify merges
 * away and a ticks schedule names ({@code main>w#1}). For {@link TicksReplayProperties}; no
 * loops, so every design is finite.
 */
final class TwinDesigns {
    private static final JsonNodeFactory J = JsonNodeFactory.instance;

    private final Random r;
    /** Whether the twins receive from c (main sends); else they send on c (main receives). */
    private final boolean twinsReceive;
    private final boolean context;

    private TwinDesigns(Random r) {
        this.r = r;
        this.twinsReceive = r.nextInt(4) != 0;
        this.context = r.nextInt(4) == 0;
    }

    /** The JSON text of one random level with twins (a {@code fix} level, an empty goal). */
    static String json(Random random) {
        return new TwinDesigns(random).level().toString();
    }

    private ObjectNode level() {
        ObjectNode level = J.objectNode();
        level.put("format", 1).put("id", "twins").put("title", "twins").put("mode", "fix");
        level.putObject("goal");
        ArrayNode parts = level.putObject("design").putArray("parts");
        parts.add(part("c", "channel").put("cap", r.nextInt(4) == 0 ? 1 : 0));
        parts.add(part("out", "sink"));
        parts.add(part("wg", "waitgroup"));
        if (context) {
            parts.add(part("ctx", "context").put("timeout", 1 + r.nextInt(12)));
        }
        int shape = r.nextInt(3);
        int instances = 2 + (r.nextInt(4) == 0 ? 1 : 0);
        ArrayNode mainOps = J.arrayNode();
        List<String> started = new ArrayList<>();
        switch (shape) {
            case 0 -> {
                // one template, spawned once per instance with its own arg
                parts.add(part("w", "goroutine").put("start", "spawn").set("ops", twin("a", true)));
                for (int k = 0; k < instances; k++) {
                    started.add("w");
                }
            }
            case 1 -> {
                // one template started with count, each instance told apart by id (no wait
                // group: main's Add would come too late for auto goroutines)
                parts.add(part("w", "goroutine").put("count", instances).set("ops", twin("id", false)));
            }
            default -> {
                // two templates with the same ops, spawned with different args
                ArrayNode ops = twin("a", true);
                parts.add(part("w", "goroutine").put("start", "spawn").set("ops", ops));
                parts.add(part("u", "goroutine").put("start", "spawn").set("ops", ops.deepCopy()));
                for (int k = 0; k < instances; k++) {
                    started.add(k % 2 == 0 ? "w" : "u");
                }
            }
        }
        if (!started.isEmpty()) {
            mainOps.add(op("add").put("wg", "wg").put("n", instances));
        }
        // Half the time the first started works longest (a = 0, then 1, 2), as an instance
        // numbered first that is still busy while a later one waits is what verify merges away.
        boolean firstSlowest = r.nextBoolean();
        for (int k = 0; k < started.size(); k++) {
            ObjectNode go = op("go").put("g", started.get(k));
            go.putObject("args").put("a", firstSlowest ? Math.min(k, 2) : r.nextInt(3));
            mainOps.add(go);
        }
        if (r.nextInt(4) == 0) {
            mainOps.add(op("work").put("ticks", 1 + r.nextInt(4)));
        }
        for (int k = 0; k < instances; k++) {
            mainOps.add(mainSide(k));
        }
        if (shape != 1 && r.nextBoolean()) {
            mainOps.add(op("wait").put("wg", "wg"));
        }
        parts.add(part("main", "goroutine").put("start", "main").set("ops", mainOps));
        return level;
    }

    /**
     * A twin's ops: work that depends on local (most for 0), maybe a visible op, its wait at c,
     * then (if done) Done.
     */
    private ArrayNode twin(String local, boolean done) {
        ArrayNode ops = J.arrayNode();
        switch (r.nextInt(3)) {
            case 0 -> ops.add(op("if").put("cond", local + " == 0").set("then", array(work())));
            case 1 -> ops.add(op("repeat").put("times", "2 - " + local).set("do", array(work())));
            default -> {
                ObjectNode branch = op("if").put("cond", local + " < 1");
                branch.set("then", array(work()));
                branch.set("else", array(work()));
                ops.add(branch);
            }
        }
        if (r.nextBoolean()) {
            ops.add(op("emit").put("sink", "out").put("value", local));
        }
        ops.add(twinsReceive ? twinReceive() : op("send").put("ch", "c").put("value", local));
        if (r.nextBoolean()) {
            ops.add(op("work").put("ticks", 1 + r.nextInt(3)));
        }
        if (done) {
            ops.add(op("done").put("wg", "wg"));
        }
        return ops;
    }

    private ObjectNode twinReceive() {
        int roll = r.nextInt(4);
        if (roll == 0 || roll == 1) {
            return op("recv").put("ch", "c");
        }
        ObjectNode sel = op("select");
        ArrayNode cases = sel.putArray("cases");
        cases.add(J.objectNode().put("recv", "c").set("do", array(op("emit").put("sink", "out").put("value", 1))));
        if (roll == 2 || !context) {
            cases.add(J.objectNode().put("after", 1 + r.nextInt(15)).set("do", J.arrayNode()));
        } else {
            cases.add(J.objectNode().put("done", "ctx").set("do", J.arrayNode()));
        }
        return sel;
    }

    /** Main's k-th exchange with the twins on c: a send or receive, or a select around it. */
    private ObjectNode mainSide(int k) {
        ObjectNode plain = twinsReceive ? op("send").put("ch", "c").put("value", k) : op("recv").put("ch", "c");
        if (r.nextInt(3) != 0) {
            return plain;
        }
        ObjectNode sel = op("select");
        ObjectNode exchange = twinsReceive ? J.objectNode().put("send", "c").put("value", k)
                : J.objectNode().put("recv", "c");
        ArrayNode cases = sel.putArray("cases");
        cases.add(exchange.set("do", J.arrayNode()));
        cases.add(J.objectNode().put("after", 1 + r.nextInt(10)).set("do", J.arrayNode()));
        return sel;
    }

    private ObjectNode work() {
        return op("work").put("ticks", 2 + r.nextInt(10));
    }

    private static ArrayNode array(ObjectNode o) {
        ArrayNode a = J.arrayNode();
        a.add(o);
        return a;
    }

    private static ObjectNode part(String id, String type) {
        return J.objectNode().put("id", id).put("type", type);
    }

    private static ObjectNode op(String name) {
        return J.objectNode().put("op", name);
    }
}
