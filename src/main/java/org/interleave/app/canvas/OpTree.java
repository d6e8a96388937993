package org.interleave.app.canvas;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.interleave.engine.model.Op;
import org.interleave.engine.model.Src;

/**
 * A goroutine's ops as a tree addressed by the paths of DESIGN's findings ({@code ops[2]},
 * {@code ops[3].do[0]}, {@code ops[1].cases[0].do[2]}, {@code ops[4].else[1]}): find, replace,
 * insert, remove and renumber, always returning new immutable lists.
 *
 * <p>A <em>list</em> is named by the path of the op that holds it and its field: the top list is
 * {@code ("", "ops")}, a range body {@code ("ops[2]", "do")}, a select case body
 * {@code ("ops[1]", "cases[0].do")}.
 */
final class OpTree {
    private static final Pattern SEGMENT = Pattern.compile("([a-z]+)\\[(\\d+)\\]");

    private OpTree() {}

    /** Where an op sits: its list (parent op path, "" for the top, and field) and its index. */
    record Place(String parent, String list, int index) {
        /** The path of the op at this place. */
        String path() {
            return (parent.isEmpty() ? "" : parent + ".") + list + "[" + index + "]";
        }
    }

    /** The place of the op at {@code path}. */
    static Place place(String path) {
        List<String[]> segs = segments(path);
        if (segs.isEmpty()) {
            throw new IllegalArgumentException("not an op path: " + path);
        }
        String[] last = segs.get(segs.size() - 1);
        int cut = path.lastIndexOf(last[0] + "[" + last[1] + "]");
        String before = cut == 0 ? "" : path.substring(0, cut - 1);
        String list = last[0];
        // a case body: ops[1].cases[0].do[2] -> parent ops[1], list cases[0].do
        if (before.endsWith("]") && segs.size() >= 2 && segs.get(segs.size() - 2)[0].equals("cases")) {
            String[] c = segs.get(segs.size() - 2);
            list = "cases[" + c[1] + "]." + list;
            int at = before.lastIndexOf("cases[" + c[1] + "]");
            before = at == 0 ? "" : before.substring(0, at - 1);
        }
        return new Place(before, list, Integer.parseInt(last[1]));
    }

    private static List<String[]> segments(String path) {
        List<String[]> out = new ArrayList<>();
        Matcher m = SEGMENT.matcher(path);
        while (m.find()) {
            out.add(new String[] {m.group(1), m.group(2)});
        }
        return out;
    }

    /** The op at {@code path}, or null. */
    static Op find(List<Op> top, String path) {
        Op[] found = new Op[1];
        walk(top, (p, op) -> {
            if (p.equals(path)) {
                found[0] = op;
            }
        });
        return found[0];
    }

    /** The list named by ({@code parent}, {@code list}), or null when there is none. */
    static List<Op> list(List<Op> top, String parent, String list) {
        if (parent.isEmpty()) {
            return list.equals("ops") ? top : null;
        }
        Op holder = find(top, parent);
        return holder == null ? null : children(holder, list);
    }

    /** Applies {@code change} to the list ({@code parent}, {@code list}); the rest stays. */
    static List<Op> changeList(List<Op> top, String parent, String list, UnaryOperator<List<Op>> change) {
        if (parent.isEmpty()) {
            return renumber(change.apply(top));
        }
        Op holder = find(top, parent);
        if (holder == null || children(holder, list) == null) {
            throw new IllegalArgumentException("no list " + list + " at " + parent);
        }
        return replace(top, parent, withChildren(holder, list, change.apply(children(holder, list))));
    }

    /** The tree with the op at {@code path} replaced. */
    static List<Op> replace(List<Op> top, String path, Op op) {
        Place at = place(path);
        return changeList(top, at.parent(), at.list(), l -> {
            List<Op> copy = new ArrayList<>(l);
            copy.set(at.index(), op);
            return copy;
        });
    }

    /** The tree with {@code op} inserted at {@code index} of a list. */
    static List<Op> insert(List<Op> top, String parent, String list, int index, Op op) {
        return changeList(top, parent, list, l -> {
            List<Op> copy = new ArrayList<>(l);
            copy.add(Math.max(0, Math.min(index, copy.size())), op);
            return copy;
        });
    }

    /** The tree without the op at {@code path}. */
    static List<Op> remove(List<Op> top, String path) {
        Place at = place(path);
        return changeList(top, at.parent(), at.list(), l -> {
            List<Op> copy = new ArrayList<>(l);
            copy.remove(at.index());
            return copy;
        });
    }

    /** The tree with the op at {@code path} moved to {@code index} of the same list. */
    static List<Op> move(List<Op> top, String path, int index) {
        Place at = place(path);
        return changeList(top, at.parent(), at.list(), l -> {
            List<Op> copy = new ArrayList<>(l);
            Op op = copy.remove(at.index());
            copy.add(Math.max(0, Math.min(index, copy.size())), op);
            return copy;
        });
    }

    /** Visits every op with its path, parents before their bodies, in order. */
    static void walk(List<Op> top, BiConsumer<String, Op> visit) {
        walk(top, "", "ops", visit);
    }

    private static void walk(List<Op> ops, String parent, String list, BiConsumer<String, Op> visit) {
        for (int i = 0; i < ops.size(); i++) {
            String path = new Place(parent, list, i).path();
            Op op = ops.get(i);
            visit.accept(path, op);
            for (String name : lists(op)) {
                walk(children(op, name), path, name, visit);
            }
        }
    }

    /** The names of the op lists an op holds ({@code do}, {@code then}, {@code cases[0].do}, ...). */
    static List<String> lists(Op op) {
        return switch (op) {
            case Op.Range r -> List.of("do");
            case Op.While w -> List.of("do");
            case Op.Repeat r -> List.of("do");
            case Op.Loop l -> List.of("do");
            case Op.OnceDo o -> List.of("do");
            case Op.If i -> List.of("then", "else");
            case Op.Select s -> {
                List<String> out = new ArrayList<>();
                for (int c = 0; c < s.cases().size(); c++) {
                    out.add("cases[" + c + "].do");
                }
                if (s.hasDefault()) {
                    out.add("default");
                }
                yield out;
            }
            default -> List.of();
        };
    }

    /** One of an op's lists, or null if it has no list of that name. */
    static List<Op> children(Op op, String list) {
        return switch (op) {
            case Op.Range r when list.equals("do") -> r.body();
            case Op.While w when list.equals("do") -> w.body();
            case Op.Repeat r when list.equals("do") -> r.body();
            case Op.Loop l when list.equals("do") -> l.body();
            case Op.OnceDo o when list.equals("do") -> o.body();
            case Op.If i when list.equals("then") -> i.then();
            case Op.If i when list.equals("else") -> i.otherwise();
            case Op.Select s when list.equals("default") -> s.otherwise();
            case Op.Select s when list.startsWith("cases[") -> {
                int c = caseIndex(list);
                yield c < s.cases().size() ? s.cases().get(c).body() : null;
            }
            default -> null;
        };
    }

    private static int caseIndex(String list) {
        return Integer.parseInt(list.substring("cases[".length(), list.indexOf(']')));
    }

    /** The op with one of its lists replaced. */
    static Op withChildren(Op op, String list, List<Op> body) {
        return switch (op) {
            case Op.Range r -> new Op.Range(r.src(), r.ch(), r.to(), body);
            case Op.While w -> new Op.While(w.src(), w.cond(), body);
            case Op.Repeat r -> new Op.Repeat(r.src(), r.times(), r.to(), body);
            case Op.Loop l -> new Op.Loop(l.src(), body);
            case Op.OnceDo o -> new Op.OnceDo(o.src(), o.once(), body);
            case Op.If i -> list.equals("then") ? new Op.If(i.src(), i.cond(), body, i.otherwise())
                    : new Op.If(i.src(), i.cond(), i.then(), body);
            case Op.Select s -> {
                if (list.equals("default")) {
                    yield new Op.Select(s.src(), s.cases(), body);
                }
                List<Op.Case> cases = new ArrayList<>(s.cases());
                int c = caseIndex(list);
                cases.set(c, withBody(cases.get(c), body));
                yield new Op.Select(s.src(), cases, s.otherwise());
            }
            default -> throw new IllegalArgumentException(op.kind() + " holds no ops");
        };
    }

    static Op.Case withBody(Op.Case c, List<Op> body) {
        return switch (c) {
            case Op.RecvCase r -> new Op.RecvCase(r.ch(), r.to(), r.ok(), body);
            case Op.SendCase s -> new Op.SendCase(s.ch(), s.value(), body);
            case Op.AfterCase a -> new Op.AfterCase(a.ticks(), body);
            case Op.DoneCase d -> new Op.DoneCase(d.ctx(), body);
        };
    }

    /** The ops with every {@link Src} set to the op's path, as the loader would number them. */
    static List<Op> renumber(List<Op> top) {
        return renumber(top, "", "ops");
    }

    private static List<Op> renumber(List<Op> ops, String parent, String list) {
        List<Op> out = new ArrayList<>(ops.size());
        for (int i = 0; i < ops.size(); i++) {
            String path = new Place(parent, list, i).path();
            Op op = ops.get(i);
            Op moved = op.src() != null && op.src().path().equals(path) ? op : op.withSrc(op.src() == null ? Src.of(path) : op.src().at(path));
            for (String name : lists(moved)) {
                moved = withChildren(moved, name, renumber(children(moved, name), path, name));
            }
            out.add(moved);
        }
        return out;
    }

    /** How many ops of each kind the tree holds, nested ones included. */
    static java.util.Map<String, Integer> kinds(List<Op> top) {
        java.util.Map<String, Integer> out = new java.util.HashMap<>();
        walk(top, (p, op) -> out.merge(op.kind(), 1, Integer::sum));
        return out;
    }
}
