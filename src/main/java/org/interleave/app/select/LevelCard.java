package org.interleave.app.select;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.interleave.app.shared.CampaignCatalog;
import org.interleave.engine.model.Goal;
import org.interleave.engine.model.Level;
import org.interleave.level.save.LevelProgress;
import org.interleave.level.save.Score;

/**
 * A level on the level select: its number, mode, title and concepts, and the player's record on
 * it — ✓ cleared with the best score, or locked with a padlock — in words and symbols; pressing it opens the
 * level. A locked card is dimmed; pressing it asks first (the level select's {@code onLocked}).
 */
public final class LevelCard extends Button {
    private final CampaignCatalog.Entry entry;
    private final LevelProgress record;
    private final boolean open;
    private VBox content;

    /** Creates the card of a campaign entry never played, open. */
    public LevelCard(CampaignCatalog.Entry entry) {
        this(entry, null, true);
    }

    /** Creates the card of a campaign entry with the player's record on it (null: never played) and whether it is open. */
    public LevelCard(CampaignCatalog.Entry entry, LevelProgress record, boolean open) {
        this.entry = entry;
        this.record = record;
        this.open = open;
        createView();
    }

    private void createView() {
        getStyleClass().add("level-card");
        setId("level-" + entry.level().id());
        setAlignment(Pos.TOP_LEFT);

        Label number = new Label(entry.label());
        number.getStyleClass().add("level-number");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label mode = modeBadge(entry.level().mode());
        HBox top = new HBox(number, gap, mode);
        if (cleared()) {
            // the medals on ticks, parts and ops of the best clear; a break level's one medal, on its best schedule's steps
            org.interleave.app.rewards.MedalRow medals = new org.interleave.app.rewards.MedalRow(
                    entry.level(), record.bestScore().orElse(null));
            medals.setId("medals-" + entry.level().id());
            top.getChildren().add(1, medals);
        }
        top.setAlignment(Pos.CENTER_LEFT);

        Label title = new Label(entry.level().title());
        title.getStyleClass().add("level-title");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        Label concepts = new Label(String.join(" · ", entry.level().concepts()));
        concepts.getStyleClass().add("level-concepts");
        concepts.setWrapText(true);
        concepts.setMinHeight(Region.USE_PREF_SIZE);

        Label status = new Label(statusText());
        status.setId("status-" + entry.level().id());
        status.getStyleClass().addAll("level-status", !open ? "level-locked" : cleared() ? "level-cleared" : "level-new");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        if (!open) {
            Region lock = new Region();
            lock.getStyleClass().add("lock-icon");
            status.setGraphic(lock);
        }

        content = new VBox(top, title, concepts, status);
        content.getStyleClass().add("level-card-content");
        setGraphic(content);
        setText(null);
        if (!open) {
            getStyleClass().add("locked");
        } else if (cleared()) {
            getStyleClass().add("cleared");
        }
        setAccessibleText(entry.label() + " " + entry.level().title() + ", " + entry.level().mode().json()
                + " level about " + String.join(", ", entry.level().concepts()) + ". " + statusText()
                + (open ? "" : ": clear the levels before it to open it"));
    }

    /**
     * As tall as its content at the card's width (a pane gives it no less than its style's least
     * height): a card of fixed height drew a cleared level's best score, wrapped to three lines in
     * projector mode, over its foot. Not the skin's height: it asks the content's with no width, and
     * its wrapped labels answer with a word a line.
     */
    @Override
    protected double computePrefHeight(double width) {
        // at the card's own width (its style fixes it): a width a pane asks about is not the card's
        double own = Math.min(maxWidth(-1), Math.max(minWidth(-1), prefWidth(-1)));
        double inner = own - snappedLeftInset() - snappedRightInset();
        return snappedTopInset() + content.prefHeight(inner) + snappedBottomInset();
    }

    private boolean cleared() {
        return record != null && record.cleared();
    }

    /** "✓ cleared · best 12 ticks, 4 parts" (a break level's: "best 5 steps"), "Locked", "not cleared yet · 3 attempts". */
    private String statusText() {
        if (!open) {
            return "Locked";
        }
        if (cleared()) {
            Score best = record.bestScore().orElse(null);
            Level.Par par = entry.level().par();
            if (best != null && entry.level().mode() == Goal.Mode.BREAK) {
                // scored by its schedule's steps (Clears.broken), against its par of steps
                return "✓ cleared · best " + best.ticks() + " steps"
                        + (par.steps() > 0 && best.ticks() <= par.steps() ? " ★ par" : "");
            }
            return best == null ? "✓ cleared" : "✓ cleared · best " + best.ticks() + " ticks"
                    + (par.ticks() > 0 && best.ticks() <= par.ticks() ? " ★ par" : "")
                    + ", " + best.parts() + " parts";
        }
        int tries = record == null ? 0 : record.attempts().size();
        return tries == 0 ? "○ not played yet" : "○ not cleared yet · " + tries + (tries == 1 ? " attempt" : " attempts");
    }

    /** Whether the card can be opened. */
    public boolean isOpen() {
        return open;
    }

    /** A badge naming a level's mode in a word with a symbol, tinted by mode. */
    public static Label modeBadge(Goal.Mode mode) {
        String text = switch (mode) {
            case BUILD -> "✚ build";
            case FIX -> "✎ fix";
            case BREAK -> "⚡ break";
        };
        Label badge = new Label(text);
        badge.getStyleClass().addAll("badge", "mode-" + mode.json());
        return badge;
    }

    public CampaignCatalog.Entry entry() {
        return entry;
    }
}
