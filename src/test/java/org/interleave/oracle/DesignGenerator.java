package org.interleave.oracle;

import static org.interleave.oracle.DesignJson.addIf;
import static org.interleave.oracle.DesignJson.body;
import static org.interleave.oracle.DesignJson.op;
import static org.interleave.oracle.DesignJson.part;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.interleave.engine.model.Level;

/**
 * Random small levels for the oracle, as level JSON loaded through the product's loader (so
 * every design is valid as a level file). They build every construct of DESIGN §3 the oracle
 * must cover: empty bodies everywhere, {@code if} without {@code else}, selects with and
 * without default and with two cases on one channel, several senders and receivers of different
 * templates on one channel, range, while, break/continue/return, after, context timeouts and
 * parents, nil channels, go with args, once, RWMutex, atomics, output goals, and a main without
 * visible ops. Loops that can run forever touch nothing that grows (no emit, add, inc or
 * atomic.add inside them, locals counted modulo 3), so every design has finitely many states.
 *
 * <p>Which kinds of part a design declares is its {@link DesignShape}: by default
 * ({@link DesignShape.Mix#MIXED}) half the designs declare every kind, as the generator always
 * did, and the other half only some: only channels (1 in 10), only a mutex and a var (1 in 10),
 * only an atomic (1 in 20), no resource at all (1 in 20), every kind whose state names no
 * goroutine, so that the engine's keys reuse their resources' part (channels, a wait group, an
 * atomic and contexts, 1 in 10), or each kind at even odds (1 in 10); the sink in half of those.
 * Ops use only the parts declared: with no channel a select's cases are {@code after} and
 * {@code done} and a forever-loop is left by an {@code if}; with no var a critical section holds
 * an atomic load or nothing. {@code -Dinterleave.oracle.mix=full} ({@code MIX=full} for
 * {@code scripts/oracle-soak.sh}) draws every design with every kind, the same designs from the
 * same seeds as before shapes.
 */
public final class DesignGenerator {
    private static final JsonNodeFactory J = JsonNodeFactory.instance;

    /** The mix of shapes {@link #json(Random)} draws from: {@code -Dinterleave.oracle.mix}. */
    static final DesignShape.Mix MIX = DesignShape.Mix.of(System.getProperty("interleave.oracle.mix"));

    private final Random r;
    private final DesignShape shape;
    private final boolean contexts;
    private final boolean nilChannel;

    private DesignGenerator(Random r, DesignShape.Mix mix) {
        this.r = r;
        this.shape = DesignShape.draw(r, mix);
        this.contexts = shape.contexts();
        this.nilChannel = shape.nil();
    }

    /** Random levels: a jqwik arbitrary over the generator (reproducible from jqwik's seed). */
    static Arbitrary<Level> levels() {
        return Arbitraries.randomValue(random -> OracleLevels.parse(json(random)));
    }

    /** The JSON text of one random level, of the mix {@link #MIX}. */
    public static String json(Random random) {
        return json(random, MIX);
    }

    /** The JSON text of one random level, its shape drawn from {@code mix}. */
    public static String json(Random random, DesignShape.Mix mix) {
        return new DesignGenerator(random, mix).level().toString();
    }

    /** Where an op is: what it may contain. */
    private record Ctx(boolean inLoop, boolean breakable, boolean forever, int depth) {
        Ctx deeper(boolean loop, boolean breakHere, boolean runsForever) {
            return new Ctx(inLoop || loop, breakHere || loop, forever || runsForever, depth - 1);
        }
    }

    // ------------------------------------------------------------------ the level

    private ObjectNode level() {
        ObjectNode level = J.objectNode();
        level.put("format", 1).put("id", "random").put("title", "random");
        boolean breakLevel = r.nextInt(10) == 0;
        level.put("mode", breakLevel ? "break" : "fix");
        ObjectNode goal = level.putObject("goal");
        if (breakLevel) {
            goal.put("reach", pick(ReferenceExplorer.KINDS.subList(0, 6)));
        }
        if (shape.sink() && r.nextInt(10) < 4) {
            ObjectNode out = goal.putObject("output");
            out.put("sink", "out");
            ArrayNode expect = out.putArray("expect");
            for (int i = r.nextInt(3); i > 0; i--) {
                expect.add(r.nextInt(3));
            }
            if (r.nextBoolean()) {
                out.put("order", r.nextBoolean() ? "exact" : "any");
            }
        }
        level.putObject("design").set("parts", parts());
        return level;
    }

    private ArrayNode parts() {
        ArrayNode parts = J.arrayNode();
        addIf(parts, shape.sink(), part("out", "sink"));
        if (shape.channels()) {
            parts.add(part("c0", "channel").put("cap", 0));
            parts.add(part("c1", "channel").put("cap", 1 + r.nextInt(2)));
        }
        addIf(parts, nilChannel, part("cn", "channel").put("nil", true));
        addIf(parts, shape.mutex(), part("mu", "mutex"));
        addIf(parts, shape.rwmutex(), part("rw", "rwmutex"));
        addIf(parts, shape.waitgroup(), part("wg", "waitgroup"));
        addIf(parts, shape.once(), part("o", "once"));
        addIf(parts, shape.var(), part("x", "var"));
        addIf(parts, shape.atomic(), part("n", "atomic"));
        if (contexts) {
            ObjectNode p = part("p", "context");
            if (r.nextBoolean()) {
                p.put("timeout", 5);
            }
            parts.add(p);
            ObjectNode k = part("k", "context").put("parent", "p");
            if (r.nextInt(3) == 0) {
                k.put("timeout", 2);
            }
            parts.add(k);
        }
        int roll = r.nextInt(20);
        int others = roll < 5 ? 0 : roll < 13 ? 1 : roll < 19 ? 2 : 3;
        List<String> spawns = new ArrayList<>();
        for (int j = 0; j < others; j++) {
            String id = "g" + j;
            ObjectNode g = part(id, "goroutine");
            boolean spawn = r.nextBoolean();
            if (spawn) {
                g.put("start", "spawn");
                spawns.add(id);
            } else if (r.nextInt(10) < 2) {
                g.put("count", 2);
            }
            g.set("ops", body(ops(new Ctx(false, false, false, 2), others > 1 ? 2 : 3), spawn));
            parts.add(g);
        }
        ObjectNode main = part("main", "goroutine").put("start", "main");
        ArrayNode mainOps = r.nextInt(12) == 0 ? invisibleOnly() : ops(new Ctx(false, false, false, 2), 3);
        for (String s : spawns) {
            for (int k = r.nextInt(3) == 0 ? 2 : 1; k > 0; k--) {
                ObjectNode go = op("go").put("g", s);
                if (r.nextBoolean()) {
                    go.putObject("args").put("a", r.nextInt(3));
                } else {
                    go.putObject("args").put("a", "v");
                }
                mainOps.insert(r.nextInt(mainOps.size() + 1), go);
            }
        }
        main.set("ops", body(mainOps, false));
        parts.add(main);
        return parts;
    }

    /** A main that does nothing visible. */
    private ArrayNode invisibleOnly() {
        ArrayNode a = J.arrayNode();
        if (r.nextBoolean()) {
            a.add(op("let").put("to", "v").put("value", 1));
        }
        if (r.nextBoolean()) {
            a.add(op("work").put("ticks", 1));
        }
        return a;
    }

    // ------------------------------------------------------------------ ops

    private ArrayNode ops(Ctx c, int max) {
        ArrayNode a = J.arrayNode();
        int n = r.nextInt(max + 1);
        for (int i = 0; i < n; i++) {
            a.addAll(snippet(c));
        }
        return a;
    }

    /** One op, or a short sequence that belongs together (a critical section). */
    private List<ObjectNode> snippet(Ctx c) {
        while (true) {
            int roll = r.nextInt(100);
            List<ObjectNode> s = roll < 60 ? simple(c, roll) : compound(c, roll);
            if (s != null) {
                return s;
            }
        }
    }

    private String chan() {
        int k = r.nextInt(nilChannel ? 9 : 8);
        return k < 4 ? "c0" : k < 8 ? "c1" : "cn";
    }

    private String value() {
        return r.nextInt(3) == 0 ? "v" : Integer.toString(r.nextInt(3));
    }

    private String cond() {
        return pick(List.of("v == 0", "v < 2", "v != 1", "ok", "!ok", "true", "false", "i > 0", "b || v == 1"));
    }

    private List<ObjectNode> simple(Ctx c, int roll) {
        ObjectNode o;
        if (!declares(roll)) {
            return null;
        }
        if (roll < 10) {
            o = op("send").put("ch", chan()).put("value", value());
        } else if (roll < 20) {
            o = op("recv").put("ch", chan());
            if (r.nextBoolean()) {
                o.put("to", "v");
            }
            if (r.nextInt(3) == 0) {
                o.put("ok", "ok");
            }
        } else if (roll < 23) {
            o = op("close").put("ch", chan());
        } else if (roll < 28) {
            String mu = !shape.mutex() ? "rw" : !shape.rwmutex() ? "mu" : r.nextInt(3) == 0 ? "rw" : "mu";
            if (r.nextInt(4) == 0) {
                return List.of(op(r.nextBoolean() ? "lock" : "unlock").put("mu", mu));
            }
            List<ObjectNode> cs = new ArrayList<>();
            cs.add(op("lock").put("mu", mu));
            cs.addAll(critical(c));
            cs.add(op("unlock").put("mu", mu));
            return cs;
        } else if (roll < 31) {
            if (r.nextInt(4) == 0) {
                return List.of(op(r.nextBoolean() ? "rlock" : "runlock").put("mu", "rw"));
            }
            List<ObjectNode> cs = new ArrayList<>();
            cs.add(op("rlock").put("mu", "rw"));
            cs.addAll(critical(c));
            cs.add(op("runlock").put("mu", "rw"));
            return cs;
        } else if (roll < 36) {
            int k = r.nextInt(3);
            if (k == 0) {
                if (c.forever()) {
                    return null;
                }
                o = op("add").put("wg", "wg").put("n", 1);
            } else {
                o = op(k == 1 ? "done" : "wait").put("wg", "wg");
            }
        } else if (roll < 42) {
            return varAccess(c);
        } else if (roll < 46) {
            int k = r.nextInt(4);
            if (k == 0) {
                if (c.forever()) {
                    return null;
                }
                o = op("atomic.add").put("var", "n").put("n", 1);
                if (r.nextBoolean()) {
                    o.put("to", "v");
                }
            } else if (k == 1) {
                o = op("atomic.load").put("var", "n").put("to", "v");
            } else if (k == 2) {
                o = op("atomic.store").put("var", "n").put("value", value());
            } else {
                o = op("atomic.cas").put("var", "n").put("old", 0).put("new", 1);
                if (r.nextBoolean()) {
                    o.put("to", "b");
                }
            }
        } else if (roll < 48) {
            if (!contexts) {
                return null;
            }
            o = op("cancel").put("ctx", r.nextBoolean() ? "p" : "k");
        } else if (roll < 50) {
            o = op("sleep").put("ticks", 1 + r.nextInt(3));
        } else if (roll < 55) {
            if (c.forever()) {
                return null;
            }
            o = op("emit").put("sink", "out").put("value", value());
        } else if (roll < 57) {
            o = op("let").put("to", "v").put("value", "(v + 1) % 3");
        } else if (roll < 58) {
            o = op("assert").put("cond", r.nextBoolean() ? "v < 2" : "v != 1").put("message", "v is small");
        } else {
            o = op("work").put("ticks", 1);
        }
        return List.of(o);
    }

    /** Whether the parts the simple op of this roll needs are declared (see {@link #simple}). */
    private boolean declares(int roll) {
        return roll < 23 ? shape.channels() : roll < 28 ? shape.mutex() || shape.rwmutex() : roll < 31 ? shape.rwmutex()
                : roll < 36 ? shape.waitgroup() : roll < 42 ? shape.var() : roll < 46 ? shape.atomic()
                : roll < 50 || roll >= 55 || shape.sink();
    }

    /** What a critical section does: an access to the var, or with no var an atomic load or nothing. */
    private List<ObjectNode> critical(Ctx c) {
        if (shape.var()) {
            return varAccess(c);
        }
        return shape.atomic() && r.nextBoolean() ? List.of(op("atomic.load").put("var", "n").put("to", "v")) : List.of();
    }

    private List<ObjectNode> varAccess(Ctx c) {
        int k = r.nextInt(3);
        if (k == 0) {
            return List.of(op("read").put("var", "x").put("to", "v"));
        }
        if (k == 1 || c.forever()) {
            return List.of(op("write").put("var", "x").put("value", value()));
        }
        return List.of(op("inc").put("var", "x"));
    }

    private List<ObjectNode> compound(Ctx c, int roll) {
        boolean deep = c.depth() > 0;
        if (roll < 70) {
            return deep ? List.of(select(c)) : null;
        }
        if (roll < 74) {
            if (!deep) {
                return null;
            }
            ObjectNode o = op("if").put("cond", cond());
            o.set("then", ops(c.deeper(false, false, false), 2));
            if (r.nextBoolean()) {
                o.set("else", ops(c.deeper(false, false, false), 2));
            }
            return List.of(o);
        }
        if (roll < 77) {
            if (!deep || !shape.once()) {
                return null;
            }
            ObjectNode o = op("once").put("once", "o");
            o.set("do", ops(new Ctx(false, false, c.forever(), c.depth() - 1), 2));
            return List.of(o);
        }
        if (roll < 80) {
            if (!deep) {
                return null;
            }
            ObjectNode o = op("repeat").put("times", 1 + r.nextInt(2));
            if (r.nextBoolean()) {
                o.put("to", "i");
            }
            o.set("do", ops(c.deeper(true, true, false), 2));
            return List.of(o);
        }
        if (roll < 83) {
            if (!deep) {
                return null;
            }
            ObjectNode w = op("while").put("cond", "i < 2");
            ArrayNode body = ops(c.deeper(true, true, false), 2);
            body.add(op("let").put("to", "i").put("value", "i + 1"));
            w.set("do", body);
            return List.of(op("let").put("to", "i").put("value", 0), w);
        }
        if (roll < 86) {
            if (!deep) {
                return null;
            }
            ObjectNode o = op("loop");
            ArrayNode body = ops(c.deeper(true, true, true), 2);
            if (r.nextInt(3) > 0) {
                // most forever-loops can be left: a select that can return or break
                body.add(exitSelect());
            }
            o.set("do", body);
            return List.of(o);
        }
        if (roll < 89) {
            if (!deep || !shape.channels()) {
                return null;
            }
            ObjectNode o = op("range").put("ch", chan());
            if (r.nextBoolean()) {
                o.put("to", "v");
            }
            o.set("do", ops(c.deeper(true, true, false), 2));
            return List.of(o);
        }
        if (roll < 93) {
            return c.breakable() ? List.of(op("break")) : null;
        }
        if (roll < 96) {
            return c.inLoop() ? List.of(op("continue")) : null;
        }
        return List.of(op("return"));
    }

    /**
     * A select that leaves its loop when a channel closes or a context is done (with neither
     * declared, an if on a local that leaves it).
     */
    private ObjectNode exitSelect() {
        if (!shape.channels() && !contexts) {
            ObjectNode o = op("if").put("cond", cond());
            o.putArray("then").add(op(r.nextBoolean() ? "return" : "break"));
            return o;
        }
        ObjectNode s = op("select");
        ArrayNode cases = s.putArray("cases");
        ObjectNode leave = J.objectNode();
        if (contexts && (!shape.channels() || r.nextBoolean())) {
            leave.put("done", r.nextBoolean() ? "p" : "k");
        } else {
            leave.put("recv", chan());
        }
        leave.putArray("do").add(op(r.nextBoolean() ? "return" : "break"));
        cases.add(leave);
        if (!shape.channels() || r.nextBoolean()) {
            s.putArray("default");
        } else {
            ObjectNode other = J.objectNode().put("send", chan()).put("value", value());
            other.putArray("do");
            cases.add(other);
        }
        return s;
    }

    private ObjectNode select(Ctx c) {
        ObjectNode s = op("select");
        ArrayNode cases = s.putArray("cases");
        int n = 1 + r.nextInt(3);
        String same = shape.channels() ? chan() : null;
        boolean twoOnOne = r.nextInt(3) == 0;
        for (int k = 0; k < n; k++) {
            ObjectNode cs = J.objectNode();
            int kind = shape.channels() ? r.nextInt(10) : 7 + r.nextInt(3);
            String ch = !shape.channels() ? null : twoOnOne ? same : chan();
            if (kind < 4) {
                cs.put("recv", ch);
                if (r.nextBoolean()) {
                    cs.put("to", "v");
                }
                if (r.nextInt(4) == 0) {
                    cs.put("ok", "ok");
                }
            } else if (kind < 7) {
                cs.put("send", ch).put("value", value());
            } else if (kind < 9 || !contexts) {
                cs.put("after", 1 + r.nextInt(3));
            } else {
                cs.put("done", r.nextBoolean() ? "p" : "k");
            }
            cs.set("do", ops(c.deeper(false, true, false), 2));
            cases.add(cs);
        }
        if (r.nextInt(10) < 4) {
            s.set("default", ops(c.deeper(false, true, false), 1));
        }
        return s;
    }

    private <T> T pick(List<T> xs) {
        return xs.get(r.nextInt(xs.size()));
    }
}
