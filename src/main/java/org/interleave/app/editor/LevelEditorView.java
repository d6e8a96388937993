package org.interleave.app.editor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.beans.Observable;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.interleave.app.shared.OffThreadJob;
import org.interleave.app.shared.Theme;
import org.interleave.app.level.BriefView;
import org.interleave.engine.model.Design;
import org.interleave.engine.model.Goal;
import org.interleave.engine.model.Level;
import org.interleave.level.LevelException;
import org.interleave.level.LevelFiles;
import org.interleave.level.LevelLoader;
import org.interleave.level.Problem;
import org.interleave.app.canvas.CanvasEditor;
import org.interleave.app.canvas.LevelRules;
import org.interleave.level.DesignWriter;

/**
 * The level editor: every field of a level file in a form on the left — id, title, chapter,
 * mode, concepts, the brief in Markdown with a preview, goal, par, palette, verification bounds
 * and hints — and on the right the starting design and the reference solution as JSON with live
 * validation (each problem as line:column and its message, beside the text), the locks on the
 * design's parts, and a read-only preview of the design. Below: whether the whole file passes
 * {@code validate}, and "Check both sides" with its progress, Cancel and results. Ctrl+S saves
 * (atomically, through Jackson); Esc goes back.
 */
public final class LevelEditorView extends BorderPane {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LevelDraft draft;
    private final BothSidesCheck check;
    private final Runnable onBack;
    private final Consumer<Path> onSaved;
    private Path file;

    private final Label fileLabel = new Label();
    private final Button back = new Button("← Back");
    private final Button save = new Button("Save");
    private final Button saveAs = new Button("Save as…");
    private final Button checkBoth = new Button("Check both sides");
    private final Button cancel = new Button("Cancel");
    private final ProgressIndicator spinner = new ProgressIndicator();
    private final Label checkProgress = new Label();
    private final VBox checkResults = new VBox();
    private final Label validity = new Label();
    private final ListView<Problem> levelProblems = new ListView<>();
    private final TextArea levelText = new TextArea();
    private final JsonPane designPane;
    private final JsonPane solutionPane;
    private final FlowPane locks = new FlowPane();
    private final PauseTransition revalidate = new PauseTransition(Duration.millis(250));
    private final Label saveStatus = new Label();
    private List<Problem> problemsNow = List.of();

    /**
     * Creates the editor on {@code draft} (saved to {@code file}, or null for a new level);
     * {@code onSaved} hears of every save.
     */
    public LevelEditorView(LevelDraft draft, Path file, BothSidesCheck check, Runnable onBack, Consumer<Path> onSaved) {
        this.draft = draft;
        this.file = file;
        this.check = check;
        this.onBack = onBack;
        this.onSaved = onSaved;
        this.designPane = new JsonPane("design", draft.designProperty().get(), false);
        this.solutionPane = new JsonPane("solution", draft.solutionProperty().get(), true);
        createView();
        initListeners();
        validateNow();
    }

    /** Opens a level file in the editor. */
    public static LevelDraft read(Path file) throws IOException {
        return LevelDraft.fromText(Files.readString(file, StandardCharsets.UTF_8));
    }

    private void createView() {
        Theme.apply(this, LevelEditorView.class, "level-editor.css");
        getStyleClass().add("level-editor");
        setTop(header());
        SplitPane body = new SplitPane(form(), designTabs());
        body.setDividerPositions(0.4);
        body.getStyleClass().add("editor-split");
        setCenter(body);
        setBottom(footer());
    }

    private HBox header() {
        back.setId("editor-back");
        back.getStyleClass().add("flat");
        Label title = new Label("Level editor");
        title.getStyleClass().add("screen-title");
        fileLabel.setId("editor-file");
        fileLabel.getStyleClass().addAll("code", "muted");
        fileLabel.setMinWidth(0);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        save.setId("editor-save");
        save.setTooltip(new Tooltip("Save the level file (Ctrl+S)"));
        saveAs.setId("editor-save-as");
        checkBoth.setId("check-both");
        checkBoth.getStyleClass().add("primary");
        checkBoth.setTooltip(new Tooltip("Prove the reference solution clears and the starting design has its bug (Ctrl+Enter)"));
        for (Button b : List.of(save, saveAs, checkBoth)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox header = new HBox(back, title, fileLabel, gap, saveStatus, save, saveAs, checkBoth);
        saveStatus.setId("save-status");
        saveStatus.getStyleClass().add("muted");
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("screen-header");
        updateFileLabel();
        return header;
    }

    // ---------------------------------------------------------------- the form

    private ScrollPane form() {
        VBox box = new VBox();
        box.getStyleClass().add("editor-form");

        GridPane level = grid();
        TextField id = text("editor-id", draft.idProperty(), "lowercase letters, digits and -");
        TextField title = text("editor-title", draft.titleProperty(), "shown on the card and the level");
        TextField chapter = text("editor-chapter", draft.chapterProperty(), "groups levels on the level select");
        ChoiceBox<Goal.Mode> mode = new ChoiceBox<>(FXCollections.observableArrayList(Goal.Mode.values()));
        mode.setId("editor-mode");
        mode.setConverter(new StringConverter<>() {
            @Override
            public String toString(Goal.Mode m) {
                return m == null ? "" : switch (m) {
                    case BUILD -> "build — the player builds from the palette";
                    case FIX -> "fix — the player repairs a buggy design";
                    case BREAK -> "break — the player makes the design fail";
                };
            }

            @Override
            public Goal.Mode fromString(String s) {
                return null;
            }
        });
        mode.valueProperty().bindBidirectional(draft.modeProperty());
        TextField concepts = text("editor-concepts", draft.conceptsProperty(), "comma separated: Mutex, data race");
        row(level, 0, "Id", id);
        row(level, 1, "Title", title);
        row(level, 2, "Chapter", chapter);
        row(level, 3, "Mode", mode);
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
        row(par, 2, "Max steps", intSpinner("editor-max-steps", draft.maxStepsProperty(), 0, 1_000_000));
        row(par, 3, "Max executions", longSpinner("editor-max-executions", draft.maxExecutionsProperty(), 0, 100_000_000));
        row(par, 4, "Preemptions", intSpinner("editor-preemptions", draft.preemptionBoundProperty(), -1, 1000));
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

    private TabPane designTabs() {
        locks.getStyleClass().add("locks");
        locks.setId("editor-locks");
        Label lockTitle = new Label("Locked parts (the player cannot move, edit or remove them):");
        lockTitle.getStyleClass().add("muted");
        lockTitle.setWrapText(true);
        VBox designBox = new VBox(lockTitle, locks, designPane);
        designBox.getStyleClass().add("design-tab");
        VBox.setVgrow(designPane, Priority.ALWAYS);
        Tab design = new Tab("Starting design", designBox);
        design.setId("tab-design");
        Tab solution = new Tab("Reference solution", solutionPane);
        solution.setId("tab-solution");
        levelProblems.setId("level-problems");
        levelProblems.setCellFactory(v -> new ProblemCell());
        levelProblems.setPrefHeight(120);
        levelText.setId("level-text");
        levelText.setEditable(false);
        levelText.getStyleClass().add("json-text");
        VBox.setVgrow(levelText, Priority.ALWAYS);
        Tab whole = new Tab("Level file", new VBox(levelProblems, levelText));
        whole.setId("tab-level-file");
        TabPane tabs = new TabPane(design, solution, whole);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return tabs;
    }

    /**
     * A JSON text of a design, its problems beside it, and below it the same design on the canvas
     * editor: an edit on the canvas rewrites the text, and a text that loads redraws the canvas.
     * While the text has problems the canvas shows the last design that loaded and takes no
     * edits, so nothing typed is ever overwritten.
     */
    private final class JsonPane extends SplitPane {
        private final TextArea text = new TextArea();
        private final ListView<Problem> problems = new ListView<>();
        private final CanvasEditor canvas = new CanvasEditor(new Design(List.of()), authoring(new Design(List.of())));
        private boolean fromCanvas;
        private final Label state = new Label();
        private final boolean asSolution;

        JsonPane(String id, String initial, boolean asSolution) {
            this.asSolution = asSolution;
            text.setId(id + "-json");
            text.getStyleClass().add("json-text");
            text.setText(initial);
            if (asSolution) {
                text.setPromptText("The reference design that clears the level: {\"parts\": [...]}. "
                        + "Copy the starting design here and fix it.");
            }
            problems.setId(id + "-problems");
            problems.setCellFactory(v -> new ProblemCell());
            problems.setOnMouseClicked(e -> jumpTo(problems.getSelectionModel().getSelectedItem()));
            problems.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ENTER) {
                    jumpTo(problems.getSelectionModel().getSelectedItem());
                }
            });
            state.setId(id + "-state");
            state.getStyleClass().add("json-state");
            state.setWrapText(true);
            VBox side = new VBox(state, problems);
            side.getStyleClass().add("json-side");
            VBox.setVgrow(problems, Priority.ALWAYS);
            HBox top = new HBox(text, side);
            HBox.setHgrow(text, Priority.ALWAYS);
            side.setPrefWidth(210);
            side.setMinWidth(170);
            problems.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(problems.getItems()));
            problems.managedProperty().bind(problems.visibleProperty());
            canvas.setId(id + "-canvas");
            canvas.getStyleClass().add("design-preview");
            canvas.setMinHeight(220);
            canvas.designProperty().addListener((o, a, d) -> canvasEdited(d));
            setOrientation(javafx.geometry.Orientation.VERTICAL);
            getItems().addAll(top, canvas);
            setDividerPositions(0.4);
        }

        /** The canvas changed the design: the text follows, one part per line. */
        private void canvasEdited(Design d) {
            if (fromCanvas || d == null || canvas.isDisabled()) {
                return;
            }
            try {
                fromCanvas = true;
                text.setText(LevelDraft.pretty(DesignWriter.write(d)));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                state.setText("✗ The canvas's design could not be written: " + e.getOriginalMessage());
            } finally {
                fromCanvas = false;
            }
        }

        /** Shows a design that loaded on the canvas, unless the canvas already shows it (keeping its undo). */
        private void showOnCanvas(Design d) {
            canvas.setDisable(d == null);
            if (d != null && !d.equals(canvas.designProperty().get())) {
                fromCanvas = true;
                try {
                    canvas.load(d, authoring(d));
                } finally {
                    fromCanvas = false;
                }
            }
        }

        /** The canvas, for tests. */
        CanvasEditor canvas() {
            return canvas;
        }

        private void jumpTo(Problem p) {
            if (p == null) {
                return;
            }
            String t = text.getText();
            int pos = 0;
            for (int line = 1; line < p.line() && pos >= 0; line++) {
                pos = t.indexOf('\n', pos) + 1;
                if (pos == 0) {
                    pos = t.length();
                    break;
                }
            }
            text.requestFocus();
            text.positionCaret(Math.min(t.length(), pos + p.column() - 1));
        }

        /** Checks the text, shows its problems and, when it loads, its preview. */
        void validate() {
            String t = text.getText();
            if (asSolution && t.isBlank()) {
                problems.getItems().clear();
                state.setText("No reference solution yet (campaign levels need one).");
                setState("json-empty");
                showOnCanvas(new Design(List.of()));
                return;
            }
            List<Problem> ps = draft.designProblems(t, asSolution);
            problems.getItems().setAll(ps);
            if (ps.isEmpty()) {
                state.setText("✓ The " + (asSolution ? "solution" : "design") + " loads.");
                setState("json-ok");
                showOnCanvas(readDesign(t, asSolution));
            } else {
                state.setText("✗ " + ps.size() + (ps.size() == 1 ? " problem" : " problems")
                        + " (click one to go there); the canvas takes edits again once the text loads:");
                canvas.setDisable(true);
                setState("json-bad");
            }
        }

        private void setState(String styleClass) {
            state.getStyleClass().removeAll("json-ok", "json-bad", "json-empty");
            state.getStyleClass().add(styleClass);
        }
    }

    /** The author may use every part and op, as many as a level can hold. */
    private static LevelRules authoring(Design start) {
        return LevelRules.open(start, 64);
    }

    private Design readDesign(String text, boolean asSolution) {
        try {
            Level l = LevelLoader.parse("preview", "{\"format\": 1, \"id\": \"p\", \"title\": \"p\", \"mode\": \""
                    + (asSolution ? "fix" : draft.modeProperty().get().json()) + "\", \"design\":\n" + text + "\n}");
            return l.design();
        } catch (LevelException e) {
            return null;
        }
    }

    /** A problem as {@code line:col  message}. */
    private static final class ProblemCell extends ListCell<Problem> {
        @Override
        protected void updateItem(Problem p, boolean empty) {
            super.updateItem(p, empty);
            if (empty || p == null) {
                setText(null);
                setTooltip(null);
            } else {
                setText(p.line() + ":" + p.column() + "  " + p.message());
                setWrapText(true);
                setPrefWidth(0);
                setTooltip(new Tooltip(p.toString()));
            }
        }
    }

    // ---------------------------------------------------------------- footer: validity and checks

    private VBox footer() {
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
        VBox footer = new VBox(validity, running, checkResults);
        footer.getStyleClass().add("editor-footer");
        return footer;
    }

    private void initListeners() {
        for (Observable o : draft.observables()) {
            o.addListener(x -> revalidate.playFromStart());
        }
        designPane.text.textProperty().addListener((o, a, t) -> {
            draft.designProperty().set(t);
            revalidate.playFromStart();
        });
        solutionPane.text.textProperty().addListener((o, a, t) -> {
            draft.solutionProperty().set(t);
            revalidate.playFromStart();
        });
        revalidate.setOnFinished(e -> validateNow());
        back.setOnAction(e -> leave());
        save.setOnAction(e -> save());
        saveAs.setOnAction(e -> saveAs());
        checkBoth.setOnAction(e -> checkBothSides());
        cancel.setOnAction(e -> check.cancel());
        check.progressProperty().addListener((o, a, p) -> checkProgress.setText(p));
        check.stateProperty().addListener((o, a, s) -> checkStateChanged(s));
        addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination CHECK = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);

    private void keyPressed(KeyEvent e) {
        if (SAVE.match(e)) {
            save();
            e.consume();
        } else if (CHECK.match(e)) {
            checkBothSides();
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            if (check.stateProperty().get() == OffThreadJob.State.RUNNING) {
                check.cancel();
            } else {
                leave();
            }
            e.consume();
        }
    }

    private void leave() {
        check.cancel();
        onBack.run();
    }

    /** Validates the whole draft and each design now (normally a moment after the last change). */
    public void validateNow() {
        revalidate.stop();
        designPane.validate();
        solutionPane.validate();
        updateLocks();
        String name = file == null ? draft.idProperty().get() + LevelFiles.SUFFIX : file.getFileName().toString();
        problemsNow = draft.problems(name);
        levelProblems.getItems().setAll(problemsNow);
        try {
            levelText.setText(draft.toText());
        } catch (JsonProcessingException e) {
            levelText.setText("");
        }
        validity.getStyleClass().removeAll("validity-ok", "validity-bad");
        if (problemsNow.isEmpty()) {
            validity.setText("✓ Valid: this level file passes validate.");
            validity.getStyleClass().add("validity-ok");
        } else {
            Problem first = problemsNow.get(0);
            validity.setText("✗ " + problemsNow.size() + (problemsNow.size() == 1 ? " problem" : " problems")
                    + " — validate would reject the file. First: " + first.line() + ":" + first.column() + " "
                    + first.message());
            validity.getStyleClass().add("validity-bad");
        }
        checkBoth.setDisable(!problemsNow.isEmpty() || check.stateProperty().get() == OffThreadJob.State.RUNNING);
    }

    // ---------------------------------------------------------------- locks

    private void updateLocks() {
        Map<String, Boolean> parts = new LinkedHashMap<>();
        JsonNode root;
        try {
            root = JSON.readTree(designPane.text.getText());
        } catch (JsonProcessingException e) {
            root = null;
        }
        if (root != null) {
            for (JsonNode p : root.path("parts")) {
                if (p.path("id").isTextual()) {
                    parts.put(p.get("id").asText(), p.path("locked").asBoolean(false));
                }
            }
        }
        if (parts.equals(shownLocks)) {
            return;
        }
        shownLocks = parts;
        locks.getChildren().clear();
        if (parts.isEmpty()) {
            Label none = new Label(root == null ? "(fix the design's JSON to lock parts)" : "(no parts yet)");
            none.getStyleClass().add("muted");
            locks.getChildren().add(none);
        }
        parts.forEach((id, locked) -> {
            CheckBox c = new CheckBox(id);
            c.setId("lock-" + id);
            c.setSelected(locked);
            c.selectedProperty().addListener((o, a, on) -> setLocked(id, on));
            locks.getChildren().add(c);
        });
    }

    private Map<String, Boolean> shownLocks = Map.of();

    /** Sets or clears {@code "locked"} on a part, rewriting the design's JSON through Jackson. */
    public void setLocked(String partId, boolean locked) {
        try {
            JsonNode root = JSON.readTree(designPane.text.getText());
            for (JsonNode p : root.path("parts")) {
                if (p instanceof ObjectNode o && partId.equals(o.path("id").asText())) {
                    if (locked) {
                        o.put("locked", true);
                    } else {
                        o.remove("locked");
                    }
                }
            }
            designPane.text.setText(LevelDraft.pretty(root));
        } catch (JsonProcessingException e) {
            // the text stopped being JSON meanwhile: the locks show that on the next check
        }
    }

    // ---------------------------------------------------------------- saving and checking

    private void updateFileLabel() {
        fileLabel.setText(file == null ? "new level — not saved yet" : file.toString());
    }

    /** Saves to the level's file, asking for one if it has none. */
    public void save() {
        if (file == null) {
            saveAs();
        } else {
            saveTo(file);
        }
    }

    private void saveAs() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the level");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Level files", "*" + LevelFiles.SUFFIX));
        chooser.setInitialFileName(draft.idProperty().get() + LevelFiles.SUFFIX);
        if (file != null && file.getParent() != null) {
            chooser.setInitialDirectory(file.getParent().toFile());
        }
        File f = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (f != null) {
            String name = f.getName();
            Path target = name.endsWith(LevelFiles.SUFFIX) ? f.toPath()
                    : f.toPath().resolveSibling(name.replaceFirst("(\\.level)?(\\.json)?$", "") + LevelFiles.SUFFIX);
            saveTo(target);
        }
    }

    /** Saves the level to {@code target} atomically and makes it the editor's file. */
    public void saveTo(Path target) {
        validateNow();
        try {
            draft.save(target);
            file = target;
            updateFileLabel();
            saveStatus.setText(problemsNow.isEmpty() ? "Saved." : "Saved, with " + problemsNow.size()
                    + (problemsNow.size() == 1 ? " problem" : " problems") + " still to fix.");
            onSaved.accept(target);
        } catch (IOException | RuntimeException e) {
            saveStatus.setText("Not saved: " + e.getMessage());
        }
    }

    private void checkBothSides() {
        validateNow();
        if (!problemsNow.isEmpty()) {
            return;
        }
        try {
            check.check(LevelLoader.parse("draft", draft.toText()));
        } catch (LevelException | JsonProcessingException e) {
            validateNow();
        }
    }

    private void checkStateChanged(OffThreadJob.State s) {
        checkBoth.setDisable(s == OffThreadJob.State.RUNNING || !problemsNow.isEmpty());
        checkBoth.setText(s == OffThreadJob.State.RUNNING ? "Checking…" : "Check both sides");
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

    /** The file the level is saved to, or null. */
    public Path file() {
        return file;
    }

    /** The level being edited. */
    /** The canvas that edits the starting design. */
    CanvasEditor designCanvas() {
        return designPane.canvas();
    }

    public LevelDraft draft() {
        return draft;
    }

    /** The problems {@code validate} would report now. */
    public List<Problem> problems() {
        return problemsNow;
    }

    /** Stops a check still running (the editor is being left). */
    public void close() {
        check.cancel();
    }
}
