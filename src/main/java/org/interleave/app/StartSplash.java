package org.interleave.app;

import java.awt.Color;
import java.awt.EventQueue;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.Window;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import org.interleave.app.shared.Fonts;

/**
 * The window that shows at once when the game starts, before JavaFX and FXGL are up (seconds on a
 * busy machine): the game's name and "starting…", in the theme's colours, until the menu can be
 * used. It is drawn with AWT, which starts in a fraction of the time, and never shown without a
 * display (nor on macOS, where FXGL's own startup scene is the first thing shown). Its letters are
 * the UI's own, DejaVu Sans from the jar ({@link Fonts}), so the name looks the same before and after
 * the menu comes. With {@code -Dinterleave.startupTiming=true} the game prints how long after the
 * process started its menu could be used.
 */
public final class StartSplash {
    private static final Color BACKGROUND = new Color(0x15181e);
    private static final Color TITLE = new Color(0xe8eaf0);
    private static final Color ACCENT = new Color(0x4fc3e8);
    private static final Color MUTED = new Color(0xa3abbd);
    private static final int WIDTH = 520;
    private static final int HEIGHT = 220;

    private static Window window;
    private static Font regular;
    private static Font bold;

    private StartSplash() {}

    /** Shows the splash, unless there is no display (or the AWT cannot show one: the game starts all the same). */
    public static synchronized void show() {
        // not on macOS, where the AWT and JavaFX would both take the one AppKit thread
        if (window != null || GraphicsEnvironment.isHeadless()
                || System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("mac")) {
            return;
        }
        try {
            EventQueue.invokeAndWait(() -> {
                Window w = new Window(null) {
                    @Override
                    public void paint(Graphics g) {
                        draw((Graphics2D) g);
                    }
                };
                w.setBackground(BACKGROUND);
                w.setSize(WIDTH, HEIGHT);
                w.setLocationRelativeTo(null);
                w.setVisible(true);
                window = w;
            });
        } catch (Exception | Error e) {
            window = null;  // no splash: a display the AWT cannot use
        }
    }

    private static void draw(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(BACKGROUND);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(ACCENT);
        g.fillRect(0, 0, WIDTH, 4);
        centred(g, InterleaveApp.TITLE, font(Font.BOLD, 52), TITLE, 104);
        centred(g, InterleaveApp.SUBTITLE, font(Font.PLAIN, 20), ACCENT, 142);
        centred(g, "starting…", font(Font.PLAIN, 16), MUTED, 188);
    }

    /**
     * The splash's letters at {@code size}: DejaVu Sans (or DejaVu Sans Bold) read from the jar, once;
     * the system's sans-serif only if the file cannot be read (a splash is never worth failing a start).
     */
    static synchronized Font font(int style, float size) {
        boolean isBold = (style & Font.BOLD) != 0;
        Font base = isBold ? bold : regular;
        if (base == null) {
            base = shipped(Fonts.FILES.get(isBold ? 1 : 0));
            if (base == null) {
                return new Font(Font.SANS_SERIF, style, Math.round(size));
            }
            if (isBold) {
                bold = base;
            } else {
                regular = base;
            }
        }
        return base.deriveFont(size);
    }

    private static Font shipped(String file) {
        try (InputStream in = StartSplash.class.getResourceAsStream(file)) {
            return in == null ? null : Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            return null;
        }
    }

    private static void centred(Graphics2D g, String text, Font font, Color colour, int baseline) {
        g.setFont(font);
        g.setColor(colour);
        FontMetrics m = g.getFontMetrics();
        g.drawString(text, (WIDTH - m.stringWidth(text)) / 2, baseline);
    }

    /** Closes the splash (the menu can be used now), and says when, if asked to. */
    public static synchronized void close() {
        if (Boolean.getBoolean("interleave.startupTiming")) {
            ProcessHandle.current().info().startInstant().ifPresent(start -> System.err.println(
                    "Interleave: the menu could be used " + Duration.between(start, Instant.now()).toMillis()
                            + " ms after the process started"));
        }
        Window w = window;
        window = null;
        if (w != null) {
            EventQueue.invokeLater(w::dispose);
        }
    }
}
