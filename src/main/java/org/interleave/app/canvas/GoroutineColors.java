package org.interleave.app.canvas;

import java.util.List;

/**
 * Goroutine colours from the Okabe–Ito palette, which stays distinct under the common kinds of
 * colour blindness; each is always shown with the goroutine's name, never alone.
 */
public final class GoroutineColors {
    /** Okabe–Ito without black (the background is dark): orange, sky blue, bluish green, yellow, blue, vermillion, reddish purple. */
    static final List<String> OKABE_ITO = List.of("#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7");

    private GoroutineColors() {}

    /** The colour of the i-th goroutine of a design. */
    public static String of(int i) {
        return OKABE_ITO.get(Math.floorMod(i, OKABE_ITO.size()));
    }
}
