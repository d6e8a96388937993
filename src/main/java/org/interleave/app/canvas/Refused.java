package org.interleave.app.canvas;

/** An edit the editor will not make, with the one-line reason it tells the player. */
public final class Refused extends Exception {
    public Refused(String reason) {
        super(reason, null, false, false);
    }

    /** The reason, as one line. */
    public String reason() {
        return getMessage();
    }
}
