package org.interleave.engine.model;

/** Where a part sits on the canvas and whether the player may change it. */
public record Layout(double x, double y, boolean locked) {
    public static final Layout NONE = new Layout(0, 0, false);
}
