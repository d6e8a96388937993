package org.interleave.level;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.interleave.engine.OpText;
import org.interleave.engine.expr.Expr;
import org.interleave.engine.model.Design;
import org.interleave.engine.model.DesignValidator.Locus;
import org.interleave.engine.model.DesignValidator.Problem;
import org.interleave.engine.model.Op;
import org.interleave.engine.model.Part;

/**
 * What a level locks, and whether a design keeps it. A part with {@code "locked": true} stays as
 * it is (DESIGN §2); an op with {@code "locked": true} inside a goroutine the player edits stays
 * too: it cannot be removed, changed, or moved past another locked op, while the player adds,
 * removes and moves unlocked ops around it (and inside the bodies of locked ops). So a level can
 * give the costly work of a design ({@code work} ops, the loop that prints what the workers send)
 * and leave its shape to the player, who then cannot win by deleting the work or printing
 * constants.
 *
 * <p>A locked op sits only in locked ops: an op inside an unlocked {@code repeat} could be skipped
 * by changing the repeat, so a level must lock the ops around it too.
 */
public final class LockedOps {
    private LockedOps() {}

    /** Whether the level locks this op. */
    public static boolean locked(Op op) {
        return op.src() != null && op.src().locked();
    }

    /** Whether goroutine {@code g} holds a locked op anywhere (so its ops are the level's to keep). */
    public static boolean holdsLocked(Part.Goroutine g) {
        return anyLocked(g.ops());
    }

    private static boolean anyLocked(List<Op> ops) {
        for (Op op : ops) {
            if (locked(op) || bodies(op).stream().anyMatch(LockedOps::anyLocked)) {
                return true;
            }
        }
        return false;
    }

    /** The locked ops whose goroutine uses part {@code id} (a wire or a {@code go} of it). */
    public static List<String> lockedUsers(Design d, String id) {
        List<String> out = new ArrayList<>();
        for (Part.Goroutine g : d.goroutines()) {
            collectUsers(g, g.ops(), id, out);
        }
        return out;
    }

    private static void collectUsers(Part.Goroutine g, List<Op> ops, String id, List<String> out) {
        for (Op op : ops) {
            if (locked(op) && uses(op, id)) {
                out.add(g.id() + ": " + OpText.of(op));
            }
            bodies(op).forEach(b -> collectUsers(g, b, id, out));
        }
    }

    private static boolean uses(Op op, String id) {
        JsonNode o = DesignWriter.op(op);
        for (String field : List.of("ch", "mu", "wg", "once", "var", "ctx", "sink", "g")) {
            if (id.equals(o.path(field).asText(null))) {
                return true;
            }
        }
        for (JsonNode c : o.path("cases")) {
            for (String field : List.of("recv", "send", "done")) {
                if (id.equals(c.path(field).asText(null))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The player's sends to sealed parts: an op that is not locked, in a goroutine that is not
     * locked, that sends to a sealed channel (a send, or a select's send case) or prints on a
     * sealed sink. A level seals a part so that what arrives there comes from its own code. A sealed
     * part that relays ({@code "relay": true}) also takes a value the player's op passes on unchanged
     * from a sealed channel: a variable that every binding in its goroutine receives from one (so a
     * level can leave the plumbing between its stages to the player, but not the values).
     */
    public static List<Problem> sealedSends(Design d) {
        List<String> sealed = d.parts().stream().filter(p -> p.layout() != null && p.layout().sealed())
                .map(Part::id).toList();
        List<Problem> out = new ArrayList<>();
        if (sealed.isEmpty()) {
            return out;
        }
        List<String> relays = d.parts().stream().filter(p -> p.layout() != null && p.layout().sealed()
                && p.layout().relay()).map(Part::id).toList();
        for (Part.Goroutine g : d.goroutines()) {
            if (!lockedPart(g)) {
                sealedSends(d, g, g.ops(), sealed, relays, out);
            }
        }
        return out;
    }

    private static void sealedSends(Design d, Part.Goroutine g, List<Op> ops, List<String> sealed, List<String> relays,
                                    List<Problem> out) {
        for (Op op : ops) {
            if (!locked(op)) {
                List<Map.Entry<String, Expr>> sends = switch (op) {
                    case Op.Send s -> List.of(Map.entry(s.ch(), s.value()));
                    case Op.Emit e -> List.of(Map.entry(e.sink(), e.value()));
                    case Op.Select s -> s.cases().stream().filter(c -> c instanceof Op.SendCase)
                            .map(c -> Map.entry(((Op.SendCase) c).ch(), ((Op.SendCase) c).value())).toList();
                    default -> List.of();
                };
                for (Map.Entry<String, Expr> send : sends) {
                    String to = send.getKey();
                    if (!sealed.contains(to) || relays.contains(to) && passesOn(d, g, send.getValue(), sealed)) {
                        continue;
                    }
                    String field = op instanceof Op.Emit ? "sink" : op instanceof Op.Send ? "ch" : null;
                    out.add(new Problem(new Locus(g, op.src().path(), field, -1), g.id() + ": '" + OpText.of(op)
                            + "' sends to " + to + ", which the level seals: only the level's locked ops send there"
                            + (relays.contains(to) ? ", or yours passing on, unchanged, a value received from a sealed"
                            + " channel" : "")));
                    break;
                }
            }
            bodies(op).forEach(b -> sealedSends(d, g, b, sealed, relays, out));
        }
    }

    /**
     * Whether {@code value} is a variable of {@code g} that holds only values received from sealed
     * channels: every op of {@code g} that binds it is a receive from a sealed channel (its value,
     * not its {@code ok}), there is one at least, and no {@code go} passes it in as an argument.
     */
    static boolean passesOn(Design d, Part.Goroutine g, Expr value, List<String> sealed) {
        if (!(value instanceof Expr.Local local) || local.name().equals("id")) {
            return false;
        }
        String name = local.name();
        List<Boolean> bindings = new ArrayList<>();
        bindings(g.ops(), name, sealed, bindings);
        if (bindings.isEmpty() || bindings.contains(false)) {
            return false;
        }
        for (Part.Goroutine other : d.goroutines()) {
            if (passesArg(other.ops(), g.id(), name)) {
                return false;
            }
        }
        return true;
    }

    /** Each op binding {@code name}: true for a receive from a sealed channel into it, false for any other. */
    private static void bindings(List<Op> ops, String name, List<String> sealed, List<Boolean> out) {
        for (Op op : ops) {
            switch (op) {
                case Op.Recv r -> {
                    if (name.equals(r.to())) {
                        out.add(sealed.contains(r.ch()));
                    }
                    if (name.equals(r.ok())) {
                        out.add(false);
                    }
                }
                case Op.Range r -> {
                    if (name.equals(r.to())) {
                        out.add(sealed.contains(r.ch()));
                    }
                }
                case Op.Select s -> {
                    for (Op.Case c : s.cases()) {
                        if (c instanceof Op.RecvCase rc) {
                            if (name.equals(rc.to())) {
                                out.add(sealed.contains(rc.ch()));
                            }
                            if (name.equals(rc.ok())) {
                                out.add(false);
                            }
                        }
                    }
                }
                default -> {
                    JsonNode o = DesignWriter.op(op);
                    if (name.equals(o.path("to").asText(null))) {
                        out.add(false);
                    }
                }
            }
            bodies(op).forEach(b -> bindings(b, name, sealed, out));
        }
    }

    private static boolean passesArg(List<Op> ops, String g, String name) {
        for (Op op : ops) {
            if (op instanceof Op.Go go && go.g().equals(g) && go.args() != null && go.args().containsKey(name)) {
                return true;
            }
            if (bodies(op).stream().anyMatch(b -> passesArg(b, g, name))) {
                return true;
            }
        }
        return false;
    }

    /** The lists of ops an op holds, in order (a select's case bodies, then its default). */
    static List<List<Op>> bodies(Op op) {
        return switch (op) {
            case Op.Range r -> List.of(r.body());
            case Op.OnceDo o -> List.of(o.body());
            case Op.If i -> List.of(i.then(), i.otherwise());
            case Op.While w -> List.of(w.body());
            case Op.Repeat r -> List.of(r.body());
            case Op.Loop l -> List.of(l.body());
            case Op.Select s -> {
                List<List<Op>> out = new ArrayList<>();
                s.cases().forEach(c -> out.add(c.body()));
                if (s.hasDefault()) {
                    out.add(s.otherwise());
                }
                yield out;
            }
            default -> List.of();
        };
    }

    /** Locked ops inside unlocked ones: a design may only lock an op whose enclosing ops are locked. */
    static List<Problem> validate(Design d) {
        List<Problem> out = new ArrayList<>();
        for (Part.Goroutine g : d.goroutines()) {
            for (Op op : g.ops()) {
                unlockedAround(g, op, out);
            }
        }
        return out;
    }

    private static void unlockedAround(Part.Goroutine g, Op op, List<Problem> out) {
        for (List<Op> body : bodies(op)) {
            for (Op inner : body) {
                if (!locked(op) && locked(inner)) {
                    out.add(new Problem(new Locus(g, inner.src().path(), "locked", -1), "the op '"
                            + OpText.of(inner) + "' is locked, but the '" + op.kind() + "' around it is not: "
                            + "lock the ops around a locked op too, or the player could skip it"));
                }
                unlockedAround(g, inner, out);
            }
        }
    }

    /**
     * What in {@code design} breaks the locks of {@code start}, the level's starting design: a locked
     * part missing or changed (its place on the canvas aside), a goroutine with locked ops missing,
     * a locked op removed, changed or moved, an op marked locked that the level does not lock.
     * One problem per part, each naming the first thing that differs.
     */
    public static List<Problem> fit(Design start, Design design) {
        List<Problem> out = new ArrayList<>();
        for (Part p : start.parts()) {
            Optional<Part> now = design.part(p.id());
            if (lockedPart(p)) {
                if (now.isEmpty()) {
                    out.add(new Problem(new Locus(null, null, null, -1), "the locked part '" + p.id()
                            + "' is missing: a level's locked parts stay as they are"));
                } else if (!canonical(p).equals(canonical(now.get()))) {
                    out.add(new Problem(new Locus(now.get(), null, null, -1), "the locked part '" + p.id()
                            + "' was changed: a level's locked parts stay as they are"));
                }
            } else if (p instanceof Part.Goroutine g && holdsLocked(g)) {
                if (!(now.orElse(null) instanceof Part.Goroutine mine)) {
                    out.add(new Problem(new Locus(now.orElse(null), null, null, -1), "goroutine '" + g.id()
                            + "' holds ops the level locks, and is " + (now.isEmpty() ? "missing" : "no goroutine here")
                            + ": keep it, with its locked ops"));
                } else {
                    opsFit(g, mine).ifPresent(out::add);
                }
            }
        }
        for (Part.Goroutine g : design.goroutines()) {
            Part s = start.part(g.id()).orElse(null);
            boolean levelLocks = s instanceof Part.Goroutine sg && (lockedPart(sg) || holdsLocked(sg));
            if (!levelLocks && holdsLocked(g)) {
                Locked first = flatten(g.ops()).get(0);
                out.add(new Problem(new Locus(g, first.path(), "locked", -1), g.id() + ": the op '" + first.text()
                        + "' is marked locked, but the level locks no op of " + g.id()));
            }
        }
        return out;
    }

    /** The first difference between the locked ops of the level's goroutine and the design's. */
    private static Optional<Problem> opsFit(Part.Goroutine level, Part.Goroutine mine) {
        List<Locked> want = flatten(level.ops());
        List<Locked> have = flatten(mine.ops());
        for (int i = 0; i < Math.max(want.size(), have.size()); i++) {
            Locked w = i < want.size() ? want.get(i) : null;
            Locked h = i < have.size() ? have.get(i) : null;
            if (w != null && h != null && w.key().equals(h.key())) {
                continue;
            }
            if (w != null) {
                Locus at = new Locus(mine, h == null ? null : h.path(), null, -1);
                return Optional.of(new Problem(at, mine.id() + ": the locked op '" + w.text() + "' (" + w.path()
                        + " in the level) was removed, changed or moved: the level's locked ops stay as they are,"
                        + " in their order"));
            }
            return Optional.of(new Problem(new Locus(mine, h.path(), "locked", -1), mine.id() + ": the op '"
                    + h.text() + "' is marked locked, but the level locks no such op there"));
        }
        return Optional.empty();
    }

    /** One locked op: where it is, its Go text, and what must match (itself, and where it sits among the locked ops). */
    private record Locked(String path, String text, Key key) {}

    /** Where a locked op sits among the locked ops (its parent's index, which body) and its fields, compared as JSON trees. */
    private record Key(int parent, int list, JsonNode fields) {}

    /** The locked ops in order, each keyed by its fields and its place among the locked ops around it. */
    private static List<Locked> flatten(List<Op> ops) {
        List<Locked> out = new ArrayList<>();
        flatten(ops, -1, 0, out);
        return out;
    }

    private static void flatten(List<Op> ops, int parent, int list, List<Locked> out) {
        for (Op op : ops) {
            if (!locked(op)) {
                continue;  // unlocked ops hold no locked ops (validate), and are the player's
            }
            int self = out.size();
            ObjectNode o = DesignWriter.op(op);
            for (String body : List.of("do", "then", "else", "default")) {
                o.remove(body);
            }
            o.path("cases").forEach(c -> ((ObjectNode) c).remove("do"));
            out.add(new Locked(op.src().path(), OpText.of(op), new Key(parent, list, o)));
            List<List<Op>> bodies = bodies(op);
            for (int b = 0; b < bodies.size(); b++) {
                flatten(bodies.get(b), self, b, out);
            }
        }
    }

    private static boolean lockedPart(Part p) {
        return p.layout() != null && p.layout().locked();
    }

    /**
     * A part as written, without its place on the canvas and its own lock (a solution file need not
     * repeat {@code "locked": true} on a part it keeps as it is; it must keep {@code "sealed"}).
     */
    private static JsonNode canonical(Part p) {
        ObjectNode o = (ObjectNode) DesignWriter.write(new Design(List.of(p))).get("parts").get(0);
        o.remove(List.of("x", "y", "locked"));
        return o;
    }
}
