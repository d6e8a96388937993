package org.interleave.level.save;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The player's preferences. Out-of-range values are clamped and missing ones take their
 * defaults, so a hand-edited settings file never stops the game from starting.
 *
 * @param theme          colour theme
 * @param uiScale        size of the whole UI in percent, {@value #MIN_UI_SCALE}–{@value #MAX_UI_SCALE}
 * @param projectorMode  larger text, thicker wires and a brighter palette for a classroom screen
 * @param sound          whether sounds play at all (false: muted)
 * @param animationSpeed playback speed as a multiple of normal, {@value #MIN_ANIMATION_SPEED}–{@value #MAX_ANIMATION_SPEED}
 * @param masterVolume   loudness of everything, in percent (0–100)
 * @param musicVolume    loudness of the music loops, in percent of the master volume
 * @param effectsVolume  loudness of the sound effects, in percent of the master volume
 * @param reduceMotion   whether the board shows states without movement (no easing, pulses, sparks or particles)
 * @param projectorEffects whether effects play in projector mode too (by default a classroom hears no clicks)
 */
public record Settings(Theme theme, int uiScale, boolean projectorMode, boolean sound, double animationSpeed,
                       int masterVolume, int musicVolume, int effectsVolume, boolean reduceMotion,
                       boolean projectorEffects) {
    public static final int MIN_UI_SCALE = 50;
    public static final int MAX_UI_SCALE = 300;
    public static final double MIN_ANIMATION_SPEED = 0.25;
    public static final double MAX_ANIMATION_SPEED = 4.0;

    /**
     * The colour theme; an unknown name in a settings file reads as the default, dark. (Nested,
     * so it does not clash with the app's stylesheet class of the same name.)
     */
    public enum Theme {
        @JsonProperty("dark") @JsonEnumDefaultValue DARK,
        @JsonProperty("light") LIGHT,
        @JsonProperty("high-contrast") HIGH_CONTRAST
    }

    private static final Settings DEFAULTS = new Settings(Theme.DARK, 100, false, true, 1.0, 80, 40, 70, false, false);

    public Settings {
        theme = theme == null ? Theme.DARK : theme;
        masterVolume = Math.clamp(masterVolume, 0, 100);
        musicVolume = Math.clamp(musicVolume, 0, 100);
        effectsVolume = Math.clamp(effectsVolume, 0, 100);
        uiScale = Math.clamp(uiScale, MIN_UI_SCALE, MAX_UI_SCALE);
        animationSpeed = Double.isNaN(animationSpeed)
                ? 1.0
                : Math.clamp(animationSpeed, MIN_ANIMATION_SPEED, MAX_ANIMATION_SPEED);
    }

    /** These settings with the default volumes and full motion. */
    public Settings(Theme theme, int uiScale, boolean projectorMode, boolean sound, double animationSpeed) {
        this(theme, uiScale, projectorMode, sound, animationSpeed, 80, 40, 70, false, false);
    }

    /** These settings, effects off in projector mode (the default). */
    public Settings(Theme theme, int uiScale, boolean projectorMode, boolean sound, double animationSpeed,
                    int masterVolume, int musicVolume, int effectsVolume, boolean reduceMotion) {
        this(theme, uiScale, projectorMode, sound, animationSpeed, masterVolume, musicVolume, effectsVolume, reduceMotion,
                false);
    }

    /** Dark theme at 100 %, projector mode off, sound on (master 80 %, music 40 %, effects 70 %), normal speed, full motion. */
    public static Settings defaults() {
        return DEFAULTS;
    }

    /** How Jackson reads a file: every field optional, out-of-range values clamped. */
    @JsonCreator
    static Settings read(
            @JsonProperty("theme") Theme theme,
            @JsonProperty("uiScale") Integer uiScale,
            @JsonProperty("projectorMode") Boolean projectorMode,
            @JsonProperty("sound") Boolean sound,
            @JsonProperty("animationSpeed") Double animationSpeed,
            @JsonProperty("masterVolume") Integer masterVolume,
            @JsonProperty("musicVolume") Integer musicVolume,
            @JsonProperty("effectsVolume") Integer effectsVolume,
            @JsonProperty("reduceMotion") Boolean reduceMotion,
            @JsonProperty("projectorEffects") Boolean projectorEffects) {
        return new Settings(
                theme == null ? DEFAULTS.theme : theme,
                uiScale == null ? DEFAULTS.uiScale : uiScale,
                projectorMode == null ? DEFAULTS.projectorMode : projectorMode,
                sound == null ? DEFAULTS.sound : sound,
                animationSpeed == null ? DEFAULTS.animationSpeed : animationSpeed,
                masterVolume == null ? DEFAULTS.masterVolume : masterVolume,
                musicVolume == null ? DEFAULTS.musicVolume : musicVolume,
                effectsVolume == null ? DEFAULTS.effectsVolume : effectsVolume,
                reduceMotion == null ? DEFAULTS.reduceMotion : reduceMotion,
                projectorEffects == null ? DEFAULTS.projectorEffects : projectorEffects);
    }

    public Settings withTheme(Theme theme) {
        return new Settings(theme, uiScale, projectorMode, sound, animationSpeed, masterVolume, musicVolume, effectsVolume, reduceMotion,
                projectorEffects);
    }

    public Settings withUiScale(int uiScale) {
        return new Settings(theme, uiScale, projectorMode, sound, animationSpeed, masterVolume, musicVolume, effectsVolume, reduceMotion,
                projectorEffects);
    }

    public Settings withProjectorMode(boolean projectorMode) {
        return new Settings(theme, uiScale, projectorMode, sound, animationSpeed, masterVolume, musicVolume, effectsVolume, reduceMotion,
                projectorEffects);
    }

    public Settings withSound(boolean sound) {
        return new Settings(theme, uiScale, projectorMode, sound, animationSpeed, masterVolume, musicVolume, effectsVolume, reduceMotion,
                projectorEffects);
    }

    public Settings withAnimationSpeed(double animationSpeed) {
        return new Settings(theme, uiScale, projectorMode, sound, animationSpeed, masterVolume, musicVolume, effectsVolume, reduceMotion,
                projectorEffects);
    }

    public Settings withMasterVolume(int masterVolume) {
        return new Settings(theme, uiScale, projectorMode, sound, animationSpeed, masterVolume, musicVolume, effectsVolume, reduceMotion,
                projectorEffects);
    }

    public Settings withMusicVolume(int musicVolume) {
        return new Settings(theme, uiScale, projectorMode, sound, animationSpeed, masterVolume, musicVolume, effectsVolume, reduceMotion,
                projectorEffects);
    }

    public Settings withEffectsVolume(int effectsVolume) {
        return new Settings(theme, uiScale, projectorMode, sound, animationSpeed, masterVolume, musicVolume, effectsVolume, reduceMotion,
                projectorEffects);
    }

    public Settings withReduceMotion(boolean reduceMotion) {
        return new Settings(theme, uiScale, projectorMode, sound, animationSpeed, masterVolume, musicVolume, effectsVolume, reduceMotion,
                projectorEffects);
    }

    public Settings withProjectorEffects(boolean projectorEffects) {
        return new Settings(theme, uiScale, projectorMode, sound, animationSpeed, masterVolume, musicVolume, effectsVolume, reduceMotion,
                projectorEffects);
    }
}
