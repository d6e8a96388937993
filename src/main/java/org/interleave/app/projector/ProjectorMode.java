package org.interleave.app.projector;

import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import org.interleave.level.save.Settings;

/**
 * Projector mode's state: on or off, the UI scale, the blank screen, the pointer spotlight and
 * slow motion. It builds no nodes; {@link ProjectorStyler} and {@link ProjectorOverlay} show it.
 * The scale, the mode itself and the animation speed are the player's {@link Settings}: every
 * change is handed to the saver it was given.
 */
public final class ProjectorMode {
    /** The root font size at 100 %, in px: essential text is at least this big, less rounding. */
    public static final double BASE_FONT_PX = 24;
    /** The smallest and largest UI scale in projector mode, in percent. */
    public static final int MIN_SCALE = 100;
    public static final int MAX_SCALE = 300;
    /** One step of the scale keys, in percent. */
    public static final int SCALE_STEP = 25;
    /**
     * The least room, in em of the root font, a window keeps at any scale: 40 em wide and 22.5 em
     * high (16:9). A scale that would leave less is capped to the largest size that fits, so a
     * small window in projector mode shows whole screens in large text rather than pieces of them
     * in larger text (200 % fits 1920×1080 exactly; 1280×720 holds 32 px, 1366×768 34 px).
     */
    public static final double WINDOW_EM_WIDE = 40;
    public static final double WINDOW_EM_HIGH = 22.5;
    /** The animation speed of slow motion, as a multiple of normal. */
    public static final double SLOW_MOTION_SPEED = 0.35;

    private final BooleanProperty enabled = new SimpleBooleanProperty(this, "enabled");
    private final IntegerProperty scale = new SimpleIntegerProperty(this, "scale", MIN_SCALE);
    private final BooleanProperty blanked = new SimpleBooleanProperty(this, "blanked");
    private final BooleanProperty spotlight = new SimpleBooleanProperty(this, "spotlight");
    private final BooleanProperty slowMotion = new SimpleBooleanProperty(this, "slowMotion");
    private Settings settings;
    private boolean adopting;
    private double windowWidth;
    private double windowHeight;

    /** Starts from the player's settings; {@code save} receives every change to them. */
    public ProjectorMode(Settings settings, Consumer<Settings> save) {
        this.settings = settings;
        enabled.set(settings.projectorMode());
        scale.set(clampScale(settings.uiScale()));
        slowMotion.set(settings.animationSpeed() < 1.0);
        enabled.addListener((o, a, on) -> {
            if (!on) {
                blanked.set(false);
                spotlight.set(false);
            }
            store(this.settings.withProjectorMode(on), save);
        });
        scale.addListener((o, a, s) -> store(this.settings.withUiScale(s.intValue()), save));
        slowMotion.addListener((o, a, slow) -> store(this.settings.withAnimationSpeed(slow ? SLOW_MOTION_SPEED : 1.0), save));
    }

    private void store(Settings next, Consumer<Settings> save) {
        if (!adopting && !next.equals(settings)) {
            settings = next;
            save.accept(next);
        }
    }

    private static int clampScale(int percent) {
        return Math.clamp(percent, MIN_SCALE, MAX_SCALE);
    }

    /**
     * The root font size now, in px: the normal theme's when off, else the base times the scale,
     * capped so the window (as last {@linkplain #fitWindow told}) keeps {@value #WINDOW_EM_WIDE} ×
     * {@value #WINDOW_EM_HIGH} em, and never below the base.
     */
    public double rootFontPx(double normalPx) {
        if (!enabled.get()) {
            return normalPx;
        }
        double px = BASE_FONT_PX * scale.get() / 100.0;
        if (windowWidth > 0 && windowHeight > 0) {
            px = Math.min(px, Math.floor(Math.min(windowWidth / WINDOW_EM_WIDE, windowHeight / WINDOW_EM_HIGH)));
        }
        return Math.max(BASE_FONT_PX, px);
    }

    /** Whether the scale is capped by the window now: its text is smaller than the scale asks. */
    public boolean cappedByWindow() {
        return enabled.get() && rootFontPx(0) < BASE_FONT_PX * scale.get() / 100.0;
    }

    /**
     * Tells the mode the window's size (0 × 0: unknown, no cap); returns whether the root font
     * size changed with it.
     */
    public boolean fitWindow(double width, double height) {
        double before = rootFontPx(0);
        windowWidth = width;
        windowHeight = height;
        return rootFontPx(0) != before;
    }

    /**
     * Takes settings changed elsewhere (the settings dialog) as the base of its next changes, and
     * their UI scale as its own, without saving them again.
     */
    public void adopt(Settings changed) {
        adopting = true;
        try {
            settings = changed;
            scale.set(clampScale(changed.uiScale()));
        } finally {
            adopting = false;
        }
    }

    /** Turns projector mode on or off. */
    public void toggle() {
        enabled.set(!enabled.get());
    }

    /** Changes the scale by {@code steps} of {@value #SCALE_STEP} %, within 100–300 %. */
    public void zoom(int steps) {
        scale.set(clampScale(scale.get() + steps * SCALE_STEP));
    }

    /** Sets the scale, clamped to 100–300 %. */
    public void setScale(int percent) {
        scale.set(clampScale(percent));
    }

    /** How much longer an animation step takes than normal (1 normally, more in slow motion). */
    public double slowdown() {
        return slowMotion.get() ? 1 / SLOW_MOTION_SPEED : 1.0;
    }

    /** The settings as changed by this mode. */
    public Settings settings() {
        return settings;
    }

    public BooleanProperty enabledProperty() {
        return enabled;
    }

    public IntegerProperty scaleProperty() {
        return scale;
    }

    public BooleanProperty blankedProperty() {
        return blanked;
    }

    public BooleanProperty spotlightProperty() {
        return spotlight;
    }

    public BooleanProperty slowMotionProperty() {
        return slowMotion;
    }
}
