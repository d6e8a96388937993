package org.interleave.oracle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Predicate;
import org.interleave.engine.model.Level;

/**
 * Shrinks a level on which the product and the reference disagree to a small one on which they
 * still disagree the same way: it deletes array elements (parts, ops, cases, expected values)
 * and optional fields, and replaces compound ops by their bodies, as long as the level stays
 * valid and the disagreement stays. Greedy, to a fixpoint.
 */
final class Shrinker {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> BODIES = List.of("do", "then", "else", "default");
    private static final int MAX_TRIES = 3000;

    private Shrinker() {}

    /** The shrunk design, printed as one line of JSON (the level without its boilerplate fields). */
    static String shrink(String json) {
        Level level = OracleLevels.parse(json);
        OracleComparison.Outcome o = OracleComparison.compare(level);
        String category = signature(o);
        JsonNode small = shrink(read(json), candidate -> {
            try {
                return category.equals(signature(OracleComparison.compare(OracleLevels.parse(candidate.toString()))));
            } catch (RuntimeException invalidOrBroken) {
                return false;
            }
        });
        ObjectNode out = MAPPER.createObjectNode();
        out.set("goal", small.get("goal"));
        if (small.has("mode") && !"fix".equals(small.get("mode").asText())) {
            out.set("mode", small.get("mode"));
        }
        out.set("parts", small.path("design").path("parts"));
        return out.toString();
    }

    private static String signature(OracleComparison.Outcome o) {
        if (!o.replayFailures().isEmpty()) {
            return "replay";
        }
        return o.decided() && !o.disagreements().isEmpty() ? OracleSoak.category(o) : "agree";
    }

    static JsonNode shrink(JsonNode root, Predicate<JsonNode> keeps) {
        JsonNode best = root;
        int tries = 0;
        boolean progress = true;
        while (progress && tries < MAX_TRIES) {
            progress = false;
            for (JsonNode c : candidates(best)) {
                if (++tries > MAX_TRIES) {
                    break;
                }
                if (keeps.test(c)) {
                    best = c;
                    progress = true;
                    break;
                }
            }
        }
        return best;
    }

    /** Every one-edit-smaller version of the tree. */
    static List<JsonNode> candidates(JsonNode root) {
        List<List<Object>> paths = new ArrayList<>();
        collect(root, new ArrayList<>(), paths);
        List<JsonNode> out = new ArrayList<>();
        for (List<Object> p : paths) {
            JsonNode node = at(root, p);
            if (node instanceof ArrayNode a) {
                for (int i = 0; i < a.size(); i++) {
                    JsonNode copy = root.deepCopy();
                    ((ArrayNode) at(copy, p)).remove(i);
                    out.add(copy);
                    if (a.get(i) instanceof ObjectNode op && op.has("op")) {
                        for (String body : BODIES) {
                            if (op.get(body) instanceof ArrayNode inner) {
                                JsonNode inl = root.deepCopy();
                                ArrayNode list = (ArrayNode) at(inl, p);
                                list.remove(i);
                                for (int k = inner.size() - 1; k >= 0; k--) {
                                    list.insert(i, inner.get(k).deepCopy());
                                }
                                out.add(inl);
                            }
                        }
                    }
                }
            } else if (node instanceof ObjectNode o) {
                for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
                    String f = it.next();
                    if (List.of("format", "id", "title", "mode", "design", "parts", "op", "type", "start").contains(f)) {
                        continue;
                    }
                    JsonNode copy = root.deepCopy();
                    ((ObjectNode) at(copy, p)).remove(f);
                    out.add(copy);
                }
            }
        }
        return out;
    }

    private static void collect(JsonNode n, List<Object> path, List<List<Object>> out) {
        if (n.isContainerNode()) {
            out.add(List.copyOf(path));
        }
        if (n instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                path.add(i);
                collect(a.get(i), path, out);
                path.removeLast();
            }
        } else if (n instanceof ObjectNode o) {
            for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                path.add(f);
                collect(o.get(f), path, out);
                path.removeLast();
            }
        }
    }

    private static JsonNode at(JsonNode root, List<Object> path) {
        JsonNode n = root;
        for (Object step : path) {
            n = step instanceof Integer i ? n.get(i) : n.get((String) step);
        }
        return n;
    }

    static JsonNode read(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
