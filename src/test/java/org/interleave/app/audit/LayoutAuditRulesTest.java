package org.interleave.app.audit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.interleave.app.PaneStage;
import org.interleave.app.shared.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The audit's rules themselves: the panels a screen must show whole (the inspector, the goal list,
 * the step and run bars' controls, a dialog's buttons) are reported when what holds them cuts them, and only then; op
 * text that is too small is reported by the op-text rule, other text by the text rule; a wrapped
 * text narrower than one of its words, a scroll bar over text that cannot scroll away, a dialog
 * past the window though a scroll holds it, and content past a view that does not scroll that
 * way, are reported, as is a mark drawn as a shape (a menu's scroll arrow) too faint against its background
 * and a card on the canvas whose top the view cuts, and a transient banner over a dialog's button.
 */
@ExtendWith(ApplicationExtension.class)
class LayoutAuditRulesTest extends PaneStage {
    @Start
    void start(Stage stage) {
        show(stage, 400, 300);
    }

    /** A panel of the style class {@code styleClass}, 200 px tall, in a column that shows {@code shown} px of it. */
    private List<LayoutAudit.Violation> audit(FxRobot robot, String styleClass, double shown) throws Exception {
        ScrollPane panel = new ScrollPane(new Label("Print 2"));
        panel.getStyleClass().add(styleClass);
        panel.setPrefSize(300, 200);
        Pane column = new Pane(panel);
        column.setClip(new Rectangle(0, 0, 300, shown));
        robot.interact(() -> pane().getChildren().setAll(column));
        return WaitForAsyncUtils.asyncFx(() -> LayoutAudit.of("rules", stage, LayoutAudit.Rules.NORMAL).violations()
                .stream().filter(v -> v.rule().equals("essential-cut")).toList()).get();
    }

    @Test
    void anEssentialPanelCutByItsColumn_isReported(FxRobot robot) throws Exception {
        for (String essential : List.of("inspector-scroll", "goal-list-scroll", "step-nav", "dialog-buttons")) {
            List<LayoutAudit.Violation> cut = audit(robot, essential, 120);
            assertTrue(cut.size() == 1 && cut.get(0).figure().startsWith("shows [0.0,0.0 300.0×120.0] of"),
                    essential + ": " + cut);
        }
    }

    @Test
    void anEssentialPanelShownWhole_orAnyOtherPanelCut_isNot(FxRobot robot) throws Exception {
        assertTrue(audit(robot, "goal-list-scroll", 250).isEmpty(), "shown whole");
        assertFalse(audit(robot, "goal-results-scroll", 120).stream().findAny().isPresent(),
                "what the verification found may scroll with its column");
    }

    /** What the audit says of a label of {@code px} px with the style classes {@code classes}, shown in a plain pane. */
    private List<LayoutAudit.Violation> smallText(FxRobot robot, double px, String... classes) throws Exception {
        Label label = new Label("mu.Lock()");
        label.getStyleClass().addAll(classes);
        label.setStyle("-fx-font-size: " + px + "px; -fx-text-fill: white; -fx-background-color: black;");
        robot.interact(() -> pane().getChildren().setAll(new Pane(label)));
        return WaitForAsyncUtils.asyncFx(() -> LayoutAudit.of("rules", stage, LayoutAudit.Rules.NORMAL).violations()
                .stream().filter(v -> v.rule().startsWith("small-")).toList()).get();
    }

    @Test
    void opTextBelowTheSize_isReportedByTheOpTextRule(FxRobot robot) throws Exception {
        List<LayoutAudit.Violation> small = smallText(robot, 10, Theme.OP_TEXT_CLASS);
        assertTrue(small.size() == 1 && small.get(0).rule().equals("small-op-text")
                && small.get(0).figure().equals("10.0 px < 12.0 px"), small.toString());
        assertTrue(smallText(robot, 12, Theme.OP_TEXT_CLASS).isEmpty(), "12 px is large enough");
    }

    @Test
    void otherTextBelowTheSize_isReportedByTheTextRule(FxRobot robot) throws Exception {
        List<LayoutAudit.Violation> small = smallText(robot, 10, "line-marks");
        assertTrue(small.size() == 1 && small.get(0).rule().equals("small-text"), small.toString());
    }

    /** The violations of {@code rule} in a window that shows {@code node} alone. */
    private List<LayoutAudit.Violation> shown(FxRobot robot, javafx.scene.Node node, String rule) throws Exception {
        robot.interact(() -> pane().getChildren().setAll(new Pane(node)));
        return WaitForAsyncUtils.asyncFx(() -> LayoutAudit.of("rules", stage, LayoutAudit.Rules.NORMAL).violations()
                .stream().filter(v -> v.rule().equals(rule)).toList()).get();
    }

    /** A wrapped label {@code width} px wide. */
    private static Label wrapped(String text, double width) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setStyle("-fx-font-size: 16px;");
        label.setPrefWidth(width);
        label.setMaxWidth(width);
        label.setMinHeight(Label.USE_PREF_SIZE);
        return label;
    }

    @Test
    void aWrappedLabelNarrowerThanAWord_isReportedAsBreakingIt(FxRobot robot) throws Exception {
        List<LayoutAudit.Violation> broken = shown(robot, wrapped("Backspace undoes the last step", 50), "broken-word");
        assertTrue(broken.size() == 1 && broken.get(0).figure().startsWith("\"Back"), broken.toString());
        assertTrue(shown(robot, wrapped("Backspace undoes the last step", 110), "broken-word").isEmpty(),
                "wrapped between words: " + shown(robot, wrapped("Backspace undoes the last step", 110), "broken-word"));
    }

    @Test
    void aFlowNarrowerThanAWord_isReportedAsBreakingIt(FxRobot robot) throws Exception {
        javafx.scene.text.TextFlow narrow = new javafx.scene.text.TextFlow(new javafx.scene.text.Text("each goroutine's "),
                new javafx.scene.text.Text("counter"));
        narrow.setPrefWidth(60);
        narrow.setMaxWidth(60);
        List<LayoutAudit.Violation> broken = shown(robot, narrow, "broken-word");
        assertTrue(broken.size() == 1 && broken.get(0).figure().contains("\"goroutin"), broken.toString());
        javafx.scene.text.TextFlow wide = new javafx.scene.text.TextFlow(new javafx.scene.text.Text("each goroutine's "),
                new javafx.scene.text.Text("counter"));
        wide.setPrefWidth(120);
        wide.setMaxWidth(120);
        assertTrue(shown(robot, wide, "broken-word").isEmpty(), "wrapped between words");
    }

    /** A row of labels in a scroll pane {@code width} × {@code height} px, which scrolls sideways only. */
    private static ScrollPane row(double width, double height) {
        javafx.scene.layout.HBox labels = new javafx.scene.layout.HBox(8);
        for (String name : List.of("goroutine", "producer", "worker", "consumer", "closer", "channel")) {
            labels.getChildren().add(new Label(name));
        }
        ScrollPane row = new ScrollPane(labels);
        row.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        row.setFitToHeight(true);
        row.setMinSize(width, height);
        row.setPrefSize(width, height);
        row.setMaxSize(width, height);
        return row;
    }

    @Test
    void aSidewaysBarOverARowThatCannotScrollUp_isReported(FxRobot robot) throws Exception {
        ScrollPane tight = row(150, 22);  // the labels' height: none left for the bar, which cuts them
        List<LayoutAudit.Violation> covered = shown(robot, tight, "under-scroll-bar");
        assertTrue(covered.size() == 1 && covered.get(0).figure().startsWith("the sideways bar"), covered.toString());
        assertTrue(shown(robot, row(150, 60), "under-scroll-bar").isEmpty(), "room for the bar under the labels");
        assertTrue(shown(robot, row(600, 22), "under-scroll-bar").isEmpty(), "no bar: all fit");
    }

    /** A dialog {@code width} × 200 px in a scroll pane as large as the 400 × 300 window, as a dialog's overlay held it. */
    private static ScrollPane dialogIn(double width) {
        javafx.scene.layout.VBox dialog = new javafx.scene.layout.VBox(new Label("Level cleared"));
        dialog.getStyleClass().add(LayoutAudit.DIALOG);
        dialog.setMinSize(width, 200);
        dialog.setPrefSize(width, 200);
        ScrollPane scroll = new ScrollPane(dialog);
        scroll.setPrefSize(400, 300);
        scroll.setMaxSize(400, 300);
        return scroll;
    }

    @Test
    void aDialogWiderThanTheWindow_isReported_thoughItsScrollShowsItsEveryText(FxRobot robot) throws Exception {
        List<LayoutAudit.Violation> past = shown(robot, dialogIn(600), "outside-window");
        assertTrue(past.size() == 1 && past.get(0).node().startsWith("VBox.dialog")
                && past.get(0).figure().contains(" 600.0×200.0] reaches past the window"), past.toString());
        assertTrue(shown(robot, dialogIn(350), "outside-window").isEmpty(), "within the window");
    }

    /**
     * A dialog whose Done lies at its foot, and over it, if {@code banner} shows, projector mode's
     * note as a band across the window's foot (or across its top, clear of Done).
     */
    private static StackPane dialogUnderBanner(boolean banner, javafx.geometry.Pos at) {
        javafx.scene.control.Button done = new javafx.scene.control.Button("Done");
        javafx.scene.layout.VBox dialog = new javafx.scene.layout.VBox(80, new Label("Settings"), done);
        dialog.getStyleClass().add(LayoutAudit.DIALOG);
        dialog.setMaxSize(javafx.scene.layout.Region.USE_PREF_SIZE, javafx.scene.layout.Region.USE_PREF_SIZE);
        Label note = new Label("Projector mode · F5 leaves");
        note.getStyleClass().add("projector-toast");
        note.setMaxWidth(Double.MAX_VALUE);
        note.setPrefHeight(60);
        note.setVisible(banner);
        StackPane.setAlignment(note, at);
        StackPane.setAlignment(dialog, javafx.geometry.Pos.BOTTOM_LEFT);
        StackPane window = new StackPane(dialog, note);
        window.setPrefSize(400, 300);
        return window;
    }

    @Test
    void aBannerOverADialogsButton_isReported_andNotWhenHiddenOrClearOfIt(FxRobot robot) throws Exception {
        List<LayoutAudit.Violation> covered = shown(robot,
                dialogUnderBanner(true, javafx.geometry.Pos.BOTTOM_CENTER), "covered-by-banner");
        assertTrue(covered.size() == 1 && covered.get(0).node().contains("Done")
                && covered.get(0).figure().contains(" under "), covered.toString());
        assertTrue(shown(robot, dialogUnderBanner(false, javafx.geometry.Pos.BOTTOM_CENTER), "covered-by-banner").isEmpty(),
                "the banner hidden");
        assertTrue(shown(robot, dialogUnderBanner(true, javafx.geometry.Pos.TOP_CENTER), "covered-by-banner").isEmpty(),
                "the banner clear of Done");
    }

    /** A row of labels 150 px wide, in a scroll pane 100 px wide that scrolls sideways only if {@code sideways}. */
    private static ScrollPane narrowView(boolean sideways) {
        Label wide = new Label("a row of words wider than its view");
        wide.setMinWidth(300);
        ScrollPane view = new ScrollPane(wide);
        view.setFitToWidth(true);
        view.setHbarPolicy(sideways ? ScrollPane.ScrollBarPolicy.AS_NEEDED : ScrollPane.ScrollBarPolicy.NEVER);
        view.setPrefSize(150, 100);
        view.setMaxSize(150, 100);
        return view;
    }

    @Test
    void contentWiderThanAViewThatNeverScrollsSideways_isReportedCut(FxRobot robot) throws Exception {
        List<LayoutAudit.Violation> cut = shown(robot, narrowView(false), "cut-by-scroll");
        assertTrue(cut.size() == 1 && cut.get(0).figure().endsWith("which does not scroll sideways"), cut.toString());
        assertTrue(shown(robot, narrowView(true), "cut-by-scroll").isEmpty(), "a view that scrolls sideways shows it all");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(booleans = {false, true})
    void aMenuTallerThanTheScreen_showsItsScrollArrowsInContrast(boolean light, FxRobot robot) throws Exception {
        javafx.scene.control.Button owner = new javafx.scene.control.Button("+ Add op");
        StackPane themed = new StackPane(owner);
        Theme.apply(themed, LayoutAuditRulesTest.class, null);
        if (light) {
            themed.getStyleClass().add(Theme.LIGHT_CLASS);
        }
        javafx.scene.control.ContextMenu menu = new javafx.scene.control.ContextMenu();
        for (int i = 0; i < 90; i++) {
            menu.getItems().add(new javafx.scene.control.MenuItem("wg.Add(" + i + ")"));
        }
        robot.interact(() -> pane().getChildren().setAll(themed));
        // taller than the screen: it scrolls by its arrows
        robot.interact(() -> menu.show(owner, javafx.geometry.Side.BOTTOM, 0, 0));
        try {
            List<LayoutAudit.Violation> marks = WaitForAsyncUtils.asyncFx(() -> {
                assertTrue(menu.getSkin().getNode().lookupAll(".menu-down-arrow").stream().anyMatch(javafx.scene.Node::isVisible),
                        "the menu shows its scroll arrow");
                return LayoutAudit.of("rules", stage, LayoutAudit.Rules.NORMAL).violations().stream()
                        .filter(v -> v.rule().equals("mark-contrast")).toList();
            }).get();
            assertTrue(marks.isEmpty(), (light ? "light: " : "dark: ") + marks);
        } finally {
            robot.interact(menu::hide);
        }
    }

    /** A canvas whose view begins 100 px down, holding a card {@code height} px tall whose top lies 50 px above the view. */
    private static Pane canvasWithCard(double height) {
        javafx.scene.layout.Region card = new javafx.scene.layout.Region();
        card.getStyleClass().add("part-node");
        card.setPrefSize(120, height);
        card.relocate(20, 50);
        Pane view = new Pane(card);
        view.getStyleClass().add("viewport");  // a view that pans, as the canvas is
        view.setClip(new Rectangle(0, 100, 300, 150));
        view.setPrefSize(300, 250);
        return view;
    }

    @Test
    void aCanvasCardWhoseTopTheViewCuts_isReported_unlessTallerThanTheView(FxRobot robot) throws Exception {
        List<LayoutAudit.Violation> cut = shown(robot, canvasWithCard(100), "card-top-cut");
        assertTrue(cut.size() == 1 && cut.get(0).figure().startsWith("its top 50.0 px above"), cut.toString());
        assertTrue(shown(robot, canvasWithCard(200), "card-top-cut").isEmpty(), "a card taller than the view is cut wherever it is panned");
    }

    @Test
    void aFaintScrollThumb_isReported_andOneInContrastIsNot(FxRobot robot) throws Exception {
        // the level editor's form, cut at a half row, scrolled: its thumb (1.4:1) did not say so
        javafx.scene.layout.Region tall = new javafx.scene.layout.Region();
        tall.setPrefSize(200, 600);
        ScrollPane scroll = new ScrollPane(tall);
        scroll.setPrefSize(220, 150);
        scroll.setStyle("-fx-background: #1d212a; -fx-background-color: #1d212a;");
        robot.interact(() -> pane().getChildren().setAll(new Pane(scroll)));
        robot.interact(() -> scroll.lookup(".scroll-bar:vertical .thumb").setStyle("-fx-background-color: #343b4a;"));
        List<LayoutAudit.Violation> faint = WaitForAsyncUtils.asyncFx(() -> LayoutAudit.of("rules", stage, LayoutAudit.Rules.NORMAL)
                .violations().stream().filter(v -> v.rule().equals("thumb-contrast")).toList()).get();
        assertTrue(faint.size() == 1, faint.toString());
        robot.interact(() -> scroll.lookup(".scroll-bar:vertical .thumb").setStyle("-fx-background-color: #737b8e;"));
        List<LayoutAudit.Violation> seen = WaitForAsyncUtils.asyncFx(() -> LayoutAudit.of("rules", stage, LayoutAudit.Rules.NORMAL)
                .violations().stream().filter(v -> v.rule().equals("thumb-contrast")).toList()).get();
        assertTrue(seen.isEmpty(), seen.toString());
    }

    @Test
    void aCardInFocusTallerThanTheView_isReportedCutAtItsSide_notAtItsFoot(FxRobot robot) throws Exception {
        // a run's card taller than projector mode's canvas showed its line with its left edge cut
        Pane view = canvasWithCard(300);
        javafx.scene.layout.Region card = (javafx.scene.layout.Region) view.getChildren().get(0);
        card.getProperties().put(org.interleave.app.canvas.CardFocus.MARK, Boolean.TRUE);
        card.relocate(-30, 50);
        List<LayoutAudit.Violation> cut = shown(robot, view, "focus-card-cut");
        assertTrue(cut.size() == 1 && cut.get(0).figure().contains("at a side"), cut.toString());
        card.relocate(20, 50);
        assertTrue(shown(robot, view, "focus-card-cut").isEmpty(), "a card taller than the view may be cut at its top and foot");
    }

    @Test
    void aCanvasCardWhoseTopTheViewCuts_isReported_thoughAnotherCardIsInFocus(FxRobot robot) throws Exception {
        // a card in focus (on an editable level one always is, at open) exempted every other card from the rule
        Pane view = canvasWithCard(100);
        javafx.scene.layout.Region focused = new javafx.scene.layout.Region();
        focused.getStyleClass().add("part-node");
        focused.getProperties().put(org.interleave.app.canvas.CardFocus.MARK, Boolean.TRUE);
        focused.setPrefSize(60, 60);
        focused.relocate(180, 140);
        view.getChildren().add(focused);
        List<LayoutAudit.Violation> cut = shown(robot, view, "card-top-cut");
        assertTrue(cut.size() == 1 && cut.get(0).figure().startsWith("its top 50.0 px above"), cut.toString());
    }

    /** A column {@code height} px tall in the 300 px window, its foot a label: in a scroll pane's view or not. */
    private static javafx.scene.Node column(double height, boolean scrolled) {
        javafx.scene.layout.VBox column = new javafx.scene.layout.VBox(new Label("Timeline"));
        column.setMinSize(300, height);
        column.setPrefSize(300, height);
        column.setMaxSize(300, height);
        if (!scrolled) {
            return column;
        }
        ScrollPane view = new ScrollPane(column);
        view.setPrefSize(350, 250);
        return view;
    }

    @Test
    void aColumnPastTheWindowsFoot_isReportedOnce_butNotInAScrollsView(FxRobot robot) throws Exception {
        // a level screen 1134 px tall in a 1080 px window (projector mode at 200 %) had the timeline's foot cut
        List<LayoutAudit.Violation> past = shown(robot, column(360, false), "past-window");
        assertTrue(past.size() == 1 && past.get(0).node().contains("VBox"), past.toString());
        assertTrue(shown(robot, column(280, false), "past-window").isEmpty(), "within the window");
        assertTrue(shown(robot, column(600, true), "past-window").isEmpty(), "clipped by a scroll's view in the window");
    }

    /** What the audit says of a card (a button of its graphic alone, three lines) {@code height} px tall, in a scroll pane. */
    private List<LayoutAudit.Violation> card(FxRobot robot, double height) throws Exception {
        javafx.scene.control.Button card = new javafx.scene.control.Button(null,
                new javafx.scene.layout.VBox(new Label("02 ★ ★ ★"), new Label("Wait for them"), new Label("✓ cleared · best 10 ticks")));
        card.setStyle("-fx-padding: 6; -fx-font-size: 14px;");
        card.setMinHeight(height);
        card.setPrefHeight(height);
        card.setMaxHeight(height);
        robot.interact(() -> pane().getChildren().setAll(new ScrollPane(new javafx.scene.layout.VBox(card))));
        return WaitForAsyncUtils.asyncFx(() -> LayoutAudit.of("rules", stage, LayoutAudit.Rules.NORMAL).violations()
                .stream().filter(v -> v.rule().equals("overflow")).toList()).get();
    }

    @Test
    void aCardsContentPastItsPadding_isReportedInAScrollPane_andNotWhenTheCardHoldsIt(FxRobot robot) throws Exception {
        List<LayoutAudit.Violation> over = card(robot, 40);
        assertTrue(over.size() == 1 && over.get(0).node().contains("VBox") && over.get(0).figure().contains("past the padding"),
                over.toString());
        assertTrue(card(robot, 120).isEmpty(), "a card tall enough");
    }
}
