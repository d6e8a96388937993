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
import javafx.scene.control.ScrollPane;
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
    /** At most this many stations a row; fewer when the text is large (projector mode). */
    private static final int MAX_PER_ROW = 7;
    /** Room above a row for the player's creature standing at a station. */
    private static final double ABOVE = Creature.SIZE + 12;

    private final CampaignCatalog catalog;
    private final Progress progress;
    private final Consumer<CampaignCatalog.Chapter> onEnter;
    private final Button back = new Button("← Menu");
    private final Button list = new Button("All levels");
    private final Board board = new Board();
    private final ScrollPane scroller = new ScrollPane(board);
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
        // the board scrolls when its rows are taller than the window (large text); else it fills it
        scroller.setFitToWidth(true);
        scroller.setFitToHeight(true);
        scroller.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroller.getStyleClass().add("map-scroller");
        setCenter(scroller);
    }

    /**
     * The board: the stations as a snake of rows (seven a row, fewer when the text is too large for
     * seven to stand side by side), the road through them, and the player at the current station.
     * Its rows share the height it is given, and it asks for more (to scroll) when they need it.
     */
    private final class Board extends Pane {
        private double em() {
            return stations.isEmpty() ? 15 : stations.get(0).getFont().getSize();
        }

        /** The room above a row for the player's creature, which grows with the text as the stations' badges do. */
        private double above() {
            return ABOVE * scale();
        }

        private double scale() {
            return stations.isEmpty() ? 1 : stations.get(0).badgeScale();
        }

        private int perRow(double width) {
            return Math.max(2, Math.min(MAX_PER_ROW, (int) (width / (10.5 * em()))));
        }

        private double stationWidth(double width) {
            return width / perRow(width) - 0.5 * em();
        }

        private double rowHeight(double width) {
            double sw = stationWidth(width);
            stations.forEach(s -> s.fitWidth(sw));
            double tallest = stations.stream().mapToDouble(s -> s.prefHeight(sw)).max().orElse(0);
            return above() + tallest + 0.6 * em();
        }

        private int rows(double width) {
            return Math.max(1, (stations.size() + perRow(width) - 1) / perRow(width));
        }

        @Override
        protected double computeMinHeight(double width) {
            double w = width > 0 ? width : getWidth();
            return snappedTopInset() + rows(w) * rowHeight(w) + snappedBottomInset();
        }

        @Override
        protected double computePrefHeight(double width) {
            return computeMinHeight(width);
        }

        @Override
        protected void layoutChildren() {
            double left = snappedLeftInset();
            double top = snappedTopInset();
            double w = getWidth() - left - snappedRightInset();
            double h = getHeight() - top - snappedBottomInset();
            int perRow = perRow(w);
            int rows = rows(w);
            double colW = w / perRow;
            double sw = stationWidth(w);
            double stepY = Math.max(rowHeight(w), h / rows);
            List<double[]> at = new ArrayList<>();
            for (int i = 0; i < stations.size(); i++) {
                int row = i / perRow;
                int col = i % perRow;
                if (row % 2 == 1) {
                    col = perRow - 1 - col;
                }
                ChapterStation s = stations.get(i);
                double x = left + colW * (col + 0.5);
                double stationTop = top + stepY * row + above();
                double sh = s.prefHeight(sw);
                s.resizeRelocate(Math.round(x - sw / 2), Math.round(stationTop), sw, sh);
                at.add(new double[] {x, stationTop + s.badgeCentre()});
            }
            roadThrough(road, at, at.size(), perRow, colW / 2);
            int reached = current == null ? at.size() : stations.indexOf(current) + 1;
            roadThrough(travelled, at, reached, perRow, colW / 2);
            if (current != null) {
                double[] p = at.get(stations.indexOf(current));
                // scaled about its centre: the creature stands on the badge's ring, as large as the text asks
                double k = scale();
                playerHolder.setScaleX(k);
                playerHolder.setScaleY(k);
                double bottom = p[1] - current.badgeCentre() - above() + 4 * k + Creature.SIZE * k;
                playerHolder.relocate(p[0] - Creature.SIZE / 2, bottom - Creature.SIZE * (1 + k) / 2);
            }
        }
    }

    /** The road through the first {@code n} points: straight along a row, a half loop at each row's end. */
    private static void roadThrough(Path path, List<double[]> at, int n, int perRow, double loop) {
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
                double bulge = (i / perRow) % 2 == 1 ? loop : -loop;
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
