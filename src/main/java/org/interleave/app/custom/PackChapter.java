package org.interleave.app.custom;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.interleave.app.shared.CommandText;
import org.interleave.app.shared.Theme;
import org.interleave.app.select.LevelCard;

/**
 * A custom pack on the level select, like a chapter: its name and where it is on disk, a card
 * for each level that loaded, and the problems of each file that did not. Edit opens the level
 * editor on a file; Close forgets the pack.
 */
public final class PackChapter extends VBox {
    /**
     * Creates the chapter of {@code pack}; {@code onOpen} opens a level that loaded, {@code onClose}
     * forgets the pack.
     */
    public PackChapter(CustomPack pack, Consumer<CustomPack.File> onOpen, Runnable onClose) {
        Theme.apply(this, PackChapter.class, "custom-level.css");
        getStyleClass().addAll("chapter", "pack-chapter");
        setId("custom-pack");
        int ok = pack.entries().size();
        // the pack's name, as long as its folder's: it wraps after the name's - _ . (a wrapped
        // label would cut a word longer than the line anywhere, mid-name); Close keeps its width
        CommandText heading = new CommandText("chapter-title", true);
        heading.setId("pack-title");
        heading.setAlignment(Pos.CENTER_LEFT);
        heading.setText("Custom · " + pack.title());
        heading.setMinWidth(0);
        HBox.setHgrow(heading, Priority.ALWAYS);
        Button close = new Button("Close pack");
        close.setId("close-pack");
        close.getStyleClass().add("flat");
        close.setOnAction(e -> onClose.run());
        close.setMinWidth(Region.USE_PREF_SIZE);
        HBox top = new HBox(heading, close);
        top.setAlignment(Pos.CENTER_LEFT);
        top.getStyleClass().add("pack-top");
        // the title wraps within what Close leaves of the row (a flow's own 400 px would make the
        // row as tall as the title wrapped at 400 px)
        heading.prefWrapLengthProperty().bind(Bindings.createDoubleBinding(() -> Math.max(0, top.getWidth()
                - close.getWidth() - top.getSpacing() - top.snappedLeftInset() - top.snappedRightInset()),
                top.widthProperty(), close.widthProperty()));

        // where the pack is, on a line of its own under the name, as pieces that wrap at the
        // path's separators within the chapter's width (a wrapped label would cut a deep folder
        // anywhere, mid-name); its tooltip gives it on one line. Under it, what the pack holds.
        CommandText folder = new CommandText("muted");
        folder.setId("pack-folder");
        folder.setText(pack.source().toString());
        folder.setMinWidth(0);
        Label where = new Label(ok + (ok == 1 ? " level" : " levels")
                + (pack.broken().isEmpty() ? "" : ", " + pack.broken().size() + " with problems")
                + " · reloads when a file changes");
        where.setId("pack-count");
        where.getStyleClass().add("muted");
        where.setMinWidth(0);
        where.setWrapText(true);
        where.setMinHeight(Region.USE_PREF_SIZE);
        Tooltip path = new Tooltip(pack.source().toString());
        path.setWrapText(true);
        // it opens at the pointer and is not moved (under the pointer it would flicker): it wraps
        // within the room from there to the window's right edge
        path.setOnShowing(e -> {
            Scene scene = where.getScene();
            double right = scene.getWindow().getX() + scene.getX() + scene.getWidth();
            path.setMaxWidth(Math.max(where.getWidth() / 3, right - path.getAnchorX() - 4));
        });
        where.setTooltip(path);
        Tooltip.install(folder, path);

        FlowPane cards = new FlowPane();
        cards.getStyleClass().add("pack-cards");
        for (CustomPack.File f : pack.files()) {
            if (f.ok()) {
                LevelCard card = new LevelCard(f.entry());
                card.setOnAction(e -> onOpen.accept(f));
                cards.getChildren().add(card);
            }
        }
        getChildren().addAll(top, folder, where, cards);
        if (pack.files().isEmpty()) {
            Label none = new Label("No *.level.json files in this folder yet: save one here and it appears.");
            none.getStyleClass().add("muted");
            getChildren().add(none);
        }
        for (CustomPack.File f : pack.broken()) {
            ProblemsView problems = new ProblemsView();
            problems.show(f.path().getFileName().toString(), f.problems(), "Fix the file and save it: it reloads here.");
            getChildren().add(problems);
        }
    }
}
