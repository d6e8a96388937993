package org.interleave.gobridge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.interleave.engine.model.Layout;
import org.interleave.engine.model.Op;
import org.interleave.engine.model.Part;
import org.interleave.engine.model.Src;
import org.interleave.gobridge.parse.GoSubsetParser;

/**
 * The state of one translation of a Go file into a design: the parts made so far, the names they
 * use, and what an earlier attempt learned about the program's variables (which locals goroutines
 * share, which are used atomically). {@link GoImporter} starts over with what it learned when a
 * translation finds out late that a variable is shared.
 */
final class GoProgram {
    /** Thrown when the translation learns that a declaration must be translated differently. */
    static final class Restart extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Restart() {
            super(null, null, false, false);
        }
    }

    /** Thrown for a construct outside the subset; {@link GoImporter} reports it as a {@link GoImportException}. */
    static final class Refusal extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int line;
        final int column;

        Refusal(Token at, String message) {
            super(message, null, false, false);
            this.line = at.getLine();
            this.column = at.getCharPositionInLine() + 1;
        }
    }

    /** One goroutine function of the design being built. */
    static final class Frame {
        final String template;
        private final Set<String> locals = new HashSet<>();

        Frame(String template) {
            this.template = template;
        }

        /** A design local for the Go name {@code name}, distinct from every other local of the goroutine. */
        String local(String name) {
            String base = name.equals("_") ? "v" : name;
            String n = base;
            for (int k = 2; !locals.add(n); k++) {
                n = base + "_" + k;
            }
            return n;
        }

        /** Reserves {@code name} as it is (the {@code id} of an auto goroutine). */
        void reserve(String name) {
            locals.add(name);
        }
    }

    final Set<String> sharedDecls;
    final Set<String> atomicDecls;
    final String sinkName;
    final Map<String, Part> resources = new LinkedHashMap<>();
    final Map<String, Part.Goroutine> goroutines = new LinkedHashMap<>();
    final Map<String, GoSubsetParser.FunctionDeclContext> functions = new LinkedHashMap<>();
    private final Set<String> ids = new HashSet<>();
    private final Map<String, Integer> closures = new HashMap<>();
    private final Map<String, String> sinks = new HashMap<>();

    /**
     * The functions the program's {@code //interleave:auto} line names, which main's first
     * {@code go} statements start as auto goroutines; null without that line (any function
     * main's first statements start once is read as one). export-go writes the line, so that a
     * {@code go} op at the top of main comes back as a {@code go} op, not an auto start.
     */
    final Set<String> autoStarted;

    GoProgram(Set<String> sharedDecls, Set<String> atomicDecls, String sinkName, Set<String> autoStarted) {
        this.autoStarted = autoStarted;
        this.sharedDecls = sharedDecls;
        this.atomicDecls = atomicDecls;
        this.sinkName = sinkName;
        ids.add("main");
        ids.add(sinkName);
    }

    /** A part id for the Go name {@code name}, distinct from every other part. */
    String partId(String name) {
        String base = name.replaceAll("[^A-Za-z0-9_]", "_");
        if (base.isEmpty() || Character.isDigit(base.charAt(0))) {
            base = "_" + base;
        }
        String n = base;
        for (int k = 2; !ids.add(n); k++) {
            n = base + "_" + k;
        }
        return n;
    }

    /** Reserves a part id that must be exactly {@code id}; false if it is taken. */
    boolean reserve(String id) {
        return ids.add(id);
    }

    /** The id for the k-th function literal started by {@code go} in function {@code enclosing}: {@code main_func1}. */
    String closureId(String enclosing) {
        int k = closures.merge(enclosing, 1, Integer::sum);
        return partId(enclosing + "_func" + k);
    }

    void add(Part p) {
        resources.put(p.id(), p);
    }

    /** The sink for {@code fmt.Println}; {@code name} is null for the default one. */
    String sink(String name) {
        String key = name == null ? sinkName : name;
        String id = sinks.get(key);
        if (id == null) {
            id = key.equals(sinkName) ? sinkName : partId(key);
            sinks.put(key, id);
            resources.put(id, new Part.Sink(id, Layout.NONE));
        }
        return id;
    }

    /** The key that identifies a declaration across translations: where its name is written. */
    static String declKey(Token name) {
        return name.getLine() + ":" + name.getCharPositionInLine();
    }

    static Src src(ParserRuleContext at) {
        return new Src(null, at.getStart().getLine(), at.getStart().getCharPositionInLine() + 1);
    }

    /** The design, laid out as the campaign lays designs out: resources in a row, goroutines below. */
    List<Part> parts() {
        List<Part> parts = new ArrayList<>();
        int k = 0;
        for (Part p : resources.values()) {
            parts.add(p.withLayout(new Layout(60 + 170 * (k % 6), 60 + 110 * (k / 6), false)));
            k++;
        }
        int rows = (resources.size() + 5) / 6;
        int g = 0;
        for (Part.Goroutine p : goroutines.values()) {
            parts.add(p.withLayout(new Layout(60 + 320 * (g % 4), 110 * rows + 120 + 360 * (g / 4), false)));
            g++;
        }
        return parts;
    }

    /** Ops for the design's op lists. */
    static List<Op> ops() {
        return new ArrayList<>();
    }
}
