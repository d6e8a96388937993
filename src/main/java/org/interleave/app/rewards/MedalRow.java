package org.interleave.app.rewards;

import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.interleave.engine.model.Level;
import org.interleave.level.save.Score;

/** Three medal marks in a row — ticks, parts, ops — for a level card or the results. */
public final class MedalRow extends HBox {
    private final Map<ScoreKind, Medal> medals;

    /** The medals of {@code level} for the best clear {@code best} (null: not cleared); none on a break level. */
    public MedalRow(Level level, Score best) {
        this(Medal.of(level, best), level.par());
    }

    /** The medals of {@code best} (null: not cleared) against {@code par}. */
    public MedalRow(Score best, Level.Par par) {
        this(Medal.of(best, par), par);
    }

    private MedalRow(Map<ScoreKind, Medal> medals, Level.Par par) {
        this.medals = medals;
        getStyleClass().add("medal-row");
        getStylesheets().add(Medal.STYLESHEET);
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
}
