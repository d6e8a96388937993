package org.interleave.gobridge;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Go identifiers for the names of a design. Part ids and locals are already Go identifiers, so
 * most keep their name; one that is a Go keyword, a predeclared identifier ({@code len},
 * {@code close}, {@code int}), an imported package's name, or that is taken already, gets a
 * {@code _} (and then a number) appended: a channel {@code select} becomes {@code select_}.
 */
final class GoNames {
    private static final Set<String> RESERVED = Set.of(
            // keywords
            "break", "case", "chan", "const", "continue", "default", "defer", "else", "fallthrough",
            "for", "func", "go", "goto", "if", "import", "interface", "map", "package", "range",
            "return", "select", "struct", "switch", "type", "var",
            // predeclared identifiers
            "any", "bool", "byte", "comparable", "complex64", "complex128", "error", "float32",
            "float64", "int", "int8", "int16", "int32", "int64", "rune", "string", "uint", "uint8",
            "uint16", "uint32", "uint64", "uintptr", "true", "false", "iota", "nil", "append", "cap",
            "close", "complex", "copy", "delete", "imag", "len", "make", "new", "panic", "print",
            "println", "real", "recover",
            // the packages the program may import, and the functions Go gives a meaning
            "context", "fmt", "sync", "atomic", "time", "main", "init", "_");

    private final Set<String> taken;
    private final Map<String, String> names = new HashMap<>();

    private GoNames(Set<String> taken) {
        this.taken = taken;
    }

    /** The package-level scope. */
    static GoNames global() {
        return new GoNames(new HashSet<>());
    }

    /** A function's scope: its names avoid every package-level one, so none is shadowed. */
    GoNames function() {
        return new GoNames(new HashSet<>(taken));
    }

    /** The Go name of a design name, allocated on first use. */
    String of(String name) {
        return names.computeIfAbsent(name, this::fresh);
    }

    /** A new name, based on {@code base}, that nothing else in this scope uses. */
    String fresh(String base) {
        String name = RESERVED.contains(base) ? base + "_" : base;
        String candidate = name;
        for (int n = 2; taken.contains(candidate); n++) {
            candidate = name + n;
        }
        taken.add(candidate);
        return candidate;
    }

    /** True if {@code name} was given a Go name in this scope. */
    boolean has(String name) {
        return names.containsKey(name);
    }
}
