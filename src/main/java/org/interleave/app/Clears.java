package org.interleave.app;

import javafx.application.Platform;
import org.interleave.app.audio.Effect;
import org.interleave.app.audio.GameAudio;
import org.interleave.app.audio.SoundCues;
import org.interleave.app.level.LevelScreen;
import org.interleave.app.level.VerificationModel;
import org.interleave.app.results.ResultsView;
import org.interleave.app.rewards.BestDesigns;
import org.interleave.app.schedule.HandSchedule;
import org.interleave.app.shared.CampaignCatalog;
import org.interleave.app.shared.OffThreadJob;
import org.interleave.engine.Finding;
import org.interleave.engine.Kind;
import org.interleave.engine.model.Goal;
import org.interleave.level.save.Score;

/**
 * What a finished verification or a hand-made schedule earns: the run is recorded in the player's
 * profile, a new best design per score is kept and heard, and a clear shows its results.
 */
final class Clears {
    private final GameShell shell;
    private final GameAudio audio;

    Clears(GameShell shell, GameAudio audio) {
        this.shell = shell;
        this.audio = audio;
    }

    /**
     * Follows a level screen: its edits, run steps and verifications are heard, and each verification
     * that ends while it is shown is recorded ({@link #verified}).
     */
    void follow(LevelScreen opened, VerificationModel verification) {
        SoundCues.edits(opened.canvas().model(), audio);
        SoundCues.steps(opened.run().stepProperty(), audio);
        SoundCues.revealSteps(opened.reveal().stepProperty(), audio);
        opened.scheduler().setOnStep((before, now) -> SoundCues.scheduleStep(before, now, audio));
        SoundCues.verifying(verification.stateProperty(), OffThreadJob.State.RUNNING, audio);
        String reach = opened.entry().level().mode() == Goal.Mode.BREAK ? opened.entry().level().goal().reach() : null;
        verification.outcomeProperty().addListener((obs, old, o) -> {
            if (o != null && opened.getScene() != null) {
                audio.play(SoundCues.verdict(reach == null ? null : Kind.fromJson(reach), o.clears(),
                        o.report().findings().stream().map(Finding::kind).toList()));
                verified(opened, o);
            }
        });
    }

    /** Records a finished verification; shows the results when it cleared the level. */
    void verified(LevelScreen opened, VerificationModel.Outcome o) {
        if (opened.showingSolution()) {
            return;  // the reference solution is the game's design, not the player's
        }
        if (opened.entry().level().mode() == Goal.Mode.BREAK) {
            return;  // a break level is cleared by the player's own schedule (You schedule), not by the search
        }
        PlayerProfile profile = shell.profile();
        CampaignCatalog.Entry entry = opened.entry();
        Score score = o.score();
        var before = profile.progressProperty().get().level(recordId(entry)).bestScore();
        profile.recordRun(recordId(entry), score, o.clears());
        if (!o.clears()) {
            return;
        }
        var improved = BestDesigns.improved(before, score);
        if (before.isPresent() && !improved.isEmpty()) {
            audio.play(Effect.NEW_BEST);
        }
        if (campaign(entry) && !improved.isEmpty()) {
            profile.changeDesigns(BestDesigns.keep(profile.designs(), recordId(entry), o.level().design(), improved));
        }
        showResults(entry, score);
    }

    /**
     * The player, as the scheduler, made the break level's outcome happen: that clears it, scored
     * by the length of the schedule (fewer steps is a tighter counterexample).
     */
    void broken(LevelScreen opened, HandSchedule h) {
        if (opened.getScene() == null) {
            return;
        }
        CampaignCatalog.Entry entry = opened.entry();
        Score score = new Score(h.schedule().length(), 0, 0);
        var before = shell.profile().progressProperty().get().level(recordId(entry)).bestScore();
        shell.profile().recordRun(recordId(entry), score, true);
        audio.play(Effect.CLEAR);
        if (before.isPresent() && !BestDesigns.improved(before, score).isEmpty()) {
            audio.play(Effect.NEW_BEST);  // a shorter schedule than the best one
        }
        showResults(entry, score);
    }

    private boolean campaign(CampaignCatalog.Entry entry) {
        return shell.catalog().entries().contains(entry);
    }

    /** The id a level's runs are recorded under: a custom level's carries a prefix, so it never counts as a campaign level. */
    private String recordId(CampaignCatalog.Entry entry) {
        String id = entry.level().id();
        return campaign(entry) ? id : GameShell.CUSTOM_PREFIX + id;
    }

    private void showResults(CampaignCatalog.Entry entry, Score score) {
        CampaignCatalog.Entry next = campaign(entry) ? shell.catalog().next(entry).orElse(null) : null;
        ResultsView results = new ResultsView(entry, score, shell.profile().progressProperty().get().level(recordId(entry)),
                next, shell.profile().saves(), closing(() -> shell.playLevel(next)), closing(shell::showLevelSelect),
                shell::closeDialog);
        shell.showDialog(results);
        Platform.runLater(results::focusDefault);
    }

    private Runnable closing(Runnable then) {
        return () -> {
            shell.closeDialog();
            then.run();
        };
    }
}
