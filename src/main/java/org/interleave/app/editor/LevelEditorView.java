package org.interleave.app.editor;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.beans.Observable;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.interleave.app.shared.OffThreadJob;
import org.interleave.app.shared.Theme;
import org.interleave.engine.model.Level;
import org.interleave.level.LevelException;
import org.interleave.level.LevelFiles;
import org.interleave.level.LevelLoader;
import org.interleave.level.Problem;
import org.interleave.playback.SaveDialog;
import org.interleave.app.canvas.CanvasEditor;

/**
 * The level editor: every field of a level file in a form on the left — id, title, chapter,
 * mode, concepts, the brief in Markdown with a preview, goal, par, palette, verification bounds
 * and hints — and on the right the starting design and the reference solution as JSON with live
 * validation (each problem as line:column and its message, beside the text), the locks on the
 * design's parts ({@link DesignLocksPane}), and a read-only preview of the design. Below
 * ({@link CheckFooter}): whether the whole file passes {@code validate}, and "Check both sides"
 * with its progress, Cancel and results. Ctrl+S saves (atomically, through Jackson); Esc goes back.
 * A narrow editor shows the form as a tab of its own, a short one the locks (projector mode).
 * The form is {@link LevelForm}, each design's JSON and canvas a {@link DesignJsonPane}.
 */
public final class LevelEditorView extends BorderPane {
    private final LevelDraft draft;
    private final BothSidesCheck check;
    private final Runnable onBack;
    private final Consumer<Path> onSaved;
    private Path file;

    private final Label fileLabel = new Label();
    private final Tooltip fileTip = new Tooltip();
    private final Button back = new Button("← Back");
    private final Button save = new Button("Save");
    private final Button saveAs = new Button("Save as…");
    private final Button checkBoth = new Button("Check both sides");
    private final CheckFooter footer;
    private final ListView<Problem> levelProblems = new ListView<>();
    private final TextArea levelText = new TextArea();
    private final DesignJsonPane designPane;
    private final DesignJsonPane solutionPane;
    private final DesignLocksPane locks;
    private final VBox designBox = new VBox();
    private final Tab designTab = new Tab("Starting design");
    private final VBox locksBox = new VBox();
    private final Tab locksTab = new Tab("Locks");
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
        this.designPane = new DesignJsonPane(draft, "design", draft.designProperty().get(), false);
        this.solutionPane = new DesignJsonPane(draft, "solution", draft.solutionProperty().get(), true);
        this.locks = new DesignLocksPane(designPane.text);
        this.footer = new CheckFooter(check);
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
        javafx.scene.control.ScrollPane form = LevelForm.of(draft);
        TabPane tabs = designTabs();
        SplitPane body = new SplitPane(form, tabs);
        body.setDividerPositions(0.4);
        body.getStyleClass().add("editor-split");
        setCenter(body);
        setBottom(footer);
        // a narrow editor (projector mode's large text) shows the form as a tab of its own, with the
        // whole width, rather than as a column too narrow for its fields beside a design too narrow too
        Tab formTab = new Tab("Level");
        formTab.setId("tab-level");
        Runnable fit = () -> fitBody(body, form, tabs, formTab);
        body.widthProperty().addListener((o, a, w) -> fit.run());
        back.fontProperty().addListener((o, a, f) -> fit.run());
        // a short editor (projector mode's large text: 45 em at 1080 px, 22.5 em at 200 %; the normal
        // look is 48 em or more) shows the locks as a tab of their own, so that the locked ops, the
        // design's JSON and its canvas each have the tab's height rather than a strip of it
        Runnable fitLocks = () -> fitLocks(tabs);
        heightProperty().addListener((o, a, h) -> fitLocks.run());
        back.fontProperty().addListener((o, a, f) -> fitLocks.run());
    }

    /** The editor's height, in em of its text, under which the locks become a tab beside the design's. */
    static final double LOCKS_TAB_BELOW_EM = 46;

    private void fitLocks(TabPane tabs) {
        double em = back.getFont().getSize();
        if (getHeight() <= 0 || em <= 0) {
            return;
        }
        boolean low = getHeight() / em < LOCKS_TAB_BELOW_EM;
        if (low && designBox.getChildren().contains(locks)) {
            designBox.getChildren().remove(locks);
            locksBox.getChildren().setAll(locks);  // growing (designTabs), its locked ops take the tab's height
            tabs.getTabs().add(locksTab);  // last: the tabs before it keep their places
        } else if (!low && tabs.getTabs().contains(locksTab)) {
            boolean chosen = tabs.getSelectionModel().getSelectedItem() == locksTab;
            tabs.getTabs().remove(locksTab);
            locksBox.getChildren().clear();
            designBox.getChildren().add(0, locks);
            if (chosen) {
                tabs.getSelectionModel().select(designTab);
            }
        }
    }

    /** The editor's width, in em of its text, under which the form becomes a tab beside the design's. */
    static final double FORM_TAB_BELOW_EM = 56;

    private void fitBody(SplitPane body, javafx.scene.control.ScrollPane form, TabPane tabs, Tab formTab) {
        double em = back.getFont().getSize();
        if (body.getWidth() <= 0 || em <= 0) {
            return;
        }
        boolean narrow = body.getWidth() / em < FORM_TAB_BELOW_EM;
        if (narrow && body.getItems().contains(form)) {
            body.getItems().remove(form);
            formTab.setContent(form);
            tabs.getTabs().add(0, formTab);
            tabs.getSelectionModel().select(formTab);
        } else if (!narrow && tabs.getTabs().contains(formTab)) {
            Tab chosen = tabs.getSelectionModel().getSelectedItem();
            tabs.getTabs().remove(formTab);
            formTab.setContent(null);
            body.getItems().add(0, form);
            body.setDividerPositions(0.4);
            if (chosen != formTab) {
                tabs.getSelectionModel().select(chosen);
            }
        }
    }

    private org.interleave.app.shared.FitRow header() {
        back.setId("editor-back");
        back.getStyleClass().add("flat");
        back.setMinWidth(Region.USE_PREF_SIZE);
        Label title = new Label("Level editor");
        title.getStyleClass().add("screen-title");
        fileLabel.setId("editor-file");
        fileLabel.getStyleClass().addAll("code", "muted");
        fileLabel.setMinWidth(Region.USE_PREF_SIZE);  // whole, or hidden when the header is too narrow
        fileLabel.setTooltip(fileTip);
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
        title.setMinWidth(Region.USE_PREF_SIZE);
        // a narrow header (projector mode) gives up the least needed first, never cutting a word
        var header = new org.interleave.app.shared.FitRow(back, title, fileLabel, gap, saveStatus, save, saveAs, checkBoth)
                .shortenWhenTight(back, "←").hideWhenTight(title).shortenWhenTight(checkBoth, "Check")
                .hideWhenTight(fileLabel);
        saveStatus.setId("save-status");
        saveStatus.getStyleClass().add("muted");
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("screen-header");
        updateFileLabel();
        return header;
    }

    // ---------------------------------------------------------------- the form

    private TabPane designTabs() {
        designBox.getChildren().setAll(locks, designPane);
        designBox.getStyleClass().add("design-tab");
        // the locked ops grow first, to their full list, and the JSON and its canvas take the rest
        // beyond the height they ask for (level-editor.css): asking for their full height, they
        // squeezed the locked ops to their least even at 1920×1080
        VBox.setVgrow(locks, Priority.ALWAYS);
        VBox.setVgrow(designPane, Priority.SOMETIMES);
        Tab design = designTab;
        design.setContent(designBox);
        design.setId("tab-design");
        locksBox.getStyleClass().add("locks-tab");
        var locksScroll = new org.interleave.app.shared.WidthFitScroll(locksBox, "locks-tab-scroll");
        locksScroll.setFitToHeight(true);
        locksTab.setContent(locksScroll);
        locksTab.setId("tab-locks");
        Tab solution = new Tab("Reference solution", solutionPane);
        solution.setId("tab-solution");
        levelProblems.setId("level-problems");
        levelProblems.setCellFactory(v -> new DesignJsonPane.ProblemCell());
        levelProblems.setPrefHeight(120);
        levelText.setId("level-text");
        levelText.setEditable(false);
        levelText.getStyleClass().add("json-text");
        VBox.setVgrow(levelText, Priority.ALWAYS);
        Tab whole = new Tab("Level file", new VBox(levelProblems, levelText));
        whole.setId("tab-level-file");
        TabPane tabs = new TabPane(design, solution, whole);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        TabNames.shortenWhenTight(tabs, Map.of(design, "Start", locksTab, "Locks", solution, "Solution", whole, "File"));
        return tabs;
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
        check.stateProperty().addListener((o, a, s) -> checkStateChanged(s));
        addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        // shown in place of a screen that had the focus, the scene gave it to the first field, the
        // level's Id, its text selected as if to be typed over: the editor takes it itself (its keys work)
        sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                requestFocus();
            }
        });
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
        locks.update();
        String name = file == null ? draft.idProperty().get() + LevelFiles.SUFFIX : file.getFileName().toString();
        problemsNow = draft.problems(name);
        levelProblems.getItems().setAll(problemsNow);
        try {
            levelText.setText(draft.toText());
        } catch (JsonProcessingException e) {
            levelText.setText("");
        }
        footer.showValidity(problemsNow);
        disableCheckBoth(!problemsNow.isEmpty() || check.stateProperty().get() == OffThreadJob.State.RUNNING);
    }

    /** Sets or clears {@code "locked"} on a part, rewriting the design's JSON through Jackson. */
    public void setLocked(String partId, boolean locked) {
        locks.edit(d -> DesignLocks.setPartLocked(d, partId, locked));
    }

    // ---------------------------------------------------------------- saving and checking

    private void updateFileLabel() {
        fileLabel.setText(file == null ? "new level — not saved yet" : String.valueOf(file.getFileName()));
        fileTip.setText(file == null ? "Save it to choose its file" : file.toString());
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
        SaveDialog.of(this).ask("Save the level", file == null ? null : file.getParent(),
                draft.idProperty().get() + LevelFiles.SUFFIX, chosen -> {
                    String name = chosen.getFileName().toString();
                    saveTo(name.endsWith(LevelFiles.SUFFIX) ? chosen
                            : chosen.resolveSibling(name.replaceFirst("(\\.level)?(\\.json)?$", "") + LevelFiles.SUFFIX));
                });
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
        disableCheckBoth(s == OffThreadJob.State.RUNNING || !problemsNow.isEmpty());
        checkBoth.setText(s == OffThreadJob.State.RUNNING ? "Checking…" : "Check both sides");
    }

    /**
     * Turns Check both sides off or on. Clicked, it has the focus, and a button turned off hands
     * the focus on to the first field, the level's Id, its text selected as if to be typed over:
     * the editor takes it first, so that its keys still work and no field is selected.
     */
    private void disableCheckBoth(boolean off) {
        if (off && checkBoth.isFocused()) {
            requestFocus();
        }
        checkBoth.setDisable(off);
    }

    /** The file the level is saved to, or null. */
    public Path file() {
        return file;
    }

    /** The canvas that edits the starting design. */
    CanvasEditor designCanvas() {
        return designPane.canvas();
    }

    /** The level being edited. */
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
