package org.interleave.app.rewards;

import org.interleave.engine.model.Level;
import org.interleave.level.save.Attempt;
import org.interleave.level.save.Score;

/**
 * The three scores of a level, each with its par, lower is better: ticks (how fast the run is),
 * parts (what the design costs) and ops (how big its code is). A value of -1 is not known (a
 * score saved before ops were counted).
 */
public enum ScoreKind {
    TICKS("Ticks", "ticks", "how fast: the tick at which main returns"),
    PARTS("Parts", "parts", "what it costs: parts on the board"),
    OPS("Ops", "ops", "how big: ops in all goroutines, nested ones included");

    private final String title;
    private final String unit;
    private final String meaning;

    ScoreKind(String title, String unit, String meaning) {
        this.title = title;
        this.unit = unit;
        this.meaning = meaning;
    }

    public String title() {
        return title;
    }

    /** The plural unit, "ticks". */
    public String unit() {
        return unit;
    }

    /** What the score measures, in a few words. */
    public String meaning() {
        return meaning;
    }

    public long of(Score s) {
        return switch (this) {
            case TICKS -> s.ticks();
            case PARTS -> s.parts();
            case OPS -> s.ops();
        };
    }

    public long of(Attempt a) {
        return switch (this) {
            case TICKS -> a.ticks();
            case PARTS -> a.parts();
            case OPS -> a.ops();
        };
    }

    /** The level's par on this score; 0 when it has none. */
    public long par(Level.Par par) {
        return switch (this) {
            case TICKS -> par.ticks();
            case PARTS -> par.parts();
            case OPS -> par.ops();
        };
    }

    /** The name of the design slot that keeps the player's best design on this score. */
    public String slot() {
        return "Best " + unit;
    }
}
