package org.interleave.level.save;

/** A save file that cannot be used; the message says why in words a player can read. */
public final class CorruptSaveException extends Exception {

    public CorruptSaveException(String reason) {
        super(reason);
    }

    public CorruptSaveException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
