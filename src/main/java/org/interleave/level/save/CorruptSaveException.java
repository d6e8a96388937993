package org.interleave.level.save;

/** A save file that cannot be used; the message says why in words a player can read. */
public final class CorruptSaveException extends Exception {
    private final boolean newer;

    public CorruptSaveException(String reason) {
        this(reason, null, false);
    }

    public CorruptSaveException(String reason, Throwable cause) {
        this(reason, cause, false);
    }

    private CorruptSaveException(String reason, Throwable cause, boolean newer) {
        super(reason, cause);
        this.newer = newer;
    }

    /** A whole save in a format a newer version of Interleave wrote: not damaged, only not ours to read. */
    static CorruptSaveException newerFormat(String reason) {
        return new CorruptSaveException(reason, null, true);
    }

    /** Whether the file is from a newer version, and so must be kept as it is rather than set aside. */
    public boolean newer() {
        return newer;
    }
}
