package org.interleave.app.rewards;

import java.util.Map;
import java.util.EnumMap;
import org.interleave.engine.model.Goal;
import org.interleave.engine.model.Level;
import org.interleave.level.save.Score;

/**
 * A medal for one score of a cleared level: gold at or under par, silver within a quarter over
 * it (and always one over it: at a par under 4 no whole number is within a quarter, and silver
 * could not be won), bronze for any clear; none before a clear, or when the level sets no par on
 * that score.
 */
public enum Medal {
    NONE("no medal", "○"),
    BRONZE("bronze", "●"),
    SILVER("silver", "●"),
    GOLD("gold", "★");

    /** The stylesheet of medals and histograms, for any view that shows them. */
    public static final String STYLESHEET = Medal.class.getResource("rewards.css").toExternalForm();

    /** How far over par still earns silver, as a fraction of par. */
    public static final double SILVER_MARGIN = 0.25;

    private final String word;
    private final String symbol;

    Medal(String word, String symbol) {
        this.word = word;
        this.symbol = symbol;
    }

    public String word() {
        return word;
    }

    /** The mark drawn for it (coloured by the style class {@code medal-<word>}). */
    public String symbol() {
        return symbol;
    }

    /** The medal of a cleared design's {@code value} against {@code par} (0: no par; value -1: unknown). */
    public static Medal of(long value, long par) {
        if (par <= 0 || value < 0) {
            return NONE;
        }
        if (value <= par) {
            return GOLD;
        }
        return value <= Math.max(par + 1, (long) Math.floor(par * (1 + SILVER_MARGIN))) ? SILVER : BRONZE;
    }

    /**
     * The medals of {@code level} for the player's best clear ({@code best}; null: not cleared). A
     * {@code break} level earns none here: it is cleared by a schedule, scored by its steps, and has no
     * par of ticks, parts or ops to meet (its par is the reference fix's, which the player does not build);
     * its medal is on its steps ({@link #steps}).
     */
    public static Map<ScoreKind, Medal> of(Level level, Score best) {
        return of(level.mode() == Goal.Mode.BREAK ? null : best, level.par());
    }

    /**
     * The medal of a {@code break} level's best schedule ({@code best}; null: not cleared): its steps,
     * which the game keeps as the score's ticks (Clears.broken), against the level's {@code par.steps};
     * none on any other level.
     */
    public static Medal steps(Level level, Score best) {
        return level.mode() != Goal.Mode.BREAK || best == null ? NONE : of(best.ticks(), level.par().steps());
    }

    /**
     * How many gold medals the player's best on {@code level} holds: up to three on a build or fix
     * level (ticks, parts, ops), one on a break level (its steps).
     */
    public static int golds(Level level, Score best) {
        if (level.mode() == Goal.Mode.BREAK) {
            return steps(level, best) == GOLD ? 1 : 0;
        }
        return (int) of(level, best).values().stream().filter(m -> m == GOLD).count();
    }

    /** The medals of a best score on each count (none for a level not cleared: {@code best} null). */
    public static Map<ScoreKind, Medal> of(Score best, Level.Par par) {
        Map<ScoreKind, Medal> out = new EnumMap<>(ScoreKind.class);
        for (ScoreKind k : ScoreKind.values()) {
            out.put(k, best == null ? NONE : of(k.of(best), k.par(par)));
        }
        return out;
    }

    /** The style class of its colour. */
    public String styleClass() {
        return "medal-" + name().toLowerCase(java.util.Locale.ROOT);
    }
}
