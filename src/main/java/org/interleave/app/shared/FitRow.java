package org.interleave.app.shared;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.layout.HBox;

/**
 * A row that keeps its essential controls whole when it is narrow — a small window, projector
 * mode's large text — by giving up what matters least first: it hides secondary labels and
 * shortens long button texts, step by step in the order given, and undoes the steps as room comes
 * back. What it cannot spare never elides: it is the last to go.
 */
public final class FitRow extends HBox {
    private record Step(Runnable tighten, Runnable loosen) {}

    private final List<Step> steps = new ArrayList<>();
    private final java.util.Set<Node> flexible = new java.util.HashSet<>();
    private int tightened;

    /** A row of {@code children}, nothing given up until a step is added and needed. */
    public FitRow(Node... children) {
        super(children);
    }

    /** The next step when the row is too narrow: {@code node} is hidden (unless something else hid it already). */
    public FitRow hideWhenTight(Node node) {
        boolean[] hidByRow = {false};
        steps.add(new Step(() -> {
            hidByRow[0] = node.isVisible() && node.isManaged();
            if (hidByRow[0]) {
                node.setVisible(false);
                node.setManaged(false);
            }
        }, () -> {
            if (hidByRow[0]) {
                node.setVisible(true);
                node.setManaged(true);
                hidByRow[0] = false;
            }
        }));
        return this;
    }

    /** The next step when the row is too narrow: {@code labeled} says {@code shorter} (its tooltip keeps the whole). */
    public FitRow shortenWhenTight(Labeled labeled, String shorter) {
        String[] whole = {null};
        steps.add(new Step(() -> {
            whole[0] = labeled.getText();
            labeled.setText(shorter);
        }, () -> {
            if (whole[0] != null) {
                labeled.setText(whole[0]);
                whole[0] = null;
            }
        }));
        return this;
    }

    /** {@code node} (a wrapping note) takes what room is left: the row fits when it has its minimum width. */
    public FitRow flexible(Node node) {
        flexible.add(node);
        return this;
    }

    /** How many of its steps the row has taken to fit (for tests). */
    public int tightened() {
        return tightened;
    }

    /** The row takes the width it is given and fits itself into it, so it never widens the screen. */
    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + snappedRightInset();
    }

    /**
     * As tall as the row is at {@code width}, fitted to it: a parent asks for the height at the
     * width it will give (a column narrowed by a smaller window) before the row is laid out at it,
     * and the row, still loosened for its old width, squeezed its wrapping note there and asked for
     * two lines (57 px for 35 in the design's top row, 1920 -> 1280 px wide, the canvas 22 px short
     * for that frame).
     */
    @Override
    protected double computePrefHeight(double width) {
        fitAhead(width);
        return super.computePrefHeight(width);
    }

    @Override
    protected double computeMinHeight(double width) {
        fitAhead(width);
        return super.computeMinHeight(width);
    }

    /** Fits the row to {@code width} when it is asked about a width it is not laid out at (see {@link #computePrefHeight}). */
    private void fitAhead(double width) {
        if (width > 0 && getWidth() > 0 && Math.abs(width - getWidth()) > 0.5) {
            fit(width);
        }
    }

    @Override
    protected void layoutChildren() {
        fit(getWidth());
        super.layoutChildren();
    }

    /** Loosens while there is room at {@code width}, then tightens until the row fits it. */
    private void fit(double width) {
        if (width > 0) {
            // loosen while there is room, then tighten until the row fits
            while (tightened > 0) {
                steps.get(tightened - 1).loosen().run();
                if (fits(width)) {
                    tightened--;
                } else {
                    steps.get(tightened - 1).tighten().run();
                    break;
                }
            }
            while (tightened < steps.size() && !fits(width)) {
                steps.get(tightened).tighten().run();
                tightened++;
            }
        }
    }

    /** Whether the managed children at their preferred widths fit (computed here: the row's own cache is stale mid-layout). */
    private boolean fits(double width) {
        double sum = snappedLeftInset() + snappedRightInset();
        int n = 0;
        for (Node c : getChildren()) {
            if (c.isManaged()) {
                c.applyCss();
                sum += snapSizeX(flexible.contains(c) ? c.minWidth(-1) : c.prefWidth(-1)) + (n++ > 0 ? snapSpaceX(getSpacing()) : 0);
            }
        }
        return sum <= width + 0.5;
    }
}
