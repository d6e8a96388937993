package org.interleave.engine.expr;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each parsed node came from: a side table keyed by node identity, holding the nodes
 * weakly.
 *
 * <p>Why a side table rather than an offset component on the records: the records are values
 * (tests and callers compare trees with {@code equals}, and match them with record patterns such
 * as {@code Local(var name)}), and an offset field would make {@code x} parsed from {@code "x"}
 * differ from {@code x} parsed from {@code " x"}. Identity keeps two equal nodes from different
 * sources apart; weak keys let trees that are no longer used be collected.
 */
final class SourcePositions {
    private static final ReferenceQueue<Expr> collected = new ReferenceQueue<>();
    private static final Map<Key, Integer> offsets = new HashMap<>();

    private SourcePositions() {}

    static synchronized void record(Expr node, int offset) {
        expungeCollected();
        offsets.put(new Key(node, collected), offset);
    }

    /** The offset {@code node} was parsed at, or -1 if it was not produced by the parser. */
    static synchronized int offsetOf(Expr node) {
        expungeCollected();
        Integer offset = offsets.get(new Key(node, null));
        return offset == null ? -1 : offset;
    }

    private static void expungeCollected() {
        for (var ref = collected.poll(); ref != null; ref = collected.poll()) {
            offsets.remove(ref);
        }
    }

    /** A weak reference compared by the identity of its referent. */
    private static final class Key extends WeakReference<Expr> {
        private final int hash;

        Key(Expr node, ReferenceQueue<Expr> queue) {
            super(node, queue);
            this.hash = System.identityHashCode(node);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object other) {
            if (this == other) {
                return true;
            }
            if (!(other instanceof Key key)) {
                return false;
            }
            Expr node = get();
            return node != null && node == key.get();
        }
    }
}
