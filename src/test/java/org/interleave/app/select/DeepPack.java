package org.interleave.app.select;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A custom pack of three campaign levels in a folder some 500 characters deep, as a class's shared drive may hold one. */
final class DeepPack {
    private DeepPack() {
    }

    /** Creates the pack's folder under {@code root}: eight long folder names, then a long name of its own. */
    static Path under(Path root) throws IOException {
        Path dir = root;
        for (int i = 0; i < 8; i++) {
            dir = dir.resolve("a-rather-long-folder-name-number-" + i + "-of-eight");
        }
        dir = dir.resolve("the-levels-our-class-wrote-this-term-about-mutexes-channels-wait-groups-and-the-select-statement");
        Files.createDirectories(dir);
        for (String level : List.of("05-guard-the-counter", "06-forgot-to-unlock", "07-atomic-hits")) {
            Files.copy(Path.of("levels", level + ".level.json"), dir.resolve(level + ".level.json"));
        }
        return dir;
    }
}
