package org.interleave.app.audit;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.paint.RadialGradient;
import javafx.scene.paint.Stop;
import javafx.scene.shape.Shape;
import javafx.scene.text.Text;

/**
 * The colour a text is read against, worked out from the scene graph as the next frame will paint
 * it (the scene's fill, then every background and shape under the text, with their opacity), and
 * the WCAG 2 contrast of two colours.
 */
final class PaintedColour {
    private PaintedColour() {}

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
    static double contrast(Color a, Color b) {
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

    /** A colour as #rrggbb, for the report. */
    static String hex(Color c) {
        return String.format("#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }
}
