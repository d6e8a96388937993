package org.interleave.app.audit;

import static org.interleave.app.audit.Boxes.fmt;
import static org.interleave.app.audit.Boxes.intersect;
import static org.interleave.app.audit.Boxes.rect;
import static org.interleave.app.audit.Boxes.within;
import static org.interleave.app.audit.PaintedColour.colour;
import static org.interleave.app.audit.PaintedColour.contrast;
import static org.interleave.app.audit.PaintedColour.hex;
import static org.interleave.app.audit.PaintedColour.over;
import static org.interleave.app.audit.PaintedColour.paintedBehind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.PopupWindow;
import javafx.stage.Window;
import org.interleave.app.shared.Theme;

/**
 * Audits what a window shows, from its scene graph: every text is whole (not clipped, not elided),
 * large enough and in enough contrast with the colour actually painted behind it; no two sibling
 * panels of a layout overlap, nor two parts on the canvas; no child reaches past the row or
 * column that holds it (where a neighbour would paint over it); the controls of the step and run
 * bars are shown whole, never scrolled out of view; nothing lies outside the window, a dialog's
 * card and a scroll pane's own box included (what they hold may scroll, they themselves may not be
 * cut); and every popup shown over it (menus, combo boxes, tooltips) passes the same rules and lies
 * within it.
 * A wrapped text breaks its lines between words, never inside one ({@link WordBreaks}), and no
 * scroll bar covers text that no scrolling moves out from under it, nor a view cuts content it
 * does not scroll to ({@link ScrollBars}); no transient banner (projector mode's note) lies
 * over a dialog's control ({@link Banners}), and a scroll bar's thumb shows in contrast with what
 * is behind it (a cut row says "scroll" only where the bar is seen).
 * It collects every violation, with the screen, the node and the figure, rather than stopping at
 * the first. Op text ({@link #opText}) is held to the text size by a rule of its own, {@code
 * small-op-text}, and counted apart in the figures.
 *
 * <p>The walk and the text rules are here; {@link PanelFit} checks how the panels of a layout fit
 * together, {@link PaintedColour} works out the colour a text is read against, and {@link Boxes}
 * holds the geometry they share.
 */
public final class LayoutAudit {
    /** The rules, with their thresholds for the normal and the projector look. */
    public record Rules(double minTextPx, double minContrast) {
        public static final Rules NORMAL = new Rules(12, 4.5);
        public static final Rules PROJECTOR = new Rules(22, 7);
    }

    /** A rule broken: where, by which node, and the figure measured. */
    public record Violation(String screen, String rule, String node, String figure) {
        @Override
        public String toString() {
            return screen + ": " + rule + " · " + node + " · " + figure;
        }
    }

    /** One text's figures, for the report: its height in px and its contrast with what is behind it. */
    public record TextFigure(String node, String text, double px, double contrast, String fg, String bg, boolean op) {}

    private final String screen;
    private final Rules rules;
    private final List<Violation> violations = new ArrayList<>();
    private final List<TextFigure> figures = new ArrayList<>();
    private final PanelFit panels = new PanelFit(this::add);
    private final WordBreaks words = new WordBreaks(this::add);
    private final ScrollBars bars = new ScrollBars(this::add);
    private final Banners banners = new Banners(this::add);
    private final PastWindow past = new PastWindow(this::add);
    private final CanvasCards cards = new CanvasCards(this::add);

    private LayoutAudit(String screen, Rules rules) {
        this.screen = screen;
        this.rules = rules;
    }

    /** Audits {@code window} and every popup shown over it. */
    public static LayoutAudit of(String screen, Window window, Rules rules) {
        LayoutAudit audit = new LayoutAudit(screen, rules);
        Scene scene = window.getScene();
        audit.scene(scene, new BoundingBox(0, 0, scene.getWidth(), scene.getHeight()), "");
        for (Window w : Window.getWindows()) {
            if (w instanceof PopupWindow popup && popup.isShowing() && ownedBy(popup, window)) {
                audit.popup(popup, window);
            }
        }
        return audit;
    }

    private static boolean ownedBy(PopupWindow popup, Window window) {
        Window w = popup;
        while (w instanceof PopupWindow p) {
            w = p.getOwnerWindow();
        }
        return w == window;
    }

    public List<Violation> violations() {
        return violations;
    }

    public List<TextFigure> figures() {
        return figures;
    }

    private void popup(PopupWindow popup, Window main) {
        String name = "popup " + describe(popup.getScene().getRoot());
        Bounds inMain = new BoundingBox(popup.getX() - main.getX() - main.getScene().getX(),
                popup.getY() - main.getY() - main.getScene().getY(), popup.getWidth(), popup.getHeight());
        Bounds mainArea = new BoundingBox(0, 0, main.getScene().getWidth(), main.getScene().getHeight());
        if (!within(inMain, mainArea)) {
            add("outside-window", name, "popup at " + rect(inMain) + " in a window of " + rect(mainArea));
        }
        Scene scene = popup.getScene();
        scene(scene, new BoundingBox(0, 0, scene.getWidth(), scene.getHeight()), "popup ");
    }

    // ------------------------------------------------------------------ the walk

    private void scene(Scene scene, Bounds window, String prefix) {
        Parent root = scene.getRoot();
        // as the next frame will paint it: nodes added since the last pulse (a timeline redrawn for a
        // new text size) get their styles and places first (one pass: it is most of an audit's work)
        root.applyCss();
        root.layout();
        banners.reset();
        walk(root, window, null, window, scene, prefix);
    }

    /**
     * Visits {@code node}: {@code clip} is the part of the scene its ancestors' clips let show,
     * {@code scroller} the clip that belongs to a scrolling view (or null), where a cut text is
     * expected.
     */
    private void walk(Node node, Bounds clip, Node scroller, Bounds window, Scene scene, String prefix) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        if (node.getClip() != null) {
            Bounds c = node.localToScene(node.getClip().getBoundsInParent());
            clip = intersect(clip, c);
            if (clip == null) {
                return;
            }
            if (scrolls(node)) {
                scroller = node;
            }
        }
        if (node.isDisabled()) {
            elidedAsItWaits(node, prefix);
            return;  // inactive: a screen behind a dialog, a control that cannot be used now (WCAG exempts both)
        }
        banners.visit(node, clip, prefix);
        past.visit(node, window, prefix);
        if (node instanceof Text text) {
            text(text, clip, scroller, window, scene, prefix);
            return;
        }
        if (node instanceof TextFlow flow && shows(flow, clip)) {
            words.flow(flow, prefix);
        }
        if (node instanceof ScrollPane pane) {
            bars.check(pane, prefix);
        }
        if (node instanceof javafx.scene.control.ScrollBar bar) {
            thumb(bar, clip, scene, prefix);
        }
        if (node instanceof javafx.scene.layout.Region r && r.getShape() != null) {
            mark(r, clip, scene, prefix);
        }
        if (node.getStyleClass().contains(DIALOG) || node instanceof ScrollPane && scroller == null) {
            beyond(node, window, prefix);
        }
        if (node instanceof Control control && !(node instanceof ScrollPane) && !inside(control, ScrollPane.class)) {
            Bounds b = node.localToScene(node.getLayoutBounds());
            Bounds shown = intersect(b, clip);
            if (shown != null && shown.getWidth() > 2 && shown.getHeight() > 2 && !within(shown, window)) {
                add("outside-window", prefix + describe(node), rect(shown) + " beyond the window " + rect(window));
            }
        }
        if (scroller != null && node.getStyleClass().contains("part-node")) {
            cards.top(node, clip, prefix);
            cards.focus(node, clip, prefix);
        }
        if (essential(node)) {
            whole(node, clip, prefix);
        }
        if (node instanceof Parent parent) {
            panels.overlaps(parent, prefix);
            panels.graphicOverflows(parent, prefix);  // in a scroll pane too: the level select's cards
            if (scroller == null) {
                panels.overflows(parent, prefix);
            }
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, clip, scroller, window, scene, prefix);
            }
        }
    }

    /**
     * The style classes of what a screen must always show whole, not even cut by a scroll: the rows
     * of ◀ step ▶ of a reveal and of Play/Step of a run, over the design; the inspector, which edits
     * the selected part (its content scrolls within it, but the panel itself is never cut); and the
     * goal list, what the level asks for (it scrolls within itself rather than out of the column); and
     * a dialog's row of buttons, the way on (the results' Next level was half out of view in projector
     * mode at 1920×1080 until the player scrolled the dialog).
     */
    static final java.util.Set<String> ESSENTIAL = java.util.Set.of("step-nav", "inspector-scroll", "goal-list-scroll",
            "dialog-buttons");

    private static boolean essential(Node node) {
        for (String c : node.getStyleClass()) {
            if (ESSENTIAL.contains(c)) {
                return true;
            }
        }
        return false;
    }

    /** The style class of a dialog's card (Overlay): it lies within the window, its content scrolls inside it. */
    static final String DIALOG = "dialog";

    /**
     * A dialog, or a scroll pane that is not itself scrolled, whose own box reaches past the window.
     * Every text in it may be cut by nothing but a scroll's view, which the text rules allow, and
     * still the dialog is not whole: a dialog scrolled as a whole in a window too small for it is
     * read sideways, line by line, or with its bar floating outside its frame, and a pane past the
     * window has its bars there.
     */
    private void beyond(Node node, Bounds window, String prefix) {
        Bounds b = node.localToScene(node.getLayoutBounds());
        if (b.getWidth() > 2 && b.getHeight() > 2 && !within(b, window)) {
            add("outside-window", prefix + describe(node), rect(b) + " reaches past the window " + rect(window));
        }
    }

    /**
     * A scroll bar's thumb in too little contrast with what is painted behind it (WCAG's 3:1 for a
     * control's parts): a form cut at a half row read as a form that ends there, its faint thumb
     * (1.4:1 in the dark theme) unseen, so nothing said that it scrolled.
     */
    private void thumb(javafx.scene.control.ScrollBar bar, Bounds clip, Scene scene, String prefix) {
        for (Node n : bar.getChildrenUnmodifiable()) {
            if (n.getStyleClass().contains("thumb") && n.isVisible() && n instanceof javafx.scene.layout.Region r
                    && r.getBackground() != null && !r.getBackground().getFills().isEmpty()) {
                Bounds b = intersect(r.localToScene(r.getLayoutBounds()), clip);
                Color fill = colour(r.getBackground().getFills().get(r.getBackground().getFills().size() - 1).getFill());
                if (b == null || b.getWidth() < 2 || b.getHeight() < 2 || fill == null || fill.getOpacity() == 0) {
                    continue;
                }
                Color bg = paintedBehind(scene, bar, new Point2D(b.getCenterX(), b.getCenterY()));
                Color shown = over(fill, cumulativeOpacity(r), bg);
                double contrast = contrast(shown, bg);
                if (contrast < MIN_MARK_CONTRAST - 0.005) {
                    add("thumb-contrast", prefix + describe(bar), String.format(Locale.ROOT, "%.2f:1 < %.1f:1 (%s on %s)",
                            contrast, MIN_MARK_CONTRAST, hex(shown), hex(bg)));
                }
            }
        }
    }

    /** The least contrast of a mark drawn as a shape (an arrow, a tick) with what is behind it: WCAG's for graphics. */
    static final double MIN_MARK_CONTRAST = 3;

    /**
     * A mark that a control draws as a shaped region (a menu's scroll arrows, a combo box's arrow, a
     * check box's tick), in too little contrast with what is painted behind it: a control whose
     * arrow the reader cannot see does not say what it does.
     */
    private void mark(javafx.scene.layout.Region r, Bounds clip, Scene scene, String prefix) {
        Bounds drawn = r.getShape().getBoundsInLocal();
        if (r.getBackground() == null || r.getBackground().getFills().isEmpty() || r.getWidth() < 2 || r.getHeight() < 2
                || drawn.getWidth() <= 0 || drawn.getHeight() <= 0) {
            return;  // no mark: an empty shape (the theme's scroll bars draw no arrows) paints nothing
        }
        Bounds b = intersect(r.localToScene(r.getLayoutBounds()), clip);
        Color fill = colour(r.getBackground().getFills().get(r.getBackground().getFills().size() - 1).getFill());
        if (b == null || fill == null || fill.getOpacity() == 0) {
            return;
        }
        Color bg = paintedBehind(scene, r, new Point2D(b.getCenterX(), b.getCenterY()));
        Color shown = over(fill, cumulativeOpacity(r), bg);
        double contrast = contrast(shown, bg);
        if (contrast < MIN_MARK_CONTRAST - 0.005) {
            add("mark-contrast", prefix + describe(r), String.format(Locale.ROOT, "%.2f:1 < %.1f:1 (%s on %s)", contrast,
                    MIN_MARK_CONTRAST, hex(shown), hex(bg)));
        }
    }

    /** An essential node cut by a clip, a scroll's viewport included (scrolled out of view: cut to nothing). */
    private void whole(Node node, Bounds clip, String prefix) {
        Bounds b = node.localToScene(node.getLayoutBounds());
        Bounds shown = intersect(b, clip);
        if (shown == null || shown.getWidth() < b.getWidth() - 2 || shown.getHeight() < b.getHeight() - 2) {
            add("essential-cut", prefix + describe(node), "shows " + (shown == null ? "nothing" : rect(shown)) + " of " + rect(b));
        }
    }

    /** Whether a clip on {@code node} is a scrolling view's viewport (a cut line there is expected). */
    private static boolean scrolls(Node node) {
        String cls = node.getClass().getName();
        return cls.contains("ClippedContainer") || cls.contains("ScrollPaneSkin") || cls.contains("VirtualFlow")
                || cls.endsWith("CanvasView") || node.getParent() instanceof ScrollPane
                || node.getStyleClass().contains("viewport") || node.getStyleClass().contains("clipped-container")
                || inside(node, ScrollPane.class) && node.getStyleClass().isEmpty()
                // a text field's text, which it scrolls sideways as the caret moves (a long path typed in)
                || node.getParent() instanceof javafx.scene.control.TextField;
    }

    private void text(Text text, Bounds clip, Node scroller, Bounds window, Scene scene, String prefix) {
        String content = text.getText();
        if (content == null || content.isBlank() || text.getStyleClass().contains("drawing")) {
            return;  // nothing to read, or letters that are part of a picture (a creature's "z" asleep)
        }
        Bounds b = text.localToScene(text.getBoundsInLocal());
        Bounds shown = intersect(b, clip);
        if (shown == null || shown.getWidth() < 1 || shown.getHeight() < 1) {
            return;  // scrolled out of view
        }
        String name = prefix + describe(text);
        if (!inside(text, TextInputControl.class)) {
            words.text(text, prefix);  // what a player typed wraps as it will
        }
        if (!within(shown, window)) {
            add("outside-window", name, rect(shown) + " beyond the window " + rect(window));
        }
        boolean cut = shown.getWidth() < b.getWidth() - 2 || shown.getHeight() < b.getHeight() - 2;
        if (cut && scroller == null) {
            add("clipped", name, "shows " + rect(shown) + " of " + rect(b));
        }
        Labeled labeled = labeledOf(text);
        if (labeled != null && labeled.getText() != null && !labeled.getText().equals(content)
                && !labeled.getText().isEmpty() && elided(content, labeled)) {
            add("elided", name, "shows \"" + content + "\" of \"" + labeled.getText() + "\"");
        }
        double px = text.getFont().getSize() * scaleOf(text);
        boolean op = opText(text);
        if (px < rules.minTextPx() - 0.05) {
            // op text by a rule of its own: the text a player reads most, at the zoom a level opens at
            add(op ? "small-op-text" : "small-text", name, fmt(px) + " px < " + fmt(rules.minTextPx()) + " px");
        }
        Point2D centre = new Point2D((shown.getMinX() + shown.getMaxX()) / 2, (shown.getMinY() + shown.getMaxY()) / 2);
        Color fg = colour(selected(text, centre) ? text.getSelectionFill() : text.getFill());
        if (fg == null) {
            return;
        }
        double opacity = cumulativeOpacity(text);
        Color bg = paintedBehind(scene, text, centre);
        Color shownFg = over(fg, opacity, bg);
        double contrast = contrast(shownFg, bg);
        figures.add(new TextFigure(name, content, px, contrast, hex(shownFg), hex(bg), op));
        if (contrast < rules.minContrast() - 0.005) {
            add("contrast", name, String.format(Locale.ROOT, "%.2f:1 < %.1f:1 (%s on %s)", contrast,
                    rules.minContrast(), hex(shownFg), hex(bg)));
        }
    }

    /**
     * Whether the letter of {@code text} at {@code scenePoint} is selected: a field paints its
     * selection's highlight behind it, and draws it in the text's selection fill, not its fill.
     */
    private static boolean selected(Text text, Point2D scenePoint) {
        int from = text.getSelectionStart();
        int to = text.getSelectionEnd();
        if (from < 0 || to <= from) {
            return false;
        }
        Point2D local = text.sceneToLocal(scenePoint);
        int at = local == null ? -1 : text.hitTest(local).getCharIndex();
        return at >= from && at < to;
    }

    /**
     * Whether {@code text} shows an op as Go writes it: the text of a label of the style class
     * {@link Theme#OP_TEXT_CLASS} (a card's line on the canvas, the level editor's canvas included,
     * or a line of a goroutine's code in "You schedule").
     */
    static boolean opText(Text text) {
        Node n = text.getParent();
        for (int i = 0; i < 2 && n != null; i++, n = n.getParent()) {
            if (n.getStyleClass().contains(Theme.OP_TEXT_CLASS)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A control that cannot be used now still says what it is: its words whole, though its contrast
     * and size are exempt (Verify, waiting while a verification ran, showed "Verif…" in projector mode).
     */
    private void elidedAsItWaits(Node node, String prefix) {
        if (node instanceof Labeled labeled && !(node instanceof TextInputControl) && labeled.getText() != null
                && !labeled.getText().isEmpty()) {
            for (Node child : labeled.getChildrenUnmodifiable()) {
                if (child instanceof Text text && child.isVisible() && text.getText() != null
                        && !labeled.getText().equals(text.getText()) && elided(text.getText(), labeled)) {
                    add("elided", prefix + describe(text), "shows \"" + text.getText() + "\" of \"" + labeled.getText() + "\" (disabled)");
                }
            }
        }
    }

    private static boolean elided(String shown, Labeled labeled) {
        String ellipsis = labeled.getEllipsisString();
        return (ellipsis != null && !ellipsis.isEmpty() && shown.contains(ellipsis.trim()))
                || shown.length() < labeled.getText().replace("_", "").length() && !labeled.isWrapText();
    }

    private static Labeled labeledOf(Text text) {
        Node n = text.getParent();
        for (int i = 0; i < 2 && n != null; i++, n = n.getParent()) {
            if (n instanceof Labeled l && !(n instanceof TextInputControl)) {
                return l;
            }
        }
        return null;
    }

    private static double scaleOf(Node node) {
        Point2D a = node.localToScene(0, 0);
        Point2D b = node.localToScene(0, 1);
        return a.distance(b);
    }

    private static double cumulativeOpacity(Node node) {
        double o = 1;
        for (Node n = node; n != null; n = n.getParent()) {
            o *= n.getOpacity();
        }
        return o;
    }

    // ------------------------------------------------------------------ helpers

    private static boolean shows(Node node, Bounds clip) {
        Bounds shown = intersect(node.localToScene(node.getLayoutBounds()), clip);
        return shown != null && shown.getWidth() >= 1 && shown.getHeight() >= 1;
    }

    private void add(String rule, String node, String figure) {
        violations.add(new Violation(screen, rule, node, figure));
    }

    private static boolean inside(Node node, Class<?> type) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (type.isInstance(n)) {
                return true;
            }
        }
        return false;
    }

    /** A node as a reader finds it: its id or its type and style classes, its text, and its nearest ancestor with an id. */
    static String describe(Node node) {
        StringBuilder s = new StringBuilder();
        if (node.getId() != null) {
            s.append('#').append(node.getId());
        } else {
            s.append(node.getClass().getSimpleName());
            for (String c : node.getStyleClass()) {
                s.append('.').append(c);
            }
        }
        String text = node instanceof Text t ? t.getText() : node instanceof Labeled l ? l.getText() : null;
        if (text != null && !text.isBlank()) {
            String oneLine = text.strip().replace('\n', ' ');
            s.append(" \"").append(oneLine.length() > 40 ? oneLine.substring(0, 39) + "…" : oneLine).append('"');
        }
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n.getId() != null) {
                s.append(" in #").append(n.getId());
                break;
            }
        }
        return s.toString();
    }

}
