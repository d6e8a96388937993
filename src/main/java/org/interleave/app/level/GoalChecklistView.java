package org.interleave.app.level;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The goal as a checklist: each item with a symbol, its label, the status in a word and why —
 * "✓ No data race · met · in every interleaving". Colour only repeats what symbol and word say.
 */
public final class GoalChecklistView extends VBox {

    /** Creates an empty checklist; {@link #show} fills it. */
    public GoalChecklistView() {
        getStyleClass().add("goal-checklist");
        setId("goal-checklist");
    }

    /** Shows these results, replacing what was shown. */
    public void show(List<GoalChecklist.Result> results) {
        getChildren().clear();
        for (GoalChecklist.Result r : results) {
            getChildren().add(row(r));
        }
    }

    private static HBox row(GoalChecklist.Result r) {
        String status = r.status().name().toLowerCase(Locale.ROOT);
        Label symbol = new Label(r.status().symbol());
        symbol.getStyleClass().addAll("goal-symbol", "goal-" + status);
        Label label = new Label(r.item().label());
        label.getStyleClass().add("goal-label");
        label.setWrapText(true);
        // what is met needs no explanation; what failed or is unproven says why
        boolean why = !r.detail().isEmpty() && r.status() != GoalChecklist.Status.MET;
        Label word = new Label(r.status().word() + (why ? ": " + r.detail() : ""));
        word.getStyleClass().addAll("goal-word", "goal-" + status);
        word.setWrapText(true);
        VBox text = new VBox(label, word);
        text.getStyleClass().add("goal-text");
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox row = new HBox(symbol, text);
        row.setAlignment(Pos.TOP_LEFT);
        row.setId("goal-" + r.item().id());
        row.getStyleClass().addAll("goal-item", "goal-item-" + status);
        row.setAccessibleText(r.item().label() + ": " + r.status().word() + (r.detail().isEmpty() ? "" : ", " + r.detail()));
        row.setUserData(r);
        return row;
    }

    /** The result shown for the item with this id, if any (for tests and accessibility tools). */
    public java.util.Optional<GoalChecklist.Result> result(String itemId) {
        return getChildren().stream().filter(n -> ("goal-" + itemId).equals(n.getId()))
                .map(n -> (GoalChecklist.Result) n.getUserData()).findFirst();
    }

    /**
     * Shows the tick item as a run meets it ({@code run} of {@code goal}), unchecked when {@code run}
     * is null (not decided yet); the other items keep their status.
     */
    void showRunTicks(org.interleave.engine.model.Goal goal, List<GoalChecklist.Item> items,
                      org.interleave.explore.TimedRun.Result run) {
        if (goal.maxTicks() <= 0) {
            return;
        }
        List<GoalChecklist.Result> results = new java.util.ArrayList<>();
        for (GoalChecklist.Item item : items) {
            if (item.aspect() == GoalChecklist.Aspect.TICKS) {
                results.addAll(GoalChecklist.evaluate(List.of(item), goal, null, run));
            } else {
                results.add(result(item.id()).orElse(new GoalChecklist.Result(item, GoalChecklist.Status.UNCHECKED, "")));
            }
        }
        show(results);
    }
}
