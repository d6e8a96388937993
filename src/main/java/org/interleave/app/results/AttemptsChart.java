package org.interleave.app.results;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.interleave.level.save.Attempt;

/**
 * A small bar chart of a player's attempts on a level, oldest first: one bar per attempt, as
 * tall as its ticks, marked ✓ when it cleared and ✗ when not, with par drawn as a line. The
 * newest {@value #SHOWN} attempts are shown.
 */
public final class AttemptsChart extends VBox {
    /** How many attempts fit. */
    public static final int SHOWN = 20;
    private static final double HEIGHT_EM = 4.5;

    private final HBox bars = new HBox();

    /** Creates the chart of {@code attempts} against {@code parTicks} (0: no par). */
    public AttemptsChart(List<Attempt> attempts, long parTicks) {
        this(attempts, parTicks, false);
    }

    /**
     * Creates the chart of {@code attempts} against {@code parTicks} (0: no par); with
     * {@code schedules}, each attempt is a schedule the player made (a break level), as long as its
     * steps, which it calls them, not ticks.
     */
    public AttemptsChart(List<Attempt> attempts, long parTicks, boolean schedules) {
        getStyleClass().add("attempts-chart");
        setId("attempts-chart");
        bars.getStyleClass().add("attempt-bars");
        bars.setAlignment(Pos.BOTTOM_LEFT);
        List<Attempt> shown = attempts.size() <= SHOWN ? attempts : attempts.subList(attempts.size() - SHOWN, attempts.size());
        long max = Math.max(parTicks, shown.stream().mapToLong(Attempt::ticks).max().orElse(1));
        max = Math.max(1, max);
        int first = attempts.size() - shown.size() + 1;
        for (int i = 0; i < shown.size(); i++) {
            bars.getChildren().add(bar(shown.get(i), first + i, max, i == shown.size() - 1, schedules));
        }
        Label caption = new Label(caption(attempts, parTicks, schedules));
        caption.getStyleClass().add("chart-caption");
        caption.setWrapText(true);
        caption.setMinHeight(Region.USE_PREF_SIZE);  // wraps onto another line rather than losing its end
        if (parTicks > 0) {
            Region above = new Region();
            double fromTop = (1 - parTicks / (double) max) * HEIGHT_EM;
            above.setStyle(fixedHeight(fromTop));
            Region parLine = new Region();
            parLine.getStyleClass().add("par-line");
            VBox par = new VBox(above, parLine);
            par.setMouseTransparent(true);
            javafx.scene.layout.StackPane plot = new javafx.scene.layout.StackPane(bars, par);
            javafx.scene.layout.StackPane.setAlignment(par, Pos.TOP_LEFT);
            plot.getStyleClass().add("chart-plot");
            getChildren().addAll(plot, caption);
        } else {
            bars.getStyleClass().add("chart-plot");
            getChildren().addAll(bars, caption);
        }
    }

    private static VBox bar(Attempt a, int number, long max, boolean latest, boolean schedule) {
        Region fill = new Region();
        fill.getStyleClass().addAll("attempt-bar", a.cleared() ? "attempt-cleared" : "attempt-failed");
        if (latest) {
            fill.getStyleClass().add("attempt-latest");
        }
        double h = Math.max(0.2, a.ticks() / (double) max * HEIGHT_EM);
        fill.setStyle(fixedHeight(h));
        VBox area = new VBox(fill);
        area.setAlignment(Pos.BOTTOM_CENTER);
        area.setStyle(fixedHeight(HEIGHT_EM));
        Label mark = new Label(a.cleared() ? "✓" : "✗");
        mark.getStyleClass().addAll("attempt-mark", a.cleared() ? "attempt-cleared-mark" : "attempt-failed-mark");
        VBox box = new VBox(area, mark);
        box.setAlignment(Pos.BOTTOM_CENTER);
        box.getStyleClass().add("attempt");
        Tooltip.install(box, new Tooltip(schedule ? "Schedule " + number + ": " + a.ticks() + " steps"
                : "Attempt " + number + ": " + a.ticks() + " ticks, " + a.parts() + " parts, "
                + (a.cleared() ? "cleared" : "not cleared")));
        return box;
    }

    private static String fixedHeight(double em) {
        return "-fx-min-height: " + em + "em; -fx-pref-height: " + em + "em; -fx-max-height: " + em + "em;";
    }

    /**
     * "5 attempts, 2 cleared · bars: ticks of each attempt (✓ cleared, ✗ not) · line: par, 14 ticks";
     * of schedules, "2 schedules that broke it · bars: steps of each".
     */
    static String caption(List<Attempt> attempts, long parTicks, boolean schedules) {
        if (schedules) {
            return attempts.size() + (attempts.size() == 1 ? " schedule" : " schedules") + " that broke it"
                    + " · bars: steps of each (fewer is sharper)";
        }
        long cleared = attempts.stream().filter(Attempt::cleared).count();
        return attempts.size() + (attempts.size() == 1 ? " attempt, " : " attempts, ") + cleared + " cleared"
                + " · bars: ticks of each attempt (✓ cleared, ✗ not)"
                + (parTicks > 0 ? " · line: par, " + parTicks + " ticks" : "");
    }

    /** The number of bars drawn. */
    public int barCount() {
        return bars.getChildren().size();
    }
}
