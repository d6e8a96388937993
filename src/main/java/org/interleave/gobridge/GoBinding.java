package org.interleave.gobridge;

import java.util.HashMap;
import java.util.Map;
import org.interleave.engine.expr.ValueType;
import org.interleave.gobridge.parse.GoSubsetParser;

/** What a Go name stands for while import-go translates a program. */
sealed interface GoBinding {
    /** A local of the goroutine template {@code owner}, named {@code name} in the design. */
    record Local(String owner, String name, ValueType type, String decl) implements GoBinding {}

    /** A shared int or bool: a {@code var} part (a bool is stored as 0 or 1). */
    record Shared(String part, boolean bool, String decl) implements GoBinding {}

    /** A channel part and the Go type of its elements. */
    record Channel(String part, Elem elem) implements GoBinding {}

    /** A mutex, rwmutex, wait group or once part; {@code pointer} when the name holds its address. */
    record Sync(String part, String type, boolean pointer) implements GoBinding {}

    /**
     * An atomic part: an {@code atomic.Int64}/{@code Int32} value ({@code function} false), or a
     * plain {@code int64}/{@code int32} used only through {@code atomic.AddInt64(&x, ...)} and its kin.
     */
    record Atomic(String part, boolean function, boolean pointer) implements GoBinding {}

    /** A context part. */
    record Context(String part) implements GoBinding {}

    /** The cancel function of a context part. */
    record Cancel(String ctx) implements GoBinding {}

    /** A constant. */
    record Const(GoValue value) implements GoBinding {}

    /** A function declared at package level. */
    record Func(GoSubsetParser.FunctionDeclContext decl) implements GoBinding {}

    /** An imported package. */
    record Package(String path) implements GoBinding {}

    /** The element type of a channel. */
    enum Elem {
        INT("int"), BOOL("bool"), UNIT("struct{}");

        final String go;

        Elem(String go) {
            this.go = go;
        }
    }

    /**
     * A block's names. A scope that starts a goroutine's function literal is a boundary: a local
     * found beyond it belongs to another goroutine.
     */
    final class Scope {
        final Scope parent;
        final boolean boundary;
        private final Map<String, GoBinding> names = new HashMap<>();

        Scope(Scope parent, boolean boundary) {
            this.parent = parent;
            this.boundary = boundary;
        }

        Scope child() {
            return new Scope(this, false);
        }

        void put(String name, GoBinding b) {
            if (!name.equals("_")) {
                names.put(name, b);
            }
        }

        boolean declaresHere(String name) {
            return names.containsKey(name);
        }

        GoBinding get(String name) {
            for (Scope s = this; s != null; s = s.parent) {
                GoBinding b = s.names.get(name);
                if (b != null) {
                    return b;
                }
            }
            return null;
        }
    }
}
