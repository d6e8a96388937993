package org.interleave.app.shared;

import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Alert;

/**
 * Tells the player something from any view: the game's window shows it in a dialog of its own
 * (in the theme and projector size, inside the window) that it provides with {@link #install}; a
 * view shown elsewhere (alone, in a test) falls back to a JavaFX alert in the theme.
 */
public final class PlayerNotice {
    /** The key under which a node's properties hold what tells the player for everything inside it. */
    private static final String KEY = PlayerNotice.class.getName();

    private PlayerNotice() {}

    /** Lets every view inside {@code host} tell the player through {@code teller}. */
    public static void install(Node host, Consumer<String> teller) {
        host.getProperties().put(KEY, teller);
    }

    /** Tells the player {@code message}, through the nearest node around {@code from} that provides a teller. */
    @SuppressWarnings("unchecked")
    public static void tell(Node from, String title, String message) {
        for (Node n = from; n != null; n = n.getParent()) {
            if (n.getProperties().get(KEY) instanceof Consumer<?> teller) {
                ((Consumer<String>) teller).accept(message);
                return;
            }
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION, message);
        alert.setHeaderText(title);
        Theme.apply(alert.getDialogPane(), PlayerNotice.class, null);
        if (from.getScene() != null) {
            alert.initOwner(from.getScene().getWindow());
        }
        alert.show();
    }
}
