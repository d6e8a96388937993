package org.interleave.app.level;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The level's side columns — the brief on the left, the goal on the right — each of which folds
 * into a narrow rail to give the design the room (its button, or Ctrl+B and Ctrl+G). Until the
 * player folds or opens one, they follow the window: the brief folds when the design would be
 * left less than {@value #BRIEF_FOLDS_BELOW_EM} em, the goal only when even then it would be left
 * less than {@value #GOAL_FOLDS_BELOW_EM} em (a small window in projector mode at a large scale).
 */
final class SideColumns {
    /** The design's width, in em of the screen's text, under which the brief folds by itself. */
    static final double BRIEF_FOLDS_BELOW_EM = 30;
    /** The design's width, in em, under which the goal folds too. */
    static final double GOAL_FOLDS_BELOW_EM = 14;

    private final BorderPane screen;
    private final Region brief;
    private final Region goal;
    private final VBox briefRail;
    private final VBox goalRail;
    private final Button foldBrief = new Button("‹");
    private final Button foldGoal = new Button("›");
    private final BooleanProperty briefOpen = new SimpleBooleanProperty(this, "briefOpen", true);
    private final BooleanProperty goalOpen = new SimpleBooleanProperty(this, "goalOpen", true);
    /** The player's own choice, which the window's size no longer overrides; null until they make one. */
    private Boolean briefChoice;
    private Boolean goalChoice;

    SideColumns(BorderPane screen, Region brief, Region goal, Button verify) {
        this.screen = screen;
        this.brief = brief;
        // the goal column scrolls as a whole on a window too short even for its smallest parts
        // (projector mode at a large scale with the timeline open), rather than push the screen past it
        javafx.scene.control.ScrollPane goalScroll = new javafx.scene.control.ScrollPane(goal);
        goalScroll.setFitToWidth(true);
        goalScroll.setFitToHeight(true);
        goalScroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        goalScroll.setFocusTraversable(false);
        // the column's width (level-screen.css), a bar included when one shows: the column narrows for it
        goalScroll.getStyleClass().add("goal-column-scroll");
        this.goal = goalScroll;
        foldBrief.setId("brief-fold");
        foldBrief.setTooltip(new Tooltip("Fold the brief to give the design more room (Ctrl+B)"));
        foldGoal.setId("goal-fold");
        foldGoal.setTooltip(new Tooltip("Fold the goal to give the design more room (Ctrl+G)"));
        for (Button b : new Button[] {foldBrief, foldGoal}) {
            b.getStyleClass().addAll("flat", "fold-button");
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        foldBrief.setOnAction(e -> chooseBrief(false));
        foldGoal.setOnAction(e -> chooseGoal(false));
        briefRail = rail("brief-rail", "›", "BRIEF", "Open the brief (Ctrl+B)", () -> chooseBrief(true), null);
        Button railVerify = new Button("Verify");
        railVerify.setId("rail-verify");
        railVerify.getStyleClass().add("primary");
        railVerify.setTooltip(new Tooltip("Check every interleaving against the goal (Ctrl+Enter)"));
        railVerify.setOnAction(e -> verify.fire());
        railVerify.disableProperty().bind(verify.disabledProperty());
        goalRail = rail("goal-rail", "‹", "GOAL", "Open the goal (Ctrl+G)", () -> chooseGoal(true), railVerify);
        // a folded column stays in the scene, hidden, so a restyle (projector mode's clutter) reaches it too
        screen.setLeft(new HBox(brief, briefRail));
        screen.setRight(new HBox(goalRail, this.goal));
        show(brief, briefRail, true);
        show(this.goal, goalRail, true);
        briefOpen.addListener((o, a, open) -> show(brief, briefRail, open));
        goalOpen.addListener((o, a, open) -> show(this.goal, goalRail, open));
    }

    /** The screen's width and text size the columns were last fitted to. */
    private double fittedWidth;
    private double fittedEm;

    /**
     * Fits the columns again if the screen's width or text size changed since: the screen calls it
     * as it lays itself out, when the styles of the pulse are all applied. Fitted as the fold button's
     * font changed, in the middle of that pass, the brief measured itself in the text size it had
     * before: projector mode at 200 % in a 1920×1080 window kept both columns open (the design
     * 432 px wide, its step bar three rows of buttons).
     */
    void layingOut() {
        double em = foldBrief.getFont().getSize();
        if (screen.getWidth() != fittedWidth || em != fittedEm) {
            fittedWidth = screen.getWidth();
            fittedEm = em;
            fit();
        }
    }

    private static void show(Region column, Region rail, boolean open) {
        column.setVisible(open);
        column.setManaged(open);
        rail.setVisible(!open);
        rail.setManaged(!open);
    }

    /** The button in the brief's title row that folds it. */
    Button briefFoldButton() {
        return foldBrief;
    }

    /** The button in the goal's title row that folds it. */
    Button goalFoldButton() {
        return foldGoal;
    }

    /** A column's title with its fold button at the far end. */
    static HBox titleRow(Label title, Button fold) {
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox row = new HBox(title, gap, fold);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("column-title-row");
        return row;
    }

    private static VBox rail(String id, String arrow, String name, String tip, Runnable open, Node extra) {
        Button button = new Button(arrow);
        button.setId(id + "-open");
        button.getStyleClass().addAll("flat", "fold-button");
        button.setTooltip(new Tooltip(tip));
        button.setOnAction(e -> open.run());
        Label word = new Label(name);
        word.getStyleClass().add("column-title");
        word.setRotate(90);
        word.setOnMouseClicked(e -> open.run());
        VBox rail = new VBox(button, new Group(word));
        if (extra != null) {
            extra.setRotate(90);
            rail.getChildren().add(new Group(extra));
        }
        rail.setId(id);
        rail.setAlignment(Pos.TOP_CENTER);
        rail.getStyleClass().add("side-rail");
        return rail;
    }

    BooleanProperty briefOpenProperty() {
        return briefOpen;
    }

    BooleanProperty goalOpenProperty() {
        return goalOpen;
    }

    /**
     * The player folds or opens the brief: the window's size no longer decides it. Opened, it may
     * leave the design too little room beside the goal: then the goal folds, even if it was opened
     * by choice ({@link #chooseGoal}). Both open at 200 % in a 1920×1080 window left the design
     * 432 px, its top row and the split under it past the column, and a step bar wrapped so tall
     * that the screen was laid out 1134 px high.
     */
    void chooseBrief(boolean open) {
        briefChoice = open;
        if (open && Boolean.TRUE.equals(goalChoice)) {
            goalChoice = null;  // the last column opened wins the room; the goal opens again when it fits
        }
        briefOpen.set(open);
        fit();
    }

    /** The player folds or opens the goal (or a verdict opens it to be read); opened, the brief gives way as in {@link #chooseBrief}. */
    void chooseGoal(boolean open) {
        goalChoice = open;
        if (open && Boolean.TRUE.equals(briefChoice)) {
            briefChoice = null;
        }
        goalOpen.set(open);
        fit();
    }

    /** Folds or opens, for the window's width, the columns whose state the player has not chosen. */
    void fit() {
        double width = screen.getWidth();
        double em = foldBrief.getFont().getSize();
        if (width <= 0 || em <= 0) {
            return;
        }
        brief.applyCss();
        goal.applyCss();
        briefRail.applyCss();
        double briefW = brief.prefWidth(-1);
        double goalW = goal.prefWidth(-1);
        double railW = briefRail.prefWidth(-1);
        boolean briefFits = (width - briefW - goalW) / em >= BRIEF_FOLDS_BELOW_EM;
        boolean openBrief = briefChoice != null ? briefChoice : briefFits;
        boolean goalFits = (width - (openBrief ? briefW : railW) - goalW) / em >= GOAL_FOLDS_BELOW_EM;
        boolean openGoal = goalChoice != null ? goalChoice : goalFits;
        briefOpen.set(openBrief);
        goalOpen.set(openGoal);
    }
}
