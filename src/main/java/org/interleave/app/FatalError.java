package org.interleave.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.interleave.app.shared.ButtonsInView;

/**
 * What the game shows when an error escapes it (an exception no code caught, on any thread): a
 * dialog inside the window, in the player's theme and projector size, that says what happened and
 * ends the game, in place of FXGL's own error screen (a window of its own look, with JavaFX's
 * default text size, whatever the theme or projector mode).
 */
public final class FatalError {
    /** The frames of the error's stack shown; "Copy details" copies them all. */
    private static final int FRAMES_SHOWN = 8;
    /** The width the texts wrap at, in em of the theme's root size. */
    private static final double WIDTH_EM = 40;

    private static boolean shown;

    private FatalError() {}

    /**
     * From now on, an error that escapes the game on any thread is shown in {@code shell}, once,
     * and written to the standard error; the dialog's "Exit game" runs {@code exit}.
     */
    public static void install(GameShell shell, Runnable exit) {
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            error.printStackTrace();
            if (Platform.isFxApplicationThread()) {
                showOnce(shell, error, exit);
            } else {
                Platform.runLater(() -> showOnce(shell, error, exit));
            }
        });
    }

    private static void showOnce(GameShell shell, Throwable error, Runnable exit) {
        if (!shown) {
            shown = true;
            show(shell, error, exit);
        }
    }

    /** Shows the dialog for {@code error} in {@code shell}, its "Exit game" running {@code exit}; on the FX thread. */
    public static void show(GameShell shell, Throwable error, Runnable exit) {
        StringWriter all = new StringWriter();
        error.printStackTrace(new PrintWriter(all));
        Label heading = new Label("Something went wrong");
        heading.getStyleClass().add("dialog-title");
        Label text = new Label("Interleave met an error it cannot recover from and has to close. Copy the details "
                + "below into a bug report, please: they say where it happened.");
        text.setId("fatal-text");
        text.setWrapText(true);
        ShellDialogs.wrapAt(text, WIDTH_EM);
        text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label details = new Label(shortTrace(error));
        details.setId("fatal-details");
        details.getStyleClass().add("fatal-details");
        details.setWrapText(true);
        ShellDialogs.wrapAt(details, WIDTH_EM);
        details.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Button exitButton = ShellDialogs.button("fatal-exit", "Exit game", exit);
        exitButton.getStyleClass().add("primary");
        exitButton.setDefaultButton(true);
        Button copy = ShellDialogs.button("fatal-copy", "Copy details", () -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(all.toString());
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        });
        HBox row = new HBox(exitButton, copy);
        row.getStyleClass().add("dialog-buttons");
        VBox box = new VBox();
        box.setId("fatal-dialog");
        ButtonsInView.layOut(box, row, heading, text, details);
        shell.showDialog(box);
        Platform.runLater(exitButton::requestFocus);
    }

    /**
     * {@code code} with a break allowed after each dot and before each bracket (a zero-width space):
     * a class's full name, one long word, was cut anywhere at the end of a line in projector mode.
     */
    private static String breakable(String code) {
        return code.replaceAll("([.$])(?=\\S)", "$1\u200B").replace("(", "\u200B(");
    }

    /** The error's kind and message, then where it was thrown: its first frames and a count of the rest. */
    static String shortTrace(Throwable error) {
        StringBuilder out = new StringBuilder(breakable(error.toString()));
        StackTraceElement[] frames = error.getStackTrace();
        for (int i = 0; i < Math.min(FRAMES_SHOWN, frames.length); i++) {
            out.append("\n    at ").append(breakable(frames[i].toString()));
        }
        if (frames.length > FRAMES_SHOWN) {
            out.append("\n    … ").append(frames.length - FRAMES_SHOWN).append(" more");
        }
        return out.toString();
    }
}
