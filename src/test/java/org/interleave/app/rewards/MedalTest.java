package org.interleave.app.rewards;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.interleave.engine.model.Level;
import org.interleave.level.save.Score;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Medals, bests per score and the histogram's bins. */
class MedalTest {
    @ParameterizedTest
    @CsvSource({"8, 10, GOLD", "10, 10, GOLD", "11, 10, SILVER", "12, 10, SILVER", "13, 10, BRONZE",
            "20, 0, NONE", "-1, 10, NONE", "4, 3, SILVER", "5, 3, BRONZE", "2, 1, SILVER", "5, 4, SILVER", "6, 4, BRONZE"})
    void medal_isGoldAtPar_silverWithinAQuarterOrOneOver_bronzeBeyond(long value, long par, Medal medal) {
        assertEquals(medal, Medal.of(value, par));
    }

    @Test
    void everyParOfEveryCampaignLevel_leavesSilverToWin_oneOverParIsSilver() {
        // at a par of 3 no whole number is within a quarter over it: one over was bronze, as ten over
        // is, and silver could not be won (send-before-go's ticks, full-buffer's parts, main-does-not-wait's steps)
        java.util.List<String> noSilver = new java.util.ArrayList<>();
        for (var e : org.interleave.app.shared.CampaignCatalog.fromClassPath().entries()) {
            Level.Par p = e.level().par();
            long[] pars = {p.ticks(), p.parts(), p.ops(), p.steps()};
            String[] names = {"ticks", "parts", "ops", "steps"};
            for (int i = 0; i < pars.length; i++) {
                if (pars[i] > 0 && Medal.of(pars[i] + 1, pars[i]) != Medal.SILVER) {
                    noSilver.add(e.level().id() + " " + names[i] + " par " + pars[i]);
                }
            }
        }
        assertEquals(List.of(), noSilver);
    }

    @Test
    void medals_ofALevelNotCleared_areNone() {
        Level.Par par = new Level.Par(10, 4, 12);
        assertEquals(List.of(Medal.NONE, Medal.NONE, Medal.NONE), List.copyOf(Medal.of(null, par).values()));
        assertEquals(List.of(Medal.GOLD, Medal.BRONZE, Medal.SILVER),
                List.copyOf(Medal.of(new Score(9, 6, 100, 14), par).values()));
    }

    @Test
    void aBreakLevel_earnsNoMedalOnTicksPartsOrOps_onlyOneOnItsStepsAgainstParSteps() throws Exception {
        Level broken = org.interleave.level.LevelLoader.load(java.nio.file.Path.of("levels/01-main-does-not-wait.level.json"));
        assertEquals(org.interleave.engine.model.Goal.Mode.BREAK, broken.mode());
        Score schedule = new Score(2, 0, 0);  // as the game records a schedule that broke the level: its steps
        assertEquals(List.of(Medal.GOLD, Medal.GOLD, Medal.NONE), List.copyOf(Medal.of(schedule, broken.par()).values()),
                "against the reference fix's par, two steps and no parts would look like gold");
        assertEquals(List.of(Medal.NONE, Medal.NONE, Medal.NONE), List.copyOf(Medal.of(broken, schedule).values()));
        assertEquals(3, broken.par().steps());
        assertEquals(Medal.GOLD, Medal.steps(broken, schedule), "two steps against a par of three");
        assertEquals(Medal.SILVER, Medal.steps(broken, new Score(4, 0, 0)), "four: one over par");
        assertEquals(Medal.BRONZE, Medal.steps(broken, new Score(5, 0, 0)), "five: over par by more than one and a quarter");
        assertEquals(Medal.NONE, Medal.steps(broken, null), "not cleared");
        assertEquals(1, Medal.golds(broken, schedule), "its one gold");
        Level built = org.interleave.level.LevelLoader.load(java.nio.file.Path.of("levels/02-wait-for-them.level.json"));
        assertEquals(Medal.of(new Score(9, 6, 100, 14), built.par()), Medal.of(built, new Score(9, 6, 100, 14)),
                "any other level's medals are its best against its par");
        assertEquals(Medal.NONE, Medal.steps(built, new Score(2, 6, 100, 14)), "and it has no medal on steps");
        assertEquals(3, Medal.golds(built, new Score((int) built.par().ticks(), built.par().parts(), 100, built.par().ops())));
    }

    @Test
    void improved_namesEachScoreBeaten_andAllOfThemOnAFirstClear() {
        Score before = new Score(10, 5, 100, 12);
        assertEquals(List.of(ScoreKind.TICKS), BestDesigns.improved(Optional.of(before), new Score(8, 6, 50, 12)));
        assertEquals(List.of(), BestDesigns.improved(Optional.of(before), new Score(10, 5, 1, 12)),
                "states verified are no score to chase");
        assertEquals(List.of(ScoreKind.TICKS, ScoreKind.PARTS, ScoreKind.OPS),
                BestDesigns.improved(Optional.empty(), new Score(10, 5, 100, 12)));
    }

    @Test
    void histogramBins_coverTheAttemptsParAndThisDesign_inAtMostTenEqualBins() {
        ScoreHistogram.Bins b = ScoreHistogram.bin(List.of(12L, 12L, 14L, 20L), 10, 14);
        assertEquals(10, b.low());
        assertEquals(2, b.width(), "11 values (10 to 20) in bins of 2");
        assertArrayEquals(new int[] {0, 2, 1, 0, 0, 1}, b.counts());
        assertEquals(0, b.parBin());
        assertEquals(2, b.thisBin());
        assertEquals("12–13", b.label(1));
        ScoreHistogram.Bins wide = ScoreHistogram.bin(List.of(5L, 44L), 5, 30);
        assertEquals(4, wide.width(), "40 values in bins of 4");
        assertEquals(10, wide.counts().length);
        assertEquals(0, wide.parBin());
        assertEquals(6, wide.thisBin());
        assertEquals("29–32", wide.label(6));
    }
}
