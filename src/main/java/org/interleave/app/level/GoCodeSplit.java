package org.interleave.app.level;

import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.control.Labeled;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;
import org.interleave.app.canvas.CanvasEditor;
import org.interleave.engine.model.Design;
import org.interleave.engine.model.Level;
import org.interleave.gobridge.GoExporter;
import org.interleave.playback.GoCodeView;

/**
 * The design and its Go program ("Go code"): the Go view beside the canvas when the design column
 * has room for both ({@value #GO_BESIDE_EM} em), else under it, never a strip a few characters wide.
 * The view shows the design's own program, or the Go file the level was imported from while the
 * design keeps that file's goroutines.
 */
final class GoCodeSplit {
    /** The least width, in em, of a design column that shows the Go program beside the design rather than under it. */
    static final double GO_BESIDE_EM = 44;

    private final SplitPane split;
    private final CanvasEditor canvas;
    private final GoCodeView goView;
    private final Labeled em;
    private final Region screen;
    private GoExporter.Exported source;
    private Design sourceDesign;

    /**
     * {@code em} is a control in the screen's text size; {@code screen} gives the width while the
     * split has none yet.
     */
    GoCodeSplit(SplitPane split, CanvasEditor canvas, GoCodeView goView, Labeled em, Region screen) {
        this.split = split;
        this.canvas = canvas;
        this.goView = goView;
        this.em = em;
        this.screen = screen;
        split.widthProperty().addListener((obs, old, w) -> orient(false));
        em.fontProperty().addListener((obs, old, f) -> orient(false));
    }

    /** The imported Go file {@code program} shows while the design has the goroutines of {@code design}. */
    void setSource(Design design, GoExporter.Exported program) {
        source = program;
        sourceDesign = design;
    }

    /** Shows the program of {@code design}: the imported file's if it still fits, else the design's own. */
    void show(Design design, Level level) {
        if (source != null && sameGoroutines(design, sourceDesign)) {
            goView.showProgram(source);
        } else {
            goView.show(design, level.id(), level.title());
        }
    }

    /** The Go view beside (or under) the design, or the design alone. */
    void open(boolean on) {
        if (on) {
            split.getItems().setAll(canvas, goView);
            orient(true);
        } else {
            split.getItems().setAll(canvas);
        }
        // with the Go code the design asks for no more than its least and grows into what the step
        // bar leaves: a column shrinks each child by what it asks beyond its least, and the Go code,
        // which asks for every line, cut a step bar's second line in half
        split.setPrefHeight(on ? 1 : Region.USE_COMPUTED_SIZE);
    }

    private void orient(boolean opened) {
        if (!split.getItems().contains(goView)) {
            return;
        }
        double width = split.getWidth() > 0 ? split.getWidth() : screen.getWidth();
        Orientation o = width < GO_BESIDE_EM * em.getFont().getSize() ? Orientation.VERTICAL : Orientation.HORIZONTAL;
        if (opened || split.getOrientation() != o) {
            split.setOrientation(o);
            // under the design, the Go code takes the smaller share: it scrolls, and the canvas at
            // half a 1280×720 column was a 200 px strip
            split.setDividerPositions(o == Orientation.HORIZONTAL ? 0.45 : 0.64);
        }
    }

    private static boolean sameGoroutines(Design a, Design b) {
        return a != null && b != null && a.goroutines().stream().map(g -> List.of(g.id(), g.start(), g.count(), g.ops())).toList()
                .equals(b.goroutines().stream().map(g -> List.of(g.id(), g.start(), g.count(), g.ops())).toList());
    }
}
