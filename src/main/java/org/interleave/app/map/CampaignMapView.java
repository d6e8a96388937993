package org.interleave.app.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.shape.CubicCurveTo;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import org.interleave.app.select.Unlocks;
import org.interleave.app.shared.CampaignCatalog;
import org.interleave.app.shared.Theme;
import org.interleave.app.shared.cast.Creature;
import org.interleave.app.shared.cast.Pose;
import org.interleave.level.save.Progress;

/**
 * The campaign map: the course's chapters as stations along a winding road, each showing how
 * far the player has come in it and the gold medals won there, with the player's creature
 * standing at the chapter of the next level to play. Pressing a station enters that chapter.
 */
public final class CampaignMapView extends BorderPane {
    private static final int PER_ROW = 7;

    private final CampaignCatalog catalog;
    private final Progress progress;
    private final Consumer<CampaignCatalog.Chapter> onEnter;
    private final Button back = new Button("← Menu");
    private final Button list = new Button("All levels");
    private final Pane board = new Pane();
    private final Path road = new Path();
    private final Path travelled = new Path();
    private final List<ChapterStation> stations = new ArrayList<>();
    private final Creature player = new Creature("you", "#56B4E9");
    private final Group playerHolder = new Group(player);
    private ChapterStation current;

    /**
     * The map of {@code catalog} for a player with {@code progress}: {@code onEnter} enters a
     * chapter, {@code onBack} goes to the menu and {@code onList} to the level select.
     */
    public CampaignMapView(CampaignCatalog catalog, Progress progress, Consumer<CampaignCatalog.Chapter> onEnter,
                           Runnable onBack, Runnable onList) {
        this.catalog = catalog;
        this.progress = progress;
        this.onEnter = onEnter;
        createView();
        back.setOnAction(e -> onBack.run());
        list.setOnAction(e -> onList.run());
    }

    private void createView() {
        Theme.apply(this, CampaignMapView.class, "campaign-map.css");
        getStylesheets().add(org.interleave.app.rewards.Medal.STYLESHEET);
        getStyleClass().add("campaign-map");
        setId("campaign-map");

        back.setId("map-back");
        back.getStyleClass().add("flat");
        list.setId("map-levels");
        Label title = new Label("Campaign map");
        title.getStyleClass().add("screen-title");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        long cleared = catalog.entries().stream().filter(e -> progress.level(e.level().id()).cleared()).count();
        Label count = new Label(cleared + " of " + catalog.entries().size() + " levels cleared");
        count.setId("map-count");
        count.getStyleClass().add("muted");
        HBox header = new HBox(back, title, gap, count, list);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("screen-header");
        setTop(header);

        Set<String> open = Unlocks.open(catalog, progress);
        Optional<CampaignCatalog.Entry> next = Unlocks.next(catalog, progress);
        road.getStyleClass().add("map-road");
        travelled.getStyleClass().add("map-road-travelled");
        board.getChildren().addAll(road, travelled);
        for (CampaignCatalog.Chapter chapter : catalog.chapters()) {
            boolean isOpen = chapter.levels().stream().anyMatch(e -> open.contains(e.level().id()));
            ChapterStation s = new ChapterStation(chapter, progress, isOpen);
            s.setOnAction(e -> {
                if (s.isOpen()) {
                    onEnter.accept(chapter);
                }
            });
            if (next.isPresent() && chapter.levels().contains(next.get())) {
                current = s;
                s.getStyleClass().add("current");
            }
            stations.add(s);
            board.getChildren().add(s);
        }
        player.show(Pose.RUNNING);
        playerHolder.setId("map-player");
        playerHolder.setMouseTransparent(true);
        playerHolder.setVisible(current != null);
        board.getChildren().add(playerHolder);
        board.getStyleClass().add("map-board");
        setCenter(board);
    }

    /** Lays the stations out as a snake of rows of seven over the board, and the road through them. */
    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        double w = board.getWidth();
        double h = board.getHeight();
        int rows = Math.max(1, (stations.size() + PER_ROW - 1) / PER_ROW);
        double marginX = w / (PER_ROW * 2.0);
        double stepX = (w - 2 * marginX) / Math.max(1, PER_ROW - 1);
        double stepY = h / rows;
        List<double[]> at = new ArrayList<>();
        for (int i = 0; i < stations.size(); i++) {
            int row = i / PER_ROW;
            int col = i % PER_ROW;
            if (row % 2 == 1) {
                col = PER_ROW - 1 - col;
            }
            double x = marginX + col * stepX;
            double y = stepY * row + stepY * 0.36;
            at.add(new double[] {x, y});
            ChapterStation s = stations.get(i);
            double sw = s.prefWidth(-1);
            double sh = s.prefHeight(sw);
            s.resizeRelocate(Math.round(x - sw / 2), Math.round(y - 36), sw, sh);
        }
        roadThrough(road, at, at.size());
        int reached = current == null ? at.size() : stations.indexOf(current) + 1;
        roadThrough(travelled, at, reached);
        if (current != null) {
            double[] p = at.get(stations.indexOf(current));
            playerHolder.relocate(p[0] - Creature.SIZE / 2, p[1] - 78);
        }
    }

    /** The road through the first {@code n} points: straight along a row, a half loop at each row's end. */
    private static void roadThrough(Path path, List<double[]> at, int n) {
        path.getElements().clear();
        if (n == 0) {
            return;
        }
        path.getElements().add(new MoveTo(at.get(0)[0], at.get(0)[1]));
        for (int i = 1; i < n; i++) {
            double[] a = at.get(i - 1);
            double[] b = at.get(i);
            if (Math.abs(a[1] - b[1]) < 1) {
                path.getElements().add(new LineTo(b[0], b[1]));
            } else {
                double bulge = (i / PER_ROW) % 2 == 1 ? 70 : -70;
                path.getElements().add(new CubicCurveTo(a[0] + bulge, a[1], b[0] + bulge, b[1], b[0], b[1]));
            }
        }
    }

    /** The stations, in course order. */
    public List<ChapterStation> stations() {
        return List.copyOf(stations);
    }

    /** The station where the player stands (the chapter of the next level to play), if any. */
    public Optional<ChapterStation> current() {
        return Optional.ofNullable(current);
    }

    /** Puts the keyboard focus on the current chapter, else the first. */
    public void focusCurrent() {
        if (current != null) {
            current.requestFocus();
        } else if (!stations.isEmpty()) {
            stations.get(0).requestFocus();
        }
    }

    /**
     * The level to play on entering {@code chapter}: its first open level not cleared yet, else its
     * first level (a chapter all cleared is replayed from the start).
     */
    public static CampaignCatalog.Entry levelToPlay(CampaignCatalog catalog, Progress progress,
                                                    CampaignCatalog.Chapter chapter) {
        Set<String> open = Unlocks.open(catalog, progress);
        return chapter.levels().stream()
                .filter(e -> open.contains(e.level().id()) && !progress.level(e.level().id()).cleared())
                .findFirst().orElse(chapter.levels().get(0));
    }
}
