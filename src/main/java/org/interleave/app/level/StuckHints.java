package org.interleave.app.level;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.interleave.engine.Finding;
import org.interleave.engine.Kind;
import org.interleave.engine.Site;
import org.interleave.engine.model.Design;
import org.interleave.engine.model.Goal;
import org.interleave.engine.model.Level;
import org.interleave.engine.model.Part;

/**
 * The hint for a player who is stuck, chosen from the state of their design and the last
 * verification: how to start when there is no main goroutine, to press Verify when nothing was
 * checked yet, and otherwise what the finding means and the usual fix — locking for a race, lock
 * order for a deadlock, a way out for a leaked goroutine. Builds no nodes.
 */
public final class StuckHints {
    private StuckHints() {}

    /** A hint: what it is about (a few words) and what to try. */
    public record Hint(String topic, String text) {}

    /** Which findings a hint speaks to first: the one most likely behind the others. */
    private static final List<Kind> ORDER = List.of(Kind.RACE, Kind.DEADLOCK, Kind.PANIC, Kind.LEAK, Kind.HANG,
            Kind.ASSERT, Kind.OUTPUT);

    /**
     * The hint for {@code level} with {@code design} shown; {@code last} is the last verification
     * of this design, or null when it was not verified since it last changed.
     */
    public static Hint choose(Level level, Design design, VerificationModel.Outcome last) {
        if (design == null || design.goroutines().stream().noneMatch(g -> g.start() == Part.Start.MAIN)) {
            return new Hint("how to start", "Every Go program starts in main. Begin with the main goroutine: "
                    + "add a goroutine, make it start as main, and give it its first op. Then press Run to watch it.");
        }
        if (last == null) {
            return level.mode() == Goal.Mode.BREAK
                    ? new Hint("let the search look", "Press Verify: it tries every interleaving of this design and "
                            + "stops at one that breaks it, then replays that schedule step by step.")
                    : new Hint("check it", "Press Verify: it tries every interleaving of your design and, if one goes "
                            + "wrong, replays it step by step. Run plays one ordinary execution on the clock.");
        }
        boolean breakLevel = level.mode() == Goal.Mode.BREAK && level.goal().reach() != null;
        Optional<Finding> first = last.report().findings().stream()
                .filter(f -> ORDER.contains(f.kind()))
                .min(Comparator.comparingInt(f -> ORDER.indexOf(f.kind())));
        if (breakLevel) {
            if (first.isPresent()) {
                return new Hint("the schedule it found", "The search found a schedule, but not the outcome the goal asks "
                        + "for. Step through the reveal with → and look for where the goroutines could interleave differently.");
            }
            return new Hint("no way to break it", "No schedule of this design goes wrong. Look at which goroutines "
                    + "share something without a lock or a channel between them: that is where an interleaving can hurt.");
        }
        if (first.isPresent()) {
            return forFinding(first.get());
        }
        if (!last.report().exhaustive()) {
            return new Hint("too big to check", "The search stopped at its bound before trying every interleaving. "
                    + "Fewer goroutines, fewer values or smaller loops let it finish.");
        }
        if (level.goal().maxTicks() > 0 && last.run() != null
                && (last.run().mainReturnedAt() < 0 || last.run().mainReturnedAt() > level.goal().maxTicks())) {
            return new Hint("too slow", "It is correct but too slow. Press Run and watch the clock: goroutines that "
                    + "wait for a core or for each other cost ticks. More workers, or a buffered channel, let work overlap.");
        }
        return new Hint("nearly there", level.hints().isEmpty()
                ? "Read the goal again: every item must hold in every interleaving."
                : level.hints().get(0));
    }

    private static Hint forFinding(Finding f) {
        String who = goroutines(f.where());
        return switch (f.kind()) {
            case RACE -> {
                String var = f.where().stream().map(Site::part).filter(p -> p != null && !p.isEmpty())
                        .findFirst().orElse("the variable");
                yield new Hint("the race on " + var, who + " touch " + var + " at the same time, and one of them writes. "
                        + "Guard every access to " + var + " with the same mutex: mu.Lock() before, mu.Unlock() after "
                        + "— or make it an atomic.");
            }
            case DEADLOCK -> new Hint("the deadlock", "Every goroutine is waiting for another one. Step to the end of "
                    + "the reveal and read what each waits on. Take locks in the same order everywhere, unlock on "
                    + "every path, and make sure every send has a receiver.");
            case LEAK -> new Hint("the stuck goroutine", who + " still waits when main returns, forever. Give it a way "
                    + "out: close the channel it ranges over, buffer the channel it sends on, or add a case for "
                    + "ctx.Done().");
            case PANIC -> new Hint("the panic", "\"" + f.message() + "\". A send on a closed channel or a second close "
                    + "means a channel was closed too early: close it once, after every sender is done "
                    + "(a WaitGroup's Wait, then close).");
            case HANG -> new Hint("main never returns", "Main can never finish: some goroutine loops without end "
                    + "or waits on something nobody provides. Step through the reveal to see which.");
            case ASSERT -> new Hint("the failed assert", "An assert fails in some interleaving: between the check and "
                    + "the use another goroutine got in. Keep both inside one critical section.");
            case OUTPUT -> new Hint("the output", "In some interleaving the output differs. Does main wait for the "
                    + "goroutines before it prints? sync.WaitGroup: Add before go, Done in each goroutine, Wait in main.");
            case TICKS -> new Hint("the time limit", "The design is correct but main returns too late. Which goroutine "
                    + "waits while a core is idle? More workers, or less work under a lock, shorten the run.");
        };
    }

    /** "worker#0 and worker#1", from the places of a finding. */
    private static String goroutines(List<Site> where) {
        List<String> names = where.stream().map(Site::goroutine).distinct().toList();
        if (names.isEmpty()) {
            return "Two goroutines";
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        return names.subList(0, names.size() - 1).stream().collect(Collectors.joining(", "))
                + " and " + names.get(names.size() - 1);
    }
}
