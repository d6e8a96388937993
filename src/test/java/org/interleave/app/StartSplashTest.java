package org.interleave.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import org.interleave.app.shared.Fonts;
import org.junit.jupiter.api.Test;

/** The splash writes in the UI's own font, so its letters match the menu's. */
class StartSplashTest {
    @Test
    void splashFonts_areTheShippedDejaVuSans() {
        Font title = StartSplash.font(Font.BOLD, 52);
        Font line = StartSplash.font(Font.PLAIN, 16);
        assertEquals(Fonts.SANS, title.getFamily(java.util.Locale.ROOT));
        assertEquals(Fonts.SANS, line.getFamily(java.util.Locale.ROOT));
        assertTrue(title.getFontName(java.util.Locale.ROOT).contains("Bold"), title.getFontName());
        assertTrue(!line.getFontName(java.util.Locale.ROOT).contains("Bold"), line.getFontName());
        assertEquals(52f, title.getSize2D());
        assertEquals(16f, line.getSize2D());
    }

    @Test
    void everyLetterTheSplashWrites_isInItsFont() {
        for (String text : new String[] {InterleaveApp.TITLE, InterleaveApp.SUBTITLE, "starting…"}) {
            assertEquals(-1, StartSplash.font(Font.PLAIN, 16).canDisplayUpTo(text), text);
            assertEquals(-1, StartSplash.font(Font.BOLD, 52).canDisplayUpTo(text), text);
        }
    }
}
