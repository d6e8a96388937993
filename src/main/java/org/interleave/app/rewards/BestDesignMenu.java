package org.interleave.app.rewards;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import org.interleave.engine.model.Design;
import org.interleave.engine.model.Level;
import org.interleave.level.LevelException;
import org.interleave.level.LevelLoader;
import org.interleave.level.save.SavedDesigns;
import org.interleave.level.save.Score;

/**
 * A level's solution slots on its screen: the player's best design on each score, as
 * {@link BestDesigns} keeps them, each with what it scores, so that the fast design and the small
 * one can both be taken up again. Choosing one puts it on the canvas in place of the design shown,
 * an edit like any other (Ctrl+Z brings that design back). Each is checked as a solution file is
 * (locks, seals, palette): one the level now refuses says why instead. The menu shows itself once
 * the level has a best design kept.
 */
public final class BestDesignMenu extends MenuButton {
    private final Level level;
    private final Supplier<SavedDesigns> designs;
    private final Consumer<Design> open;
    private final Consumer<String> refused;

    /**
     * The slots of {@code level} among the player's {@code designs}; {@code open} puts a chosen
     * design on the canvas, {@code refused} tells the player why a kept design no longer fits.
     */
    public BestDesignMenu(Level level, Supplier<SavedDesigns> designs, Consumer<Design> open, Consumer<String> refused) {
        super("★ Best designs");
        this.level = Objects.requireNonNull(level);
        this.designs = Objects.requireNonNull(designs);
        this.open = Objects.requireNonNull(open);
        this.refused = Objects.requireNonNull(refused);
        setId("best-designs");
        getStyleClass().add("best-designs");
        setTooltip(new Tooltip("Open your best design on each score: ticks, parts, ops (Ctrl+Z brings back the one shown)"));
        setOnShowing(e -> fill());
        refresh();
    }

    /** Shows the menu when the level has a best design kept, and fills it with them; hides it otherwise. */
    public void refresh() {
        boolean any = false;
        for (ScoreKind k : ScoreKind.values()) {
            any |= slot(k).isPresent();
        }
        setVisible(any);
        setManaged(any);
        fill();
    }

    private Optional<JsonNode> slot(ScoreKind k) {
        return designs.get().level(level.id()).slot(k.slot());
    }

    /** One item per kept design, named by its score and saying what it scores now. */
    private void fill() {
        getItems().clear();
        for (ScoreKind k : ScoreKind.values()) {
            Optional<JsonNode> slot = slot(k);
            if (slot.isEmpty()) {
                continue;
            }
            MenuItem item;
            try {
                Design design = parse(k, slot.get());
                Score s = BestDesigns.measure(level, design, 0);
                item = new MenuItem(k.slot() + ": " + s.ticks() + " ticks · " + s.parts() + " parts · " + s.ops() + " ops");
                item.setOnAction(e -> open.accept(design));
            } catch (LevelException e) {
                String why = e.problems().get(0).message();
                item = new MenuItem(k.slot() + ": no longer fits this level");
                item.setOnAction(x -> refused.accept("Your " + k.slot().toLowerCase(java.util.Locale.ROOT)
                        + " design no longer fits this level: " + why));
            }
            item.setId("best-design-" + k.unit());
            getItems().add(item);
        }
    }

    /** A kept design, checked as a solution file of the level is. */
    private Design parse(ScoreKind k, JsonNode design) throws LevelException {
        ObjectNode file = JsonNodeFactory.instance.objectNode();
        file.put("format", 1);
        file.put("level", level.id());
        file.set("design", design);
        return LevelLoader.parseSolution(k.slot(), file.toString(), level);
    }
}
