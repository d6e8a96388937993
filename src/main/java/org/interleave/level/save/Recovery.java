package org.interleave.level.save;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Damaged save files that were moved aside rather than lost, and what was used instead; its
 * {@link #message()} is written for the player.
 *
 * @param what     what the file holds, as a player would name it after "your" ("progress")
 * @param file     the save file
 * @param setAside each damaged copy, where it now is and why it could not be used
 * @param outcome  what the game goes on with
 */
public record Recovery(String what, Path file, List<SetAside> setAside, Outcome outcome) {

    /** What the game goes on with after setting damaged files aside. */
    public enum Outcome {
        /** The backup from before the last save: the latest changes may be missing. */
        RESTORED_BACKUP,
        /** Nothing usable was left: fresh data, with the damaged copies kept. */
        STARTED_FRESH,
        /** Found while saving: the new data replaced a file damaged since it was loaded. */
        SAVED_OVER,
        /**
         * The file is kept exactly as it is and nothing is saved over it: a newer version wrote it,
         * another Interleave has the data folder, or it cannot be read at all. Fresh data is used.
         */
        KEPT
    }

    /** A damaged copy, moved from {@code from} to {@code to} because of {@code reason}. */
    public record SetAside(Path from, Path to, String reason) {
        public SetAside {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(reason, "reason");
        }
    }

    public Recovery {
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(file, "file");
        setAside = List.copyOf(setAside);
        Objects.requireNonNull(outcome, "outcome");
    }

    /**
     * A file kept as it is, for {@code reason} ("it was written by a newer version of Interleave
     * (format 2)"): the game goes on without it and saves nothing over it.
     */
    public static Recovery kept(String what, Path file, String reason) {
        return new Recovery(what, file, List.of(new SetAside(file, file, reason)), Outcome.KEPT);
    }

    /** What happened, in a few sentences for a dialog. */
    public String message() {
        StringBuilder text = new StringBuilder();
        if (setAside.isEmpty() && outcome == Outcome.RESTORED_BACKUP) {
            text.append(file.getFileName()).append(" was missing. ");
        }
        if (outcome == Outcome.KEPT) {
            SetAside s = setAside.get(0);
            return s.from().getFileName() + " was not loaded: " + s.reason() + ". It is kept as it is, and this"
                    + " session shows fresh " + what + " and saves none of it over that file.";
        }
        for (SetAside s : setAside) {
            text.append(s.from().getFileName()).append(" could not be read: ").append(s.reason())
                    .append(". It was moved aside to ").append(s.to().getFileName()).append(". ");
        }
        text.append(switch (outcome) {
            case RESTORED_BACKUP -> "Restored your " + what + " from the backup made before the last save; "
                    + "changes from the last save may be missing.";
            case STARTED_FRESH -> "No usable copy of your " + what + " was left, so Interleave started afresh; the damaged "
                    + (setAside.size() == 1 ? "file is" : "files are") + " kept in " + file.getParent() + ".";
            case SAVED_OVER -> "Saved your " + what + " anew.";
            case KEPT -> "";
        });
        return text.toString();
    }
}
