package org.interleave.app.level;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.interleave.engine.Finding;
import org.interleave.engine.Kind;
import org.interleave.engine.model.Design;
import org.interleave.engine.model.Goal;
import org.interleave.engine.model.Op;
import org.interleave.engine.model.Part;
import org.interleave.explore.Report;
import org.interleave.explore.TimedRun;

/**
 * What a level's goal asks, as a checklist (no race, no deadlock, no leak, no panic, the output,
 * the tick budget — or, in a break level, the outcome to reach), and how a verification's
 * report meets each item. Builds no nodes.
 */
public final class GoalChecklist {
    private GoalChecklist() {}

    /** How one item stands. Each has a symbol and a word, so colour is never the only signal. */
    public enum Status {
        UNCHECKED("○", "not checked yet"),
        MET("✓", "met"),
        FAILED("✗", "failed"),
        UNPROVEN("?", "not proven");

        private final String symbol;
        private final String word;

        Status(String symbol, String word) {
            this.symbol = symbol;
            this.word = word;
        }

        public String symbol() {
            return symbol;
        }

        public String word() {
            return word;
        }
    }

    /** What an item is about. */
    public enum Aspect { FORBID, REACH, TICKS }

    /**
     * One thing the goal asks: its label, its aspect and the finding kinds that decide it (the
     * kinds it forbids, or for a break level the kind to reach).
     */
    public record Item(String id, String label, Aspect aspect, Set<Kind> kinds) {
        public Item {
            kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
        }
    }

    /** An item with its status and a few words on why ("found in 3 steps", "in every interleaving"). */
    public record Result(Item item, Status status, String detail) {}

    /** The items of a goal for a design (an assert item when the design has asserts). */
    public static List<Item> items(Goal.Mode mode, Goal goal, Design design) {
        List<Item> out = new ArrayList<>();
        if (mode == Goal.Mode.BREAK && goal.reach() != null) {
            Kind reach = Kind.fromJson(goal.reach());
            out.add(new Item("reach", reachLabel(reach, goal), Aspect.REACH, Set.of(reach)));
            return out;
        }
        if (goal.noRace()) {
            out.add(new Item("no-race", "No data race", Aspect.FORBID, Set.of(Kind.RACE)));
        }
        if (goal.noDeadlock()) {
            out.add(new Item("no-deadlock", "No deadlock", Aspect.FORBID, Set.of(Kind.DEADLOCK, Kind.HANG)));
        }
        if (goal.noLeak()) {
            out.add(new Item("no-leak", "No goroutine leak", Aspect.FORBID, Set.of(Kind.LEAK)));
        }
        if (goal.noPanic()) {
            out.add(new Item("no-panic", "No panic", Aspect.FORBID, Set.of(Kind.PANIC)));
        }
        if (design != null && hasAssert(design)) {
            out.add(new Item("asserts", "Every assert holds", Aspect.FORBID, Set.of(Kind.ASSERT)));
        }
        if (goal.output() != null) {
            out.add(new Item("output", outputLabel(goal.output()), Aspect.FORBID, Set.of(Kind.OUTPUT)));
        }
        if (goal.maxTicks() > 0) {
            out.add(new Item("ticks", "Main returns within " + goal.maxTicks() + " ticks on " + goal.cores()
                    + " cores", Aspect.TICKS, Set.of()));
        }
        return out;
    }

    /** Every item unchecked. */
    public static List<Result> unchecked(List<Item> items) {
        return items.stream().map(i -> new Result(i, Status.UNCHECKED, "")).toList();
    }

    /** How a report (and, for a tick goal, a timed run; may be null) meets each item. */
    public static List<Result> evaluate(List<Item> items, Goal goal, Report report, TimedRun.Result run) {
        List<Result> out = new ArrayList<>();
        for (Item item : items) {
            out.add(switch (item.aspect()) {
                case FORBID -> forbid(item, report);
                case REACH -> reach(item, report);
                case TICKS -> ticks(item, goal, run);
            });
        }
        return out;
    }

    private static Result forbid(Item item, Report report) {
        List<Finding> found = found(item, report);
        if (!found.isEmpty()) {
            String what = found.size() == 1 ? "found" : "found " + found.size() + " times";
            return new Result(item, Status.FAILED, what + ": " + found.get(0).message());
        }
        if (report.exhaustive()) {
            return new Result(item, Status.MET, "in every interleaving");
        }
        return new Result(item, Status.UNPROVEN, "the search did not finish");
    }

    private static Result reach(Item item, Report report) {
        List<Finding> found = found(item, report);
        if (!found.isEmpty()) {
            return new Result(item, Status.MET, "possible: " + found.get(0).message());
        }
        if (report.exhaustive()) {
            return new Result(item, Status.FAILED, "impossible in every interleaving");
        }
        return new Result(item, Status.UNPROVEN, "the search did not finish");
    }

    private static Result ticks(Item item, Goal goal, TimedRun.Result run) {
        if (run == null) {
            return new Result(item, Status.UNCHECKED, "");
        }
        long at = run.mainReturnedAt();
        if (at < 0) {
            return new Result(item, Status.FAILED, "main never returned in the timed run");
        }
        return new Result(item, at <= goal.maxTicks() ? Status.MET : Status.FAILED, "main returned at tick " + at);
    }

    private static List<Finding> found(Item item, Report report) {
        return report.findings().stream().filter(f -> item.kinds().contains(f.kind())).toList();
    }

    private static String reachLabel(Kind reach, Goal goal) {
        return switch (reach) {
            case RACE -> "Make a data race happen";
            case DEADLOCK -> "Make it deadlock";
            case PANIC -> "Make it panic";
            case LEAK -> "Make a goroutine leak";
            case ASSERT -> "Make an assert fail";
            case HANG -> "Make main unable to return";
            case OUTPUT -> goal.output() == null ? "Make the output wrong"
                    : "Make it print anything but " + values(goal.output());
            case TICKS -> "Make main return after tick " + goal.maxTicks();
        };
    }

    private static String outputLabel(Goal.OutputGoal output) {
        return "Prints " + values(output) + (output.exactOrder() || output.expect().size() < 2 ? "" : " in any order");
    }

    private static String values(Goal.OutputGoal output) {
        return output.expect().isEmpty() ? "nothing"
                : output.expect().stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private static boolean hasAssert(Design design) {
        return design.goroutines().stream().map(Part.Goroutine::ops).anyMatch(GoalChecklist::hasAssert);
    }

    private static boolean hasAssert(List<Op> ops) {
        for (Op op : ops) {
            boolean nested = switch (op) {
                case Op.Assert a -> true;
                case Op.Range r -> hasAssert(r.body());
                case Op.While w -> hasAssert(w.body());
                case Op.Repeat r -> hasAssert(r.body());
                case Op.Loop l -> hasAssert(l.body());
                case Op.OnceDo o -> hasAssert(o.body());
                case Op.If i -> hasAssert(i.then()) || hasAssert(i.otherwise());
                case Op.Select s -> s.cases().stream().anyMatch(c -> hasAssert(c.body()))
                        || s.hasDefault() && hasAssert(s.otherwise());
                default -> false;
            };
            if (nested) {
                return true;
            }
        }
        return false;
    }
}
