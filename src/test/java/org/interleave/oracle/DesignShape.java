package org.interleave.oracle;

import java.util.Random;

/**
 * Which kinds of resource part a random design declares (goroutines it always has). The engine
 * takes shortcuts by what a design declares: where no part's state names a goroutine (no mutex,
 * rwmutex, once or var) a state key reuses its resources' part from the state it came from
 * ({@code engine/StateKeys}, {@code Footprints.resourcesNameNoGoroutine}), so the oracle must
 * also build designs that declare only some kinds, down to none.
 *
 * @param name     what the shape is called in the generator's coverage
 * @param channels {@code c0} (unbuffered) and {@code c1} (buffered), and a nil {@code cn} if {@code nil}
 * @param contexts {@code p} and its child {@code k}
 * @param sink     {@code out}, which emits and an output goal need
 */
public record DesignShape(String name, boolean channels, boolean nil, boolean mutex, boolean rwmutex, boolean waitgroup,
                   boolean once, boolean var, boolean atomic, boolean contexts, boolean sink) {

    /** How designs are drawn: every kind in each ({@code full}, the generator before shapes), or a mix of shapes. */
    public enum Mix {
        FULL, MIXED;

        /** {@code -Dinterleave.oracle.mix=full} draws every design as before shapes; the default is {@code mixed}. */
        static Mix of(String property) {
            return property != null && property.strip().equalsIgnoreCase("full") ? FULL : MIXED;
        }
    }

    /** Whether no declared part's state names a goroutine: the engine's key may reuse its resources' part. */
    boolean resourcesNameNoGoroutine() {
        return !mutex && !rwmutex && !once && !var;
    }

    /**
     * Every kind declared; contexts in 4 designs in 10 and a nil channel in 3 in 10, drawn as the
     * generator drew them before it had shapes (so {@link Mix#FULL} makes the same designs).
     */
    static DesignShape full(Random r) {
        boolean contexts = r.nextInt(10) < 4;
        boolean nil = r.nextInt(10) < 3;
        return new DesignShape("every kind", true, nil, true, true, true, true, true, true, contexts, true);
    }

    /**
     * One shape of the mix: in 20 designs, 10 declare every kind ({@link #full}), 2 only channels,
     * 2 only a mutex and a var, 1 only an atomic, 1 no resource at all, 2 every kind whose state
     * names no goroutine (channels, a wait group, an atomic, contexts), and 2 each kind (and the
     * contexts) with even odds. The sink is declared in half the designs that are not full, and
     * a nil channel in 3 in 10 of those with channels.
     */
    static DesignShape draw(Random r, Mix mix) {
        if (mix == Mix.FULL) {
            return full(r);
        }
        int roll = r.nextInt(20);
        if (roll < 10) {
            return full(r);
        }
        boolean sink = r.nextBoolean();
        DesignShape s = switch (roll) {
            case 10, 11 -> of("only channels", true, false, false, false, false, false, false, false, sink);
            case 12, 13 -> of("only a mutex and a var", false, true, false, false, false, true, false, false, sink);
            case 14 -> of("only an atomic", false, false, false, false, false, false, true, false, sink);
            case 15 -> of("no resource", false, false, false, false, false, false, false, false, sink);
            case 16, 17 -> of("no kind that names a goroutine", true, false, false, true, false, false, true, true, sink);
            default -> of("any kinds", r.nextBoolean(), r.nextBoolean(), r.nextBoolean(), r.nextBoolean(), r.nextBoolean(),
                    r.nextBoolean(), r.nextBoolean(), r.nextBoolean(), sink);
        };
        return s.channels && r.nextInt(10) < 3 ? s.withNil() : s;
    }

    private static DesignShape of(String name, boolean channels, boolean mutex, boolean rwmutex, boolean waitgroup,
                                  boolean once, boolean var, boolean atomic, boolean contexts, boolean sink) {
        return new DesignShape(name, channels, false, mutex, rwmutex, waitgroup, once, var, atomic, contexts, sink);
    }

    private DesignShape withNil() {
        return new DesignShape(name, channels, true, mutex, rwmutex, waitgroup, once, var, atomic, contexts, sink);
    }
}
