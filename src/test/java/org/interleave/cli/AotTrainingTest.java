package org.interleave.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The training run of scripts/interleave's cache splits its arguments into command lines at {@code ::}. */
class AotTrainingTest {
    private static List<List<String>> lines(String... args) {
        return AotTraining.commandLines(args).stream().map(Arrays::asList).toList();
    }

    @Test
    void splitsAtTheSeparator_leavingEmptyLinesOut() {
        assertEquals(List.of(List.of("--version"), List.of("check", "a.json", "--json"), List.of("validate", "b")),
                lines("::", "--version", "::", "check", "a.json", "--json", "::", "::", "validate", "b", "::"));
        assertEquals(List.of(), lines());
    }
}
