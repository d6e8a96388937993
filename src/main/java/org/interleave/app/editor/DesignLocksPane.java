package org.interleave.app.editor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The level editor's locks on the starting design ({@link DesignLocks}): a box per part to lock it,
 * for a channel or sink one to seal it and one to let it relay, and, folded until the author opens
 * them, a box per op of the goroutines the player edits. Each box rewrites the design's JSON
 * through Jackson; the boxes follow the JSON whenever {@link #update()} is called.
 */
final class DesignLocksPane extends VBox {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TextArea designText;
    private final FlowPane locks = new FlowPane();
    private final VBox opLocks = new VBox();
    private final ScrollPane opLocksScroll = new ScrollPane(opLocks);
    private final TitledPane opLocksPane = new TitledPane("Locked ops", opLocksScroll);
    private List<Object> shown = List.of();

    /** The locks of the design whose JSON {@code designText} holds. */
    DesignLocksPane(TextArea designText) {
        this.designText = designText;
        createView();
    }

    private void createView() {
        locks.getStyleClass().add("locks");
        locks.setId("editor-locks");
        Label lockTitle = new Label("Locked parts (the player cannot move, edit or remove them):");
        lockTitle.getStyleClass().add("muted");
        lockTitle.setWrapText(true);
        lockTitle.setMinHeight(Region.USE_PREF_SIZE);
        opLocks.getStyleClass().add("op-locks");
        opLocks.setId("editor-op-locks");
        opLocksScroll.getStyleClass().add("op-locks-scroll");
        opLocksScroll.setFitToWidth(true);
        opLocksPane.setId("editor-op-locks-pane");
        opLocksPane.getStyleClass().add("op-locks-pane");
        opLocksPane.setExpanded(false);  // the JSON keeps its room until the author asks
        opLocksPane.setAnimated(false);
        getStyleClass().add("design-locks");
        javafx.scene.layout.VBox.setVgrow(opLocksPane, javafx.scene.layout.Priority.ALWAYS);  // the height the locks are given
        opLocksPane.setMaxHeight(Double.MAX_VALUE);  // a titled pane grows no taller than it asks by itself
        getChildren().addAll(lockTitle, locks, opLocksPane);
    }

    /**
     * Beside the design's JSON (the design's tab), no taller than what the locks show: the locked
     * ops unfolded in full (up to the list's own largest height), so that a column that grows the
     * locks first gives them only the height their ops take and the design's JSON and canvas below
     * the rest. In a tab of their own (a short editor) they fill it: capped there, they left the
     * foot of the tab empty under the list's frame.
     */
    @Override
    protected double computeMaxHeight(double width) {
        if (getParent() == null || !getParent().getStyleClass().contains("design-tab")) {
            return Double.MAX_VALUE;
        }
        double pref = computePrefHeight(width);
        if (!opLocksPane.isExpanded()) {
            return pref;
        }
        double w = opLocksScroll.getViewportBounds().getWidth();
        double ops = opLocks.prefHeight(w > 0 ? w : -1) + opLocksScroll.snappedTopInset() + opLocksScroll.snappedBottomInset();
        double most = opLocksScroll.getMaxHeight() > 0 ? opLocksScroll.getMaxHeight() : Double.MAX_VALUE;
        return pref + Math.max(0, Math.min(ops, most) - opLocksScroll.prefHeight(-1));
    }

    /** Shows the locks of the design's JSON as it is now (unchanged boxes are kept). */
    void update() {
        JsonNode root;
        try {
            root = JSON.readTree(designText.getText());
        } catch (JsonProcessingException e) {
            root = null;
        }
        List<DesignLocks.PartRow> parts = root == null ? List.of() : DesignLocks.parts(root);
        List<DesignLocks.OpRow> ops = root == null ? List.of() : DesignLocks.ops(root);
        List<Object> now = new ArrayList<>(parts);
        now.addAll(ops);
        if (root != null && now.equals(shown)) {
            return;
        }
        shown = now;
        // the boxes are made anew: the one the keyboard was on keeps the focus
        Node focused = getScene() == null ? null : getScene().getFocusOwner();
        String refocus = focused instanceof CheckBox box && box.getId() != null
                && (box.getId().startsWith("lock-") || box.getId().startsWith("seal-") || box.getId().startsWith("relay-"))
                ? box.getId() : null;
        showParts(parts, root == null);
        showOps(ops);
        if (refocus != null) {
            Node again = lookup("#" + refocus);
            if (again != null) {
                again.requestFocus();
            }
        }
    }

    private void showParts(List<DesignLocks.PartRow> parts, boolean notJson) {
        locks.getChildren().clear();
        if (parts.isEmpty()) {
            Label none = new Label(notJson ? "(fix the design's JSON to lock parts)" : "(no parts yet)");
            none.getStyleClass().add("muted");
            locks.getChildren().add(none);
        }
        for (DesignLocks.PartRow p : parts) {
            CheckBox c = new CheckBox(p.id());
            c.setId("lock-" + p.id());
            c.setSelected(p.locked());
            c.selectedProperty().addListener((o, a, on) -> edit(d -> DesignLocks.setPartLocked(d, p.id(), on)));
            if (!p.sealable()) {
                locks.getChildren().add(c);
                continue;
            }
            CheckBox seal = new CheckBox("sealed");
            seal.setId("seal-" + p.id());
            seal.setSelected(p.sealed());
            seal.getStyleClass().add("seal-box");
            seal.setTooltip(new Tooltip("Sealed: only the level's locked ops send to " + p.id() + " (sealing locks it)"));
            seal.selectedProperty().addListener((o, a, on) -> edit(d -> DesignLocks.setSealed(d, p.id(), on)));
            CheckBox relay = new CheckBox("relays");
            relay.setId("relay-" + p.id());
            relay.setSelected(p.relay());
            relay.getStyleClass().add("seal-box");
            relay.setTooltip(new Tooltip("Relays: the player's ops may also pass on to " + p.id() + ", unchanged, a value"
                    + " received from a sealed channel (relaying seals it)"));
            relay.selectedProperty().addListener((o, a, on) -> edit(d -> DesignLocks.setRelay(d, p.id(), on)));
            HBox group = new HBox(c, seal, relay);
            group.getStyleClass().add("lock-group");
            locks.getChildren().add(group);
        }
    }

    private void showOps(List<DesignLocks.OpRow> ops) {
        opLocks.getChildren().clear();
        long lockedOps = ops.stream().filter(DesignLocks.OpRow::locked).count();
        opLocksPane.setText(ops.isEmpty() ? "Locked ops: none to lock (no ops in goroutines the player edits)"
                : "Locked ops: " + lockedOps + " of " + ops.size() + " (the player edits around them)");
        if (!ops.isEmpty()) {
            Label title = new Label("Locking an op locks the ops around it; unlocking one unlocks the ops inside it.");
            title.getStyleClass().add("muted");
            title.setWrapText(true);
            title.setMinHeight(Region.USE_PREF_SIZE);
            opLocks.getChildren().add(title);
        }
        for (DesignLocks.OpRow op : ops) {
            CheckBox c = new CheckBox((op.depth() == 0 ? op.goroutine() + ": " : "") + op.text());
            c.setId(op.id());
            c.setSelected(op.locked());
            c.getStyleClass().addAll("op-lock", org.interleave.app.shared.Theme.OP_TEXT_CLASS);
            c.setStyle("-fx-padding: 0 0 0 " + (1.5 * op.depth()) + "em;");
            c.selectedProperty().addListener((o, a, on) -> edit(d -> DesignLocks.setOpLocked(d, op.goroutine(), op.path(), on)));
            opLocks.getChildren().add(c);
        }
    }

    /** Changes the design's locks through Jackson and writes its JSON back; the boxes follow. */
    void edit(Consumer<JsonNode> change) {
        try {
            JsonNode root = JSON.readTree(designText.getText());
            change.accept(root);
            designText.setText(LevelDraft.pretty(root));
        } catch (JsonProcessingException e) {
            // the text stopped being JSON meanwhile: the locks show that on the next update
        }
        Platform.runLater(this::update);
    }
}
