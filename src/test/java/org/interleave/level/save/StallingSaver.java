package org.interleave.level.save;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Run in a child JVM by {@link InterruptedSaveTest}: saves a large designs file a given number of
 * times, printing {@code saved <n>} after each save, then starts one more save and stalls in the
 * middle of writing it — after {@value #STALL_AFTER_BYTES} bytes have reached the temporary file —
 * printing {@code stalled <n>}, until it is killed. So the kill always lands mid-write.
 *
 * <p>It ends by itself when its standard input closes, that is when the test's JVM is gone.
 *
 * <p>Arguments: the save file, the generation to start from, and how many whole saves to make.
 */
public final class StallingSaver {
    static final String LEVEL = "big-level";
    /** Well into the new file, and far from its end (it is about a megabyte). */
    static final long STALL_AFTER_BYTES = 256 * 1024;
    private static final int PARTS = 3_000;

    private StallingSaver() {}

    public static void main(String[] args) throws IOException {
        exitWhenTheParentGoes();
        Path path = Path.of(args[0]);
        int first = Integer.parseInt(args[1]);
        int wholeSaves = Integer.parseInt(args[2]);
        SafeFile<SavedDesigns> file = file(path);
        for (int generation = first; generation < first + wholeSaves; generation++) {
            file.save(designs(generation));
            System.out.println("saved " + generation);
            System.out.flush();
        }
        int stalled = first + wholeSaves;
        new SafeFile<>(path, "saved designs", new Stalling<>(new JsonCodec<>(SavedDesigns.class), stalled))
                .save(designs(stalled));
        throw new IllegalStateException("the save of generation " + stalled + " finished instead of stalling");
    }

    /** Ends this JVM when its standard input closes: a test that gave up on it cannot leave it behind. */
    private static void exitWhenTheParentGoes() {
        Thread.ofPlatform().daemon().start(() -> {
            try {
                while (System.in.read() != -1) {
                    // the parent never writes; this only waits for the end of the stream
                }
            } catch (IOException e) {
                // the pipe broke: the parent is gone as well
            }
            Runtime.getRuntime().halt(3);
        });
    }

    static SafeFile<SavedDesigns> file(Path path) {
        return new SafeFile<>(path, "saved designs", new JsonCodec<>(SavedDesigns.class));
    }

    /** A design of about a megabyte that says which generation it is. */
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

    /**
     * Encodes as usual until {@link #STALL_AFTER_BYTES} bytes are written, pushes them to the
     * file, says so on standard output, and waits there for the kill.
     */
    private record Stalling<T>(SaveCodec<T> codec, int generation) implements SaveCodec<T> {
        @Override
        public void write(T value, OutputStream out) throws IOException {
            codec.write(value, new FilterOutputStream(out) {
                private long written;

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                    written += len;
                    if (written >= STALL_AFTER_BYTES) {
                        out.flush();
                        System.out.println("stalled " + generation);
                        System.out.flush();
                        stallUntilKilled();
                    }
                }
            });
        }

        @Override
        public T read(byte[] bytes) throws CorruptSaveException {
            return codec.read(bytes);
        }

        private static void stallUntilKilled() {
            while (true) {
                try {
                    Thread.sleep(Long.MAX_VALUE);
                } catch (InterruptedException e) {
                    // nothing interrupts this thread on purpose; keep waiting for the kill
                }
            }
        }
    }
}
