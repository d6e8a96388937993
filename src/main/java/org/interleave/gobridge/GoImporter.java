package org.interleave.gobridge;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.interleave.engine.model.Design;
import org.interleave.engine.model.DesignValidator;
import org.interleave.engine.model.Part;
import org.interleave.gobridge.parse.GoSubsetParser;

/**
 * Reads a Go program as a design ({@code interleave import-go}): the inverse of {@link GoExporter}
 * for the subset of Go that designs can say.
 *
 * <p>The file is parsed with the project's ANTLR grammar of Go ({@code GoSubset.g4}), which reads
 * Go's whole statement and expression syntax, so that everything outside the subset is refused by
 * name with what the subset offers instead ({@link GoImportException}), never guessed at.
 *
 * <p>The subset, and what each construct becomes: package-level {@code int}/{@code bool}
 * variables, and locals that a goroutine's function literal uses, are shared {@code var} parts
 * (other locals are the goroutine's locals); {@code sync.Mutex}, {@code RWMutex},
 * {@code WaitGroup}, {@code Once}, {@code atomic.Int32}/{@code Int64} (or an {@code int64} used
 * through {@code atomic.AddInt64(&x, ...)} and its kin), channels of {@code int}, {@code bool} or
 * {@code struct{}} made with a constant capacity, and contexts from {@code Background},
 * {@code WithCancel} and {@code WithTimeout} are parts. {@code go f(args)} and
 * {@code go func(){...}()} start goroutine templates (one per function and parts passed);
 * other calls are inlined, so recursion is refused. {@code for} loops count with a bound the body
 * does not change; {@code defer} runs at the function's returns; durations are whole
 * milliseconds, one tick each; {@code fmt.Println} prints its one int to a sink.
 */
public final class GoImporter {
    private static final int MAX_ATTEMPTS = 64;

    private GoImporter() {}

    /**
     * An imported program: its design, its source, and the line of each op: {@link #lines()} maps
     * {@code template + " " + path} (as {@link GoExporter.Exported} does) to a 1-based line of the
     * source.
     */
    public record Imported(Design design, String source, Map<String, Integer> lines) {
        public Imported {
            lines = Map.copyOf(lines);
        }

        /** The source with its op lines, in the shape the Go view shows an exported program in. */
        public GoExporter.Exported program() {
            return new GoExporter.Exported(source, lines);
        }
    }

    /** Imports {@code source}, printing go's {@code fmt.Println} to a sink named {@code out}. */
    public static Imported importGo(String source) throws GoImportException {
        return importGo(source, "out");
    }

    /**
     * Imports {@code source}; {@code sink} names the sink that {@code fmt.Println(v)} prints to
     * (a level's goal names its sink).
     *
     * @throws GoImportException for a syntax error or a construct outside the subset
     */
    public static Imported importGo(String source, String sink) throws GoImportException {
        GoSubsetParser.SourceFileContext tree = GoParser.parse(source);
        Set<String> shared = new HashSet<>();
        Set<String> atomics = new HashSet<>();
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            GoProgram program = new GoProgram(shared, atomics, sink, autoStarted(source));
            try {
                new GoTranslator(program).translate(tree);
            } catch (GoProgram.Restart again) {
                continue;
            } catch (GoProgram.Refusal r) {
                throw new GoImportException(r.line, r.column, r.getMessage());
            } catch (RuntimeException bug) {
                // A shape of tree the translator did not expect: refuse it rather than crash.
                throw new GoImportException(1, 1, "import-go could not read this program (" + bug + ")");
            }
            Design design = new Design(program.parts().stream().map(p -> p instanceof Part.Goroutine g
                    ? new Part.Goroutine(g.id(), g.start(), g.count(), OpPaths.assign(g.ops(), "ops"), g.preset(), g.layout())
                    : p).toList());
            List<DesignValidator.Problem> problems = DesignValidator.validate(design);
            if (!problems.isEmpty()) {
                throw new GoImportException(1, 1, "import-go made an invalid design: " + problems.get(0).message() + " (" + problems.get(0).where() + ")");
            }
            return new Imported(design, source, lines(design));
        }
        throw new GoImportException(1, 1, "import-go could not settle which variables the goroutines share");
    }

    /**
     * The functions an {@code //interleave:auto f g} line before {@code package} names; null when
     * the program has no such line there (one in a string or a comment further down is not it).
     */
    static Set<String> autoStarted(String source) {
        for (String line : source.split("\n", -1)) {
            String l = line.strip();
            if (l.startsWith("package") || !(l.isEmpty() || l.startsWith("//"))) {
                return null;  // past the file's leading line comments
            }
            if (l.equals(AUTO_DIRECTIVE) || l.startsWith(AUTO_DIRECTIVE + " ")) {
                return java.util.Arrays.stream(l.substring(AUTO_DIRECTIVE.length()).strip().split("\\s+"))
                        .filter(n -> !n.isEmpty()).collect(java.util.stream.Collectors.toUnmodifiableSet());
            }
        }
        return null;
    }

    /** The line export-go writes to name the functions main starts as auto goroutines. */
    static final String AUTO_DIRECTIVE = "//interleave:auto";

    /** The source line of every op, keyed by template and path. */
    private static Map<String, Integer> lines(Design design) {
        Map<String, Integer> lines = new HashMap<>();
        for (Part.Goroutine g : design.goroutines()) {
            OpWalk.everything(g.ops()).forEach(op -> {
                if (op.src() != null && op.src().line() > 0) {
                    lines.put(GoExporter.Exported.key(g.id(), op.src().path()), op.src().line());
                }
            });
        }
        return lines;
    }
}
