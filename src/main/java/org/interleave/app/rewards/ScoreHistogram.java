package org.interleave.app.rewards;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.interleave.level.save.Attempt;

/**
 * A histogram of one score over the player's clearing attempts on a level, as Opus Magnum draws
 * one per score: the scores along the bottom (better to the left), how many attempts scored each
 * as the bar's height, the par bucket marked, and the bucket of the design just cleared
 * highlighted. Attempts whose score on this count is not known are left out.
 */
public final class ScoreHistogram extends VBox {
    /** At most this many bars; wider ranges share buckets. */
    public static final int MAX_BUCKETS = 10;
    private static final double HEIGHT_EM = 4;

    private final ScoreKind kind;
    private final Bins bins;

    /** The bins of a histogram: from {@code low}, each {@code width} wide, with their counts. */
    public record Bins(long low, long width, int[] counts, int parBin, int thisBin) {
        /** The bin a value falls in. */
        public int of(long value) {
            return (int) ((value - low) / width);
        }

        /** The range of bin {@code i} as text: "14" or "14–15". */
        public String label(int i) {
            long from = low + i * width;
            long to = from + width - 1;
            return width == 1 ? String.valueOf(from) : from + "–" + to;
        }
    }

    /**
     * Creates the histogram of {@code kind} over {@code attempts} (cleared ones count), with
     * {@code par} (0: none) and {@code value}, the score of the design just cleared (-1: none).
     */
    public ScoreHistogram(ScoreKind kind, List<Attempt> attempts, long par, long value) {
        this.kind = kind;
        getStyleClass().add("score-histogram");
        getStylesheets().add(Medal.STYLESHEET);
        setId("histogram-" + kind.unit());
        List<Long> values = attempts.stream().filter(Attempt::cleared).map(kind::of).filter(v -> v >= 0).toList();
        this.bins = bin(values, par, value);

        Label title = new Label(kind.title());
        title.getStyleClass().add("histogram-title");
        HBox bars = new HBox();
        bars.getStyleClass().add("histogram-bars");
        bars.setAlignment(Pos.BOTTOM_LEFT);
        int max = 1;
        for (int c : bins.counts()) {
            max = Math.max(max, c);
        }
        for (int i = 0; i < bins.counts().length; i++) {
            bars.getChildren().add(bar(i, max));
        }
        Label axis = new Label(bins.label(0) + " … " + bins.label(bins.counts().length - 1) + " " + kind.unit());
        axis.getStyleClass().add("histogram-axis");
        Label caption = new Label((par > 0 ? "par " + par : "no par") + (value >= 0 ? " · this " + value : ""));
        caption.getStyleClass().add("histogram-caption");
        getChildren().addAll(title, bars, axis, caption);
        Tooltip.install(this, new Tooltip(kind.title() + " — " + kind.meaning() + ". Bars: your clearing attempts per "
                + (bins.width() == 1 ? "score" : "range of " + bins.width()) + "; left is better."));
    }

    private VBox bar(int i, int max) {
        int count = bins.counts()[i];
        Region fill = new Region();
        fill.getStyleClass().add("histogram-bar");
        if (i == bins.thisBin()) {
            fill.getStyleClass().add("histogram-this");
        }
        double h = count == 0 ? 0.1 : Math.max(0.3, count / (double) max * HEIGHT_EM);
        fill.setStyle(fixedHeight(h));
        VBox area = new VBox(fill);
        area.setAlignment(Pos.BOTTOM_CENTER);
        area.setStyle(fixedHeight(HEIGHT_EM));
        Label mark = new Label(i == bins.parBin() ? "par" : " ");
        mark.getStyleClass().add("histogram-par");
        mark.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);  // "par" whole: its column widens for it
        VBox box = new VBox(area, mark);
        box.setAlignment(Pos.BOTTOM_CENTER);
        box.getStyleClass().add("histogram-column");
        if (i == bins.parBin()) {
            box.getStyleClass().add("histogram-par-column");
        }
        Tooltip.install(box, new Tooltip(bins.label(i) + " " + kind.unit() + ": " + count
                + (count == 1 ? " attempt" : " attempts")));
        return box;
    }

    private static String fixedHeight(double em) {
        return "-fx-min-height: " + em + "em; -fx-pref-height: " + em + "em; -fx-max-height: " + em + "em;";
    }

    /** Puts the values, par and this design's value into at most {@link #MAX_BUCKETS} equal bins. */
    public static Bins bin(List<Long> values, long par, long value) {
        long low = Long.MAX_VALUE;
        long high = Long.MIN_VALUE;
        for (long v : values) {
            low = Math.min(low, v);
            high = Math.max(high, v);
        }
        for (long v : new long[] {par > 0 ? par : -1, value}) {
            if (v >= 0) {
                low = Math.min(low, v);
                high = Math.max(high, v);
            }
        }
        if (low > high) {
            low = 0;
            high = 0;
        }
        long span = high - low + 1;
        long width = Math.max(1, (span + MAX_BUCKETS - 1) / MAX_BUCKETS);
        int n = (int) ((span + width - 1) / width);
        int[] counts = new int[n];
        for (long v : values) {
            counts[(int) ((v - low) / width)]++;
        }
        int parBin = par > 0 ? (int) ((par - low) / width) : -1;
        int thisBin = value >= 0 ? (int) ((value - low) / width) : -1;
        return new Bins(low, width, counts, parBin, thisBin);
    }

    public ScoreKind kind() {
        return kind;
    }

    public Bins bins() {
        return bins;
    }
}
