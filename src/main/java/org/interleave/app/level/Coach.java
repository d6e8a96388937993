package org.interleave.app.level;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import org.interleave.app.shared.CampaignCatalog;
import org.interleave.engine.model.Goal;

/**
 * The controls taught inside the game: on the first campaign level of each mode, a short list of
 * things to try, each ticked off when the player does it. A break level teaches Verify, stepping
 * through a counterexample and scheduling by hand; a build level teaches adding ops, wiring, Run,
 * Verify and undo; a fix level teaches reading the bug, editing a line and verifying again. Later
 * levels assume the controls and show no coach.
 */
public final class Coach {
    /** Something the player did on the level screen. */
    public enum Signal {
        VERIFIED, STEPPED, SCHEDULED, OP_ADDED, WIRED, EDITED, RAN, UNDONE, CLEARED
    }

    /** One thing to try: what to do, in Markdown-free words, and the signal that ticks it. */
    public record Lesson(String text, Signal signal) {}

    private final String title;
    private final List<Lesson> lessons;
    private final Set<Signal> done = EnumSet.noneOf(Signal.class);
    private final ReadOnlyIntegerWrapper doneCount = new ReadOnlyIntegerWrapper(this, "doneCount", 0);

    Coach(String title, List<Lesson> lessons) {
        this.title = title;
        this.lessons = List.copyOf(lessons);
    }

    /** The coach of a campaign level: only the first level of each mode has one. */
    public static Optional<Coach> forEntry(CampaignCatalog catalog, CampaignCatalog.Entry entry) {
        Goal.Mode mode = entry.level().mode();
        Optional<CampaignCatalog.Entry> first = catalog.entries().stream()
                .filter(e -> e.level().mode() == mode).findFirst();
        if (first.isEmpty() || !first.get().level().id().equals(entry.level().id())) {
            return Optional.empty();
        }
        return Optional.of(forMode(mode));
    }

    /** The lessons of the first level of a mode. */
    static Coach forMode(Goal.Mode mode) {
        List<Lesson> l = new ArrayList<>();
        switch (mode) {
            case BREAK -> {
                l.add(new Lesson("Press You schedule (Alt+Y): now you choose which goroutine runs at each step.",
                        Signal.SCHEDULED));
                l.add(new Lesson("Press a goroutine's number (or click it) to run its next step, until the program "
                        + "does what the goal asks; Backspace undoes a step.", Signal.CLEARED));
                l.add(new Lesson("Stuck? Verify lets the checker find such a schedule: step through it with → and ←, "
                        + "then make it happen yourself.", Signal.VERIFIED));
            }
            case BUILD -> {
                l.add(new Lesson("Click a goroutine's name on the canvas, then + Add op in the box that opens.",
                        Signal.OP_ADDED));
                l.add(new Lesson("Drag an op's ● onto a part to wire it; a wrong wire is refused with the reason.",
                        Signal.WIRED));
                l.add(new Lesson("Press ▶ Run to watch one execution on the clock (Space pauses, → steps).", Signal.RAN));
                l.add(new Lesson("Press Verify: the level clears when every goal holds in every interleaving.",
                        Signal.VERIFIED));
                l.add(new Lesson("Made a mistake? Ctrl+Z undoes any edit, Ctrl+Y redoes it.", Signal.UNDONE));
            }
            case FIX -> {
                l.add(new Lesson("Press Verify first, to see what breaks.", Signal.VERIFIED));
                l.add(new Lesson("Step through the counterexample (→ and ←) to see how it happens.", Signal.STEPPED));
                l.add(new Lesson("Click a line on a card (or Tab to it) to edit it: Alt+↑ and Alt+↓ (or the ↑ ↓ buttons) move it, Delete removes it.",
                        Signal.EDITED));
                l.add(new Lesson("Verify again until every goal shows ✓.", Signal.CLEARED));
            }
        }
        return new Coach(switch (mode) {
            case BREAK -> "How to play · break it";
            case BUILD -> "How to play · build it";
            case FIX -> "How to play · fix it";
        }, l);
    }

    /** Ticks off the lessons this signal completes; true if that ticked a new one. */
    public boolean signal(Signal s) {
        boolean taught = lessons.stream().anyMatch(l -> l.signal() == s);
        if (!taught || !done.add(s)) {
            return false;
        }
        doneCount.set((int) lessons.stream().filter(this::isDone).count());
        return true;
    }

    public boolean isDone(Lesson lesson) {
        return done.contains(lesson.signal());
    }

    /** Whether every lesson is done. */
    public boolean finished() {
        return doneCount.get() == lessons.size();
    }

    public String title() {
        return title;
    }

    public List<Lesson> lessons() {
        return lessons;
    }

    /** How many lessons are done; changes as the player does them. */
    public ReadOnlyIntegerProperty doneCountProperty() {
        return doneCount.getReadOnlyProperty();
    }
}
