package org.interleave.app.editor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The locks a level author sets on a design's JSON (DESIGN §2 and the README's "Locks"): a part's
 * {@code "locked"}, a channel's or sink's {@code "sealed"} and {@code "relay"}, and an op's {@code "locked"} inside a
 * goroutine the player edits. Setting one keeps the file valid where it can: locking an op locks the
 * ops around it too (a locked op sits only in locked ops), unlocking one unlocks the ops inside it,
 * sealing a part locks it (unsealing drops its {@code "relay"}), and letting it relay seals it. Works on Jackson trees, so the
 * editor's JSON keeps its other fields and their order.
 */
final class DesignLocks {
    private DesignLocks() {}

    /** One op of a goroutine the player edits: where it is, how deep, what it reads as, and whether it is locked. */
    record OpRow(String goroutine, String path, int depth, String text, boolean locked) {
        String id() {
            return "lock-op-" + goroutine + "-" + path.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", "");
        }
    }

    /**
     * One part: its id, whether it is locked, whether it can be sealed (a channel or a sink) and is,
     * and whether it relays.
     */
    record PartRow(String id, boolean locked, boolean sealable, boolean sealed, boolean relay) {}

    static List<PartRow> parts(JsonNode design) {
        List<PartRow> out = new ArrayList<>();
        for (JsonNode p : design.path("parts")) {
            if (p.path("id").isTextual()) {
                String type = p.path("type").asText("");
                out.add(new PartRow(p.get("id").asText(), p.path("locked").asBoolean(false),
                        type.equals("channel") || type.equals("sink"), p.path("sealed").asBoolean(false),
                        p.path("relay").asBoolean(false)));
            }
        }
        return out;
    }

    /** The ops of every goroutine that is not locked as a whole, in order, nested ones after their op. */
    static List<OpRow> ops(JsonNode design) {
        List<OpRow> out = new ArrayList<>();
        for (JsonNode p : design.path("parts")) {
            if (p.path("id").isTextual() && p.path("ops").isArray() && !p.path("locked").asBoolean(false)) {
                walk(p.get("id").asText(), p.get("ops"), "ops", 0, out);
            }
        }
        return out;
    }

    private static void walk(String g, JsonNode ops, String list, int depth, List<OpRow> out) {
        for (int i = 0; i < ops.size(); i++) {
            JsonNode op = ops.get(i);
            if (!op.isObject()) {
                continue;
            }
            String path = list + "[" + i + "]";
            out.add(new OpRow(g, path, depth, summary(op), op.path("locked").asBoolean(false)));
            for (Body b : bodies(op, path)) {
                walk(g, b.ops(), b.path(), depth + 1, out);
            }
        }
    }

    private record Body(String path, JsonNode ops) {}

    private static List<Body> bodies(JsonNode op, String path) {
        List<Body> out = new ArrayList<>();
        for (String field : List.of("do", "then", "else", "default")) {
            if (op.path(field).isArray()) {
                out.add(new Body(path + "." + field, op.get(field)));
            }
        }
        JsonNode cases = op.path("cases");
        for (int c = 0; c < cases.size(); c++) {
            if (cases.get(c).path("do").isArray()) {
                out.add(new Body(path + ".cases[" + c + "].do", cases.get(c).get("do")));
            }
        }
        return out;
    }

    /** An op as one short line: its kind and its other plain fields, e.g. {@code send ch=jobs value=j + 1}. */
    static String summary(JsonNode op) {
        StringBuilder s = new StringBuilder(op.path("op").asText("?"));
        op.fields().forEachRemaining(e -> {
            if (!List.of("op", "locked", "do", "then", "else", "default", "cases").contains(e.getKey())
                    && e.getValue().isValueNode()) {
                s.append(' ').append(e.getKey()).append('=').append(e.getValue().asText());
            }
        });
        return s.toString();
    }

    /** Sets or clears a part's {@code "locked"}; clearing it clears {@code "sealed"} and {@code "relay"} too. */
    static void setPartLocked(JsonNode design, String id, boolean locked) {
        ObjectNode p = part(design, id);
        if (p == null) {
            return;
        }
        if (locked) {
            p.put("locked", true);
        } else {
            p.remove(List.of("locked", "sealed", "relay"));
        }
    }

    /** Seals a channel or sink (locking it, as a sealed part must be), or unseals it. */
    static void setSealed(JsonNode design, String id, boolean sealed) {
        ObjectNode p = part(design, id);
        if (p == null) {
            return;
        }
        if (sealed) {
            p.put("locked", true);
            p.put("sealed", true);
        } else {
            p.remove(List.of("sealed", "relay"));
        }
    }

    /**
     * Lets a channel or sink relay (sealing and locking it, as a relaying part must be), or stops it
     * relaying (it stays sealed).
     */
    static void setRelay(JsonNode design, String id, boolean relay) {
        ObjectNode p = part(design, id);
        if (p == null) {
            return;
        }
        if (relay) {
            p.put("locked", true);
            p.put("sealed", true);
            p.put("relay", true);
        } else {
            p.remove("relay");
        }
    }

    /**
     * Locks or unlocks the op at {@code path} (as {@link OpRow#path()}) in goroutine {@code g}:
     * locking locks each op around it, unlocking unlocks each op inside it.
     */
    static void setOpLocked(JsonNode design, String g, String path, boolean locked) {
        ObjectNode p = part(design, g);
        if (p == null) {
            return;
        }
        List<ObjectNode> chain = chain(p, path);
        if (chain.isEmpty()) {
            return;
        }
        if (locked) {
            chain.forEach(op -> op.put("locked", true));
        } else {
            unlock(chain.get(chain.size() - 1));
        }
    }

    private static void unlock(JsonNode op) {
        if (op instanceof ObjectNode o) {
            o.remove("locked");
        }
        for (Body b : bodies(op, "")) {
            b.ops().forEach(DesignLocks::unlock);
        }
    }

    /** The ops from the goroutine's top level down to the one at {@code path}; empty if there is none. */
    private static List<ObjectNode> chain(ObjectNode goroutine, String path) {
        List<ObjectNode> out = new ArrayList<>();
        JsonNode at = goroutine;
        for (String step : path.split("\\.")) {
            int open = step.indexOf('[');
            if (open < 0) {
                return List.of();
            }
            String field = step.substring(0, open);
            int index = Integer.parseInt(step.substring(open + 1, step.length() - 1));
            JsonNode next = at.path(field);
            if (field.equals("cases")) {
                at = next.path(index);  // a case is no op: the op around it is already in the chain
                continue;
            }
            if (!(next instanceof ArrayNode a) || !(a.path(index) instanceof ObjectNode op)) {
                return List.of();
            }
            out.add(op);
            at = op;
        }
        return out;
    }

    private static ObjectNode part(JsonNode design, String id) {
        for (JsonNode p : design.path("parts")) {
            if (p instanceof ObjectNode o && id.equals(o.path("id").asText(null))) {
                return o;
            }
        }
        return null;
    }
}
