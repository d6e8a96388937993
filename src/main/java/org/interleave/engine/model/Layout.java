package org.interleave.engine.model;

/**
 * Where a part sits on the canvas and whether the player may change it ({@code locked}), or send
 * to it from ops of their own ({@code sealed}: only the level's locked ops and locked goroutines
 * send to a sealed channel or print to a sealed sink; {@code relay}: a sealed part that also takes
 * from the player's ops a value passed on unchanged from a sealed channel). The engine runs them all
 * like any other part.
 */
public record Layout(double x, double y, boolean locked, boolean sealed, boolean relay) {
    public static final Layout NONE = new Layout(0, 0, false);

    /** A part that is not sealed. */
    public Layout(double x, double y, boolean locked) {
        this(x, y, locked, false, false);
    }

    /** A part sealed or not, that relays nothing. */
    public Layout(double x, double y, boolean locked, boolean sealed) {
        this(x, y, locked, sealed, false);
    }
}
