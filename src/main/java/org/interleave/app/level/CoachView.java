package org.interleave.app.level;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The coach card at the top of the brief: the title, one line per lesson with a circle that
 * becomes a tick (shape and words, not colour alone) when the player has done it, how many are
 * done, and Hide.
 */
final class CoachView extends VBox {
    private final Coach coach;
    private final Label count = new Label();
    private final List<Label> marks = new ArrayList<>();
    private final List<HBox> rows = new ArrayList<>();

    CoachView(Coach coach) {
        this.coach = coach;
        setId("coach");
        getStyleClass().add("coach");
        Label title = new Label(coach.title());
        title.getStyleClass().add("coach-title");
        count.setId("coach-count");
        count.getStyleClass().add("coach-count");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button hide = new Button("Hide");
        hide.setId("coach-hide");
        hide.getStyleClass().addAll("flat", "coach-hide");
        hide.setTooltip(new Tooltip("Hide how to play for this level"));
        hide.setOnAction(e -> {
            setVisible(false);
            setManaged(false);
        });
        title.setWrapText(true);
        HBox foot = new HBox(count, gap, hide);
        foot.setAlignment(Pos.CENTER_LEFT);
        foot.getStyleClass().add("coach-foot");
        getChildren().add(title);
        for (int i = 0; i < coach.lessons().size(); i++) {
            Label mark = new Label();
            mark.getStyleClass().add("coach-mark");
            mark.setMinWidth(Region.USE_PREF_SIZE);
            Label text = new Label(coach.lessons().get(i).text());
            text.setWrapText(true);
            text.setMinHeight(Region.USE_PREF_SIZE);
            text.getStyleClass().add("coach-text");
            HBox row = new HBox(mark, text);
            row.setId("coach-lesson-" + (i + 1));
            row.getStyleClass().add("coach-lesson");
            marks.add(mark);
            rows.add(row);
            getChildren().add(row);
        }
        getChildren().add(foot);
        coach.doneCountProperty().addListener((obs, old, n) -> refresh());
        refresh();
    }

    private void refresh() {
        for (int i = 0; i < rows.size(); i++) {
            boolean done = coach.isDone(coach.lessons().get(i));
            marks.get(i).setText(done ? "✓" : "○");
            rows.get(i).getStyleClass().remove("done");
            if (done) {
                rows.get(i).getStyleClass().add("done");
            }
            rows.get(i).setAccessibleText((done ? "done: " : "to do: ") + coach.lessons().get(i).text());
        }
        int n = coach.doneCountProperty().get();
        count.setText(coach.finished() ? "all done" : n + " of " + coach.lessons().size());
    }
}
