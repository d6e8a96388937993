package org.interleave.app.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import javafx.scene.text.Font;

/**
 * The game's own fonts, shipped in the jar (DejaVu Sans and DejaVu Sans Mono, copied from Debian's
 * fonts-dejavu-core by {@code assets/copy-fonts.sh}; licence beside them): every symbol the UI
 * writes — arrows, ticks and crosses, ⚡, ⊘, ⚙ — draws the same on every system, never as a
 * missing-glyph box. The theme names the families; {@link #load} registers them with JavaFX.
 */
public final class Fonts {
    /** The UI's family. */
    public static final String SANS = "DejaVu Sans";
    /** The family of code, values and tokens. */
    public static final String MONO = "DejaVu Sans Mono";
    /** The font files on the class path. */
    public static final List<String> FILES = List.of("/assets/fonts/DejaVuSans.ttf", "/assets/fonts/DejaVuSans-Bold.ttf",
            "/assets/fonts/DejaVuSansMono.ttf", "/assets/fonts/DejaVuSansMono-Bold.ttf");
    private static boolean loaded;

    private Fonts() {}

    /** Registers the fonts with JavaFX, once (every themed root calls it; only the first loads). */
    public static synchronized void load() {
        if (loaded) {
            return;
        }
        for (String file : FILES) {
            try (InputStream in = Fonts.class.getResourceAsStream(file)) {
                if (in == null) {
                    throw new IllegalStateException("font missing from the class path: " + file);
                }
                Font.loadFont(in, Theme.BASE_FONT_PX);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        loaded = true;
    }
}
