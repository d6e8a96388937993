package org.interleave.app.canvas;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.geometry.Point2D;
import javafx.scene.layout.Pane;
import org.interleave.app.shared.cast.Motion;
import org.interleave.engine.Finding;
import org.interleave.engine.ResourceSnapshot;
import org.interleave.engine.Site;
import org.interleave.engine.model.Design;
import org.interleave.engine.model.Part;
import org.interleave.playback.Trace;

/**
 * What a reveal's or a run's moment and a finding show on the canvas's cards: each goroutine's
 * current op, what every resource holds, the finding's places and the wires to them, a race's
 * spark ({@link RaceSpark}) and a deadlock's freeze ({@link DeadlockFreeze}); a step forward
 * animates its effect along the wire ({@link StepAnimation}).
 */
final class BoardMarks {
    private final Pane canvas;
    private final Pane world;
    private final EditModel model;
    private final Map<String, PartNode> nodes;
    private final WireLayer wires;
    private final StepAnimation animation;
    /** A race's spark between its two accesses, while a race is shown. */
    private final RaceSpark spark = new RaceSpark();
    /** A deadlock's freeze and its pulsing wait-for cycle, while a frozen moment is shown. */
    private final DeadlockFreeze freeze = new DeadlockFreeze();
    private boolean motionStopped;  // see stopMotion
    private Trace.Moment shownMoment;

    BoardMarks(Pane canvas, Pane world, EditModel model, Map<String, PartNode> nodes, WireLayer wires, StepAnimation animation) {
        this.canvas = canvas;
        this.world = world;
        this.model = model;
        this.nodes = nodes;
        this.wires = wires;
        this.animation = animation;
    }

    /** The cards were built again: their marks are shown afresh, with no step animated. */
    void rebuilt(Trace.Moment m, Finding f) {
        freeze.thaw(canvas);  // its rings followed the cards just replaced
        shownMoment = m;
        toAnimate = null;
        showMarks(m);
        showFinding(f);
    }

    /** The wires were drawn again: marked for the finding and the step shown. */
    void markWires(Trace.Moment m, Finding f) {
        if (model.design() != null) {
            showFinding(f);
            wires.markActive(m, mainId());
            freeze.markWires(wires.all());
        }
    }

    String mainId() {
        return model.design().goroutines().stream().filter(g -> g.start() == Part.Start.MAIN)
                .map(Part::id).findFirst().orElse("main");
    }

    /**
     * Shows moment {@code m} (or none); the step after the one shown is animated along its wire
     * once the canvas is laid out ({@link #playLaidOut}): the wire runs from where the line stands
     * in the marks just given, and a layout forced here, outside the pulse, lost the layout that
     * the lines' new marks asked for (see {@code CanvasView.layoutChildren}).
     */
    void showMoment(Trace.Moment m) {
        showMarks(m);
        Trace.Moment before = shownMoment;
        shownMoment = m;
        toAnimate = m != null && before != null && m.step().number() == before.step().number() + 1 ? m : null;
    }

    /** The moment whose step is animated once the canvas is laid out, or null. */
    private Trace.Moment toAnimate;

    /** Whether a step waits to be animated once the canvas is laid out ({@link #playLaidOut}). */
    boolean toAnimate() {
        return toAnimate != null;
    }

    /**
     * Animates the step of the moment just shown, if it follows the one shown before, with the cards
     * laid out and the wires drawn where they stand: called from the canvas's layout, after its world's.
     */
    void playLaidOut() {
        Trace.Moment m = toAnimate;
        toAnimate = null;
        if (m != null && m == shownMoment && canvas.getScene() != null) {
            animation.play(m, model.design(), mainId());
        }
    }

    private void showMarks(Trace.Moment m) {
        Design d = model.design();
        for (PartNode n : nodes.values()) {
            if (n instanceof ResourceNode r) {
                ResourceSnapshot s = m == null ? null : m.resource(n.part().id()).orElse(null);
                r.show(s, m, d);
            } else if (n instanceof GoroutineNode g) {
                g.mark(m, mainId());
            }
        }
        freeze.show(WaitCycle.at(m, d, mainId()), canvas, nodes, loops());
        wires.markActive(m, mainId());
        freeze.markWires(wires.all());
    }

    void showFinding(Finding f) {
        List<Site> where = f == null ? List.of() : f.where();
        for (PartNode n : nodes.values()) {
            if (n instanceof GoroutineNode g) {
                g.flag(where, mainId());
            } else {
                n.setSite(where.stream().anyMatch(s -> n.part().id().equals(s.part())));
            }
        }
        wires.markSites(where, mainId());
        showSpark(f);
    }

    /** A race sparks between its two flagged accesses (see {@link RaceSpark}), at the left edge of each line. */
    private void showSpark(Finding f) {
        List<Point2D> at = new ArrayList<>();
        if (f != null && f.kind() == org.interleave.engine.Kind.RACE && canvas.getScene() != null) {
            nodes.values().stream().filter(n -> n instanceof GoroutineNode).flatMap(n -> ((GoroutineNode) n).siteEdges().stream())
                    .map(p -> wires.sceneToWorld(p.getX(), p.getY())).forEach(at::add);
        }
        spark.show(at, loops());
    }

    /** Stops a race's flicker and a deadlock's pulse for good (the screen closes): redrawn, they stand still. */
    void stopMotion() {
        motionStopped = true;
        spark.clear();
        freeze.thaw(canvas);
    }

    /** The motion of what loops forever: none once the canvas's motion is stopped. */
    private Motion loops() {
        return motionStopped ? new Motion(true, 1.0) : Motion.of(canvas);
    }

    RaceSpark spark() {
        return spark;
    }

    DeadlockFreeze freeze() {
        return freeze;
    }
}
