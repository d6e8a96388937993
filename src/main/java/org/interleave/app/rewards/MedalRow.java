package org.interleave.app.rewards;

import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.interleave.engine.model.Goal;
import org.interleave.engine.model.Level;
import org.interleave.level.save.Score;

/**
 * Three medal marks in a row — ticks, parts, ops — for a level card or the results; a break level's
 * row has one mark, on its steps (the length of the player's best schedule against par.steps).
 */
public final class MedalRow extends HBox {
    private final Map<ScoreKind, Medal> medals;
    private final Medal steps;

    /**
     * The medals of {@code level} for the best clear {@code best} (null: not cleared): on ticks, parts
     * and ops, or a break level's on its steps.
     */
    public MedalRow(Level level, Score best) {
        this(Medal.of(level, best), level.par(), level.mode() == Goal.Mode.BREAK ? Medal.steps(level, best) : null);
    }

    /** The medals of {@code best} (null: not cleared) against {@code par}. */
    public MedalRow(Score best, Level.Par par) {
        this(Medal.of(best, par), par, null);
    }

    /** {@code steps}: a break level's one medal (null: the three of any other level). */
    private MedalRow(Map<ScoreKind, Medal> medals, Level.Par par, Medal steps) {
        this.medals = medals;
        this.steps = steps == null ? Medal.NONE : steps;
        getStyleClass().add("medal-row");
        getStylesheets().add(Medal.STYLESHEET);
        if (steps != null) {
            Label mark = new Label(steps.symbol());
            mark.setId("medal-steps");
            mark.getStyleClass().addAll("medal", steps.styleClass());
            Tooltip.install(mark, new Tooltip("Steps of your shortest schedule: " + steps.word()
                    + (par.steps() > 0 ? " (par " + par.steps() + ")" : "")));
            getChildren().add(mark);
            setAccessibleText("Medal: steps " + steps.word());
            return;
        }
        StringBuilder words = new StringBuilder();
        for (ScoreKind k : ScoreKind.values()) {
            Medal m = medals.get(k);
            Label mark = new Label(m.symbol());
            mark.setId("medal-" + k.unit());
            mark.getStyleClass().addAll("medal", m.styleClass());
            Tooltip.install(mark, new Tooltip(k.title() + ": " + m.word()
                    + (k.par(par) > 0 ? " (par " + k.par(par) + ")" : "")));
            getChildren().add(mark);
            words.append(words.isEmpty() ? "" : ", ").append(k.unit()).append(' ').append(m.word());
        }
        setAccessibleText("Medals: " + words);
    }

    public Medal medal(ScoreKind kind) {
        return medals.get(kind);
    }

    /** A break level's medal on its steps; none in the row of any other level. */
    public Medal steps() {
        return steps;
    }
}
