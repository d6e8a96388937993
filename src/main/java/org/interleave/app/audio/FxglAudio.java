package org.interleave.app.audio;

import com.almasb.fxgl.audio.Music;
import com.almasb.fxgl.audio.Sound;
import com.almasb.fxgl.dsl.FXGL;
import java.util.EnumMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The game's sounds through FXGL's audio service: effects and tunes load once from the jar's
 * {@code /assets/sounds} and {@code /assets/music} with FXGL's asset loader, and their volumes are
 * FXGL's global sound and music volumes (which FXGL applies to music that is already playing).
 * A machine without an audio device loses the sound, never the game.
 */
public final class FxglAudio implements AudioOutput {
    private static final Logger LOG = Logger.getLogger(FxglAudio.class.getName());

    private final Map<Effect, Sound> sounds = new EnumMap<>(Effect.class);
    private final Map<Tune, Music> tunes = new EnumMap<>(Tune.class);
    private Music playing;
    private boolean broken;

    @Override
    public void play(Effect effect, double volume) {
        if (broken) {
            return;
        }
        try {
            Sound sound = sounds.computeIfAbsent(effect, e -> FXGL.getAssetLoader().loadSound(e.file()));
            FXGL.getSettings().setGlobalSoundVolume(volume);
            FXGL.getAudioPlayer().playSound(sound);
        } catch (RuntimeException e) {
            fail(e);
        }
    }

    @Override
    public void loop(Tune tune, double volume) {
        if (broken) {
            return;
        }
        try {
            stopMusic();
            Music music = tunes.computeIfAbsent(tune, t -> FXGL.getAssetLoader().loadMusic(t.file()));
            FXGL.getSettings().setGlobalMusicVolume(volume);
            FXGL.getAudioPlayer().loopMusic(music);
            playing = music;
        } catch (RuntimeException e) {
            fail(e);
        }
    }

    @Override
    public void musicVolume(double volume) {
        if (!broken) {
            FXGL.getSettings().setGlobalMusicVolume(volume);
        }
    }

    @Override
    public void stopMusic() {
        if (playing != null && !broken) {
            FXGL.getAudioPlayer().stopMusic(playing);
        }
        playing = null;
    }

    private void fail(RuntimeException e) {
        broken = true;
        LOG.log(Level.WARNING, "sound is off: the audio could not play", e);
    }
}
