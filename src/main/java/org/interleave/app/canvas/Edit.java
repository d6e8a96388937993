package org.interleave.app.canvas;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.interleave.engine.OpText;
import org.interleave.engine.model.Design;
import org.interleave.engine.model.DesignValidator;
import org.interleave.engine.model.Layout;
import org.interleave.engine.model.Op;
import org.interleave.engine.model.Part;
import org.interleave.level.LockedOps;
import org.interleave.level.PresetSpec;
import org.interleave.playback.OpWords;

/**
 * One change to a design, as a command: it makes the new design from the old one, or is refused
 * with a one-line reason. Designs are immutable, so undo is the design before.
 */
public sealed interface Edit {
    /** What the edit does, for "Undo: …". */
    String label();

    /** The design after this edit, under the level's rules. */
    Design apply(Design d, LevelRules rules) throws Refused;

    /** Adds a new part of a palette type (a part type or a preset name) at a canvas position. */
    record AddPart(String type, double x, double y) implements Edit {
        public String label() { return "add a " + type; }

        public Design apply(Design d, LevelRules rules) throws Refused {
            rules.checkEditable();
            if (rules.partsLeft(type, d) <= 0) {
                throw new Refused(rules.palette().getOrDefault(type, 0) == 0
                        ? "This level's palette offers no " + type
                        : "No " + type + " left in the palette (this level offers " + rules.palette().get(type) + ")");
            }
            List<Part> parts = new ArrayList<>(d.parts());
            parts.add(Parts.fresh(type, d, new Layout(x, y, false)));
            return new Design(parts);
        }
    }

    /** Moves a part on the canvas. */
    record MovePart(String id, double x, double y) implements Edit {
        public String label() { return "move " + id; }

        public Design apply(Design d, LevelRules rules) throws Refused {
            rules.checkEditable();
            Part p = Parts.unlocked(d, id, "moved");
            return Parts.replace(d, p, p.withLayout(new Layout(x, y, false)));
        }
    }

    /** Removes a part that nothing uses. */
    record DeletePart(String id) implements Edit {
        public String label() { return "delete " + id; }

        public Design apply(Design d, LevelRules rules) throws Refused {
            rules.checkEditable();
            Part p = Parts.unlocked(d, id, "deleted");
            List<String> users = Parts.users(d, id);
            if (!users.isEmpty()) {
                throw new Refused(id + " is still used by " + String.join(", ", users) + ": rewire or remove those first");
            }
            List<Part> parts = new ArrayList<>(d.parts());
            parts.remove(p);
            return new Design(parts);
        }
    }

    /** Renames a part, and every reference to it. */
    record RenamePart(String id, String newId) implements Edit {
        public String label() { return "rename " + id + " to " + newId; }

        public Design apply(Design d, LevelRules rules) throws Refused {
            rules.checkEditable();
            Part p = Parts.unlocked(d, id, "renamed");
            if (p instanceof Part.Goroutine g && LockedOps.holdsLocked(g)) {
                throw new Refused(id + " holds ops this level locks: it keeps its name");
            }
            List<String> lockedUsers = LockedOps.lockedUsers(d, id);
            if (!lockedUsers.isEmpty()) {
                throw new Refused(id + " is used by a locked op (" + lockedUsers.get(0) + "): it keeps its name");
            }
            if (newId == null || !DesignValidator.PART_ID.matcher(newId).matches()) {
                throw new Refused("'" + newId + "' is not a name: use letters, digits and _, not starting with a digit");
            }
            if (!newId.equals(id) && d.part(newId).isPresent()) {
                throw new Refused("There is already a part called " + newId);
            }
            return Parts.rename(d, id, newId);
        }
    }

    /** Replaces a part's own settings (a channel's capacity, a goroutine's start and count, ...). */
    record SetPart(Part part) implements Edit {
        public String label() { return "change " + part.id(); }

        public Design apply(Design d, LevelRules rules) throws Refused {
            rules.checkEditable();
            Part old = Parts.unlocked(d, part.id(), "changed");
            if (old.getClass() != part.getClass()) {
                throw new Refused(part.id() + " is " + Need.describe(old) + " and stays one");
            }
            if (part instanceof Part.Goroutine g && !Objects.equals(((Part.Goroutine) old).ops(), g.ops())) {
                throw new Refused("Change ops one at a time, not with the goroutine's settings");
            }
            return Parts.replace(d, old, part.withLayout(old.layout()));
        }
    }

    /** Points an op's reference ({@code field}: {@code ch}, {@code mu}, {@code cases[1]}, ...) at a part. */
    record Wire(String goroutine, String path, String field, String target) implements Edit {
        public String label() { return "wire " + path + " of " + goroutine + " to " + target; }

        public Design apply(Design d, LevelRules rules) throws Refused {
            rules.checkEditable();
            Part.Goroutine g = Parts.goroutine(d, goroutine);
            Op op = Parts.op(g, path);
            OpFields.Ref ref = OpFields.refs(op).stream().filter(r -> r.field().equals(field)).findFirst()
                    .orElseThrow(() -> new Refused(OpText.of(op) + " uses no part"));
            Part t = d.part(target).orElseThrow(() -> new Refused("There is no part called " + target));
            if (!ref.need().accepts(t)) {
                throw new Refused(OpWords.noun(op) + " needs " + ref.need().phrase + ": " + target + " is "
                        + Need.describe(t));
            }
            Parts.checkUnlocked(g, "rewired");
            Parts.checkOpUnlocked(op, "rewired");
            var spec = PresetSpec.of(g);
            if (spec.isPresent()) {
                return Parts.replace(d, g, Parts.withOps(g, PresetWires.rewire(spec.get(), op, target).lower()));
            }
            return Parts.replace(d, g, Parts.withOps(g, OpTree.replace(g.ops(), path, OpFields.withRef(op, field, target))));
        }
    }

    /** Inserts a new op of a kind into one of a goroutine's op lists. */
    record InsertOp(String goroutine, String parent, String list, int index, String kind) implements Edit {
        public String label() { return "insert " + kind + " into " + goroutine; }

        public Design apply(Design d, LevelRules rules) throws Refused {
            rules.checkEditable();
            Part.Goroutine g = Parts.editableOps(d, goroutine);
            if (!rules.opAllowed(kind, d, goroutine)) {
                throw new Refused(rules.ops().isEmpty() ? "This level offers no ops to add"
                        : "This level's palette does not offer " + kind + " (it offers " + String.join(", ", rules.ops()) + ")");
            }
            if (OpTree.list(g.ops(), parent, list) == null) {
                throw new Refused("There is no place " + list + " at " + parent);
            }
            Op op = OpFields.fresh(kind, d);
            return Parts.replace(d, g, Parts.withOps(g, OpTree.insert(g.ops(), parent, list, index, op)));
        }
    }

    /** Moves an op to another index of its own list. */
    record MoveOp(String goroutine, String path, int index) implements Edit {
        public String label() { return "move an op of " + goroutine; }

        public Design apply(Design d, LevelRules rules) throws Refused {
            rules.checkEditable();
            Part.Goroutine g = Parts.editableOps(d, goroutine);
            Parts.checkOpUnlocked(Parts.op(g, path), "moved");
            return Parts.replace(d, g, Parts.withOps(g, OpTree.move(g.ops(), path, index)));
        }
    }

    /** Removes an op (and the ops inside it). */
    record RemoveOp(String goroutine, String path) implements Edit {
        public String label() { return "remove an op of " + goroutine; }

        public Design apply(Design d, LevelRules rules) throws Refused {
            rules.checkEditable();
            Part.Goroutine g = Parts.editableOps(d, goroutine);
            Parts.checkOpUnlocked(Parts.op(g, path), "removed");
            return Parts.replace(d, g, Parts.withOps(g, OpTree.remove(g.ops(), path)));
        }
    }

    /** Sets a typed field of an op (a value, a local, ticks) from the player's text. */
    record SetOpField(String goroutine, String path, String field, String text) implements Edit {
        public String label() { return "set " + field + " of " + path + " in " + goroutine; }

        public Design apply(Design d, LevelRules rules) throws Refused {
            rules.checkEditable();
            Part.Goroutine g = Parts.editableOps(d, goroutine);
            Op op = Parts.op(g, path);
            Parts.checkOpUnlocked(op, "changed");
            return Parts.replace(d, g, Parts.withOps(g, OpTree.replace(g.ops(), path, OpFields.withField(op, field, text))));
        }
    }

    /** Configures a preset goroutine's fields (values, work, close, wiring). */
    record ConfigurePreset(String goroutine, PresetSpec spec) implements Edit {
        public String label() { return "configure " + goroutine; }

        public Design apply(Design d, LevelRules rules) throws Refused {
            rules.checkEditable();
            Part.Goroutine g = Parts.goroutine(d, goroutine);
            Parts.checkUnlocked(g, "changed");
            PresetSpec now = PresetSpec.of(g).orElseThrow(() -> new Refused(goroutine + " is not a preset"));
            if (!now.type().equals(spec.type())) {
                throw new Refused(goroutine + " is a " + now.type() + " and stays one");
            }
            PresetWires.check(spec, d);
            return Parts.replace(d, g, Parts.withOps(g, spec.lower()));
        }
    }

    /** Opens a preset into the plain ops it stands for, so they can be edited one by one. */
    record OpenPreset(String goroutine) implements Edit {
        public String label() { return "open " + goroutine + " into ops"; }

        public Design apply(Design d, LevelRules rules) throws Refused {
            rules.checkEditable();
            Part.Goroutine g = Parts.goroutine(d, goroutine);
            Parts.checkUnlocked(g, "opened");
            if (g.preset() == null) {
                throw new Refused(goroutine + " is not a preset");
            }
            if (!rules.presetsOpen()) {
                throw new Refused("This level keeps presets closed: set their fields instead");
            }
            return Parts.replace(d, g, new Part.Goroutine(g.id(), g.start(), g.count(), g.ops(), null, g.layout()));
        }
    }

    /** Puts a whole design back (the level's starting design): undone like any other edit. */
    record Reset(Design to) implements Edit {
        public String label() { return "start over"; }

        public Design apply(Design d, LevelRules rules) throws Refused {
            rules.checkEditable();
            return Parts.normalized(to);
        }
    }

    /**
     * Adds a case to a select: {@code recv} or {@code send} on the design's first channel,
     * {@code after} one tick, {@code done} of the first context, or the {@code default} branch.
     */
    record AddCase(String goroutine, String path, String kind) implements Edit {
        public String label() { return "add a " + kind + " case to " + goroutine; }

        public Design apply(Design d, LevelRules rules) throws Refused {
            rules.checkEditable();
            Part.Goroutine g = Parts.editableOps(d, goroutine);
            if (!(Parts.op(g, path) instanceof Op.Select s)) {
                throw new Refused("Cases belong to a select");
            }
            Parts.checkOpUnlocked(s, "changed");
            List<Op.Case> cases = new ArrayList<>(s.cases());
            List<Op> otherwise = s.otherwise();
            switch (kind) {
                case "recv" -> cases.add(new Op.RecvCase(first(d, Need.CHANNEL, "A recv case"), null, null, List.of()));
                case "send" -> cases.add(new Op.SendCase(first(d, Need.CHANNEL, "A send case"),
                        org.interleave.engine.expr.Expr.of(1), List.of()));
                case "after" -> cases.add(new Op.AfterCase(1, List.of()));
                case "done" -> cases.add(new Op.DoneCase(first(d, Need.CONTEXT, "A done case"), List.of()));
                case "default" -> {
                    if (otherwise != null) {
                        throw new Refused("This select already has a default");
                    }
                    otherwise = List.of();
                }
                default -> throw new Refused("There is no " + kind + " case");
            }
            return Parts.replace(d, g, Parts.withOps(g, OpTree.replace(g.ops(), path, new Op.Select(s.src(), cases, otherwise))));
        }

        private static String first(Design d, Need need, String what) throws Refused {
            return d.parts().stream().filter(need::accepts).map(Part::id).findFirst()
                    .orElseThrow(() -> new Refused(what + " needs " + need.phrase + ", and the design has none yet"));
        }
    }

    /** Removes case {@code index} of a select (or its default, with index -1), with the ops in it. */
    record RemoveCase(String goroutine, String path, int index) implements Edit {
        public String label() { return "remove a case of " + goroutine; }

        public Design apply(Design d, LevelRules rules) throws Refused {
            rules.checkEditable();
            Part.Goroutine g = Parts.editableOps(d, goroutine);
            if (!(Parts.op(g, path) instanceof Op.Select s)) {
                throw new Refused("Cases belong to a select");
            }
            Parts.checkOpUnlocked(s, "changed");
            List<Op.Case> cases = new ArrayList<>(s.cases());
            List<Op> otherwise = s.otherwise();
            if (index < 0) {
                otherwise = null;
            } else if (index < cases.size()) {
                cases.remove(index);
            } else {
                throw new Refused("This select has no case " + index);
            }
            if (cases.isEmpty() && otherwise == null) {
                throw new Refused("A select keeps at least one case (remove the select instead)");
            }
            return Parts.replace(d, g, Parts.withOps(g, OpTree.replace(g.ops(), path, new Op.Select(s.src(), cases, otherwise))));
        }
    }

    /** Sets an argument of a {@code go} op ({@code text} blank removes it). */
    record SetGoArg(String goroutine, String path, String name, String text) implements Edit {
        public String label() { return "set argument " + name + " of " + goroutine; }

        public Design apply(Design d, LevelRules rules) throws Refused {
            rules.checkEditable();
            Part.Goroutine g = Parts.editableOps(d, goroutine);
            if (!(Parts.op(g, path) instanceof Op.Go o)) {
                throw new Refused("Arguments belong to a go op");
            }
            Parts.checkOpUnlocked(o, "changed");
            if (name == null || !name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                throw new Refused("'" + name + "' is not a name for an argument: use letters, digits and _");
            }
            java.util.Map<String, org.interleave.engine.expr.Expr> args = new java.util.LinkedHashMap<>(o.args());
            if (text == null || text.isBlank()) {
                args.remove(name);
            } else {
                args.put(name, org.interleave.engine.expr.Expr.of(0));
                Op withArg = OpFields.withField(new Op.Go(o.src(), o.g(), args), "args." + name, text);
                return Parts.replace(d, g, Parts.withOps(g, OpTree.replace(g.ops(), path, withArg)));
            }
            return Parts.replace(d, g, Parts.withOps(g, OpTree.replace(g.ops(), path, new Op.Go(o.src(), o.g(), args))));
        }
    }
}
