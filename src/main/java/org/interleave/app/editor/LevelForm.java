package org.interleave.app.editor;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.interleave.app.level.BriefView;
import org.interleave.engine.model.Goal;

/**
 * The level editor's form: id, title, chapter, mode, concepts, the brief in Markdown with a
 * preview, the goal, par, palette, verification bounds and hints, each bound to the draft.
 */
final class LevelForm {
    private LevelForm() {}

    /** The form of {@code draft}: every field bound both ways to the draft. */
    static ScrollPane of(LevelDraft draft) {
        VBox box = new VBox();
        box.getStyleClass().add("editor-form");

        GridPane level = grid();
        TextField id = text("editor-id", draft.idProperty(), "lowercase letters, digits and -");
        TextField title = text("editor-title", draft.titleProperty(), "shown on the card and the level");
        TextField chapter = text("editor-chapter", draft.chapterProperty(), "groups levels on the level select");
        ChoiceBox<Goal.Mode> mode = new ChoiceBox<>(FXCollections.observableArrayList(Goal.Mode.values()));
        mode.setId("editor-mode");
        // the choice names the mode; what it asks of the player is said under it, wrapping (not cut) when narrow
        mode.setConverter(new StringConverter<>() {
            @Override
            public String toString(Goal.Mode m) {
                return m == null ? "" : m.name().toLowerCase(java.util.Locale.ROOT);
            }

            @Override
            public Goal.Mode fromString(String s) {
                return null;
            }
        });
        Label modeWords = new Label();
        modeWords.setId("editor-mode-words");
        modeWords.getStyleClass().add("muted");
        modeWords.setWrapText(true);
        modeWords.setMinHeight(Region.USE_PREF_SIZE);
        modeWords.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            Goal.Mode m = mode.getValue();
            return m == null ? "" : switch (m) {
                case BUILD -> "the player builds from the palette";
                case FIX -> "the player repairs a buggy design";
                case BREAK -> "the player makes the design fail";
            };
        }, mode.valueProperty()));
        mode.valueProperty().bindBidirectional(draft.modeProperty());
        TextField concepts = text("editor-concepts", draft.conceptsProperty(), "comma separated: Mutex, data race");
        row(level, 0, "Id", id);
        row(level, 1, "Title", title);
        row(level, 2, "Chapter", chapter);
        VBox modeBox = new VBox(mode, modeWords);
        modeBox.getStyleClass().add("mode-choice");
        row(level, 3, "Mode", modeBox);
        row(level, 4, "Concepts", concepts);

        TextArea brief = new TextArea();
        brief.setId("editor-brief");
        brief.setWrapText(true);
        brief.setPrefRowCount(7);
        brief.textProperty().bindBidirectional(draft.briefProperty());
        ToggleButton preview = new ToggleButton("Preview");
        preview.setId("editor-brief-preview");
        StackPane briefStack = new StackPane(brief);
        preview.selectedProperty().addListener((o, a, on) -> {
            if (on) {
                ScrollPane shown = new ScrollPane(new BriefView(draft.briefProperty().get()));
                shown.setFitToWidth(true);
                shown.getStyleClass().add("brief-preview");
                shown.setPrefHeight(brief.getHeight());
                briefStack.getChildren().setAll(shown);
            } else {
                briefStack.getChildren().setAll(brief);
            }
        });
        HBox briefHead = new HBox(section("BRIEF · Markdown"), spacer(), preview);
        briefHead.setAlignment(Pos.CENTER_LEFT);

        GridPane goal = grid();
        FlowPane flags = new FlowPane(check("goal-no-race", "no race", draft.noRaceProperty()),
                check("goal-no-deadlock", "no deadlock", draft.noDeadlockProperty()),
                check("goal-no-leak", "no leak", draft.noLeakProperty()),
                check("goal-no-panic", "no panic", draft.noPanicProperty()));
        flags.getStyleClass().add("flags");
        List<String> outcomes = new ArrayList<>();
        outcomes.add("");
        outcomes.addAll(LevelDraft.OUTCOMES);
        ChoiceBox<String> reach = new ChoiceBox<>(FXCollections.observableArrayList(outcomes));
        reach.setId("editor-reach");
        reach.setConverter(new StringConverter<>() {
            @Override
            public String toString(String s) {
                return s == null || s.isEmpty() ? "— (build and fix levels)" : s;
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        reach.valueProperty().bindBidirectional(draft.reachProperty());
        TextField sink = text("editor-output-sink", draft.outputSinkProperty(), "a sink's id; empty: no output goal");
        TextField expect = text("editor-output-expect", draft.outputExpectProperty(), "ints, comma separated");
        CheckBox anyOrder = check("editor-output-any", "in any order", draft.outputAnyOrderProperty());
        row(goal, 0, "Forbids", flags);
        row(goal, 1, "Reach (break)", reach);
        row(goal, 2, "Output sink", sink);
        row(goal, 3, "Expect", new HBox(8, expect, anyOrder));
        row(goal, 4, "Max ticks", longSpinner("editor-max-ticks", draft.maxTicksProperty(), 0, 1_000_000));
        row(goal, 5, "Cores", intSpinner("editor-cores", draft.coresProperty(), 1, 64));

        GridPane par = grid();
        row(par, 0, "Par ticks", longSpinner("editor-par-ticks", draft.parTicksProperty(), 0, 1_000_000));
        row(par, 1, "Par parts", intSpinner("editor-par-parts", draft.parPartsProperty(), 0, 200));
        row(par, 2, "Par ops", intSpinner("editor-par-ops", draft.parOpsProperty(), 0, 1000));
        row(par, 3, "Par steps (break)", intSpinner("editor-par-steps", draft.parStepsProperty(), 0, 100_000));
        row(par, 4, "Max steps", intSpinner("editor-max-steps", draft.maxStepsProperty(), 0, 1_000_000));
        row(par, 5, "Max executions", longSpinner("editor-max-executions", draft.maxExecutionsProperty(), 0, 100_000_000));
        row(par, 6, "Preemptions", intSpinner("editor-preemptions", draft.preemptionBoundProperty(), -1, 1000));
        Label boundsNote = new Label("0 steps or executions and −1 preemptions keep the defaults.");
        boundsNote.getStyleClass().add("muted");
        boundsNote.setWrapText(true);

        GridPane palette = grid();
        int i = 0;
        for (String type : LevelDraft.PALETTE_TYPES) {
            Label l = new Label(type);
            l.getStyleClass().add("field-label");
            palette.add(l, (i % 2) * 2, i / 2);
            palette.add(intSpinner("palette-" + type, draft.paletteProperty(type), 0, 200), (i % 2) * 2 + 1, i / 2);
            i++;
        }
        TextField ops = text("editor-palette-ops", draft.paletteOpsProperty(), "op kinds, comma separated: lock, unlock");

        TextArea hints = new TextArea();
        hints.setId("editor-hints");
        hints.setPrefRowCount(4);
        hints.setWrapText(true);
        hints.textProperty().bindBidirectional(draft.hintsProperty());
        hints.setPromptText("One hint per line, revealed one at a time");

        box.getChildren().addAll(section("LEVEL"), level, briefHead, briefStack, section("GOAL"), goal,
                section("PAR AND VERIFICATION BOUNDS"), par, boundsNote, section("PALETTE · what the player may add"),
                palette, labelled("Ops", ops), section("HINTS"), hints);
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("editor-form-scroll");
        return scroll;
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("column-title");
        return l;
    }

    private static Region spacer() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.getStyleClass().add("editor-grid");
        return g;
    }

    private static void row(GridPane g, int row, String label, Node field) {
        Label l = new Label(label);
        l.getStyleClass().add("field-label");
        l.setMinWidth(Region.USE_PREF_SIZE);
        g.add(l, 0, row);
        g.add(field, 1, row);
        GridPane.setHgrow(field, Priority.ALWAYS);
    }

    private static HBox labelled(String label, Node field) {
        Label l = new Label(label);
        l.getStyleClass().add("field-label");
        HBox.setHgrow(field, Priority.ALWAYS);
        HBox box = new HBox(8, l, field);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static TextField text(String id, javafx.beans.property.StringProperty p, String prompt) {
        TextField t = new TextField();
        t.setId(id);
        t.setPromptText(prompt);
        t.textProperty().bindBidirectional(p);
        return t;
    }

    private static CheckBox check(String id, String text, javafx.beans.property.BooleanProperty p) {
        CheckBox c = new CheckBox(text);
        c.setId(id);
        c.selectedProperty().bindBidirectional(p);
        return c;
    }

    private static Spinner<Integer> intSpinner(String id, IntegerProperty p, int min, int max) {
        Spinner<Integer> s = new Spinner<>(min, max, p.get());
        s.setId(id);
        s.setEditable(true);
        s.setPrefWidth(110);
        s.valueProperty().addListener((o, a, v) -> p.set(v));
        p.addListener((o, a, v) -> s.getValueFactory().setValue(v.intValue()));
        return s;
    }

    private static Spinner<Integer> longSpinner(String id, LongProperty p, int min, int max) {
        Spinner<Integer> s = new Spinner<>(min, max, (int) Math.min(max, p.get()));
        s.setId(id);
        s.setEditable(true);
        s.setPrefWidth(130);
        s.valueProperty().addListener((o, a, v) -> p.set(v));
        p.addListener((o, a, v) -> s.getValueFactory().setValue((int) Math.min(max, v.longValue())));
        return s;
    }

    // ---------------------------------------------------------------- designs
}
