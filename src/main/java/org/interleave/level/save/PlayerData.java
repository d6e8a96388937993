package org.interleave.level.save;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The player's progress, designs and settings in a {@link DataDirectory}, each in its own
 * {@link SafeFile}, so damage to one never costs the others.
 */
public final class PlayerData {
    private final DataDirectory directory;
    private final SafeFile<Progress> progress;
    private final SafeFile<SavedDesigns> designs;
    private final SafeFile<Settings> settings;

    public PlayerData(DataDirectory directory) {
        this.directory = directory;
        this.progress = new SafeFile<>(directory.progressFile(), "progress", new JsonCodec<>(Progress.class));
        this.designs = new SafeFile<>(directory.designsFile(), "saved designs", new JsonCodec<>(SavedDesigns.class));
        this.settings = new SafeFile<>(directory.settingsFile(), "settings", new JsonCodec<>(Settings.class));
    }

    /**
     * Everything loaded at start-up.
     *
     * @param recoveries what was done about damaged files, to show the player; usually empty
     */
    public record Snapshot(Progress progress, SavedDesigns designs, Settings settings, List<Recovery> recoveries) {
        public Snapshot {
            recoveries = List.copyOf(recoveries);
        }

        /** The recoveries' messages, one per damaged save. */
        public List<String> messages() {
            return recoveries.stream().map(Recovery::message).toList();
        }
    }

    public DataDirectory directory() {
        return directory;
    }

    /**
     * Loads all three, each from its file, its backup or fresh.
     *
     * @throws IOException when a file exists but cannot be read or moved; the game should then
     *                     say so and not save, rather than start over on top of the player's data
     */
    public Snapshot load() throws IOException {
        List<Recovery> recoveries = new ArrayList<>();
        Progress p = collect(progress.load(Progress.empty()), recoveries);
        SavedDesigns d = collect(designs.load(SavedDesigns.empty()), recoveries);
        Settings s = collect(settings.load(Settings.defaults()), recoveries);
        return new Snapshot(p, d, s, recoveries);
    }

    private static <T> T collect(Loaded<T> loaded, List<Recovery> recoveries) {
        loaded.recovery().ifPresent(recoveries::add);
        return loaded.value();
    }

    /** Saves progress atomically; see {@link SafeFile#save} for the recovery. */
    public Optional<Recovery> save(Progress value) throws IOException {
        return progress.save(value);
    }

    /** Saves designs atomically; see {@link SafeFile#save} for the recovery. */
    public Optional<Recovery> save(SavedDesigns value) throws IOException {
        return designs.save(value);
    }

    /** Saves settings atomically; see {@link SafeFile#save} for the recovery. */
    public Optional<Recovery> save(Settings value) throws IOException {
        return settings.save(value);
    }
}
