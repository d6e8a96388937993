package org.interleave.level.save;

import java.io.IOException;
import java.io.OutputStream;

/**
 * How one kind of save turns into bytes and back; {@link SafeFile} does the safe file handling.
 *
 * @param <T> the saved value
 */
public interface SaveCodec<T> {

    /** Writes {@code value} to {@code out}, without closing it. */
    void write(T value, OutputStream out) throws IOException;

    /**
     * Reads a value, refusing anything that is not a whole, current-format save.
     *
     * @throws CorruptSaveException with a reason a player can read, when the bytes are not usable
     */
    T read(byte[] bytes) throws CorruptSaveException;
}
