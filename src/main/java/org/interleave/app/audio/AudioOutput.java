package org.interleave.app.audio;

/**
 * Where the game's sounds go: FXGL's audio player in the game ({@link FxglAudio}), a log that
 * plays nothing in tests and embedded instances ({@link AudioLog}). Volumes are final, 0–1:
 * {@link GameAudio} has already applied the player's settings.
 */
public interface AudioOutput {
    /** Plays an effect once at {@code volume}. */
    void play(Effect effect, double volume);

    /** Loops {@code tune} at {@code volume} in place of any tune playing. */
    void loop(Tune tune, double volume);

    /** Changes the volume of the tune playing (and of later ones) at once. */
    void musicVolume(double volume);

    /** Stops the music. */
    void stopMusic();
}
