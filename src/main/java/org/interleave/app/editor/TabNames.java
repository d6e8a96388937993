package org.interleave.app.editor;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.text.Text;

/**
 * Gives a tab pane's tabs shorter names when their whole names do not fit in one row (projector
 * mode's large text on a narrow window), so that no tab is cut at the edge; the whole names come
 * back when there is room again.
 */
final class TabNames {
    private TabNames() {}

    /** Switches {@code tabs} between their names now and {@code shorter} as the pane's width asks. */
    static void shortenWhenTight(TabPane tabs, Map<Tab, String> shorter) {
        Map<Tab, String> whole = new LinkedHashMap<>();
        tabs.getTabs().forEach(t -> whole.put(t, t.getText()));
        Runnable fit = () -> {
            double need = 0;
            for (Tab t : tabs.getTabs()) {
                Node header = tabs.lookup("#" + t.getId());  // a tab's header takes the tab's id
                Label label = header == null ? null : (Label) header.lookup(".tab-label");
                if (label == null) {
                    return;  // not shown yet
                }
                Text now = new Text(t.getText());
                now.setFont(label.getFont());
                Text full = new Text(whole.computeIfAbsent(t, Tab::getText));  // a tab added since
                full.setFont(label.getFont());
                need += header.prefWidth(-1) - now.getLayoutBounds().getWidth() + full.getLayoutBounds().getWidth();
            }
            // the room of the tabs' row, less the menu button that lists them when they overflow
            double room = tabs.getWidth() - 3 * label(tabs).getFont().getSize();
            boolean tight = need > room;
            tabs.getTabs().forEach(t -> t.setText(tight ? shorter.getOrDefault(t, whole.get(t)) : whole.get(t)));
        };
        tabs.widthProperty().addListener((o, a, w) -> Platform.runLater(fit));
        tabs.sceneProperty().addListener((o, a, s) -> Platform.runLater(fit));
        boolean[] watching = {false};
        tabs.needsLayoutProperty().addListener((o, a, needs) -> {
            if (!watching[0] && tabs.lookup(".tab-label") instanceof Label l) {
                watching[0] = true;  // the text size changes with projector mode's scale
                l.fontProperty().addListener((x, b, f) -> Platform.runLater(fit));
            }
        });
    }

    private static Label label(TabPane tabs) {
        Node l = tabs.lookup(".tab-label");
        return l instanceof Label x ? x : new Label();
    }
}
