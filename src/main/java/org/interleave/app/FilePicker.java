package org.interleave.app;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.interleave.app.shared.Theme;

/**
 * The game's own file chooser, a dialog inside the window: it takes the theme and projector mode's
 * size like every other dialog, and it cannot open off-screen or behind the game (the system's
 * chooser does both on a display without a window manager). It lists a folder — its folders first,
 * then the files whose names end with one of the given suffixes — with a path to type into; Enter
 * or a double click opens a folder or chooses a file, Backspace goes up, Esc cancels. To save, it
 * also has a name to type (a file listed gives its name); saving over a file asks for a second press.
 */
public final class FilePicker extends VBox {
    /** What is chosen: a file to open, a folder, or where to save a file. */
    public enum Kind { FILE, FOLDER, SAVE }

    private final Kind kind;
    private final List<String> suffixes;
    private final Consumer<Path> onChosen;
    private final Runnable onCancel;
    private final TextField location = new TextField();
    private final ListView<Path> entries = new ListView<>();
    private final Label problem = new Label();
    private final Button choose = new Button();
    private final TextField fileName = new TextField();
    private Path folder;
    /** The file a save would replace, after the first press warned of it. */
    private Path replacing;

    /**
     * A picker titled {@code title} that starts in {@code start} and lists the files ending with
     * one of {@code suffixes} (any file, for none); {@code onChosen} gets the file or folder chosen.
     */
    public FilePicker(String title, Kind kind, List<String> suffixes, Path start, Consumer<Path> onChosen,
                      Runnable onCancel) {
        this.kind = kind;
        this.suffixes = List.copyOf(suffixes);
        this.onChosen = onChosen;
        this.onCancel = onCancel;
        createView(title);
        if (kind == Kind.SAVE) {
            fileName.setText(suffixes.isEmpty() ? "" : suffixes.get(0));
        }
        initListeners();
        show(start != null && Files.isDirectory(start) ? start : Path.of(System.getProperty("user.home", ".")));
    }

    private void createView(String title) {
        Theme.apply(this, FilePicker.class, null);
        setId("file-picker");
        getStyleClass().add("file-picker");
        Label heading = new Label(title);
        heading.getStyleClass().add("dialog-title");
        Button up = new Button("↑ Up");
        up.setId("picker-up");
        up.setMinWidth(Region.USE_PREF_SIZE);
        up.setOnAction(e -> up());
        location.setId("picker-location");
        HBox.setHgrow(location, Priority.ALWAYS);
        HBox path = new HBox(up, location);
        path.setAlignment(Pos.CENTER_LEFT);
        path.getStyleClass().add("picker-path");
        entries.setId("picker-entries");
        entries.getStyleClass().add("picker-entries");
        entries.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Path p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : Files.isDirectory(p) ? "▸ " + name(p) + "/" : name(p));
            }
        });
        entries.setPrefHeight(16 * Theme.BASE_FONT_PX);
        VBox.setVgrow(entries, Priority.ALWAYS);
        problem.setId("picker-problem");
        problem.getStyleClass().add("picker-problem");
        problem.setWrapText(true);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        choose.setId("picker-choose");
        choose.setMinWidth(Region.USE_PREF_SIZE);
        choose.getStyleClass().add("primary");
        choose.setDefaultButton(false);
        Button cancel = new Button("Cancel");
        cancel.setId("picker-cancel");
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        cancel.setOnAction(e -> onCancel.run());
        HBox buttons = new HBox(choose, cancel);
        buttons.getStyleClass().add("dialog-buttons");
        getChildren().addAll(heading, path, entries, problem);
        if (kind == Kind.SAVE) {
            Label nameLabel = new Label("Name");
            nameLabel.setMinWidth(Region.USE_PREF_SIZE);
            nameLabel.setLabelFor(fileName);
            fileName.setId("picker-name");
            HBox.setHgrow(fileName, Priority.ALWAYS);
            HBox nameRow = new HBox(nameLabel, fileName);
            nameRow.setAlignment(Pos.CENTER_LEFT);
            nameRow.getStyleClass().add("picker-path");
            getChildren().add(nameRow);
        }
        getChildren().add(buttons);
        buttons.setMinHeight(Region.USE_PREF_SIZE);
        // the overlay lays it out at most as large as the window: its list gives way, so its buttons stay
        // in view (scrolled as a whole, in projector mode at 200 % they lay below the window); its width is
        // in the theme's em, as large as the text (theme: .file-picker)
        getStyleClass().add(org.interleave.app.shared.ButtonsInView.STYLE_CLASS);
        entries.setMinHeight(3 * Theme.BASE_FONT_PX);
    }

    private void initListeners() {
        location.setOnAction(e -> typed());
        fileName.setOnAction(e -> save());
        fileName.textProperty().addListener((o, a, b) -> {
            replacing = null;
            updateChoose();
        });
        choose.setOnAction(e -> chooseSelected());
        entries.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                enter(entries.getSelectionModel().getSelectedItem());
            }
        });
        entries.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                enter(entries.getSelectionModel().getSelectedItem());
                e.consume();
            } else if (e.getCode() == KeyCode.BACK_SPACE) {
                up();
                e.consume();
            }
        });
        entries.getSelectionModel().selectedItemProperty().addListener((o, a, p) -> updateChoose());
    }

    /** Lists {@code dir}: its folders, then its files that fit, each group by name. */
    public void show(Path dir) {
        List<Path> folders = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> in = Files.newDirectoryStream(dir)) {
            for (Path p : in) {
                if (name(p).startsWith(".")) {
                    continue;  // hidden
                }
                if (Files.isDirectory(p)) {
                    folders.add(p);
                } else if (kind != Kind.FOLDER && fits(p)) {
                    files.add(p);
                }
            }
        } catch (IOException | SecurityException e) {
            problem.setText("Cannot read " + dir + ": " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return;
        }
        Comparator<Path> byName = Comparator.comparing(p -> name(p).toLowerCase(Locale.ROOT));
        folders.sort(byName);
        files.sort(byName);
        folder = dir.toAbsolutePath().normalize();
        location.setText(folder.toString());
        replacing = null;
        problem.setText(kind == Kind.FILE && files.isEmpty() ? "No " + String.join(" or ", suffixes)
                + " files here: open a folder (Enter), or go up (Backspace)." : "");
        entries.getItems().setAll(folders);
        entries.getItems().addAll(files);
        if (!entries.getItems().isEmpty()) {
            entries.getSelectionModel().select(files.isEmpty() ? 0 : folders.size());
        }
        updateChoose();
    }

    /** The folder listed. */
    public Path folder() {
        return folder;
    }

    /** Focuses the list, where the keys work (to save: the name, its file part selected). */
    public void focusList() {
        if (kind == Kind.SAVE) {
            fileName.requestFocus();
            String n = fileName.getText();
            String suffix = suffixes.stream().filter(n::endsWith).findFirst().orElse("");
            fileName.selectRange(0, n.length() - suffix.length());
        } else {
            entries.requestFocus();
        }
    }

    /** Suggests a name for the file to save. */
    public void suggestName(String name) {
        fileName.setText(name);
    }

    private boolean fits(Path p) {
        String n = name(p).toLowerCase(Locale.ROOT);
        return suffixes.isEmpty() || suffixes.stream().anyMatch(s -> n.endsWith(s.toLowerCase(Locale.ROOT)));
    }

    private void up() {
        if (folder != null && folder.getParent() != null) {
            show(folder.getParent());
        }
    }

    private void typed() {
        Path p = Path.of(location.getText().strip());
        if (Files.isDirectory(p)) {
            show(p);
        } else if (kind == Kind.SAVE && p.getParent() != null && Files.isDirectory(p.getParent())) {
            show(p.getParent());
            fileName.setText(name(p));
            save();
        } else if (kind == Kind.FILE && Files.isRegularFile(p)) {
            onChosen.accept(p);
        } else {
            problem.setText("No such folder: " + p);
        }
    }

    private void enter(Path p) {
        if (p == null) {
            return;
        }
        if (Files.isDirectory(p)) {
            show(p);
        } else if (kind == Kind.SAVE) {
            fileName.setText(name(p));
            fileName.requestFocus();
        } else {
            onChosen.accept(p);
        }
    }

    /**
     * Saves as the name typed, in the folder listed (the first suffix added when the name has
     * none of them); a file of that name is replaced only on a second press.
     */
    private void save() {
        String n = fileName.getText().strip();
        if (n.isEmpty() || n.equals(".") || n.equals("..") || n.contains("/") || n.contains(java.io.File.separator)) {
            problem.setText("Type a name for the file.");
            return;
        }
        if (!suffixes.isEmpty() && !fits(Path.of(n))) {
            n = n + suffixes.get(0);
        }
        Path target = folder.resolve(n);
        if (Files.isDirectory(target)) {
            show(target);
            return;
        }
        if (Files.exists(target) && !target.equals(replacing)) {
            replacing = target;
            problem.setText(n + " is already here: " + choose.getText() + " again replaces it.");
            choose.setText("Replace");
            return;
        }
        onChosen.accept(target);
    }

    /** A file picker chooses the file selected; a folder picker the folder selected, or the one listed. */
    private void chooseSelected() {
        Path p = entries.getSelectionModel().getSelectedItem();
        if (kind == Kind.SAVE) {
            save();
        } else if (kind == Kind.FOLDER) {
            onChosen.accept(p != null ? p : folder);
        } else if (p != null && !Files.isDirectory(p)) {
            onChosen.accept(p);
        } else if (p != null) {
            show(p);
        }
    }

    private void updateChoose() {
        Path p = entries.getSelectionModel().getSelectedItem();
        if (kind == Kind.SAVE) {
            choose.setText(replacing != null ? "Replace" : "Save");
        } else if (kind == Kind.FOLDER) {
            choose.setText(p != null ? "Open " + name(p) : "Open this folder");
        } else {
            choose.setText(p != null && Files.isDirectory(p) ? "Go into " + name(p) : "Open");
            choose.setDisable(p == null);
        }
    }

    private static String name(Path p) {
        Path n = p.getFileName();
        return n == null ? p.toString() : n.toString();
    }
}
