package org.interleave.app;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.application.Platform;
import javafx.scene.control.Button;

/** The messages for the player that wait to be shown by a {@link GameShell}: one dialog at a time, in order. */
final class ShellMessages {
    private final Deque<String> waiting = new ArrayDeque<>();
    private final GameShell shell;

    ShellMessages(GameShell shell) {
        this.shell = shell;
        // any view in the game tells the player through these dialogs (in the window and the theme), not an alert
        org.interleave.app.shared.PlayerNotice.install(shell, shell::tell);
    }

    /** Queues a message, and shows it at once unless a dialog is open (it shows when that one closes). */
    void add(String message, boolean dialogOpen) {
        waiting.add(message);
        if (!dialogOpen) {
            showNext();
        }
    }

    /** Shows the next message waiting, if any; whether there was one. */
    boolean showNext() {
        String message = waiting.poll();
        if (message == null) {
            return false;
        }
        Button ok = ShellDialogs.button("message-ok", "OK", shell::closeDialog);
        shell.showDialog(ShellDialogs.box("message", "Please note", "message-text", breakablePaths(message), 36, ok));
        Platform.runLater(ok::requestFocus);
        return true;
    }

    /**
     * {@code message} with a break allowed after each separator of a file's path (a zero-width
     * space): a path, one long word, was cut anywhere at the end of a line in projector mode.
     */
    static String breakablePaths(String message) {
        return message.replaceAll("([/\\\\])(?=[^\\s])", "$1\u200B");
    }

    /** Forgets the messages waiting (the game closes). */
    void clear() {
        waiting.clear();
    }
}
