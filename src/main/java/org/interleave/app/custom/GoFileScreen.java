package org.interleave.app.custom;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.interleave.app.level.LevelScreen;
import org.interleave.app.shared.CampaignCatalog;
import org.interleave.app.shared.Theme;
import org.interleave.engine.model.Goal;
import org.interleave.gobridge.GoImportException;
import org.interleave.gobridge.GoImporter;
import org.interleave.gobridge.GoLevel;
import org.interleave.level.Diagnosis;
import org.interleave.level.Problem;

/**
 * A Go file opened as a custom level ("Open Go file…", or a {@code .go} file dropped on the
 * window): imported as a fix level, with the file itself in the Go view beside the canvas and each
 * op linked to its line. A file outside the subset shows its problems instead, as
 * {@code file:line:col: message} naming what the subset offers.
 */
public final class GoFileScreen extends BorderPane {
    /** The largest Go file the game opens. */
    static final long MAX_BYTES = 256 * 1024;

    private final Label file = new Label();
    private final Label status = new Label();
    private final ProblemsView problems = new ProblemsView();
    private LevelScreen screen;

    /** Imports {@code path}; {@code screens} makes the level screen of the imported level. */
    public GoFileScreen(Path path, Function<CampaignCatalog.Entry, LevelScreen> screens) {
        createView(path);
        String name = path.getFileName().toString();
        try {
            if (Files.size(path) > MAX_BYTES) {
                throw new GoImportException(1, 1, "file is too large: " + Files.size(path) + " bytes (at most " + MAX_BYTES + ")");
            }
            String source = Files.readString(path, StandardCharsets.UTF_8);
            GoImporter.Imported imported = GoImporter.importGo(source);
            GoLevel.Made made = GoLevel.make(imported, path.toString(), Goal.Mode.FIX, null, false);
            screen = screens.apply(new CampaignCatalog.Entry(1, name, made.level()));
            screen.showGoSource(made.level().design(), imported.program());
            status.setText("Imported with import-go: each op of the design is linked to its line of the Go file.");
            setCenter(screen);
        } catch (GoImportException e) {
            showProblems(name, e.problems().stream()
                    .map(p -> new Problem(path.toString(), p.line(), p.column(), p.message())).toList());
        } catch (IOException | RuntimeException e) {
            showProblems(name, List.of(new Problem(path.toString(), 1, 1, "cannot read the file: " + e.getMessage())));
        }
    }

    private void createView(Path path) {
        Theme.apply(this, GoFileScreen.class, "custom-level.css");
        getStyleClass().add("custom-level-screen");
        Label badge = new Label("GO");
        badge.getStyleClass().addAll("badge", "custom-badge");
        file.setId("go-file");
        file.getStyleClass().addAll("custom-file", "code");
        file.setMinWidth(Region.USE_PREF_SIZE);
        file.setText(path.getFileName().toString());
        status.setId("go-file-status");
        status.getStyleClass().add("muted");
        status.setMinWidth(0);
        HBox bar = new HBox(badge, file, status);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("custom-bar");
        setTop(bar);
    }

    private void showProblems(String name, List<Problem> found) {
        status.setText("Not imported: the program is outside the subset import-go reads (see the README).");
        problems.setId("go-file-problems");
        problems.show(name, Diagnosis.of(found, null),
                "Change the program and open it again; the README lists the subset with an example per construct.");
        ScrollPane scroll = new ScrollPane(problems);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("problems-scroll");
        setCenter(new VBox(scroll));
    }

    /** The level screen of the imported program, or null when it did not import. */
    public LevelScreen levelScreen() {
        return screen;
    }
}
