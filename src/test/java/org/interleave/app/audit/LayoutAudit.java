package org.interleave.app.audit;

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
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.paint.RadialGradient;
import javafx.scene.paint.Stop;
import javafx.scene.shape.Shape;
import javafx.scene.text.Text;
import javafx.stage.PopupWindow;
import javafx.stage.Window;

/**
 * Audits what a window shows, from its scene graph: every text is whole (not clipped, not elided),
 * large enough and in enough contrast with the colour actually painted behind it; no two sibling
 * panels of a layout overlap, nor two parts on the canvas; no child reaches past the row or
 * column that holds it (where a neighbour would paint over it); the controls of the step and run
 * bars are shown whole, never scrolled out of view; nothing lies outside the window; and
 * every popup shown over it (menus, combo boxes, tooltips) passes the same rules and lies within it.
 * It collects every violation, with the screen, the node and the figure, rather than stopping at
 * the first.
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

    private static final double TOLERANCE = 1.0;

    private final String screen;
    private final Rules rules;
    private final List<Violation> violations = new ArrayList<>();
    private final List<TextFigure> figures = new ArrayList<>();

    private LayoutAudit(String screen, Rules rules) {
        this.screen = screen;
        this.rules = rules;
    }

    /** Audits {@code window} and every popup shown over it. */
    public static LayoutAudit of(String screen, Window window, Rules rules) {
        LayoutAudit audit = new LayoutAudit(screen, rules);
        Scene scene = window.getScene();
        // as the next frame will paint it: nodes added since the last pulse (a timeline redrawn for a
        // new text size) get their styles and places first
        scene.getRoot().applyCss();
        scene.getRoot().layout();
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
        root.applyCss();
        root.layout();
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
            return;  // inactive: a screen behind a dialog, a control that cannot be used now (WCAG exempts both)
        }
        if (node instanceof Text text) {
            text(text, clip, scroller, window, scene, prefix);
            return;
        }
        if (node instanceof Control control && !(node instanceof ScrollPane) && !inside(control, ScrollPane.class)) {
            Bounds b = node.localToScene(node.getLayoutBounds());
            Bounds shown = intersect(b, clip);
            if (shown != null && shown.getWidth() > 2 && shown.getHeight() > 2 && !within(shown, window)) {
                add("outside-window", prefix + describe(node), rect(shown) + " beyond the window " + rect(window));
            }
        }
        if (essential(node)) {
            whole(node, clip, prefix);
        }
        if (node instanceof Parent parent) {
            overlaps(parent, prefix);
            if (scroller == null) {
                overflows(parent, prefix);
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
     * goal list, what the level asks for (it scrolls within itself rather than out of the column).
     */
    static final java.util.Set<String> ESSENTIAL = java.util.Set.of("step-nav", "inspector-scroll", "goal-list-scroll");

    private static boolean essential(Node node) {
        for (String c : node.getStyleClass()) {
            if (ESSENTIAL.contains(c)) {
                return true;
            }
        }
        return false;
    }

    /** An essential node cut by a clip, a scroll's viewport included (scrolled out of view: cut to nothing). */
    private void whole(Node node, Bounds clip, String prefix) {
        Bounds b = node.localToScene(node.getLayoutBounds());
        Bounds shown = intersect(b, clip);
        if (shown == null || shown.getWidth() < b.getWidth() - 2 || shown.getHeight() < b.getHeight() - 2) {
            add("essential-cut", prefix + describe(node), "shows " + (shown == null ? "nothing" : rect(shown)) + " of " + rect(b));
        }
    }

    /**
     * Children of a layout pane that reach past its edges: a row or column whose content is wider
     * (or taller) than the room it was given draws over its neighbours — a button under the next
     * column is there, whole and unclipped, but cannot be seen.
     */
    private void overflows(Parent parent, String prefix) {
        boolean layout = parent instanceof VBox || parent instanceof HBox || parent instanceof BorderPane
                || parent instanceof GridPane || parent instanceof FlowPane || parent instanceof TilePane;
        if (!layout || !(parent instanceof Region area) || parent.getClip() != null) {
            return;
        }
        for (Node c : parent.getChildrenUnmodifiable()) {
            if (!c.isVisible() || !c.isManaged() || !(c instanceof Region r) || r.getWidth() <= 2 || r.getHeight() <= 2) {
                continue;
            }
            Bounds b = layoutBox(c);
            double right = b.getMaxX() - area.getWidth();
            double bottom = b.getMaxY() - area.getHeight();
            double left = -b.getMinX();
            double top = -b.getMinY();
            double most = Math.max(Math.max(right, bottom), Math.max(left, top));
            if (most > TOLERANCE + 1) {
                add("overflow", prefix + describe(c), "reaches " + fmt(most) + " px past " + describe(parent) + " "
                        + rect(new BoundingBox(0, 0, area.getWidth(), area.getHeight())) + ": " + rect(b));
            }
        }
    }

    /** Whether a clip on {@code node} is a scrolling view's viewport (a cut line there is expected). */
    private static boolean scrolls(Node node) {
        String cls = node.getClass().getName();
        return cls.contains("ClippedContainer") || cls.contains("ScrollPaneSkin") || cls.contains("VirtualFlow")
                || cls.endsWith("CanvasView") || node.getParent() instanceof ScrollPane
                || node.getStyleClass().contains("viewport") || node.getStyleClass().contains("clipped-container")
                || inside(node, ScrollPane.class) && node.getStyleClass().isEmpty();
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
        if (px < rules.minTextPx() - 0.05) {
            add("small-text", name, fmt(px) + " px < " + fmt(rules.minTextPx()) + " px");
        }
        Color fg = colour(text.getFill());
        if (fg == null) {
            return;
        }
        double opacity = cumulativeOpacity(text);
        Point2D centre = new Point2D((shown.getMinX() + shown.getMaxX()) / 2, (shown.getMinY() + shown.getMaxY()) / 2);
        Color bg = paintedBehind(scene, text, centre);
        Color shownFg = over(fg, opacity, bg);
        double contrast = contrast(shownFg, bg);
        boolean op = text.getParent() != null && text.getParent().getStyleClass().contains("line-code");
        figures.add(new TextFigure(name, content, px, contrast, hex(shownFg), hex(bg), op));
        if (contrast < rules.minContrast() - 0.005) {
            add("contrast", name, String.format(Locale.ROOT, "%.2f:1 < %.1f:1 (%s on %s)", contrast,
                    rules.minContrast(), hex(shownFg), hex(bg)));
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

    /** Two children of a layout pane whose boxes overlap (a plain Pane or StackPane layers them on purpose). */
    private void overlaps(Parent parent, String prefix) {
        boolean layout = parent instanceof VBox || parent instanceof HBox || parent instanceof GridPane
                || parent instanceof BorderPane || parent instanceof FlowPane || parent instanceof TilePane
                || parent.getClass().getName().endsWith("CanvasView$World") || parent.getStyleClass().contains("canvas-world");
        if (!layout && !(parent instanceof SplitPane)) {
            return;
        }
        List<Node> kids = new ArrayList<>();
        for (Node c : parent.getChildrenUnmodifiable()) {
            if (c.isVisible() && (c.isManaged() || c.getStyleClass().contains("part-node")) && c instanceof Region r
                    && r.getWidth() > 0 && r.getHeight() > 0) {
                kids.add(c);
            }
        }
        for (int i = 0; i < kids.size(); i++) {
            Bounds a = layoutBox(kids.get(i));
            for (int j = i + 1; j < kids.size(); j++) {
                Bounds b = layoutBox(kids.get(j));
                double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
                double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
                if (w > TOLERANCE && h > TOLERANCE) {
                    add("overlap", prefix + describe(kids.get(i)) + " × " + describe(kids.get(j)),
                            fmt(w) + "×" + fmt(h) + " px in " + describe(parent));
                }
            }
        }
    }

    /**
     * A child's layout box in its parent: where the layout (or a drag) put it, at its laid-out size.
     * Not its visual bounds: a drop shadow may reach over a neighbour, and a card's pulse as a step
     * reaches it (a scale of a few % for a fifth of a second) is an effect in flight, not its place.
     */
    private static Bounds layoutBox(Node n) {
        Bounds l = n.getLayoutBounds();
        return new BoundingBox(n.getLayoutX() + n.getTranslateX() + l.getMinX(),
                n.getLayoutY() + n.getTranslateY() + l.getMinY(), l.getWidth(), l.getHeight());
    }

    // ------------------------------------------------------------------ colour behind a text

    /**
     * The colour painted at {@code p} (scene coordinates) by everything drawn before {@code target}:
     * the scene's fill, then each region's background and each shape's fill under the point, in
     * paint order, with their opacity.
     */
    static Color paintedBehind(Scene scene, Node target, Point2D p) {
        Color under = colour(scene.getFill());
        if (under == null || under.getOpacity() < 1) {
            under = Color.WHITE;
        }
        Color[] acc = {under};
        paint(scene.getRoot(), target, p, 1, acc);
        return acc[0];
    }

    /** Paints {@code node} into {@code acc}; true when it reached {@code target} (nothing after it counts). */
    private static boolean paint(Node node, Node target, Point2D p, double opacity, Color[] acc) {
        if (node == target) {
            return true;
        }
        if (!node.isVisible()) {
            return false;
        }
        double op = opacity * node.getOpacity();
        Point2D local = node.sceneToLocal(p);
        if (local == null) {
            return false;
        }
        if (node.getClip() != null && !node.getClip().contains(local) && !isAncestor(node, target)) {
            return false;
        }
        if (node instanceof Region r && r.getBackground() != null) {
            for (BackgroundFill f : r.getBackground().getFills()) {
                double x0 = f.getInsets().getLeft();
                double y0 = f.getInsets().getTop();
                double x1 = r.getWidth() - f.getInsets().getRight();
                double y1 = r.getHeight() - f.getInsets().getBottom();
                if (local.getX() >= x0 && local.getX() <= x1 && local.getY() >= y0 && local.getY() <= y1) {
                    Color c = colour(f.getFill());
                    if (c != null) {
                        acc[0] = over(c, op, acc[0]);
                    }
                }
            }
        } else if (node instanceof Shape s && !(node instanceof Text) && s.contains(local)) {
            Color c = colour(s.getFill());
            if (c != null) {
                acc[0] = over(c, op, acc[0]);
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                if (isAncestor(child, target)) {
                    return paint(child, target, p, op, acc);
                }
                Bounds b = child.localToScene(child.getBoundsInLocal());
                if (b.contains(p)) {
                    paint(child, target, p, op, acc);
                }
            }
        }
        return false;
    }

    private static boolean isAncestor(Node node, Node of) {
        for (Node n = of; n != null; n = n.getParent()) {
            if (n == node) {
                return true;
            }
        }
        return false;
    }

    /** A paint as one colour: a gradient as the mean of its stops. */
    static Color colour(Paint paint) {
        if (paint instanceof Color c) {
            return c;
        }
        List<Stop> stops = paint instanceof LinearGradient g ? g.getStops()
                : paint instanceof RadialGradient g ? g.getStops() : null;
        if (stops == null || stops.isEmpty()) {
            return null;
        }
        double r = 0, g = 0, b = 0, a = 0;
        for (Stop s : stops) {
            r += s.getColor().getRed();
            g += s.getColor().getGreen();
            b += s.getColor().getBlue();
            a += s.getColor().getOpacity();
        }
        int n = stops.size();
        return new Color(r / n, g / n, b / n, a / n);
    }

    /** {@code top} at {@code opacity} painted over the opaque {@code under}. */
    static Color over(Color top, double opacity, Color under) {
        double a = top.getOpacity() * opacity;
        return new Color(top.getRed() * a + under.getRed() * (1 - a), top.getGreen() * a + under.getGreen() * (1 - a),
                top.getBlue() * a + under.getBlue() * (1 - a), 1);
    }

    /** The WCAG 2 contrast ratio of two opaque colours. */
    public static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    // ------------------------------------------------------------------ helpers

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

    private static Bounds intersect(Bounds a, Bounds b) {
        double x0 = Math.max(a.getMinX(), b.getMinX());
        double y0 = Math.max(a.getMinY(), b.getMinY());
        double x1 = Math.min(a.getMaxX(), b.getMaxX());
        double y1 = Math.min(a.getMaxY(), b.getMaxY());
        return x1 <= x0 || y1 <= y0 ? null : new BoundingBox(x0, y0, x1 - x0, y1 - y0);
    }

    private static boolean within(Bounds inner, Bounds outer) {
        return inner.getMinX() >= outer.getMinX() - TOLERANCE && inner.getMinY() >= outer.getMinY() - TOLERANCE
                && inner.getMaxX() <= outer.getMaxX() + TOLERANCE && inner.getMaxY() <= outer.getMaxY() + TOLERANCE;
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

    private static String rect(Bounds b) {
        return "[" + fmt(b.getMinX()) + "," + fmt(b.getMinY()) + " " + fmt(b.getWidth()) + "×" + fmt(b.getHeight()) + "]";
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String hex(Color c) {
        return String.format("#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }
}
