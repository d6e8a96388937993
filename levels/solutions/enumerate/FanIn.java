import com.fasterxml.jackson.databind.node.*;
import java.nio.file.*;
import java.util.*;

/** fan-in: (A) every design with at most N player ops over the palette; (B) a structured space of fast designs. */
public class FanIn {
    static Harness h;
    static ObjectNode o(Object... kv) { return Harness.obj(kv); }
    static ArrayNode arr(List<ObjectNode> ops) { ArrayNode a = Harness.M.createArrayNode(); ops.forEach(a::add); return a; }
    static final String[] CH = {"c1", "c2", "merged"};
    static final String[] COND = {"ok", "!ok", "n < 6", "true"};
    static final int[] TIMES = {1, 2, 3, 4, 5, 6, 7};

    static List<ObjectNode> leaves() {
        List<ObjectNode> l = new ArrayList<>();
        for (String c : CH) { l.add(o("op", "recv", "ch", c, "to", "v")); l.add(o("op", "recv", "ch", c, "to", "v", "ok", "ok")); }
        l.add(o("op", "emit", "sink", "out", "value", "v"));
        l.add(o("op", "send", "ch", "merged", "value", "v"));
        l.add(o("op", "let", "to", "n", "value", 0));
        l.add(o("op", "let", "to", "n", "value", "n + 1"));
        return l;
    }
    static List<ObjectNode> caseKinds() {
        List<ObjectNode> l = new ArrayList<>();
        for (String c : CH) { l.add(o("recv", c, "to", "v")); l.add(o("recv", c, "to", "v", "ok", "ok")); }
        l.add(o("send", "merged", "value", "v"));
        return l;
    }
    static Map<Integer, List<List<ObjectNode>>> seqMemo = new HashMap<>();
    static Map<Integer, List<ObjectNode>> opMemo = new HashMap<>();

    /** Lists of ops holding exactly n ops (nested included). */
    static List<List<ObjectNode>> seq(int n) {
        if (seqMemo.containsKey(n)) return seqMemo.get(n);
        List<List<ObjectNode>> out = new ArrayList<>();
        if (n == 0) out.add(List.of());
        for (int first = 1; first <= n; first++)
            for (ObjectNode a : op(first))
                for (List<ObjectNode> rest : seq(n - first)) {
                    List<ObjectNode> l = new ArrayList<>(); l.add(a); l.addAll(rest); out.add(l);
                }
        seqMemo.put(n, out);
        return out;
    }
    /** Single ops of size n. */
    static List<ObjectNode> op(int n) {
        if (opMemo.containsKey(n)) return opMemo.get(n);
        List<ObjectNode> out = new ArrayList<>();
        if (n == 1) out.addAll(leaves());
        for (List<ObjectNode> body : seq(n - 1)) {
            for (String c : CH) { ObjectNode r = o("op", "range", "ch", c, "to", "v"); r.set("do", arr(body)); out.add(r); }
            if (!body.isEmpty()) {
                for (int t : TIMES) { ObjectNode r = o("op", "repeat", "times", t); r.set("do", arr(body)); out.add(r); }
                for (String c : COND) { ObjectNode r = o("op", "while", "cond", c); r.set("do", arr(body)); out.add(r); }
            }
        }
        for (int a = 1; a <= n - 1; a++)
            for (List<ObjectNode> th : seq(a)) for (List<ObjectNode> el : seq(n - 1 - a))
                for (String c : COND) {
                    ObjectNode r = o("op", "if", "cond", c); r.set("then", arr(th)); if (!el.isEmpty()) r.set("else", arr(el)); out.add(r);
                }
        // select: 1 to 3 cases (a combination of case kinds), bodies sharing n-1 ops
        List<ObjectNode> kinds = caseKinds();
        int k = kinds.size();
        for (int c1 = 0; c1 < k; c1++) {
            selects(out, List.of(kinds.get(c1)), n - 1);
            for (int c2 = c1 + 1; c2 < k; c2++) {
                selects(out, List.of(kinds.get(c1), kinds.get(c2)), n - 1);
                for (int c3 = c2 + 1; c3 < k; c3++) selects(out, List.of(kinds.get(c1), kinds.get(c2), kinds.get(c3)), n - 1);
            }
        }
        opMemo.put(n, out);
        return out;
    }

    /** Every list of exactly three ops, streamed (too many to hold). */
    static void seq3(java.util.function.Consumer<List<ObjectNode>> out) {
        for (ObjectNode a : op(1)) for (List<ObjectNode> r : seq(2)) { List<ObjectNode> l = new ArrayList<>(); l.add(a); l.addAll(r); out.accept(l); }
        for (ObjectNode a : op(2)) for (List<ObjectNode> r : seq(1)) out.accept(List.of(a, r.get(0)));
        for (List<ObjectNode> body : seq(2)) {
            for (String c : CH) { ObjectNode r = o("op", "range", "ch", c, "to", "v"); r.set("do", arr(body)); out.accept(List.of(r)); }
            for (int t : TIMES) { ObjectNode r = o("op", "repeat", "times", t); r.set("do", arr(body)); out.accept(List.of(r)); }
            for (String c : COND) { ObjectNode r = o("op", "while", "cond", c); r.set("do", arr(body)); out.accept(List.of(r)); }
        }
        for (int a = 1; a <= 2; a++) for (List<ObjectNode> th : seq(a)) for (List<ObjectNode> el : seq(2 - a)) for (String c : COND) {
            ObjectNode r = o("op", "if", "cond", c); r.set("then", arr(th)); if (!el.isEmpty()) r.set("else", arr(el)); out.accept(List.of(r));
        }
        List<ObjectNode> kinds = caseKinds(); int k = kinds.size();
        List<ObjectNode> sel = new ArrayList<>();
        for (int c1 = 0; c1 < k; c1++) {
            selects(sel, List.of(kinds.get(c1)), 2); sel.forEach(x -> out.accept(List.of(x))); sel.clear();
            for (int c2 = c1 + 1; c2 < k; c2++) {
                selects(sel, List.of(kinds.get(c1), kinds.get(c2)), 2); sel.forEach(x -> out.accept(List.of(x))); sel.clear();
                for (int c3 = c2 + 1; c3 < k; c3++) { selects(sel, List.of(kinds.get(c1), kinds.get(c2), kinds.get(c3)), 2); sel.forEach(x -> out.accept(List.of(x))); sel.clear(); }
            }
        }
    }
    static void selects(List<ObjectNode> out, List<ObjectNode> cases, int budget) {
        for (List<List<ObjectNode>> bodies : splits(cases.size(), budget)) {
            ArrayNode cs = Harness.M.createArrayNode();
            for (int i = 0; i < cases.size(); i++) { ObjectNode c = cases.get(i).deepCopy(); c.set("do", arr(bodies.get(i))); cs.add(c); }
            ObjectNode s = o("op", "select"); s.set("cases", cs); out.add(s);
        }
    }
    static List<List<List<ObjectNode>>> splits(int parts, int n) {
        List<List<List<ObjectNode>>> out = new ArrayList<>();
        if (parts == 0) { if (n == 0) out.add(List.of()); return out; }
        for (int a = 0; a <= n; a++) for (List<ObjectNode> b : seq(a)) for (List<List<ObjectNode>> rest : splits(parts - 1, n - a)) {
            List<List<ObjectNode>> l = new ArrayList<>(); l.add(b); l.addAll(rest); out.add(l);
        }
        return out;
    }

    static void design(List<ObjectNode> main, List<List<ObjectNode>> extra, String label) {
        String all = main.toString() + extra.toString();
        if (!all.contains("emit") || !all.contains("\"c1\"") || !all.contains("\"c2\"")) { h.total++; h.slow++; return; }
        ArrayNode parts = h.parts();
        for (int i = 0; i < parts.size(); i++) if (parts.get(i).path("id").asText().equals("main")) ((ObjectNode) parts.get(i)).set("ops", arr(main));
        int g = 0;
        for (List<ObjectNode> ops : extra) {
            ObjectNode p = o("id", "g" + (++g), "type", "goroutine", "x", 60 + 240 * g, "y", 520, "start", "auto"); p.set("ops", arr(ops)); parts.add(p);
        }
        h.score(parts, label);
    }

    public static void main(String[] a) throws Exception {
        h = new Harness(Path.of(a[0]));
        String mode = a[1];
        long t0 = System.nanoTime();
        if (mode.equals("small")) {
            // every design of at most three player ops: main alone, or main and one or two goroutines of the player's
            java.util.function.Consumer<List<ObjectNode>> main3 = m -> design(m, List.of(), "main");
            for (int m = 1; m <= 2; m++) for (List<ObjectNode> mm : seq(m)) main3.accept(mm);
            seq3(main3);
            for (List<ObjectNode> m1 : seq(1)) for (List<ObjectNode> g2 : seq(2)) { design(m1, List.of(g2), "main+1"); design(g2, List.of(m1), "main+1"); }
            for (List<ObjectNode> m1 : seq(1)) for (List<ObjectNode> g1 : seq(1)) {
                design(m1, List.of(g1), "main+1");
                for (List<ObjectNode> g2 : seq(1)) design(m1, List.of(g1, g2), "main+2");
            }
        } else {
            structured();
        }
        System.out.printf("enumerated in %d s%n", (System.nanoTime() - t0) / 1_000_000_000);
        h.report(a.length > 3 ? Path.of(a[3]) : null);
        System.out.printf("total %d s%n", (System.nanoTime() - t0) / 1_000_000_000);
    }

    // ---- B: structured space of fast designs
    static ObjectNode emitV() { return o("op", "emit", "sink", "out", "value", "v"); }
    static ObjectNode ifOk(ObjectNode... then) { ObjectNode r = o("op", "if", "cond", "ok"); r.set("then", arr(List.of(then))); return r; }
    static ObjectNode inc() { return o("op", "let", "to", "n", "value", "n + 1"); }

    static List<List<ObjectNode>> readers(String x, boolean forward) {
        ObjectNode act = forward ? o("op", "send", "ch", "merged", "value", "v") : emitV();
        List<List<ObjectNode>> l = new ArrayList<>();
        ObjectNode r = o("op", "range", "ch", x, "to", "v"); r.set("do", arr(List.of(act))); l.add(List.of(r));
        for (int k = 1; k <= 6; k++) {
            ObjectNode rep = o("op", "repeat", "times", k); rep.set("do", arr(List.of(o("op", "recv", "ch", x, "to", "v"), act))); l.add(List.of(rep));
        }
        return l;
    }
    /** Select loops reading the given channels. */
    static List<List<ObjectNode>> selectLoops(List<String> chans, boolean forward) {
        ObjectNode act = forward ? o("op", "send", "ch", "merged", "value", "v") : emitV();
        List<List<ObjectNode>> l = new ArrayList<>();
        for (int body = 0; body < 3; body++) {
            ArrayNode cs = Harness.M.createArrayNode();
            for (String c : chans) {
                ObjectNode cs1 = body == 0 ? o("recv", c, "to", "v") : o("recv", c, "to", "v", "ok", "ok");
                List<ObjectNode> b = body == 0 ? List.of(act.deepCopy()) : body == 1 ? List.of(ifOk(act.deepCopy())) : List.of(ifOk(act.deepCopy(), inc()));
                cs1.set("do", arr(b)); cs.add(cs1);
            }
            ObjectNode s = o("op", "select"); s.set("cases", cs);
            if (body < 2) for (int k = 3; k <= 9; k++) { ObjectNode rep = o("op", "repeat", "times", k); rep.set("do", arr(List.of(s.deepCopy()))); l.add(List.of(rep)); }
            else {
                for (int lim : new int[]{3, 6}) {
                    ObjectNode w = o("op", "while", "cond", "n < " + lim); w.set("do", arr(List.of(s.deepCopy())));
                    l.add(List.of(o("op", "let", "to", "n", "value", 0), w));
                }
            }
        }
        return l;
    }
    static void structured() {
        List<List<ObjectNode>> mains = new ArrayList<>();
        // sequences of 1 to 3 readers (range, or repeat 1, 2, 3 or 6 of recv and emit), no channel twice in a row;
        // those that read merged only up to two readers
        List<String> chs = List.of("c1", "c2", "merged");
        for (String x : chs) for (var r1 : readers(x, false)) {
            mains.add(r1);
            for (String y : chs) { if (y.equals(x)) continue; for (var r2 : readers(y, false)) {
                List<ObjectNode> m2 = new ArrayList<>(r1); m2.addAll(r2); mains.add(m2);
                for (String z : chs) { if (z.equals(y) || (x + y + z).contains("merged")) continue; for (var r3 : readers(z, false)) { List<ObjectNode> m3 = new ArrayList<>(m2); m3.addAll(r3); mains.add(m3); } }
            } }
        }
        List<List<String>> subsets = List.of(List.of("c1", "c2"), List.of("c2", "c1"), List.of("c1", "merged"), List.of("c2", "merged"),
                List.of("c1", "c2", "merged"), List.of("merged"), List.of("c1"), List.of("c2"));
        for (var s : subsets) mains.addAll(selectLoops(s, false));
        // forwarders onto merged: one of c1, one of c2, one of each, or a select over both
        List<List<List<ObjectNode>>> fws = new ArrayList<>();
        var f1 = readers("c1", true); var f2 = readers("c2", true);
        for (var a : f1) { fws.add(List.of(a)); for (var b : f2) fws.add(List.of(a, b)); }
        for (var b : f2) fws.add(List.of(b));
        for (var s : selectLoops(List.of("c1", "c2"), true)) fws.add(List.of(s));
        System.out.printf("mains %d forwarder sets %d%n", mains.size(), fws.size());
        for (var m : mains) {
            if (!m.toString().contains("merged")) { design(m, List.of(), "main only: " + m); continue; }
            for (var f : fws) design(m, f, "main " + m + " forwarders " + f);
        }
    }
}
