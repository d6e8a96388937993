package org.interleave.app.select;

import java.util.function.Consumer;
import javafx.geometry.Pos;
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
import java.util.Set;

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
            chapters.getChildren().add(none);
        }
        ScrollPane scroll = new ScrollPane(chapters);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("chapters-scroll");
        setCenter(scroll);
    }

    private VBox chapterBox(CampaignCatalog.Chapter chapter) {
        Label heading = new Label(chapter.number() + " · " + chapter.title());
        heading.getStyleClass().add("chapter-title");
        HBox cards = new HBox();
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
        VBox box = new VBox(heading, cards);
        box.getStyleClass().add("chapter");
        return box;
    }

    private void initListeners() {
        back.setOnAction(e -> onBack.run());
    }

    /**
     * Puts a chapter of levels from elsewhere (a custom pack) before the campaign's, across the
     * whole width, and focuses its first card if it has one.
     */
    public void addFirst(Region chapter) {
        chapter.prefWidthProperty().bind(chapters.widthProperty()
                .subtract(chapters.getPadding().getLeft() + chapters.getPadding().getRight() + 2));
        chapters.getChildren().add(0, chapter);
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
