package org.interleave.app.canvas;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.interleave.engine.model.Design;

/**
 * The parts the level offers, each a tile with how many are left: drag one onto the canvas (or
 * click it to drop it in the middle). A tile with none left is shown, greyed, with "0 left".
 */
final class PaletteBar extends HBox {
    /** Every palette type in the order tiles are shown, with the glyph and words of its tile. */
    private static final List<String[]> TYPES = List.of(
            new String[] {"goroutine", "ƒ", "goroutine"},
            new String[] {"producer", "⇉", "producer"},
            new String[] {"worker", "⚙", "worker"},
            new String[] {"consumer", "⇥", "consumer"},
            new String[] {"closer", "⊣", "closer"},
            new String[] {"channel", "═", "channel"},
            new String[] {"mutex", "", "mutex"},
            new String[] {"rwmutex", "", "rwmutex"},
            new String[] {"waitgroup", "#", "wait group"},
            new String[] {"once", "1", "once"},
            new String[] {"var", "▭", "var"},
            new String[] {"atomic", "▣", "atomic"},
            new String[] {"context", "◉", "context"},
            new String[] {"sink", "▤", "output"});

    private final EditModel model;
    private final BiPredicate<String, Point2D> drop;
    private final List<Tile> tiles = new ArrayList<>();
    private final Label none = new Label("Nothing to add in this level: change what is there.");

    /** A tile of the palette. */
    final class Tile extends VBox {
        final String type;
        final Label count = new Label();
        private Point2D pressed;
        private Label ghost;

        Tile(String[] spec) {
            this.type = spec[0];
            getStyleClass().add("palette-tile");
            setId("palette-" + type);
            setAlignment(Pos.CENTER);
            Label glyph = new Label(spec[1]);
            glyph.getStyleClass().add("palette-glyph");
            if (spec[1].isEmpty()) {
                javafx.scene.shape.SVGPath lock = new javafx.scene.shape.SVGPath();
                lock.setContent(PartNode.PADLOCK);
                lock.getStyleClass().add("palette-lock");
                glyph.setGraphic(lock);
            }
            Label name = new Label(spec[2]);
            name.getStyleClass().add("palette-name");
            count.getStyleClass().add("palette-count");
            HBox top = new HBox(4, glyph, count);
            top.setAlignment(Pos.CENTER);
            getChildren().addAll(top, name);
            Tooltip.install(this, new Tooltip("Drag a " + spec[2] + " onto the canvas, or click to add one (Enter)"));
            // by keyboard: Tab to the tile, Enter or Space adds one in the middle of the canvas
            setFocusTraversable(true);
            addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == javafx.scene.input.KeyCode.ENTER || e.getCode() == javafx.scene.input.KeyCode.SPACE) {
                    drop.test(type, null);
                    e.consume();
                }
            });
            addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
                if (e.getButton() == MouseButton.PRIMARY) {
                    pressed = new Point2D(e.getSceneX(), e.getSceneY());
                    e.consume();
                }
            });
            addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
                if (pressed != null) {
                    dragTo(e);
                    e.consume();
                }
            });
            addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
                if (pressed == null) {
                    return;
                }
                boolean moved = pressed.distance(e.getSceneX(), e.getSceneY()) > 5;
                pressed = null;
                endGhost();
                drop.test(type, moved ? new Point2D(e.getSceneX(), e.getSceneY()) : null);
                e.consume();
            });
        }

        private void dragTo(MouseEvent e) {
            if (ghost == null && getScene() != null && getScene().getRoot() instanceof javafx.scene.layout.Pane root) {
                ghost = new Label("+ " + type);
                ghost.getStyleClass().add("palette-ghost");
                ghost.getStylesheets().addAll(PaletteBar.this.getScene().getRoot().getStylesheets());
                ghost.setManaged(false);
                ghost.setMouseTransparent(true);
                root.getChildren().add(ghost);
            }
            if (ghost != null) {
                Point2D p = ghost.getParent().sceneToLocal(e.getSceneX(), e.getSceneY());
                ghost.autosize();
                ghost.relocate(p.getX() + 8, p.getY() + 8);
            }
        }

        private void endGhost() {
            if (ghost != null && ghost.getParent() instanceof javafx.scene.layout.Pane p) {
                p.getChildren().remove(ghost);
            }
            ghost = null;
        }

        void update(Design d) {
            int left = model.rules().partsLeft(type, d);
            count.setText("×" + left);
            getStyleClass().remove("empty");
            if (left == 0) {
                getStyleClass().add("empty");
            }
        }
    }

    PaletteBar(EditModel model, BiPredicate<String, Point2D> drop) {
        this.model = model;
        this.drop = drop;
        getStyleClass().add("palette");
        setId("palette");
        setAlignment(Pos.CENTER_LEFT);
        none.getStyleClass().add("palette-none");
        none.setMinWidth(0);
        model.designProperty().addListener((o, a, d) -> update());
        rebuild();
    }

    /** Shows the tiles the rules offer (after a switch of rules, e.g. to the read-only solution). */
    void rebuild() {
        tiles.clear();
        getChildren().clear();
        for (String[] spec : TYPES) {
            if (model.rules().palette().getOrDefault(spec[0], 0) > 0 && !model.rules().readOnly()) {
                Tile t = new Tile(spec);
                tiles.add(t);
                getChildren().add(t);
            }
        }
        if (tiles.isEmpty()) {
            none.setText(model.rules().readOnly() ? "The reference solution: read-only."
                    : model.rules().ops().isEmpty() ? "Nothing to add here: change what is there."
                    : "No new parts here: click a card's line to edit its ops.");
            getChildren().add(none);
        }
        update();
    }

    private void update() {
        tiles.forEach(t -> t.update(model.design()));
    }
}
