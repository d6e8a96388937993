package org.interleave.app.audio;

import java.util.Objects;
import org.interleave.level.save.Settings;

/**
 * The game's sound as the player set it: plays effects and loops music through an
 * {@link AudioOutput} at the volumes of the settings (master × effects, master × music; nothing
 * when muted), and applies changed settings at once — the music playing follows a new volume,
 * and a mute silences it. In projector mode effects are off by default (a classroom hears the
 * teacher, not the clicks), unless the player turns them on for it; the music follows the settings.
 */
public final class GameAudio {
    private AudioOutput output;
    private Settings settings;
    private Tune tune;

    /** Sound through {@code output} with {@code settings}. */
    public GameAudio(AudioOutput output, Settings settings) {
        this.output = Objects.requireNonNull(output);
        this.settings = Objects.requireNonNull(settings);
    }

    /** Plays an effect, unless effects are silent now. */
    public void play(Effect effect) {
        double v = effectsVolume(settings);
        if (v > 0) {
            output.play(effect, v);
        }
    }

    /** Loops {@code tune}; a tune already looping goes on without restarting. */
    public void music(Tune tune) {
        if (tune == this.tune) {
            return;
        }
        this.tune = tune;
        double v = musicVolume(settings);
        if (v > 0) {
            output.loop(tune, v);
        } else {
            output.stopMusic();
        }
    }

    /** Applies changed settings at once. */
    public void apply(Settings changed) {
        double before = musicVolume(settings);
        settings = Objects.requireNonNull(changed);
        double now = musicVolume(settings);
        if (tune == null || now == before) {
            return;
        }
        if (now == 0) {
            output.stopMusic();
        } else if (before == 0) {
            output.loop(tune, now);
        } else {
            output.musicVolume(now);
        }
    }

    /** Sends the sound elsewhere (the game's FXGL audio once it runs); the tune playing moves with it. */
    public void setOutput(AudioOutput output) {
        this.output.stopMusic();
        this.output = Objects.requireNonNull(output);
        if (tune != null && musicVolume(settings) > 0) {
            output.loop(tune, musicVolume(settings));
        }
    }

    /** Where the sound goes now. */
    public AudioOutput output() {
        return output;
    }

    /** The tune asked for last, or null. */
    public Tune tune() {
        return tune;
    }

    /** The effects' final volume under these settings, 0–1. */
    public static double effectsVolume(Settings s) {
        return !s.sound() || s.projectorMode() && !s.projectorEffects() ? 0 : s.masterVolume() / 100.0 * s.effectsVolume() / 100.0;
    }

    /** The music's final volume under these settings, 0–1. */
    public static double musicVolume(Settings s) {
        return !s.sound() ? 0 : s.masterVolume() / 100.0 * s.musicVolume() / 100.0;
    }
}
