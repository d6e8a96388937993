package org.interleave.app.audit;

import static org.interleave.app.audit.Boxes.intersect;
import static org.interleave.app.audit.Boxes.rect;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Control;

/**
 * Whether a transient banner — projector mode's note ("Projector mode · F5 leaves · …"), a
 * window-wide band at a large scale — lies over a control of a dialog painted under it (the
 * settings' Done at 200 % on 1280×720). Each is whole to the other rules, but while the banner
 * shows the player cannot read or find the way on. The walk visits nodes in the order they are
 * painted, so a banner covers what was visited before it.
 */
final class Banners {
    /** The style classes of a banner shown for a moment over the screen. */
    static final Set<String> BANNERS = Set.of("projector-toast");

    private record Under(Node node, Bounds shown, String prefix) {}

    private final PanelFit.Report report;
    private final List<Under> under = new ArrayList<>();

    Banners(PanelFit.Report report) {
        this.report = report;
    }

    /** A new scene: nothing painted yet. */
    void reset() {
        under.clear();
    }

    /** {@code node}, shown within {@code clip}: a banner is checked, a dialog's control kept for the banners after it. */
    void visit(Node node, Bounds clip, String prefix) {
        Bounds shown = intersect(node.localToScene(node.getLayoutBounds()), clip);
        if (shown == null || shown.getWidth() <= 2 || shown.getHeight() <= 2) {
            return;
        }
        if (node.getStyleClass().stream().anyMatch(BANNERS::contains)) {
            for (Under u : under) {
                Bounds over = intersect(u.shown(), shown);
                if (over != null && over.getWidth() > 2 && over.getHeight() > 2) {
                    report.add("covered-by-banner", u.prefix() + LayoutAudit.describe(u.node()),
                            rect(u.shown()) + " under " + LayoutAudit.describe(node) + " at " + rect(shown));
                }
            }
        } else if (node instanceof Control && inDialog(node)) {
            under.add(new Under(node, shown, prefix));
        }
    }

    private static boolean inDialog(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n.getStyleClass().contains(LayoutAudit.DIALOG)) {
                return true;
            }
        }
        return false;
    }
}
