package org.interleave.oracle;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.regex.Pattern;

/** The level JSON {@link DesignGenerator} writes: parts, ops, and a goroutine's body with its locals. */
final class DesignJson {
    private static final JsonNodeFactory J = JsonNodeFactory.instance;

    private DesignJson() {}

    /**
     * The ops of a goroutine, with its locals assigned first (a spawned goroutine gets {@code a}
     * from its {@code go}); nothing is assigned that the ops do not use.
     */
    static ArrayNode body(ArrayNode ops, boolean spawned) {
        String text = ops.toString();
        ArrayNode out = J.arrayNode();
        for (String local : List.of("v", "i")) {
            if (uses(text, local) || local.equals("v") && spawned) {
                out.add(op("let").put("to", local).put("value", local.equals("v") && spawned ? "a" : "0"));
            }
        }
        for (String local : List.of("ok", "b")) {
            if (uses(text, local)) {
                out.add(op("let").put("to", local).put("value", false));
            }
        }
        out.addAll(ops);
        return out;
    }

    /** Whether some string of the JSON (an expression or a local's name) mentions the local. */
    private static boolean uses(String text, String local) {
        return Pattern.compile("\"[^\"]*\\b" + local + "\\b[^\"]*\"").matcher(text).find();
    }

    /** Adds the part to the list if the design declares it. */
    static void addIf(ArrayNode parts, boolean declared, ObjectNode part) {
        if (declared) {
            parts.add(part);
        }
    }

    static ObjectNode part(String id, String type) {
        return J.objectNode().put("id", id).put("type", type);
    }

    static ObjectNode op(String name) {
        return J.objectNode().put("op", name);
    }
}
