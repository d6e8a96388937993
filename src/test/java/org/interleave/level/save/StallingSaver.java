package org.interleave.level.save;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Run in a child JVM by {@link InterruptedSaveTest}: saves a very large designs file over and
 * over, slowly, printing {@code saved <n>} after each save, until it is killed.
 *
 * <p>Arguments: the save file, and the generation to start from.
 */
public final class SlowSaver {
    static final String LEVEL = "big-level";
    private static final int PARTS = 12_000;

    private SlowSaver() {}

    public static void main(String[] args) throws IOException {
        SafeFile<SavedDesigns> file = file(Path.of(args[0]), true);
        for (int generation = Integer.parseInt(args[1]); ; generation++) {
            file.save(designs(generation));
            System.out.println("saved " + generation);
            System.out.flush();
        }
    }

    static SafeFile<SavedDesigns> file(Path path, boolean slowly) {
        JsonCodec<SavedDesigns> json = new JsonCodec<>(SavedDesigns.class);
        return new SafeFile<>(path, "saved designs", slowly ? new Throttled<>(json) : json);
    }

    /** A design of a few megabytes that says which generation it is. */
    static SavedDesigns designs(int generation) {
        ObjectNode design = JsonCodec.MAPPER.createObjectNode().put("generation", generation);
        ArrayNode parts = design.putArray("parts");
        for (int i = 0; i < PARTS; i++) {
            ObjectNode part = parts.addObject().put("id", "g" + i).put("type", "goroutine")
                    .put("x", i % 97).put("y", i / 97);
            ArrayNode ops = part.putArray("ops");
            ops.addObject().put("op", "lock").put("mu", "mu");
            ops.addObject().put("op", "inc").put("var", "counter").put("n", generation);
            ops.addObject().put("op", "unlock").put("mu", "mu");
            ops.addObject().put("op", "emit").put("sink", "out").put("value", "id * " + generation + " + 1");
        }
        return SavedDesigns.empty().withSlot(LEVEL, "mine", design);
    }

    static int generation(SavedDesigns designs) {
        JsonNode design = designs.level(LEVEL).slot("mine").orElseThrow();
        return design.get("generation").asInt();
    }

    /** Encodes as usual but pauses every few kilobytes, so a kill lands mid-write. */
    private record Throttled<T>(SaveCodec<T> codec) implements SaveCodec<T> {
        @Override
        public void write(T value, OutputStream out) throws IOException {
            codec.write(value, new FilterOutputStream(out) {
                private int sinceSleep;

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                    sinceSleep += len;
                    if (sinceSleep >= 8192) {
                        sinceSleep = 0;
                        pause();
                    }
                }
            });
        }

        @Override
        public T read(byte[] bytes) throws CorruptSaveException {
            return codec.read(bytes);
        }

        private static void pause() {
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new UncheckedIOException(new IOException("interrupted", e));
            }
        }
    }
}
