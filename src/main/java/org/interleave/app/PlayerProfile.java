package org.interleave.app;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.interleave.level.save.DataDirectory;
import org.interleave.level.save.PlayerData;
import org.interleave.level.save.Progress;
import org.interleave.level.save.Recovery;
import org.interleave.level.save.SavedDesigns;
import org.interleave.level.save.Score;
import org.interleave.level.save.Settings;

/**
 * The player's progress and settings as the game uses them: loaded once at start-up from a
 * {@link PlayerData} folder, shown through read-only properties, and written back on every
 * change. Nothing here resets silently: a damaged save that was set aside, and a save that
 * failed, become messages for the player ({@link #setOnMessage}); a folder that cannot be read at
 * all makes this a session that saves nothing, and says so.
 */
public final class PlayerProfile {
    private final PlayerData data;
    private final ReadOnlyObjectWrapper<Progress> progress = new ReadOnlyObjectWrapper<>(this, "progress");
    private final ReadOnlyObjectWrapper<Settings> settings = new ReadOnlyObjectWrapper<>(this, "settings");
    private final List<String> pending = new ArrayList<>();
    private SavedDesigns designs;
    private boolean writable;
    private Consumer<String> onMessage;

    private PlayerProfile(PlayerData data, Progress progress, SavedDesigns designs, Settings settings, boolean writable) {
        this.data = data;
        this.progress.set(progress);
        this.designs = designs;
        this.settings.set(settings);
        this.writable = writable;
    }

    /**
     * Loads the player's data from {@code directory}. Damaged files are set aside by
     * {@link PlayerData#load()}; each such recovery is kept as a message for the player.
     */
    public static PlayerProfile load(DataDirectory directory) {
        PlayerData data = new PlayerData(directory);
        try {
            PlayerData.Snapshot s = data.load();
            PlayerProfile p = new PlayerProfile(data, s.progress(), s.designs(), s.settings(), s.writable());
            p.pending.addAll(s.messages());
            return p;
        } catch (IOException | RuntimeException e) {
            PlayerProfile p = new PlayerProfile(data, Progress.empty(), SavedDesigns.empty(), Settings.defaults(), false);
            p.pending.add("Your saved progress in " + directory.root() + " could not be read ("
                    + (e instanceof IOException io ? org.interleave.level.RegularFile.inWords(io) : "an unexpected failure")
                    + "). It was left untouched, and nothing will be saved until Interleave is restarted.");
            return p;
        }
    }

    /** A profile kept in memory only, starting fresh (for tests and previews). */
    public static PlayerProfile inMemory() {
        return inMemory(Settings.defaults());
    }

    /** A profile kept in memory only, with no progress and these settings. */
    public static PlayerProfile inMemory(Settings settings) {
        return new PlayerProfile(null, Progress.empty(), SavedDesigns.empty(), settings, false);
    }

    /** Where the data is kept, if anywhere. */
    public Optional<DataDirectory> directory() {
        return data == null ? Optional.empty() : Optional.of(data.directory());
    }

    /**
     * Who tells the player; messages kept from loading are passed on at once. Called on the FX
     * thread.
     */
    public void setOnMessage(Consumer<String> onMessage) {
        this.onMessage = onMessage;
        if (onMessage != null) {
            List<String> now = List.copyOf(pending);
            pending.clear();
            now.forEach(onMessage);
        }
    }

    /** Records one verification of a level: an attempt, and progress if it cleared. */
    public void recordRun(String levelId, Score score, boolean cleared) {
        progress.set(progress.get().withRun(levelId, score, cleared));
        if (writable) {
            write(() -> data.save(progress.get()), "progress");
        }
    }

    /** Records that the scene of the chapter titled {@code chapter} was told, and saves it (atomically, with the progress). */
    public void markSceneSeen(String chapter) {
        Progress before = progress.get();
        Progress after = before.withSceneSeen(chapter);
        if (after == before) {
            return;
        }
        progress.set(after);
        if (writable) {
            write(() -> data.save(after), "progress");
        }
    }

    /**
     * Checks the player's best designs against the campaign's levels as they are now, and withdraws
     * the bests (and so the medals) that a design the game refuses earned (see
     * {@link org.interleave.app.rewards.BestDesigns#revalidate}); says which, and why. Saves what changed.
     */
    public void revalidateBests(java.util.List<org.interleave.engine.model.Level> levels) {
        Progress before = progress.get();
        Progress after = before;
        for (org.interleave.engine.model.Level level : levels) {
            var changed = org.interleave.app.rewards.BestDesigns.revalidate(level, after.level(level.id()), designs);
            if (changed.isEmpty()) {
                continue;
            }
            var r = changed.get();
            after = after.withLevel(level.id(), r.progress());
            List<String> units = r.withdrawn().stream().map(k -> k.unit()).toList();
            String scores = units.size() == 1 ? units.get(0)
                    : String.join(", ", units.subList(0, units.size() - 1)) + " and " + units.get(units.size() - 1);
            boolean one = units.size() == 1;
            tell("Your best " + scores + (one ? " design" : " designs") + " of '" + level.title() + "' no longer "
                    + (one ? "fits" : "fit") + " the level (" + r.why() + "): " + (one ? "its medal is" : "their medals are")
                    + " withdrawn" + (r.progress().bestScore().isEmpty() ? "; clear the level again to earn them back."
                    : "; the best of your designs that still fit counts instead."));
        }
        if (after != before) {
            progress.set(after);
            if (writable) {
                Progress saved = after;
                write(() -> data.save(saved), "progress");
            }
        }
    }

    /** Changes the settings and saves them. */
    public void changeSettings(Settings changed) {
        if (changed.equals(settings.get())) {
            return;
        }
        settings.set(changed);
        if (writable) {
            write(() -> data.save(changed), "settings");
        }
    }

    /** The designs the player kept (autosaves and named slots). */
    public SavedDesigns designs() {
        return designs;
    }

    /** Keeps and saves the player's designs. */
    public void changeDesigns(SavedDesigns changed) {
        designs = changed;
        if (writable) {
            write(() -> data.save(changed), "designs");
        }
    }

    private void write(Save save, String what) {
        try {
            save.run().ifPresent(r -> tell(r.message()));
        } catch (IOException e) {
            tell("Your " + what + " could not be saved: " + e.getMessage()
                    + ". The game goes on; Interleave tries again at the next change.");
        }
    }

    private void tell(String message) {
        if (onMessage != null) {
            onMessage.accept(message);
        } else {
            pending.add(message);
        }
    }

    public ReadOnlyObjectProperty<Progress> progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Settings> settingsProperty() {
        return settings.getReadOnlyProperty();
    }

    /**
     * Gives back this profile's share of the data folder's lock ({@link PlayerData#close}): another
     * profile of this process on the same folder saves on, and a later change of this one is told
     * to the player as not saved, never dropped in silence.
     */
    public void close() {
        if (data == null) {
            return;
        }
        try {
            data.close();
        } catch (IOException e) {
            tell("Your data folder could not be closed cleanly: " + e.getMessage() + ".");
        }
    }

    /** Whether changes reach the disk. */
    public boolean saves() {
        return writable;
    }

    @FunctionalInterface
    private interface Save {
        Optional<Recovery> run() throws IOException;
    }
}
