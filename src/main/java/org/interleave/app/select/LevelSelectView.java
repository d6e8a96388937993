package org.interleave.app.select;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.interleave.app.shared.CampaignCatalog;
import org.interleave.app.shared.Theme;
import org.interleave.level.save.Progress;

/**
 * The level select: the campaign's chapters in course order, each a heading over the cards of
 * its levels (number, mode, title, concepts, and the player's record: cleared with the best
 * score, or locked). Choosing an open card opens that level.
 */
public final class LevelSelectView extends BorderPane {
    private final CampaignCatalog catalog;
    private final Consumer<CampaignCatalog.Entry> onOpen;
    private final Runnable onBack;
    private final Progress progress;
    private final Set<String> open;
    private final Button back = new Button("← Menu");
    private final Button map = new Button("Campaign map");
    private final FlowPane chapters = new FlowPane();
    // the scroll pane's content: a custom pack's chapter (if open) over the campaign's chapters
    private final VBox column = new VBox(chapters);
    private final ScrollPane scroll = new ScrollPane(column);
    private LevelCard firstCard;
    private LevelCard nextCard;
    private Consumer<CampaignCatalog.Entry> onLocked = e -> { };

    /** Creates the view of {@code catalog} for a player who has played nothing yet. */
    public LevelSelectView(CampaignCatalog catalog, Consumer<CampaignCatalog.Entry> onOpen, Runnable onBack) {
        this(catalog, Progress.empty(), onOpen, onBack);
    }

    /**
     * Creates the view of {@code catalog} with the player's {@code progress}; {@code onOpen} opens
     * a level, {@code onBack} returns to the menu.
     */
    public LevelSelectView(CampaignCatalog catalog, Progress progress, Consumer<CampaignCatalog.Entry> onOpen,
                           Runnable onBack) {
        this.catalog = catalog;
        this.onOpen = onOpen;
        this.onBack = onBack;
        this.progress = progress;
        this.open = Unlocks.open(catalog, progress);
        createView();
        initListeners();
    }

    private void createView() {
        Theme.apply(this, LevelSelectView.class, "level-select.css");
        getStyleClass().add("level-select");

        back.setId("back");
        back.getStyleClass().add("flat");
        Label title = new Label("Choose a level");
        title.getStyleClass().add("screen-title");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        int cleared = (int) catalog.entries().stream()
                .filter(e -> progress.level(e.level().id()).cleared()).count();
        Label count = new Label(cleared + " of " + catalog.entries().size() + " cleared · " + summary(catalog));
        count.setId("cleared-count");
        count.getStyleClass().add("muted");
        // the way back and the title stay whole; the count wraps into the room left (projector mode's large text)
        back.setMinWidth(Region.USE_PREF_SIZE);
        title.setMinWidth(Region.USE_PREF_SIZE);
        count.setWrapText(true);
        count.setMinWidth(0);
        count.setMinHeight(Region.USE_PREF_SIZE);
        map.setId("show-map");
        map.setVisible(false);
        map.setManaged(false);
        map.setMinWidth(Region.USE_PREF_SIZE);
        HBox header = new HBox(back, title, gap, count, map);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("screen-header");
        setTop(header);

        chapters.getStyleClass().add("chapters");
        for (CampaignCatalog.Chapter chapter : catalog.chapters()) {
            chapters.getChildren().add(chapterBox(chapter));
        }
        if (catalog.entries().isEmpty()) {
            Label none = new Label("No levels found. " + String.join("\n", catalog.problems()));
            none.setWrapText(true);
            none.setMinWidth(0);
            none.setMinHeight(Region.USE_PREF_SIZE);
            ChapterBox box = new ChapterBox();
            box.getChildren().add(none);
            chapters.getChildren().add(box);
        }
        column.getStyleClass().add("chapters-column");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("chapters-scroll");
        setCenter(scroll);
    }

    private VBox chapterBox(CampaignCatalog.Chapter chapter) {
        Label heading = new Label(chapter.number() + " · " + chapter.title());
        heading.getStyleClass().add("chapter-title");
        heading.setWrapText(true);
        heading.setMinWidth(0);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        CardRow cards = new CardRow();
        cards.getStyleClass().add("chapter-cards");
        for (CampaignCatalog.Entry e : chapter.levels()) {
            String id = e.level().id();
            LevelCard card = new LevelCard(e, progress.levels().get(id), open.contains(id));
            if (firstCard == null) {
                firstCard = card;
            }
            if (nextCard == null && card.isOpen() && !progress.level(id).cleared()) {
                nextCard = card;
            }
            card.setOnAction(a -> (card.isOpen() ? onOpen : onLocked).accept(e));
            cards.getChildren().add(card);
        }
        ChapterBox box = new ChapterBox();
        box.getChildren().addAll(heading, cards);
        box.getStyleClass().add("chapter");
        return box;
    }

    private void initListeners() {
        back.setOnAction(e -> onBack.run());
        // a chapter's width depends on the room in view (ChapterBox): it is worked out again when that changes
        scroll.viewportBoundsProperty().addListener((o, was, now) -> {
            if (was.getWidth() != now.getWidth()) {
                chapters.getChildren().forEach(c -> ((javafx.scene.Parent) c).requestLayout());
            }
        });
    }

    /** The width a chapter of the grid has at most: the scroll pane's view less the grid's margins. */
    private double room() {
        Insets in = chapters.getInsets();
        // whole pixels, as the grid snaps its margins and widths: a fraction over would widen it by one
        return Math.floor(scroll.getViewportBounds().getWidth()) - Math.ceil(in.getLeft()) - Math.ceil(in.getRight());
    }

    /**
     * A chapter in the grid, at most as wide as the view: a flow pane is at least as wide as its
     * widest child wants to be, so a chapter of many levels (six cards are wider than a 1280-pixel
     * window) would widen the whole grid past the window and cut its right-hand cards.
     */
    private final class ChapterBox extends VBox {
        @Override
        protected double computePrefWidth(double height) {
            double want = super.computePrefWidth(height);
            double room = room();
            // before the first layout the view has no width yet
            return room > 0 ? Math.max(Math.min(want, room), minWidth(height)) : want;
        }
    }

    /**
     * A chapter's cards: in one row when the grid has the room, else in as many rows as it takes
     * (a flow pane of its own would want to wrap at its preferred wrap length, whatever the room).
     */
    private static final class CardRow extends FlowPane {
        CardRow() {
            setRowValignment(javafx.geometry.VPos.TOP);
        }

        /** Each card as tall as the tallest of its row: a cleared card's medals and best may make it taller than the others. */
        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            java.util.Map<Double, Double> rows = new java.util.HashMap<>();
            for (Node card : getManagedChildren()) {
                rows.merge(card.getLayoutY(), card.getLayoutBounds().getHeight(), Math::max);
            }
            for (Node card : getManagedChildren()) {
                if (card instanceof Region r) {
                    r.resize(r.getWidth(), rows.get(card.getLayoutY()));
                }
            }
        }

        @Override
        protected double computePrefWidth(double height) {
            List<Node> cards = getManagedChildren();
            double width = 0;
            for (Node card : cards) {
                width += card.prefWidth(-1);
            }
            Insets in = getInsets();
            return in.getLeft() + width + Math.max(0, cards.size() - 1) * getHgap() + in.getRight();
        }
    }

    /**
     * Puts a chapter of levels from elsewhere (a custom pack) before the campaign's, across the
     * whole width, and focuses its first card if it has one. It stands over the campaign's grid,
     * not in it: a grid is at least as wide as its widest chapter wants to be, so a chapter as
     * wide as the grid (or with a long line, such as a pack's folder) would widen it past the
     * window and cut its right-hand cards.
     */
    public void addFirst(Region chapter) {
        VBox slot = new VBox(chapter);
        slot.getStyleClass().add("first-chapter");
        column.getChildren().add(0, slot);
    }

    /** "29 levels in 20 chapters". */
    public static String summary(CampaignCatalog catalog) {
        int n = catalog.entries().size();
        int c = catalog.chapters().size();
        return n + (n == 1 ? " level" : " levels") + " in " + c + (c == 1 ? " chapter" : " chapters");
    }

    /** Offers the campaign map in the header; {@code onMap} shows it. */
    public void setOnMap(Runnable onMap) {
        map.setOnAction(e -> onMap.run());
        map.setVisible(true);
        map.setManaged(true);
    }

    /** What pressing a locked level does (by default, nothing). */
    public void setOnLocked(Consumer<CampaignCatalog.Entry> onLocked) {
        this.onLocked = onLocked;
    }

    /** Puts the keyboard focus on the first level. */
    public void focusFirstLevel() {
        if (firstCard != null) {
            firstCard.requestFocus();
        }
    }

    /** Puts the keyboard focus on the level to play next (the first open one not cleared), else the first. */
    public void focusNextLevel() {
        if (nextCard != null) {
            nextCard.requestFocus();
        } else {
            focusFirstLevel();
        }
    }
}
