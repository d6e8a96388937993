package org.interleave.app.canvas;

import java.util.ArrayList;

import java.util.List;
import java.util.function.Consumer;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.interleave.engine.OpText;
import org.interleave.engine.model.Design;
import org.interleave.engine.model.Op;
import org.interleave.engine.model.Part;
import org.interleave.level.LockedOps;
import org.interleave.level.PresetSpec;

/**
 * The small panel over the canvas that edits what is selected: a part's settings, a preset's
 * fields, a goroutine's ops (add, move, remove) and the selected op's wires and values. Every
 * change goes through the {@link EditModel} as one edit; Esc closes it.
 */
final class Inspector extends VBox {
    private final EditModel model;
    private final CanvasView canvas;
    private final VBox content = new VBox();

    Inspector(EditModel model, CanvasView canvas) {
        this.model = model;
        this.canvas = canvas;
        getStyleClass().add("inspector");
        setId("inspector");
        content.getStyleClass().add("inspector-content");
        setMaxHeight(Region.USE_PREF_SIZE);
        // on a canvas shorter than the inspector (projector mode at a large scale) it scrolls, not the screen
        javafx.scene.control.ScrollPane scroll = new org.interleave.app.shared.WidthFitScroll(content, "inspector-scroll");
        scroll.setFocusTraversable(false);
        getChildren().add(scroll);
        // its fields are sized once styled, inside the scroll, after the canvas's stack sized the panel for
        // them unstyled (640 px for 233 px of fields): the panel is sized again to them
        content.heightProperty().addListener((o, a, h) -> requestLayout());
        canvas.selectionProperty().addListener((o, a, s) -> show());
        model.designProperty().addListener((o, a, d) -> showKeepingFocus());
        show();
    }

    /**
     * Shows the design as changed; a player at the keyboard whose edit rebuilt the inspector keeps
     * the focus on the same control (by id), else on the canvas, never thrown back to the screen's top.
     */
    private void showKeepingFocus() {
        javafx.scene.Node owner = getScene() == null ? null : getScene().getFocusOwner();
        boolean inside = owner != null && isFocusWithin();
        String id = inside ? owner.getId() : null;
        show();
        if (!inside) {
            return;
        }
        javafx.scene.Node same = id == null ? null : lookup("#" + id);
        if (same != null && same.isFocusTraversable() && !same.isDisabled()) {
            same.requestFocus();
        } else {
            canvas.requestFocus();
        }
    }

    private void show() {
        CanvasView.Selection s = canvas.selectionProperty().get();
        Design d = model.design();
        Part p = s == null ? null : d.part(s.part()).orElse(null);
        content.getChildren().clear();
        setVisible(p != null);
        setManaged(p != null);
        if (p == null) {
            return;
        }
        boolean editable = !model.rules().readOnly() && !(p.layout() != null && p.layout().locked());
        Label title = new Label(p.id());
        title.getStyleClass().add("inspector-title");
        Button close = new Button("✕");
        close.getStyleClass().addAll("flat", "inspector-close");
        close.setTooltip(new Tooltip("Close (Esc)"));
        close.setOnAction(e -> canvas.selectionProperty().set(null));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox head = new HBox(title, gap, close);
        head.setAlignment(Pos.CENTER_LEFT);
        Label what = new Label(p instanceof Part.Goroutine g ? "goroutine · " + GoroutineNode.startText(g)
                : ResourceNode.describe(p));
        what.getStyleClass().add("inspector-sub");
        what.setWrapText(true);
        content.getChildren().addAll(head, what);
        if (!editable) {
            Label note = new Label(model.rules().readOnly() ? "Read-only: the reference solution."
                    : p.layout().relay() ? "Locked and sealed by the level: it cannot be changed, and it takes only what"
                            + " the level's padlocked ops send, or what yours pass on, unchanged, from a sealed channel."
                    : p.layout().sealed() ? "Locked and sealed by the level: it cannot be changed, and only the level's"
                            + " padlocked ops send to it (yours may receive and close)."
                    : "Locked by the level: it cannot be changed.");
            note.getStyleClass().add("inspector-note");
            note.setWrapText(true);
            content.getChildren().add(note);
        }
        if (p instanceof Part.Goroutine g && s.path() != null && OpTree.find(g.ops(), s.path()) != null
                && PresetSpec.of(g).isEmpty()) {
            // an op is selected: only the op, so the panel stays small beside the canvas
            what.setText("goroutine · click its name for its settings");
            ops(g, editable);
            return;
        }
        GridPane grid = new GridPane();
        grid.getStyleClass().add("inspector-grid");
        content.getChildren().add(grid);
        row(grid, "name", text(p.id(), editable, t -> model.apply(new Edit.RenamePart(p.id(), t))));
        switch (p) {
            case Part.Channel c -> {
                row(grid, "buffer", text(Integer.toString(c.cap()), editable, t -> number(t, "buffer", 0, 1000,
                        n -> model.apply(new Edit.SetPart(new Part.Channel(c.id(), (int) n, c.nil(), c.layout()))))));
                row(grid, "nil", check(c.nil(), editable, b -> model.apply(new Edit.SetPart(new Part.Channel(c.id(), c.cap(), b, c.layout())))));
            }
            case Part.Var v -> row(grid, "initial", text(Long.toString(v.init()), editable, t -> number(t, "initial",
                    Long.MIN_VALUE, Long.MAX_VALUE, n -> model.apply(new Edit.SetPart(new Part.Var(v.id(), n, v.layout()))))));
            case Part.Atomic a -> row(grid, "initial", text(Long.toString(a.init()), editable, t -> number(t, "initial",
                    Long.MIN_VALUE, Long.MAX_VALUE, n -> model.apply(new Edit.SetPart(new Part.Atomic(a.id(), n, a.layout()))))));
            case Part.Context c -> row(grid, "timeout", text(Long.toString(c.timeout()), editable, t -> number(t, "timeout",
                    0, 1_000_000, n -> model.apply(new Edit.SetPart(new Part.Context(c.id(), c.parent(), n, c.layout()))))));
            case Part.Goroutine g -> goroutine(grid, g, editable);
            default -> { }
        }
        if (editable) {
            Button delete = new Button("Delete " + p.id());
            delete.setId("inspector-delete");
            delete.getStyleClass().add("danger");
            delete.setOnAction(e -> model.apply(new Edit.DeletePart(p.id())));
            content.getChildren().add(delete);
        }
    }

    private void goroutine(GridPane grid, Part.Goroutine g, boolean editable) {
        ChoiceBox<String> start = new ChoiceBox<>();
        start.getItems().addAll("main", "auto", "spawn");
        start.setValue(g.start().json());
        start.setDisable(!editable);
        start.setTooltip(new Tooltip("main: the program; auto: started by main at once; spawn: started by go ops"));
        start.setOnAction(e -> model.apply(new Edit.SetPart(new Part.Goroutine(g.id(),
                Part.Start.valueOf(start.getValue().toUpperCase(java.util.Locale.ROOT)),
                1, g.ops(), g.preset(), g.layout()))));
        row(grid, "start", start);
        if (g.start() == Part.Start.AUTO) {
            row(grid, "instances", text(Integer.toString(g.count()), editable, t -> number(t, "instances", 1, 64,
                    n -> model.apply(new Edit.SetPart(new Part.Goroutine(g.id(), g.start(), (int) n, g.ops(), g.preset(), g.layout()))))));
        }
        PresetSpec spec = PresetSpec.of(g).orElse(null);
        if (spec != null) {
            preset(grid, g, spec, editable);
            Button open = new Button("Open into ops");
            open.setId("open-preset");
            open.setDisable(!editable || !model.rules().presetsOpen());
            open.setTooltip(new Tooltip(model.rules().presetsOpen() ? "Edit the ops this preset stands for, one by one"
                    : "This level keeps presets closed: set their fields instead"));
            open.setOnAction(e -> model.apply(new Edit.OpenPreset(g.id())));
            content.getChildren().add(open);
            return;
        }
        ops(g, editable);
    }

    private void preset(GridPane grid, Part.Goroutine g, PresetSpec spec, boolean editable) {
        Consumer<PresetSpec> set = s -> model.apply(new Edit.ConfigurePreset(g.id(), s));
        Label kind = new Label("▣ " + spec.type() + " preset");
        kind.getStyleClass().add("inspector-section");
        content.getChildren().add(content.getChildren().indexOf(grid), kind);
        switch (spec) {
            case PresetSpec.Producer p -> {
                row(grid, "channel", parts(Need.CHANNEL, p.ch(), false, editable, v -> set.accept(new PresetSpec.Producer(v, p.values(), p.close()))));
                row(grid, "values", text(String.join(", ", p.values().stream().map(String::valueOf).toList()), editable, t -> {
                    List<Long> values = new ArrayList<>();
                    for (String item : t.split("[,\\s]+")) {
                        if (item.isBlank()) {
                            continue;
                        }
                        try {
                            values.add(Long.parseLong(item.strip()));
                        } catch (NumberFormatException x) {
                            model.say("values are whole numbers separated by commas, not '" + item + "'");
                            return;
                        }
                    }
                    set.accept(new PresetSpec.Producer(p.ch(), values, p.close()));
                }));
                row(grid, "close when done", check(p.close(), editable, b -> set.accept(new PresetSpec.Producer(p.ch(), p.values(), b))));
            }
            case PresetSpec.Consumer c -> {
                row(grid, "channel", parts(Need.CHANNEL, c.ch(), false, editable, v -> set.accept(new PresetSpec.Consumer(v, c.sink()))));
                row(grid, "print to", parts(Need.SINK, c.sink(), true, editable, v -> set.accept(new PresetSpec.Consumer(c.ch(), v))));
            }
            case PresetSpec.Worker w -> {
                row(grid, "jobs from", parts(Need.CHANNEL, w.in(), false, editable, v -> set.accept(new PresetSpec.Worker(v, w.out(), w.wg(), w.work()))));
                row(grid, "results to", parts(Need.CHANNEL, w.out(), true, editable, v -> set.accept(new PresetSpec.Worker(w.in(), v, w.wg(), w.work()))));
                row(grid, "wait group", parts(Need.WAITGROUP, w.wg(), true, editable, v -> set.accept(new PresetSpec.Worker(w.in(), w.out(), v, w.work()))));
                row(grid, "work ticks", text(Long.toString(w.work()), editable, t -> number(t, "work ticks", 0, 1_000_000,
                        n -> set.accept(new PresetSpec.Worker(w.in(), w.out(), w.wg(), n)))));
            }
            case PresetSpec.Closer c -> {
                row(grid, "wait for", parts(Need.WAITGROUP, c.wg(), false, editable, v -> set.accept(new PresetSpec.Closer(v, c.ch()))));
                row(grid, "then close", parts(Need.CHANNEL, c.ch(), false, editable, v -> set.accept(new PresetSpec.Closer(c.wg(), v))));
            }
        }
    }

    private void ops(Part.Goroutine g, boolean editable) {
        CanvasView.Selection s = canvas.selectionProperty().get();
        Op op = s.path() == null ? null : OpTree.find(g.ops(), s.path());
        String parent = "";
        String list = "ops";
        int index = g.ops().size();
        if (op != null) {
            OpTree.Place at = OpTree.place(s.path());
            parent = at.parent();
            list = at.list();
            index = at.index() + 1;
        }
        MenuButton add = addMenu(g, parent, list, index, op == null ? "+ Add op" : "+ Add op after", editable);
        add.setId("add-op");
        if (op == null) {
            content.getChildren().add(add);
            Label hint = new Label("Click a line of the card to edit that op.");
            hint.getStyleClass().add("inspector-note");
            hint.setWrapText(true);
            hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);  // more lines, not a cut end
            content.getChildren().add(hint);
            return;
        }
        Label code = new Label(OpText.of(op));
        code.getStyleClass().add("inspector-code");
        code.setWrapText(true);
        Label section = new Label("op " + s.path());
        section.getStyleClass().add("inspector-section");
        content.getChildren().addAll(section, code);
        boolean locked = LockedOps.locked(op);
        if (locked) {
            Label note = new Label("Locked by the level: this op stays as it is, in its place among the locked ops. "
                    + "Add or move other ops around it.", PartNode.lockBadge("Locked by the level"));
            note.setId("op-locked");
            note.getStyleClass().add("inspector-note");
            note.setWrapText(true);
            note.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            content.getChildren().add(note);
        }
        boolean opEditable = editable && !locked;
        GridPane grid = new GridPane();
        grid.getStyleClass().add("inspector-grid");
        content.getChildren().add(grid);
        for (OpFields.Ref r : OpFields.refs(op)) {
            row(grid, r.field().startsWith("cases") ? "case " + r.field().substring(5) : "wire", parts(r.need(), r.target(), false, opEditable,
                    v -> model.apply(new Edit.Wire(g.id(), s.path(), r.field(), v))));
        }
        for (OpFields.Field f : OpFields.fields(op)) {
            TextField t = text(f.text(), opEditable, v -> model.apply(new Edit.SetOpField(g.id(), s.path(), f.name(), v)));
            t.setId("field-" + f.name().replaceAll("[^A-Za-z0-9]", "-"));
            t.getStyleClass().add("code");
            t.setPromptText(f.optional() ? "(none)" : "");
            row(grid, f.name(), t);
        }
        if (op instanceof Op.Select sel) {
            MenuButton addCase = new MenuButton("+ Case");
            addCase.setId("add-case");
            addCase.setDisable(!opEditable);
            for (String kind : List.of("recv", "send", "after", "done", "default")) {
                if (kind.equals("default") && sel.hasDefault()) {
                    continue;
                }
                MenuItem item = new MenuItem(kind.equals("default") ? "default" : "case " + kind);
                item.setOnAction(e -> model.apply(new Edit.AddCase(g.id(), s.path(), kind)));
                addCase.getItems().add(item);
            }
            MenuButton removeCase = new MenuButton("− Case");
            removeCase.setId("remove-case");
            removeCase.setDisable(!opEditable);
            for (int i = 0; i < sel.cases().size(); i++) {
                int caseIndex = i;
                MenuItem item = new MenuItem(OpText.caseHead(sel.cases().get(i)));
                item.setOnAction(e -> model.apply(new Edit.RemoveCase(g.id(), s.path(), caseIndex)));
                removeCase.getItems().add(item);
            }
            if (sel.hasDefault()) {
                MenuItem item = new MenuItem("default");
                item.setOnAction(e -> model.apply(new Edit.RemoveCase(g.id(), s.path(), -1)));
                removeCase.getItems().add(item);
            }
            HBox caseButtons = new HBox(addCase, removeCase);
            caseButtons.getStyleClass().add("inspector-buttons");
            content.getChildren().add(caseButtons);
        }
        if (op instanceof Op.Go) {
            TextField name = new TextField();
            name.setPromptText("name");
            name.setPrefColumnCount(4);
            name.setDisable(!opEditable);
            TextField value = new TextField();
            value.setPromptText("value");
            value.setPrefColumnCount(4);
            value.setDisable(!opEditable);
            Button addArg = new Button("+ Arg");
            addArg.setId("add-arg");
            addArg.setDisable(!opEditable);
            addArg.setTooltip(new Tooltip("Pass a value to the goroutine's local of that name (a blank value removes it)"));
            addArg.setOnAction(e -> model.apply(new Edit.SetGoArg(g.id(), s.path(), name.getText().strip(), value.getText())));
            HBox argRow = new HBox(name, value, addArg);
            argRow.getStyleClass().add("inspector-buttons");
            content.getChildren().add(argRow);
        }
        for (String inner : OpTree.lists(op)) {
            List<Op> body = OpTree.children(op, inner);
            content.getChildren().add(addMenu(g, s.path(), inner, body.size(), "+ Add op inside " + inner, editable));
        }
        OpTree.Place at = OpTree.place(s.path());
        int size = OpTree.list(g.ops(), at.parent(), at.list()).size();
        Button up = new Button("↑");
        up.setId("op-up");
        up.setTooltip(new Tooltip("Move the op up"));
        up.setDisable(!opEditable || at.index() == 0);
        up.setOnAction(e -> moveSelected(g, s.path(), at, -1));
        Button down = new Button("↓");
        down.setId("op-down");
        down.setTooltip(new Tooltip("Move the op down"));
        down.setDisable(!opEditable || at.index() >= size - 1);
        down.setOnAction(e -> moveSelected(g, s.path(), at, +1));
        Button remove = new Button("Remove op");
        remove.setId("op-remove");
        remove.getStyleClass().add("danger");
        remove.setDisable(!opEditable);
        remove.setOnAction(e -> {
            if (model.apply(new Edit.RemoveOp(g.id(), s.path()))) {
                canvas.selectionProperty().set(new CanvasView.Selection(g.id(), null));
            }
        });
        HBox buttons = new HBox(up, down, remove);
        buttons.getStyleClass().add("inspector-buttons");
        content.getChildren().addAll(buttons, add);
    }

    private void moveSelected(Part.Goroutine g, String path, OpTree.Place at, int by) {
        if (model.apply(new Edit.MoveOp(g.id(), path, at.index() + by))) {
            canvas.selectionProperty().set(new CanvasView.Selection(g.id(),
                    new OpTree.Place(at.parent(), at.list(), at.index() + by).path()));
        }
    }

    private MenuButton addMenu(Part.Goroutine g, String parent, String list, int index, String label, boolean editable) {
        MenuButton add = new MenuButton(label);
        add.getStyleClass().add("add-op");
        add.setDisable(!editable);
        for (String kind : OpFields.KINDS) {
            if (!model.rules().opAllowed(kind, model.design(), g.id())) {
                continue;
            }
            MenuItem item = new MenuItem(OpFields.MENU_LABELS.getOrDefault(kind, kind));
            item.setId("add-op-" + kind);
            item.setOnAction(e -> {
                if (model.apply(new Edit.InsertOp(g.id(), parent, list, index, kind))) {
                    canvas.selectionProperty().set(new CanvasView.Selection(g.id(),
                            new OpTree.Place(parent, list, index).path()));
                    canvas.requestFocus();  // the menu is gone with the old inspector: the keys go on from the new op
                }
            });
            add.getItems().add(item);
        }
        if (add.getItems().isEmpty()) {
            add.setDisable(true);
            add.setTooltip(new Tooltip(model.rules().ops().isEmpty() ? "This level offers no ops to add"
                    : "Every op this level offers is used"));
        }
        return add;
    }

    private ChoiceBox<String> parts(Need need, String current, boolean optional, boolean editable, Consumer<String> set) {
        ChoiceBox<String> box = new ChoiceBox<>();
        if (optional) {
            box.getItems().add("(none)");
        }
        model.design().parts().stream().filter(need::accepts).map(Part::id).forEach(box.getItems()::add);
        if (current != null && !box.getItems().contains(current)) {
            box.getItems().add(current);
        }
        box.setValue(current == null ? (optional ? "(none)" : null) : current);
        box.setDisable(!editable);
        box.setOnAction(e -> {
            String v = box.getValue();
            String chosen = v == null || v.equals("(none)") ? null : v;
            if (!java.util.Objects.equals(chosen, current)) {
                set.accept(chosen);
            }
        });
        return box;
    }

    private TextField text(String value, boolean editable, Consumer<String> commit) {
        TextField t = new TextField(value);
        t.setEditable(editable);
        t.setDisable(!editable);
        t.setPrefColumnCount(8);
        Runnable done = () -> {
            if (!t.getText().equals(value)) {
                commit.accept(t.getText());
            }
        };
        t.setOnAction(e -> done.run());
        t.focusedProperty().addListener((o, was, on) -> {
            if (!on) {
                done.run();
            }
        });
        return t;
    }

    private CheckBox check(boolean value, boolean editable, Consumer<Boolean> commit) {
        CheckBox c = new CheckBox();
        c.setSelected(value);
        c.setDisable(!editable);
        c.setOnAction(e -> commit.accept(c.isSelected()));
        return c;
    }

    private void number(String text, String name, long min, long max, java.util.function.LongConsumer set) {
        try {
            long n = Long.parseLong(text.strip());
            if (n < min || n > max) {
                model.say(name + " must be between " + min + " and " + max);
                return;
            }
            set.accept(n);
        } catch (NumberFormatException e) {
            model.say(name + " must be a whole number, not '" + text.strip() + "'");
        }
    }

    private static void row(GridPane grid, String name, Node editor) {
        Label l = new Label(name);
        l.getStyleClass().add("inspector-label");
        int r = grid.getRowCount();
        grid.add(l, 0, r);
        grid.add(editor, 1, r);
    }

}
