package org.interleave.level.save;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Codec round trips for the record tests. */
final class Json {
    private Json() {}

    static <T> String write(Class<T> type, T value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new JsonCodec<>(type).write(value, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    static <T> T read(Class<T> type, String json) throws CorruptSaveException {
        return new JsonCodec<>(type).read(json.getBytes(StandardCharsets.UTF_8));
    }

    static <T> T roundTrip(Class<T> type, T value) throws CorruptSaveException {
        return read(type, write(type, value));
    }
}
