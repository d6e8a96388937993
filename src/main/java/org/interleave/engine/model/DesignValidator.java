package org.interleave.engine.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.interleave.engine.expr.ValueType;

/**
 * Checks what a design means, not how it was written: part references and their types, one main
 * goroutine, context parents, loops around {@code break}/{@code continue}, and the locals and
 * types of expressions. Shared by the level loader (which maps each {@link Locus} to a file
 * position) and the editor (which highlights the part or op).
 *
 * <p>Null fields in ops and parts are taken to be mistakes the caller has already reported, and
 * {@link Gaps} names what the caller could not load, so one mistake yields one problem.
 */
public final class DesignValidator {
    /** Part ids, as in DESIGN §3. */
    public static final Pattern PART_ID = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /**
     * Where a problem is: a part ({@code path} null), or an op or select case of a goroutine at
     * {@code path} (the op's {@link Src#path()}, or {@code ops[3].cases[1]}); {@code field} is the
     * field name (null = the object itself; {@code args.x} for a {@code go} argument);
     * {@code offset} is the 0-based offset in an expression string, or -1. {@code part} is null
     * for problems of the whole design.
     */
    public record Locus(Part part, String path, String field, int offset) {}

    /** One mistake in a design. */
    public record Problem(Locus where, String message) {}

    /**
     * What the caller could not load: ids of parts that exist but did not load (references to
     * them are not reported), whether a part that did not load may have been the main goroutine,
     * and goroutines some of whose ops did not load (their undefined locals are not reported).
     */
    public record Gaps(Set<String> brokenParts, boolean mainUnknown, Set<String> incompleteGoroutines) {
        public static final Gaps NONE = new Gaps(Set.of(), false, Set.of());

        public Gaps {
            brokenParts = Set.copyOf(brokenParts);
            incompleteGoroutines = Set.copyOf(incompleteGoroutines);
        }
    }

    private final Design design;
    private final Gaps gaps;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Part> byId = new LinkedHashMap<>();
    private DesignLocals locals;

    private DesignValidator(Design design, Gaps gaps) {
        this.design = design;
        this.gaps = gaps;
    }

    /** The problems of a design built in code or in the editor. */
    public static List<Problem> validate(Design design) {
        return validate(design, Gaps.NONE);
    }

    /** The problems of a design, leaving out consequences of what {@code gaps} names. */
    public static List<Problem> validate(Design design, Gaps gaps) {
        DesignValidator v = new DesignValidator(design, gaps);
        v.run();
        return List.copyOf(v.problems);
    }

    private void run() {
        checkIds();
        checkMain();
        for (Part part : design.parts()) {
            switch (part) {
                case Part.Context c -> checkParent(c);
                case Part.Goroutine g -> checkGoroutine(g);
                default -> { }
            }
        }
        checkContextCycles();
        locals = new DesignLocals(design, gaps, problems);
        for (Part.Goroutine g : design.goroutines()) {
            walk(g, g.ops(), false, false);
        }
        locals.check();
    }

    private void checkIds() {
        for (Part part : design.parts()) {
            if (part.id() == null) {
                continue;
            }
            if (byId.containsKey(part.id())) {
                report(part, null, "id", "duplicate part id '" + part.id() + "'");
                continue;
            }
            if (!PART_ID.matcher(part.id()).matches()) {
                report(part, null, "id", "invalid part id '" + part.id()
                        + "': use letters, digits and _, not starting with a digit");
            }
            byId.put(part.id(), part);
        }
    }

    private void checkMain() {
        Part.Goroutine first = null;
        for (Part.Goroutine g : design.goroutines()) {
            if (g.start() != Part.Start.MAIN) {
                continue;
            }
            if (first == null) {
                first = g;
            } else {
                report(g, null, "start", "design has two main goroutines: '" + first.id()
                        + "' and '" + g.id() + "'");
            }
        }
        if (first == null && !gaps.mainUnknown()) {
            problems.add(new Problem(new Locus(null, null, null, -1), "design has no main goroutine"));
        }
    }

    private void checkParent(Part.Context c) {
        if (c.parent() != null) {
            ref(c, null, "parent", c.parent(), "'parent'", Need.CONTEXT);
        }
    }

    /** Reports each cycle of context parents once, at its member that comes first in the file. */
    private void checkContextCycles() {
        Set<String> reported = new HashSet<>();
        for (Part part : design.parts()) {
            if (!(part instanceof Part.Context start) || reported.contains(start.id())) {
                continue;
            }
            List<String> chain = new ArrayList<>();
            Part.Context at = start;
            while (at != null && !chain.contains(at.id())) {
                chain.add(at.id());
                at = at.parent() != null && byId.get(at.parent()) instanceof Part.Context p ? p : null;
            }
            if (at == start) {
                reported.addAll(chain);
                report(start, null, "parent", "context parents form a cycle: "
                        + String.join(" -> ", chain) + " -> " + start.id());
            }
        }
    }

    private void checkGoroutine(Part.Goroutine g) {
        if (g.start() == Part.Start.AUTO && g.count() < 1) {
            report(g, null, "count", "'count' must be at least 1");
        } else if (g.start() != Part.Start.AUTO && g.count() != 1) {
            report(g, null, "count", "'count' is only allowed on auto goroutines");
        }
    }

    /** Checks one op list; {@code inLoop} allows continue, {@code breakable} allows break. */
    private void walk(Part.Goroutine g, List<Op> ops, boolean inLoop, boolean breakable) {
        DesignLocals.Locals l = locals.of(g);
        for (Op op : ops) {
            String path = op.src().path();
            switch (op) {
                case Op.Go o -> {
                    ref(g, path, "g", o.g(), "go", Need.SPAWN);
                    Part target = o.g() == null ? null : byId.get(o.g());
                    o.args().forEach((name, e) -> {
                        l.use(e, null, path, "args." + name);
                        if (target instanceof Part.Goroutine t && t.start() == Part.Start.SPAWN) {
                            locals.arg(g, t, name, e, path);
                        }
                    });
                }
                case Op.Send o -> {
                    ref(g, path, "ch", o.ch(), "send", Need.CHANNEL);
                    l.use(o.value(), ValueType.INT, path, "value");
                }
                case Op.Recv o -> {
                    ref(g, path, "ch", o.ch(), "recv", Need.CHANNEL);
                    l.assign(o.to(), ValueType.INT, path, "to");
                    l.assign(o.ok(), ValueType.BOOL, path, "ok");
                }
                case Op.Close o -> ref(g, path, "ch", o.ch(), "close", Need.CHANNEL);
                case Op.Range o -> {
                    ref(g, path, "ch", o.ch(), "range", Need.CHANNEL);
                    l.assign(o.to(), ValueType.INT, path, "to");
                    walk(g, o.body(), true, true);
                }
                case Op.Select o -> {
                    for (int c = 0; c < o.cases().size(); c++) {
                        String at = path + ".cases[" + c + "]";
                        Op.Case sc = o.cases().get(c);
                        switch (sc) {
                            case Op.RecvCase rc -> {
                                ref(g, at, "recv", rc.ch(), "a select recv case", Need.CHANNEL);
                                l.assign(rc.to(), ValueType.INT, at, "to");
                                l.assign(rc.ok(), ValueType.BOOL, at, "ok");
                            }
                            case Op.SendCase sc2 -> {
                                ref(g, at, "send", sc2.ch(), "a select send case", Need.CHANNEL);
                                l.use(sc2.value(), ValueType.INT, at, "value");
                            }
                            case Op.DoneCase dc -> ref(g, at, "done", dc.ctx(), "a select done case", Need.CONTEXT);
                            case Op.AfterCase ac -> { }
                        }
                        walk(g, sc.body(), inLoop, true);
                    }
                    if (o.otherwise() != null) {
                        walk(g, o.otherwise(), inLoop, true);
                    }
                }
                case Op.Lock o -> ref(g, path, "mu", o.mu(), "lock", Need.ANY_MUTEX);
                case Op.Unlock o -> ref(g, path, "mu", o.mu(), "unlock", Need.ANY_MUTEX);
                case Op.RLock o -> ref(g, path, "mu", o.mu(), "rlock", Need.RWMUTEX);
                case Op.RUnlock o -> ref(g, path, "mu", o.mu(), "runlock", Need.RWMUTEX);
                case Op.Add o -> {
                    ref(g, path, "wg", o.wg(), "add", Need.WAITGROUP);
                    l.use(o.n(), ValueType.INT, path, "n");
                }
                case Op.Done o -> ref(g, path, "wg", o.wg(), "done", Need.WAITGROUP);
                case Op.Wait o -> ref(g, path, "wg", o.wg(), "wait", Need.WAITGROUP);
                case Op.OnceDo o -> {
                    ref(g, path, "once", o.once(), "once", Need.ONCE);
                    // a function literal: the loops around it are not its loops
                    walk(g, o.body(), false, false);
                }
                case Op.Read o -> {
                    ref(g, path, "var", o.var(), "read", Need.VAR);
                    l.assign(o.to(), ValueType.INT, path, "to");
                }
                case Op.Write o -> {
                    ref(g, path, "var", o.var(), "write", Need.VAR);
                    l.use(o.value(), ValueType.INT, path, "value");
                }
                case Op.Inc o -> {
                    ref(g, path, "var", o.var(), "inc", Need.VAR);
                    l.use(o.n(), ValueType.INT, path, "n");
                }
                case Op.AtomicAdd o -> {
                    ref(g, path, "var", o.var(), "atomic.add", Need.ATOMIC);
                    l.use(o.n(), ValueType.INT, path, "n");
                    l.assign(o.to(), ValueType.INT, path, "to");
                }
                case Op.AtomicLoad o -> {
                    ref(g, path, "var", o.var(), "atomic.load", Need.ATOMIC);
                    l.assign(o.to(), ValueType.INT, path, "to");
                }
                case Op.AtomicStore o -> {
                    ref(g, path, "var", o.var(), "atomic.store", Need.ATOMIC);
                    l.use(o.value(), ValueType.INT, path, "value");
                }
                case Op.AtomicCas o -> {
                    ref(g, path, "var", o.var(), "atomic.cas", Need.ATOMIC);
                    l.use(o.old(), ValueType.INT, path, "old");
                    l.use(o.replacement(), ValueType.INT, path, "new");
                    l.assign(o.to(), ValueType.BOOL, path, "to");
                }
                case Op.Cancel o -> ref(g, path, "ctx", o.ctx(), "cancel", Need.CONTEXT);
                case Op.Sleep o -> { }
                case Op.Work o -> { }
                case Op.Emit o -> {
                    ref(g, path, "sink", o.sink(), "emit", Need.SINK);
                    l.use(o.value(), ValueType.INT, path, "value");
                }
                case Op.Let o -> {
                    l.let(o.to(), o.value(), path);
                    l.use(o.value(), null, path, "value");
                }
                case Op.If o -> {
                    l.use(o.cond(), ValueType.BOOL, path, "cond");
                    walk(g, o.then(), inLoop, breakable);
                    walk(g, o.otherwise(), inLoop, breakable);
                }
                case Op.While o -> {
                    l.use(o.cond(), ValueType.BOOL, path, "cond");
                    walk(g, o.body(), true, true);
                }
                case Op.Repeat o -> {
                    l.use(o.times(), ValueType.INT, path, "times");
                    l.assign(o.to(), ValueType.INT, path, "to");
                    walk(g, o.body(), true, true);
                }
                case Op.Loop o -> walk(g, o.body(), true, true);
                case Op.Break o -> {
                    if (!breakable) {
                        report(g, path, null, "break is not inside a loop, range or select");
                    }
                }
                case Op.Continue o -> {
                    if (!inLoop) {
                        report(g, path, null, "continue is not inside a loop or range");
                    }
                }
                case Op.Return o -> { }
                case Op.Assert o -> l.use(o.cond(), ValueType.BOOL, path, "cond");
            }
        }
    }

    /** The part types an op accepts, as said in messages. */
    private enum Need {
        CHANNEL("a channel", "channel"),
        ANY_MUTEX("a mutex or rwmutex", "mutex", "rwmutex"),
        RWMUTEX("an rwmutex", "rwmutex"),
        WAITGROUP("a waitgroup", "waitgroup"),
        ONCE("a once", "once"),
        VAR("a var", "var"),
        ATOMIC("an atomic", "atomic"),
        CONTEXT("a context", "context"),
        SINK("a sink", "sink"),
        SPAWN("a goroutine with start spawn", "goroutine");

        final String phrase;
        final Set<String> types;

        Need(String phrase, String... types) {
            this.phrase = phrase;
            this.types = Set.of(types);
        }
    }

    private void ref(Part at, String path, String field, String id, String user, Need need) {
        if (id == null || gaps.brokenParts().contains(id)) {
            return;
        }
        Part target = byId.get(id);
        if (target == null) {
            // a part that did not load is still a name the author meant
            Set<String> known = new LinkedHashSet<>(byId.keySet());
            known.addAll(new TreeSet<>(gaps.brokenParts()));
            String close = closest(id, known);
            report(at, path, field, "unknown part '" + id + "'"
                    + (close == null ? "" : " — did you mean '" + close + "'?"));
            return;
        }
        String what = target instanceof Part.Goroutine t
                ? "a goroutine with start " + t.start().json()
                : article(target.type()) + " " + target.type();
        boolean fits = need.types.contains(target.type())
                && (need != Need.SPAWN || ((Part.Goroutine) target).start() == Part.Start.SPAWN);
        if (!fits) {
            report(at, path, field, "'" + id + "' is " + what + "; " + user + " needs " + need.phrase);
        }
    }

    /**
     * The candidate closest to {@code word} by edit distance, if it is at most 2 and smaller than
     * the word's length; the first such candidate on a tie. Bounded work whatever the names: a
     * candidate whose length differs by more than 2 is skipped, and the distance is computed only
     * in a band of width 5 around the diagonal, stopping as soon as it must exceed 2.
     */
    public static String closest(String word, Iterable<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            // only a strictly closer candidate can win (ties go to the earlier one)
            int max = Math.min(MAX_SUGGESTION_DISTANCE, bestDistance - 1);
            if (max < 0 || Math.abs(c.length() - word.length()) > max) {
                continue;
            }
            int d = distance(word, c, max);
            if (d <= max && d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return bestDistance <= MAX_SUGGESTION_DISTANCE && bestDistance < word.length() ? best : null;
    }

    private static final int MAX_SUGGESTION_DISTANCE = 2;

    /** Levenshtein distance, with a swap of two neighbours counting as one edit. */
    static int distance(String a, String b) {
        return distance(a, b, Math.max(a.length(), b.length()));
    }

    /**
     * Like {@link #distance(String, String)} when that is at most {@code max}; otherwise some
     * value above {@code max}. Only cells within {@code max} of the diagonal are computed.
     */
    static int distance(String a, String b, int max) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > max) {
            return max + 1;
        }
        int over = max + 1;
        int[] before = new int[m + 1];
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            previous[j] = j <= max ? j : over;
        }
        for (int i = 1; i <= n; i++) {
            int from = Math.max(1, i - max);
            int to = Math.min(m, i + max);
            // only the band is computed; the cells just outside it read as "too far"
            current[0] = i <= max ? i : over;
            current[from - 1] = from > 1 ? over : current[0];
            if (to < m) {
                current[to + 1] = over;
            }
            int rowMin = current[0];
            for (int j = from; j <= to; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d = Math.min(d, before[j - 2] + 1);
                }
                current[j] = Math.min(d, over);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin > max) {
                return over;
            }
            int[] t = before;
            before = previous;
            previous = current;
            current = t;
        }
        return previous[m];
    }

    private static String article(String word) {
        return "aeiou".indexOf(word.charAt(0)) >= 0 || word.startsWith("rw") ? "an" : "a";
    }

    private void report(Part part, String path, String field, String message) {
        report(part, path, field, -1, message);
    }

    private void report(Part part, String path, String field, int offset, String message) {
        problems.add(new Problem(new Locus(part, path, field, offset), message));
    }
}
