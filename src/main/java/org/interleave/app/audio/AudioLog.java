package org.interleave.app.audio;

import java.util.ArrayList;
import java.util.List;

/**
 * An output that plays nothing and remembers what it was asked to play: the game's sounds when
 * there is no FXGL audio (tests, embedded instances), so that tests run silent and can still
 * check each sound's trigger.
 */
public final class AudioLog implements AudioOutput {
    /** One effect asked for, at its final volume. */
    public record Played(Effect effect, double volume) {}

    private final List<Played> played = new ArrayList<>();
    private Tune tune;
    private double musicVolume;

    @Override
    public void play(Effect effect, double volume) {
        played.add(new Played(effect, volume));
    }

    @Override
    public void loop(Tune tune, double volume) {
        this.tune = tune;
        this.musicVolume = volume;
    }

    @Override
    public void musicVolume(double volume) {
        musicVolume = volume;
    }

    @Override
    public void stopMusic() {
        tune = null;
    }

    /** Every effect asked for so far, oldest first. */
    public List<Played> played() {
        return List.copyOf(played);
    }

    /** The effects asked for so far, oldest first. */
    public List<Effect> effects() {
        return played.stream().map(Played::effect).toList();
    }

    /** Forgets the effects asked for so far. */
    public void clear() {
        played.clear();
    }

    /** The tune looping, or null. */
    public Tune tune() {
        return tune;
    }

    /** The music's volume now, 0–1. */
    public double musicVolume() {
        return musicVolume;
    }
}
