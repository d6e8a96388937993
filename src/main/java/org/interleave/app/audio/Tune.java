package org.interleave.app.audio;

/** The two quiet music loops, WAV files in {@code assets/music} (see {@code assets/README.md}). */
public enum Tune {
    /** Behind the main menu, the level select and the settings. */
    MENU("menu.wav"),
    /** Behind a level while the player thinks. */
    LEVEL("level.wav");

    private final String file;

    Tune(String file) {
        this.file = file;
    }

    /** The file's name in {@code assets/music}. */
    public String file() {
        return file;
    }
}
