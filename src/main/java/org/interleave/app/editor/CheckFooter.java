package org.interleave.app.editor;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.interleave.app.shared.OffThreadJob;
import org.interleave.level.Problem;

/**
 * The level editor's footer: whether the whole file passes {@code validate} (or its first
 * problem), and "Check both sides" while it runs (a spinner, its progress and Cancel) and once it
 * has run (each side's verdict and cost, and a hint of the level's difficulty).
 */
final class CheckFooter extends VBox {
    private final BothSidesCheck check;
    private final Label validity = new Label();
    private final ProgressIndicator spinner = new ProgressIndicator();
    private final Label checkProgress = new Label();
    private final Button cancel = new Button("Cancel");
    private final VBox checkResults = new VBox();

    /** The footer of {@code check}, which it follows. */
    CheckFooter(BothSidesCheck check) {
        this.check = check;
        createView();
        initListeners();
    }

    private void createView() {
        validity.setId("editor-validity");
        validity.setWrapText(true);
        spinner.setId("check-progress");
        spinner.setPrefSize(18, 18);
        checkProgress.setId("check-progress-label");
        checkProgress.getStyleClass().add("muted");
        cancel.setId("check-cancel");
        cancel.setTooltip(new Tooltip("Stop checking (Esc)"));
        HBox running = new HBox(8, spinner, checkProgress, cancel);
        running.setAlignment(Pos.CENTER_LEFT);
        running.visibleProperty().bind(check.stateProperty().isEqualTo(OffThreadJob.State.RUNNING));
        running.managedProperty().bind(running.visibleProperty());
        checkResults.setId("check-results");
        checkResults.getStyleClass().add("check-results");
        getChildren().addAll(validity, running, checkResults);
        getStyleClass().add("editor-footer");
    }

    private void initListeners() {
        cancel.setOnAction(e -> check.cancel());
        check.progressProperty().addListener((o, a, p) -> checkProgress.setText(p));
        check.stateProperty().addListener((o, a, s) -> stateChanged(s));
    }

    /** Says whether the level file passes {@code validate}: {@code problems} are what it would report. */
    void showValidity(List<Problem> problems) {
        validity.getStyleClass().removeAll("validity-ok", "validity-bad");
        if (problems.isEmpty()) {
            validity.setText("✓ Valid: this level file passes validate.");
            validity.getStyleClass().add("validity-ok");
        } else {
            Problem first = problems.get(0);
            validity.setText("✗ " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                    + " — validate would reject the file. First: " + first.line() + ":" + first.column() + " "
                    + first.message());
            validity.getStyleClass().add("validity-bad");
        }
    }

    private void stateChanged(OffThreadJob.State s) {
        switch (s) {
            case RUNNING -> {
                checkResults.getChildren().clear();
                checkProgress.setText("starting…");
            }
            case CANCELLED -> checkResults.getChildren().setAll(result("■ Check cancelled: nothing was proven.", "side-unproven"));
            case FAILED -> checkResults.getChildren().setAll(result("✗ Could not check: " + check.errorProperty().get(), "side-bad"));
            case FINISHED -> showResult(check.resultProperty().get());
            default -> { }
        }
    }

    private void showResult(BothSidesCheck.Result r) {
        checkResults.getChildren().clear();
        for (BothSidesCheck.Side side : r.sides()) {
            String cost = side.states() > 0 || side.millis() > 0 ? "   (" + side.cost() + ")" : "";
            checkResults.getChildren().add(result((side.ok() ? "✓ " : "✗ ") + side.name() + ": " + side.message() + cost,
                    side.ok() ? "side-ok" : "side-bad"));
        }
        long states = r.sides().stream().mapToLong(BothSidesCheck.Side::states).max().orElse(0);
        checkResults.getChildren().add(result("Difficulty hint: " + difficulty(states) + " — the larger side has "
                + String.format(Locale.ROOT, "%,d", states) + " states.", "muted"));
    }

    /** A word for how much there is to think through, from the number of states. */
    static String difficulty(long states) {
        if (states < 200) {
            return "a warm-up";
        }
        if (states < 5_000) {
            return "a puzzle";
        }
        if (states < 100_000) {
            return "a hard puzzle";
        }
        return "very hard (and slow to verify)";
    }

    private static Label result(String text, String styleClass) {
        Label l = new Label(text);
        l.getStyleClass().addAll("check-result", styleClass);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }
}
