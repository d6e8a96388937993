package org.interleave.engine;

import java.util.List;
import org.interleave.engine.model.Op;

/**
 * One level of a goroutine's continuation: an op list, the position in it, and what happens at
 * its end (fall out, loop, return to the head of a range, finish a once body).
 */
final class Frame {
    enum Kind { BLOCK, CASE, WHILE, REPEAT, LOOP, RANGE, ONCE }

    final Kind kind;
    /** The position of the frame's op list in its template ({@link Program#blockOps}). */
    final int block;
    /** The op list as an array ({@link Program#blockCode}): read on every step, where a list's get is megamorphic. */
    final Op[] code;
    final Op owner;
    /** Next op; for RANGE, -1 means "at the head, about to receive". */
    int pc;
    /** REPEAT: iterations done; ONCE: the once's part index. */
    long counter;
    /** REPEAT: number of iterations. */
    long limit;

    Frame(Kind kind, int block, Op[] code, Op owner) {
        this.kind = kind;
        this.block = block;
        this.code = code;
        this.owner = owner;
    }

    /** A frame for body {@code ops} of the op just before this frame's pc (the op that was just taken). */
    Frame body(Program p, Kind kind, List<Op> ops, Op owner) {
        int b = p.bodyBlock(block, pc - 1, ops);
        return new Frame(kind, b, p.blockCode(b), owner);
    }

    /** The op list, as a list (where code walks a body's ops as the design holds them). */
    List<Op> ops(Program p) {
        return p.blockOps(block);
    }

    Frame copy() {
        Frame f = new Frame(kind, block, code, owner);
        f.pc = pc;
        f.counter = counter;
        f.limit = limit;
        return f;
    }

    boolean isLoop() {
        return kind == Kind.WHILE || kind == Kind.REPEAT || kind == Kind.LOOP || kind == Kind.RANGE;
    }

    boolean isBreakTarget() {
        return isLoop() || kind == Kind.CASE && owner instanceof Op.Select;
    }
}
