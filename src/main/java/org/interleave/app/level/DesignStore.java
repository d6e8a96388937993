package org.interleave.app.level;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import org.interleave.engine.model.Design;
import org.interleave.engine.model.DesignValidator;
import org.interleave.engine.model.Goal;
import org.interleave.engine.model.Level;
import org.interleave.level.DesignWriter;
import org.interleave.level.LevelException;
import org.interleave.level.LevelLoader;
import org.interleave.level.LockedOps;
import org.interleave.level.save.SavedDesigns;

/**
 * Where the level screen keeps the player's design of each level between visits: the autosave of
 * {@link SavedDesigns}, written as the JSON of DESIGN §3 after every edit. The game's player
 * profile saves it to disk (atomically, through {@code SafeFile}); {@link #inMemory()} keeps it
 * for the session only.
 */
public interface DesignStore {
    /** The designs kept now. */
    SavedDesigns designs();

    /** Keeps (and, for a profile on disk, saves) changed designs. */
    void changeDesigns(SavedDesigns changed);

    /** A store that forgets everything when the game closes. */
    static DesignStore inMemory() {
        return new DesignStore() {
            private SavedDesigns designs = SavedDesigns.empty();

            @Override
            public SavedDesigns designs() {
                return designs;
            }

            @Override
            public void changeDesigns(SavedDesigns changed) {
                designs = changed;
            }
        };
    }

    /** A store over a holder of the player's designs: {@code DesignStore.of(profile::designs, profile::changeDesigns)}. */
    static DesignStore of(java.util.function.Supplier<SavedDesigns> designs,
                          java.util.function.Consumer<SavedDesigns> changeDesigns) {
        return new DesignStore() {
            @Override
            public SavedDesigns designs() {
                return designs.get();
            }

            @Override
            public void changeDesigns(SavedDesigns changed) {
                changeDesigns.accept(changed);
            }
        };
    }

    /** The design to resume with: what was autosaved for this level and still loads, if any. */
    default Restored restore(Level level) {
        Optional<JsonNode> saved = designs().level(level.id()).autosaved();
        if (saved.isEmpty()) {
            return new Restored(null, null);
        }
        try {
            Design design = LevelLoader.readDesign(level.id() + " (autosave)", saved.get().toString());
            List<DesignValidator.Problem> broken = level.design() == null || level.mode() == Goal.Mode.BREAK ? List.of()
                    : LockedOps.fit(level.design(), design);
            if (!broken.isEmpty()) {
                // saved before the level locked these ops (or edited outside the game): scores must not come from it
                return new Restored(null, "Your saved design of this level no longer keeps what the level locks ("
                        + broken.get(0).message() + "), so it starts from the level's design.");
            }
            return new Restored(design, null);
        } catch (LevelException e) {
            return new Restored(null, "Your saved design of this level could not be read ("
                    + e.problems().get(0).message() + "), so it starts from the level's design.");
        }
    }

    /** Keeps {@code design} as the level's autosave. */
    default void autosave(Level level, Design design) {
        changeDesigns(designs().withAutosave(level.id(), DesignWriter.write(design)));
    }

    /** A restored design (null when there is none) and, if the autosave was damaged, what to tell the player. */
    record Restored(Design design, String problem) {}
}
