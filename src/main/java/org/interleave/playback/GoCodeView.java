package org.interleave.playback;

import java.util.List;
import java.util.Locale;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.interleave.engine.StepRecord;
import org.interleave.engine.model.Design;
import org.interleave.gobridge.GoExporter;

/**
 * A design as its Go program ({@link GoExporter}): monospace, line-numbered and scrollable, with
 * a Copy button. While a {@link RevealModel} steps through a schedule, the line of the op the
 * step ran is marked with ▶ and a background, and scrolled into view.
 */
public final class GoCodeView extends VBox {
    private final RevealModel model;
    private final ObservableList<String> lines = FXCollections.observableArrayList();
    private final ListView<String> list = new ListView<>(lines);
    private final Button copy = new Button("Copy");
    private final Label note = new Label();
    private final ReadOnlyIntegerWrapper highlighted = new ReadOnlyIntegerWrapper(this, "highlighted", 0);
    private final PauseTransition copiedPause = new PauseTransition(Duration.seconds(1.5));
    private GoExporter.Exported exported;

    /** Creates the view; it follows {@code model}'s steps. */
    public GoCodeView(RevealModel model) {
        this.model = model;
        createView();
        model.momentProperty().addListener((Observable o) -> showMoment(model.momentProperty().get()));
    }

    private void createView() {
        getStyleClass().add("go-code-view");
        getStylesheets().add(GoCodeView.class.getResource("playback.css").toExternalForm());
        Label title = new Label("GO CODE");
        title.getStyleClass().add("go-code-title");
        note.setId("go-code-note");
        note.getStyleClass().add("muted");
        note.setWrapText(true);
        note.setMinWidth(0);
        title.setMinWidth(Region.USE_PREF_SIZE);
        copy.setId("go-copy");
        copy.setMinWidth(Region.USE_PREF_SIZE);
        copy.setOnAction(e -> copyProgram());
        copiedPause.setOnFinished(e -> copy.setText("Copy"));
        // Copy goes under the title when the view is too narrow for both (projector mode at a large scale)
        BorderPane top = new BorderPane() {
            @Override
            protected double computeMinWidth(double height) {
                // as narrow as the wider of the two: below the sum of both, Copy goes under the title
                return Math.max(title.minWidth(-1), copy.minWidth(-1)) + snappedLeftInset() + snappedRightInset();
            }
        };
        top.setLeft(title);
        top.setRight(copy);
        BorderPane.setAlignment(title, Pos.CENTER_LEFT);
        top.getStyleClass().add("go-code-top");
        top.widthProperty().addListener((o, a, w) -> {
            boolean narrow = w.doubleValue() < title.prefWidth(-1) + copy.prefWidth(-1) + 8;
            if (narrow && top.getBottom() == null) {
                top.setRight(null);
                top.setBottom(copy);
            } else if (!narrow && top.getRight() == null) {
                top.setBottom(null);
                top.setRight(copy);
            }
        });
        list.setId("go-code");
        list.getStyleClass().add("go-code");
        list.setCellFactory(v -> new LineCell());
        VBox.setVgrow(list, Priority.ALWAYS);
        list.heightProperty().addListener((o, a, h) -> Platform.runLater(this::scrollToMarked));
        getChildren().addAll(top, note, list);
        note.setVisible(false);
        note.setManaged(false);
    }

    /** Shows {@code design} as Go; {@code id} and {@code title} name it in the package comment. */
    public void show(Design design, String id, String title) {
        GoExporter.Exported program;
        String why = null;
        try {
            program = design == null ? null : GoExporter.exported(design, id, title);
        } catch (IllegalArgumentException e) {
            program = null;
            why = e.getMessage();
        }
        showProgram(program);
        if (why != null) {
            setNote("No Go program yet: " + why + ".");
        }
    }

    /**
     * Shows a Go program with the line of each op, such as the Go file a level was imported from
     * ({@code GoImporter.Imported#program()}); null shows none.
     */
    public void showProgram(GoExporter.Exported program) {
        highlighted.set(0);
        exported = program;
        if (exported == null) {
            lines.clear();
            setNote("No Go program yet: a design needs a main goroutine to become one.");
            copy.setDisable(true);
        } else {
            lines.setAll(List.of(exported.text().replace("\t", "    ").split("\n", -1)));
            if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
                lines.remove(lines.size() - 1);
            }
            setNote(null);
            copy.setDisable(false);
        }
        list.refresh();
        showMoment(model.momentProperty().get());
    }

    private void setNote(String text) {
        note.setText(text == null ? "" : text);
        note.setVisible(text != null);
        note.setManaged(text != null);
    }

    private void copyProgram() {
        if (exported == null) {
            return;
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(exported.text());
        Clipboard.getSystemClipboard().setContent(content);
        copy.setText("Copied");
        copiedPause.playFromStart();
    }

    private void showMoment(Trace.Moment m) {
        int line = m == null || exported == null ? 0 : lineOf(m);
        highlighted.set(Math.max(line, 0));
        list.refresh();
        if (line > 0) {
            list.getSelectionModel().clearSelection();
            scrollToMarked();
            // the list may have no height yet (the view just opened): scroll again once it is laid out
            Platform.runLater(this::scrollToMarked);
        }
    }

    /**
     * Scrolls the marked line into view, a third of the way down the pane, whole. A list without a
     * height yet (just opened) scrolls again when it gets one.
     */
    private void scrollToMarked() {
        int line = highlighted.get();
        if (line <= 0) {
            return;
        }
        VirtualFlow<?> flow = list.lookup(".virtual-flow") instanceof VirtualFlow<?> f ? f : null;
        IndexedCell<?> first = flow == null ? null : flow.getFirstVisibleCell();
        if (flow == null || first == null || flow.getHeight() <= 0 || first.getHeight() <= 0) {
            list.scrollTo(Math.max(0, line - 4));
            return;
        }
        IndexedCell<?> marked = flow.getVisibleCell(line - 1);
        if (marked != null && marked.isVisible() && marked.getLayoutY() >= 0
                && marked.getLayoutY() + marked.getHeight() <= flow.getHeight() && first.getLayoutY() > -0.5) {
            return; // already whole in view under a whole top line: the pane does not jump at every step
        }
        int rows = Math.max(1, (int) Math.floor(flow.getHeight() / first.getHeight()));
        flow.scrollToTop(Math.max(0, Math.min(line - 1 - rows / 3, lines.size() - rows)));
    }

    /** The line of the op the moment's step ran, or -1 when it ran none the program shows. */
    private int lineOf(Trace.Moment m) {
        StepRecord step = m.step();
        if (step.actor() == null || step.path() == null) {
            return -1;
        }
        String template = m.goroutine(step.actor()).map(Trace.GoroutineView::template)
                .orElse(Trace.templateOf(step.actor()));
        return exported.line(template, step.path());
    }

    /** The 1-based line marked as the op under execution; 0 when none is. */
    public ReadOnlyIntegerProperty highlightedLineProperty() {
        return highlighted.getReadOnlyProperty();
    }

    /** The text of a 1-based line as the program has it (tabs shown as four spaces). */
    public String lineText(int line) {
        return line < 1 || line > lines.size() ? "" : lines.get(line - 1);
    }

    /** The program shown, or null. */
    public String program() {
        return exported == null ? null : exported.text();
    }

    private final class LineCell extends ListCell<String> {
        LineCell() {
            getStyleClass().add("go-line");
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().remove("go-line-current");
            if (empty || item == null) {
                setText(null);
                return;
            }
            int n = getIndex() + 1;
            boolean current = n == highlighted.get();
            setText((current ? "▶" : " ") + String.format(Locale.ROOT, "%4d  ", n) + item);
            if (current) {
                getStyleClass().add("go-line-current");
            }
        }
    }
}
