package org.interleave.app.schedule;

import java.util.List;
import org.interleave.app.canvas.GoroutineColors;
import org.interleave.app.shared.cast.Creature;
import org.interleave.app.shared.cast.Pose;
import org.interleave.engine.model.Part;
import org.interleave.playback.Trace;

/**
 * The creatures of "You schedule": each goroutine instance's tile shows its creature, in the
 * Okabe–Ito colour its goroutine has on the board and in the pose of its state — ready, walking,
 * asleep on a channel, holding up a padlock, done, and frozen when the player's schedule
 * deadlocks it, as the board's cast does ({@link Pose}).
 */
final class ActorCast {
    private ActorCast() {}

    /** The pose of each goroutine actor (timers have none), in the order of {@code actors}. */
    static List<Pose> poses(List<HandSchedule.Actor> actors) {
        List<Trace.GoroutineView> all = views(actors);
        return actors.stream()
                .map(a -> a.kind() == HandSchedule.ActorKind.TIMER ? null : Pose.of(view(a), all))
                .toList();
    }

    /** A creature for a goroutine actor of {@code goroutines}' design, in {@code pose}; null for a timer. */
    static Creature creature(HandSchedule.Actor a, Pose pose, List<Part.Goroutine> goroutines) {
        if (pose == null) {
            return null;
        }
        int index = 0;
        for (int i = 0; i < goroutines.size(); i++) {
            if (goroutines.get(i).id().equals(a.template())) {
                index = i;
            }
        }
        Creature c = new Creature(a.name(), GoroutineColors.of(index));
        c.setId("creature-" + a.name().replace('#', '-'));
        c.show(pose);
        return c;
    }

    private static List<Trace.GoroutineView> views(List<HandSchedule.Actor> actors) {
        return actors.stream().filter(a -> a.kind() != HandSchedule.ActorKind.TIMER).map(ActorCast::view).toList();
    }

    private static Trace.GoroutineView view(HandSchedule.Actor a) {
        return new Trace.GoroutineView(a.name(), a.template(), a.status(), a.path(), a.detail());
    }
}
