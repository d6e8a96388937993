package org.interleave.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** The generator builds every construct issue 11 asks the oracle to cover, and only valid levels. */
class DesignGeneratorTest {
    static final int DESIGNS = 1500;

    /** Every op object anywhere in a level. */
    static List<JsonNode> ops(JsonNode n) {
        List<JsonNode> out = new ArrayList<>();
        walk(n, out);
        return out;
    }

    private static void walk(JsonNode n, List<JsonNode> out) {
        if (n.isObject() && n.has("op")) {
            out.add(n);
        }
        n.forEach(c -> walk(c, out));
    }

    static Predicate<JsonNode> anyOp(Predicate<JsonNode> p) {
        return level -> ops(level).stream().anyMatch(p);
    }

    static boolean emptyList(JsonNode op, String field) {
        return op.has(field) && op.get(field).isArray() && op.get(field).isEmpty();
    }

    static List<JsonNode> goroutines(JsonNode level) {
        List<JsonNode> out = new ArrayList<>();
        level.path("design").path("parts").forEach(p -> {
            if (p.path("type").asText().equals("goroutine")) {
                out.add(p);
            }
        });
        return out;
    }

    static Map<String, Predicate<JsonNode>> constructs() {
        Map<String, Predicate<JsonNode>> c = new LinkedHashMap<>();
        c.put("goroutine with no ops", l -> goroutines(l).stream().anyMatch(g -> g.path("ops").isEmpty()));
        c.put("empty if body", anyOp(o -> emptyList(o, "then")));
        c.put("empty loop/range/repeat/once body", anyOp(o -> emptyList(o, "do")));
        c.put("empty default", anyOp(o -> emptyList(o, "default")));
        c.put("empty select case body", anyOp(o -> o.path("cases").findValues("do").stream().anyMatch(JsonNode::isEmpty)));
        c.put("if without else", anyOp(o -> o.path("op").asText().equals("if") && !o.has("else")));
        c.put("select without default", anyOp(o -> o.path("op").asText().equals("select") && !o.has("default")));
        c.put("select with default", anyOp(o -> o.path("op").asText().equals("select") && o.has("default")));
        c.put("two select cases on one channel", anyOp(o -> {
            List<String> chans = new ArrayList<>();
            o.path("cases").forEach(k -> chans.add(k.path("recv").asText(k.path("send").asText(""))));
            return chans.stream().filter(s -> !s.isEmpty()).distinct().count() < chans.stream().filter(s -> !s.isEmpty()).count();
        }));
        c.put("senders of two templates on one channel", l -> {
            Map<String, Integer> templates = new LinkedHashMap<>();
            for (JsonNode g : goroutines(l)) {
                ops(g).stream().filter(o -> o.path("op").asText().equals("send")).map(o -> o.path("ch").asText()).distinct()
                        .forEach(ch -> templates.merge(ch, 1, Integer::sum));
            }
            return templates.values().stream().anyMatch(n -> n > 1);
        });
        c.put("receivers of two templates on one channel", l -> {
            Map<String, Integer> templates = new LinkedHashMap<>();
            for (JsonNode g : goroutines(l)) {
                ops(g).stream().filter(o -> o.path("op").asText().equals("recv")).map(o -> o.path("ch").asText()).distinct()
                        .forEach(ch -> templates.merge(ch, 1, Integer::sum));
            }
            return templates.values().stream().anyMatch(n -> n > 1);
        });
        for (String op : List.of("range", "while", "repeat", "loop", "break", "continue", "return", "once", "go",
                "rlock", "runlock", "atomic.add", "atomic.load", "atomic.store", "atomic.cas", "cancel", "sleep",
                "close", "inc", "assert", "wait", "done", "add", "emit")) {
            c.put("op " + op, anyOp(o -> o.path("op").asText().equals(op)));
        }
        c.put("lock and unlock of an rwmutex", anyOp(o -> o.path("op").asText().equals("lock") && o.path("mu").asText().equals("rw")));
        c.put("after case", anyOp(o -> !o.path("cases").findValues("after").isEmpty()));
        c.put("done case", anyOp(o -> !o.path("cases").findValues("done").isEmpty()));
        c.put("go with args", anyOp(o -> o.path("op").asText().equals("go") && o.has("args")));
        c.put("nil channel", l -> l.toString().contains("\"nil\":true"));
        c.put("context timeout", l -> l.toString().contains("\"timeout\":"));
        c.put("context parent", l -> l.toString().contains("\"parent\":"));
        c.put("counted goroutine", l -> l.toString().contains("\"count\":2"));
        c.put("output goal", l -> l.path("goal").has("output"));
        c.put("output goal in any order", l -> l.path("goal").path("output").path("order").asText().equals("any"));
        c.put("break level", l -> l.path("mode").asText().equals("break"));
        c.put("main without visible ops", l -> goroutines(l).stream().anyMatch(g -> g.path("start").asText().equals("main")
                && ops(g.path("ops")).stream().allMatch(o -> List.of("let", "work").contains(o.path("op").asText()))));
        return c;
    }

    /** Which kinds of resource part a level declares (not its goroutines, nor its sink). */
    static Set<String> declaredKinds(JsonNode level) {
        Set<String> kinds = new TreeSet<>();
        level.path("design").path("parts").forEach(p -> kinds.add(p.path("type").asText()));
        kinds.removeAll(List.of("goroutine", "sink"));
        return kinds;
    }

    /** Kinds whose state names a goroutine (a holder, a runner, a shadow's clocks): with none, keys reuse their resources' part. */
    static final Set<String> NAMING = Set.of("mutex", "rwmutex", "once", "var");

    /** The shape of parts a level declares, by the kinds of resource it has. */
    static Map<String, Predicate<JsonNode>> shapes() {
        Map<String, Predicate<JsonNode>> c = new LinkedHashMap<>();
        c.put("every kind", l -> declaredKinds(l).containsAll(List.of("channel", "mutex", "rwmutex", "waitgroup", "once",
                "var", "atomic")));
        c.put("only channels", l -> declaredKinds(l).equals(Set.of("channel")));
        c.put("only a mutex and a var", l -> declaredKinds(l).equals(Set.of("mutex", "var")));
        c.put("only an atomic", l -> declaredKinds(l).equals(Set.of("atomic")));
        c.put("no resource", l -> declaredKinds(l).isEmpty());
        c.put("no kind that names a goroutine", l -> resourcesNameNoGoroutine(l) && !declaredKinds(l).isEmpty());
        c.put("channels, a wait group, an atomic and contexts only", l -> declaredKinds(l).equals(
                Set.of("channel", "waitgroup", "atomic", "context")));
        c.put("a kind that names a goroutine, but not every kind", l -> !resourcesNameNoGoroutine(l)
                && !declaredKinds(l).containsAll(NAMING));
        c.put("no sink", l -> !l.toString().contains("\"sink\""));
        return c;
    }

    static boolean resourcesNameNoGoroutine(JsonNode level) {
        return declaredKinds(level).stream().noneMatch(NAMING::contains);
    }

    /** How many of {@code designs} levels drawn from {@code mix} (and loaded by the product) each predicate holds for. */
    static Map<String, Integer> count(Map<String, Predicate<JsonNode>> predicates, DesignShape.Mix mix, int designs,
                                      Predicate<JsonNode> among, long seed) {
        Map<String, Integer> seen = new LinkedHashMap<>();
        predicates.keySet().forEach(k -> seen.put(k, 0));
        Random random = new Random(seed);
        for (int i = 0; i < designs; i++) {
            String json = DesignGenerator.json(new Random(random.nextLong()), mix);
            JsonNode level = Shrinker.read(json);
            if (!among.test(level)) {
                continue;
            }
            OracleLevels.parse(json);
            predicates.forEach((k, p) -> {
                if (p.test(level)) {
                    seen.merge(k, 1, Integer::sum);
                }
            });
        }
        return seen;
    }

    static List<String> never(Map<String, Integer> seen) {
        return seen.entrySet().stream().filter(e -> e.getValue() == 0).map(Map.Entry::getKey).toList();
    }

    @Test
    void generator_buildsEveryConstruct() {
        Map<String, Integer> seen = count(constructs(), DesignShape.Mix.MIXED, DESIGNS, l -> true, 11);
        assertEquals(List.of(), never(seen), () -> "constructs never built in " + DESIGNS + " designs: " + seen);
    }

    /** The mix of issue 11's first generator, every kind of part in every design, is still there to draw (-Dinterleave.oracle.mix=full). */
    @Test
    void fullMix_declaresEveryKindInEveryDesign_andBuildsEveryConstruct() {
        Map<String, Integer> seen = count(constructs(), DesignShape.Mix.FULL, DESIGNS, l -> true, 11);
        assertEquals(List.of(), never(seen), () -> "constructs never built in " + DESIGNS + " designs: " + seen);
        Map<String, Integer> shapes = count(shapes(), DesignShape.Mix.FULL, DESIGNS, l -> true, 11);
        assertEquals(DESIGNS, shapes.get("every kind"), () -> "shapes of the full mix: " + shapes);
    }

    /** The mix declares every shape of parts, so the engine's paths that hang on which kinds a design has are all taken. */
    @Test
    void generator_buildsEveryShapeOfParts() {
        Map<String, Integer> seen = count(shapes(), DesignShape.Mix.MIXED, DESIGNS, l -> true, 13);
        assertEquals(List.of(), never(seen), () -> "shapes never built in " + DESIGNS + " designs: " + seen);
    }

    /**
     * Designs whose keys reuse their resources' part build every construct their kinds of part
     * allow (all but once, rwmutex read locks and var increments), so the reuse meets them all.
     */
    @Test
    void designsWhoseResourcesNameNoGoroutine_buildEveryConstructTheirPartsAllow() {
        Map<String, Predicate<JsonNode>> allowed = new LinkedHashMap<>(constructs());
        List.of("op once", "op rlock", "op runlock", "op inc", "lock and unlock of an rwmutex").forEach(allowed::remove);
        Map<String, Integer> seen = count(allowed, DesignShape.Mix.MIXED, DESIGNS, DesignGeneratorTest::resourcesNameNoGoroutine, 14);
        assertEquals(List.of(), never(seen), () -> "constructs never built in the designs whose resources name no goroutine: " + seen);
    }

    @Test
    void generatedDesigns_areSmallEnoughForPlainSearch() {
        Random random = new Random(12);
        int decided = 0;
        for (int i = 0; i < 200; i++) {
            OracleDesign d = OracleDesign.of(random.nextLong());
            if (new ReferenceExplorer(20_000).explore(d.level()).complete()) {
                decided++;
            }
        }
        assertTrue(decided >= 196, "the reference decides almost every design: " + decided + " of 200");
    }
}
