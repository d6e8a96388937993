package org.interleave.playback;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;

/** The timeline's key: a sample of each lane state and each kind of arrow, with its name. */
final class TimelineLegend {
    private TimelineLegend() {}

    /** The legend's entries, one per state or arrow, to flow with the timeline's heading. */
    static List<Node> items() {
        return List.of(
                sample(block("tl-running", 12, 12), "running"),
                sample(block("tl-runnable", 12, 6), "runnable"),
                sample(block("tl-blocked", 12, 12), "⊘ blocked"),
                sample(line("tl-done", 12), "✓ done"),
                sample(line("tl-edge-channel", 14), "channel"),
                sample(line("tl-edge-lock", 14), "lock"),
                sample(line("tl-edge-sync", 14), "other sync"),
                sample(new Text("⚡"), "race"));
    }

    private static HBox sample(Node shape, String words) {
        if (shape instanceof Text t) {
            t.getStyleClass().add("tl-glyph-race-sample");  // on the panel, not on a step's colour
        }
        Label l = new Label(words);
        l.getStyleClass().add("timeline-legend-label");
        HBox h = new HBox(shape, l);
        h.setAlignment(Pos.CENTER_LEFT);
        h.getStyleClass().add("timeline-legend-item");
        return h;
    }

    private static Rectangle block(String style, double w, double h) {
        Rectangle r = new Rectangle(w, h);
        r.getStyleClass().addAll("tl-cell", style);
        return r;
    }

    private static Line line(String style, double w) {
        Line l = new Line(0, 0, w, 0);
        l.getStyleClass().add(style);
        return l;
    }
}
