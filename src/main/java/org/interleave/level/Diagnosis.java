package org.interleave.level;

import java.util.ArrayList;
import java.util.List;
import org.interleave.level.JsonTree.Arr;
import org.interleave.level.JsonTree.Member;
import org.interleave.level.JsonTree.Node;
import org.interleave.level.JsonTree.Obj;

/**
 * A {@link Problem} explained for a reader in the game: where it is (file, line:column, the JSON
 * path of the value, the source line), what was expected and what was found, and the suggestion
 * the message makes, if any — the parts the loader gave the problem ({@link Problem.Detail}). The
 * CLI prints problems as they are; this only places them in the file.
 *
 * @param jsonPath   the path of the value the problem points at, like {@code $.design.parts[1].type};
 *                   empty when the file is not well-formed JSON
 * @param expected   what the file should have there, or empty when the message does not say
 * @param found      what it has there, or empty
 * @param suggestion the name the message suggests ("did you mean 'mutex'?"), or empty
 * @param sourceLine the problem's line of the file, or empty
 */
public record Diagnosis(Problem problem, String jsonPath, String expected, String found, String suggestion,
                        String sourceLine) {
    public Diagnosis {
        jsonPath = jsonPath == null ? "" : jsonPath;
        expected = expected == null ? "" : expected;
        found = found == null ? "" : found;
        suggestion = suggestion == null ? "" : suggestion;
        sourceLine = sourceLine == null ? "" : sourceLine;
    }

    /** Explains each problem of a file whose text is {@code text} (null when it could not be read). */
    public static List<Diagnosis> of(List<Problem> problems, String text) {
        Node root = tree(text);
        List<Diagnosis> out = new ArrayList<>();
        for (Problem p : problems) {
            out.add(of(p, root, text));
        }
        return out;
    }

    /** Explains one problem of a file whose text is {@code text} (null when it could not be read). */
    public static Diagnosis of(Problem p, String text) {
        return of(p, tree(text), text);
    }

    private static Diagnosis of(Problem p, Node root, String text) {
        Problem.Detail d = p.detail() != null ? p.detail() : new Problem.Detail(null, null, null);
        return new Diagnosis(p, root == null ? "" : path(root, p.line(), p.column()), d.expected(), d.found(),
                d.suggestion(), line(text, p.line()));
    }

    /** The file as a tree, or null when it is not well-formed JSON. */
    private static Node tree(String text) {
        if (text == null) {
            return null;
        }
        try {
            return JsonTree.parse(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (JsonTree.SyntaxError e) {
            return null;
        }
    }

    /**
     * The JSON path of the last value or field name that starts at or before {@code line:column}:
     * the value a problem points at, or the expression string it points into.
     */
    static String path(Node root, int line, int column) {
        String[] best = {"$"};
        walk(root, "$", line, column, best);
        return best[0];
    }

    private static void walk(Node n, String path, int line, int column, String[] best) {
        if (!before(n.pos(), line, column)) {
            return;
        }
        best[0] = path;
        switch (n) {
            case Obj o -> {
                for (Member m : o.members()) {
                    String child = path + key(m.name());
                    if (before(m.namePos(), line, column)) {
                        best[0] = child;
                    }
                    walk(m.value(), child, line, column, best);
                }
            }
            case Arr a -> {
                for (int i = 0; i < a.items().size(); i++) {
                    walk(a.items().get(i), path + "[" + i + "]", line, column, best);
                }
            }
            default -> { }
        }
    }

    private static boolean before(JsonTree.Pos pos, int line, int column) {
        return pos.line() < line || (pos.line() == line && pos.column() <= column);
    }

    private static String key(String name) {
        return name.matches("[A-Za-z_][A-Za-z0-9_]*") ? "." + name : "[\"" + name.replace("\"", "\\\"") + "\"]";
    }

    private static String line(String text, int line) {
        if (text == null || line < 1) {
            return "";
        }
        String[] lines = text.split("\r?\n", -1);
        return line <= lines.length ? lines[line - 1].stripTrailing() : "";
    }

    /** {@code file:line:col}. */
    public String where() {
        return problem.file() + ":" + problem.line() + ":" + problem.column();
    }
}
