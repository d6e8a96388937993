package org.interleave.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.interleave.app.level.DesignStore;
import org.interleave.engine.model.Design;
import org.interleave.engine.model.Level;
import org.interleave.engine.model.Part;
import org.interleave.level.DesignWriter;
import org.interleave.level.LevelLoader;
import org.interleave.level.save.DataDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The level screen's autosave kept in the player's profile: back in the next session; a damaged one is said. */
class ProfileDesignsTest {
    @TempDir
    Path dir;

    private static Level level() throws Exception {
        return LevelLoader.load(Path.of("levels", "14-send-before-go.level.json"));
    }

    @Test
    void anAutosavedDesign_isReadBackByTheNextSession() throws Exception {
        Level level = level();
        List<Part> parts = new ArrayList<>(level.design().parts());
        Part.Goroutine main = (Part.Goroutine) level.design().part("main").orElseThrow();
        parts.set(parts.indexOf(main), new Part.Goroutine("main", main.start(), 1, List.of(main.ops().get(1),
                main.ops().get(0), main.ops().get(2), main.ops().get(3)), null, main.layout()));
        Design edited = new Design(parts);

        PlayerProfile first = PlayerProfile.load(new DataDirectory(dir));
        DesignStore store = DesignStore.of(first::designs, first::changeDesigns);
        assertNull(store.restore(level).design(), "nothing saved yet");
        store.autosave(level, edited);
        assertTrue(Files.exists(dir.resolve(DataDirectory.DESIGNS)));

        PlayerProfile next = PlayerProfile.load(new DataDirectory(dir));
        DesignStore.Restored back = DesignStore.of(next::designs, next::changeDesigns).restore(level);
        assertEquals(DesignWriter.write(edited), DesignWriter.write(back.design()));
        assertNull(back.problem());
    }

    @Test
    void anAutosaveThatNoLongerLoads_startsFromTheLevel_andSaysWhy() throws Exception {
        Level level = level();
        DesignStore store = DesignStore.inMemory();
        store.changeDesigns(store.designs().withAutosave(level.id(),
                new ObjectMapper().readTree("{\"parts\": [{\"id\": \"x\", \"type\": \"pipe\"}]}")));
        DesignStore.Restored r = store.restore(level);
        assertNull(r.design());
        assertTrue(r.problem().startsWith("Your saved design of this level could not be read (unknown part type 'pipe'"),
                r.problem());
    }

    @Test
    void anAutosaveThatLostALockedOp_startsFromTheLevel_andSaysWhy() throws Exception {
        Level level = LevelLoader.load(Path.of("levels", "30-size-the-pool.level.json"));
        List<Part> parts = new ArrayList<>(level.design().parts());
        Part.Goroutine main = (Part.Goroutine) level.design().part("main").orElseThrow();
        // saved before size-the-pool locked main's loops: main prints the squares itself
        parts.set(parts.indexOf(main), new Part.Goroutine("main", main.start(), 1, List.of(main.ops().get(0)), null,
                main.layout()));
        DesignStore store = DesignStore.inMemory();
        store.autosave(level, new Design(parts));
        DesignStore.Restored r = store.restore(level);
        assertNull(r.design());
        assertTrue(r.problem().startsWith("Your saved design of this level no longer keeps what the level locks (main: the"
                + " locked op 'jobs <- 1'"), r.problem());
    }
}
