package org.interleave.app.projector;

import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import javafx.util.Duration;

/**
 * What projector mode lays over the game: the blank screen (B), the pointer spotlight — the
 * screen dimmed except a clear circle around the pointer (L) — and a short note when a key
 * changes something, at the window's foot or, clear of the screen's buttons, its top. It never
 * takes the mouse: clicks go through to the game. The note steps
 * aside while a dialog is open — at a large scale it is a banner as wide as the window, which
 * would lie over the dialog's buttons — and shows, for its full time, once the dialog closes.
 */
public final class ProjectorOverlay extends StackPane {
    /** The spotlight's radius, in em of the overlay's font. */
    static final double SPOTLIGHT_RADIUS_EM = 5;

    private final ProjectorMode mode;
    private final Region blank = new Region();
    private final Label toast = new Label();
    private final PauseTransition toastTimer = new PauseTransition(Duration.seconds(1.6));
    private Shape spot;
    /** A dialog is open: a note waits for it to close. */
    private boolean dialogOpen;
    /** A note waits for the dialog to close. */
    private boolean waiting;
    /** A note shown stays until hidden by a dialog (tests look at it without racing its 1.6 s). */
    private boolean held;
    private double pointerX = -1;
    private double pointerY = -1;

    public ProjectorOverlay(ProjectorMode mode) {
        this.mode = mode;
        setMouseTransparent(true);
        setPickOnBounds(false);
        getStylesheets().add(ProjectorOverlay.class.getResource(ProjectorStyler.STYLESHEET).toExternalForm());
        getStyleClass().add("projector-overlay");
        blank.getStyleClass().add("projector-blank");
        blank.setId("projector-blank");
        blank.setVisible(false);
        toast.getStyleClass().add("projector-toast");
        toast.setId("projector-toast");
        toast.setVisible(false);
        // clear of the window's edge (see place), and never shorter than its words (its size changes with the scale)
        toast.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        // a long announcement at a large scale ("Projector mode · F5 leaves · …" at 200 %) wraps
        // within the window rather than being cut short
        toast.setWrapText(true);
        toast.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        toast.maxWidthProperty().bind(widthProperty().subtract(48));
        getChildren().addAll(blank, toast);
        blank.visibleProperty().bind(mode.blankedProperty());
        mode.spotlightProperty().addListener((o, a, on) -> redrawSpotlight());
        widthProperty().addListener((o, a, w) -> redrawSpotlight());
        heightProperty().addListener((o, a, h) -> redrawSpotlight());
        toastTimer.setOnFinished(e -> toast.setVisible(false));
    }

    /** Moves the spotlight to the pointer, in this overlay's coordinates. */
    public void pointerAt(double x, double y) {
        pointerX = x;
        pointerY = y;
        if (mode.spotlightProperty().get()) {
            redrawSpotlight();
        }
    }

    private void redrawSpotlight() {
        if (spot != null) {
            getChildren().remove(spot);
            spot = null;
        }
        if (!mode.spotlightProperty().get() || getWidth() <= 0 || getHeight() <= 0) {
            return;
        }
        double x = pointerX < 0 ? getWidth() / 2 : pointerX;
        double y = pointerY < 0 ? getHeight() / 2 : pointerY;
        double radius = SPOTLIGHT_RADIUS_EM * mode.rootFontPx(ProjectorMode.BASE_FONT_PX);
        spot = Shape.subtract(new Rectangle(0, 0, getWidth(), getHeight()), new Circle(x, y, radius));
        spot.getStyleClass().add("projector-spotlight");
        spot.setId("projector-spotlight");
        spot.setManaged(false);
        getChildren().add(1, spot);
    }

    /** Shows {@code text} for a moment, at the bottom; while a dialog is open, once it has closed. */
    public void announce(String text) {
        toast.setText(text);
        if (dialogOpen) {
            waiting = true;
        } else {
            showToast();
        }
    }

    /**
     * Says whether a dialog is open: while one is, the note is hidden (a note showing waits), so it
     * never lies over what the dialog asks of the player; when it closes, the note waiting shows.
     */
    public void setDialogOpen(boolean open) {
        dialogOpen = open;
        if (open && toast.isVisible()) {
            toastTimer.stop();
            toast.setVisible(false);
            waiting = true;
        } else if (!open && waiting) {
            showToast();
        }
    }

    private void showToast() {
        waiting = false;
        toast.setStyle("-fx-font-size: " + mode.rootFontPx(ProjectorMode.BASE_FONT_PX) + "px;");
        place();
        toast.setVisible(true);
        toast.toFront();
        if (!held) {
            toastTimer.playFromStart();
        }
    }

    /**
     * Holds each note shown from now on until a dialog hides it, instead of for its 1.6 s, so a
     * test can look at where a note lies however slowly the machine runs; for tests only.
     */
    void holdNotes() {
        held = true;
    }

    /**
     * Puts the note at the window's foot, or at its top when at the foot it would lie over a button
     * of the screen and at the top it would not: at the foot it covered the menu's Quit and scale
     * buttons for its 1.6 s. Where both have buttons under it, the foot (a screen's bar of its own).
     */
    private void place() {
        Pos at = Pos.BOTTOM_CENTER;
        if (getScene() != null && getWidth() > 0) {
            toast.applyCss();
            double w = Math.min(toast.prefWidth(-1), getWidth() - 48);
            double h = toast.prefHeight(w);
            double x = (getWidth() - w) / 2;
            if (overButton(new javafx.geometry.BoundingBox(x, getHeight() - EDGE - h, w, h))
                    && !overButton(new javafx.geometry.BoundingBox(x, EDGE, w, h))) {
                at = Pos.TOP_CENTER;
            }
        }
        StackPane.setAlignment(toast, at);
        StackPane.setMargin(toast, at == Pos.TOP_CENTER ? new javafx.geometry.Insets(EDGE, 0, 0, 0)
                : new javafx.geometry.Insets(0, 0, EDGE, 0));
    }

    /** The note's distance from the window's edge. */
    private static final double EDGE = 24;

    /** Whether a button shown on the screen under this overlay lies in {@code area} (this overlay's coordinates). */
    private boolean overButton(javafx.geometry.Bounds area) {
        javafx.geometry.Bounds a = localToScene(area);
        for (javafx.scene.Node n : getScene().getRoot().lookupAll("*")) {
            if (n instanceof javafx.scene.control.ButtonBase && shown(n) && n.localToScene(n.getLayoutBounds()).intersects(a)) {
                return true;
            }
        }
        return false;
    }

    private boolean shown(javafx.scene.Node n) {
        for (javafx.scene.Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible() || p == this) {
                return false;
            }
        }
        return true;
    }

    /** The spotlight shape now, or null when it is off. */
    public Shape spotlight() {
        return spot;
    }
}
