package org.interleave.playback;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.interleave.engine.Finding;
import org.interleave.engine.model.Design;
import org.interleave.engine.model.Part;

/**
 * A read-only view of a design: its shared resources as labelled pieces, then each goroutine as
 * a card of Go-like lines. Given a {@link Trace.Moment}, it marks where every goroutine stands;
 * given a {@link Finding}, it flags the lines where that finding happens.
 */
public final class DesignView extends VBox {
    private final ObjectProperty<Design> design = new SimpleObjectProperty<>(this, "design");
    private final ObjectProperty<Trace.Moment> moment = new SimpleObjectProperty<>(this, "moment");
    private final ObjectProperty<Finding> finding = new SimpleObjectProperty<>(this, "finding");

    private final FlowPane resources = new FlowPane();
    private final FlowPane goroutines = new FlowPane();
    private final Label resourcesTitle = new Label("Shared state");
    private final Label goroutinesTitle = new Label("Goroutines");
    private final Label empty = new Label();
    private final List<GoroutineCard> cards = new ArrayList<>();

    /** Creates an empty view; set {@link #designProperty()} to show a design. */
    public DesignView() {
        createView();
        initListeners();
    }

    private void createView() {
        getStyleClass().add("design-view");
        getStylesheets().add(DesignView.class.getResource("playback.css").toExternalForm());
        resourcesTitle.getStyleClass().add("design-section");
        goroutinesTitle.getStyleClass().add("design-section");
        resources.getStyleClass().add("resources");
        goroutines.getStyleClass().add("goroutines");
        empty.getStyleClass().add("design-empty");
        empty.setWrapText(true);
        getChildren().addAll(resourcesTitle, resources, goroutinesTitle, goroutines, empty);
    }

    private void initListeners() {
        design.addListener((obs, old, d) -> rebuild(d));
        moment.addListener((Observable o) -> mark(moment.get()));
        finding.addListener((Observable o) -> flag(finding.get()));
    }

    private void rebuild(Design d) {
        resources.getChildren().clear();
        goroutines.getChildren().clear();
        cards.clear();
        if (d != null) {
            for (Part p : d.parts()) {
                if (p instanceof Part.Goroutine g) {
                    GoroutineCard card = new GoroutineCard(g);
                    cards.add(card);
                    goroutines.getChildren().add(card);
                } else {
                    resources.getChildren().add(new ResourcePiece(p));
                }
            }
        }
        boolean noGoroutines = cards.isEmpty();
        empty.setText(noGoroutines ? "No goroutines yet: this design has only its shared state." : "");
        empty.setVisible(noGoroutines);
        empty.setManaged(noGoroutines);
        mark(moment.get());
        flag(finding.get());
    }

    private void flag(Finding f) {
        Design d = design.get();
        String mainId = d == null ? "main" : d.goroutines().stream().filter(g -> g.start() == Part.Start.MAIN)
                .map(Part.Goroutine::id).findFirst().orElse("main");
        for (GoroutineCard card : cards) {
            card.flagSites(f == null ? List.of() : f.where(), mainId);
        }
    }

    private void mark(Trace.Moment m) {
        for (GoroutineCard card : cards) {
            if (m == null) {
                card.clearMarks();
            } else {
                card.mark(m);
            }
        }
    }

    /** The design shown. */
    public ObjectProperty<Design> designProperty() {
        return design;
    }

    /** The moment of a reveal to mark on the design, or null for none. */
    public ObjectProperty<Trace.Moment> momentProperty() {
        return moment;
    }

    /** The finding whose places ({@link Finding#where()}) to flag on the design, or null. */
    public ObjectProperty<Finding> findingProperty() {
        return finding;
    }

    /** The card of the goroutine part with this id, if the design has one. */
    public Optional<GoroutineCard> card(String goroutineId) {
        return cards.stream().filter(c -> c.goroutine().id().equals(goroutineId)).findFirst();
    }

    /** The goroutine cards, in design order. */
    public List<GoroutineCard> cards() {
        return List.copyOf(cards);
    }
}
