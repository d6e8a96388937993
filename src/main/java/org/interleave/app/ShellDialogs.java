package org.interleave.app;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The shell's small dialogs — a question or a message: a title, a text that wraps, and a row of
 * buttons whose first is the default (Enter) and takes the focus; Esc closes any of them (see
 * {@link Overlay}).
 */
final class ShellDialogs {
    private ShellDialogs() {}

    /** Asks before leaving a level whose counterexample, schedule or coach's progress would be lost. */
    static VBox leave(Runnable stay, Runnable leave) {
        return box("leave-dialog", "Leave this level?", "leave-text", "Your design is saved, but the counterexample "
                + "shown, a schedule you are making and how far the coach got will not be here when you come back.", 32,
                button("leave-stay", "Stay", stay), button("leave-confirm", "Leave to the levels", leave));
    }

    /** Says what opens the locked level {@code level} (the first level {@code before} it not cleared) and offers it anyway. */
    static VBox locked(String level, String before, Runnable back, Runnable open) {
        return box("locked-dialog", "Locked", "locked-text", level + " opens when you clear the levels before it, "
                + "starting with " + before + ". The levels build on each other; you can still open it now.", 32,
                button("locked-cancel", "Back to the levels", back), button("locked-open", "Open it anyway", open));
    }

    /** A dialog box with the id {@code id}, its text labelled {@code textId}, and the buttons in order. */
    static VBox box(String id, String title, String textId, String text, double widthEm, Button... buttons) {
        Label heading = new Label(title);
        heading.getStyleClass().add("dialog-title");
        Label body = new Label(text);
        body.setId(textId);
        body.setWrapText(true);
        wrapAt(body, widthEm);
        body.setMinHeight(Region.USE_PREF_SIZE);
        if (buttons.length > 0) {
            buttons[0].getStyleClass().add("primary");
            buttons[0].setDefaultButton(true);
        }
        for (Button b : buttons) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox row = new HBox(buttons);
        row.getStyleClass().add("dialog-buttons");
        VBox box = new VBox(heading, body, row);
        box.setId(id);
        return box;
    }

    /**
     * Wraps {@code label} at {@code em} of its own text size, so that its lines hold as many words in
     * projector mode's larger text as in the theme's (at a width in px they held three words at 200 %,
     * and the dialog grew taller than the window).
     */
    static void wrapAt(Label label, double em) {
        label.maxWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> em * label.getFont().getSize(), label.fontProperty()));
    }

    /** A button with an id and what it does. */
    static Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }
}
