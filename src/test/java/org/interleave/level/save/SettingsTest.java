package org.interleave.level.save;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.interleave.level.save.Settings.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Preferences: clamped, defaulted, and never a reason not to start. */
class SettingsTest {

    @Test
    void settings_roundTripThroughTheFile() throws CorruptSaveException {
        Settings settings = Settings.defaults().withTheme(Theme.HIGH_CONTRAST).withUiScale(175)
                .withProjectorMode(true).withSound(false).withAnimationSpeed(2.5);
        assertEquals(settings, Json.roundTrip(Settings.class, settings));
    }

    @Test
    void themes_areWrittenInLowerCaseWithHyphens() {
        String json = Json.write(Settings.class, Settings.defaults().withTheme(Theme.HIGH_CONTRAST));
        assertTrue(json.contains("\"theme\" : \"high-contrast\""), json);
    }

    @ParameterizedTest
    @CsvSource({"10, 50", "49, 50", "50, 50", "125, 125", "300, 300", "301, 300", "-5, 50"})
    void uiScale_isClampedToFiftyToThreeHundredPercent(int asked, int kept) {
        assertEquals(kept, Settings.defaults().withUiScale(asked).uiScale());
    }

    @ParameterizedTest
    @CsvSource({"0, 0.25", "0.1, 0.25", "1.5, 1.5", "4, 4", "100, 4", "NaN, 1"})
    void animationSpeed_isClampedToAQuarterToFourTimes(double asked, double kept) {
        assertEquals(kept, Settings.defaults().withAnimationSpeed(asked).animationSpeed());
    }

    @Test
    void outOfRangeValuesInTheFile_areClamped() throws CorruptSaveException {
        Settings settings = Json.read(Settings.class,
                "{\"format\": 1, \"uiScale\": 5000, \"animationSpeed\": -3}");
        assertEquals(300, settings.uiScale());
        assertEquals(0.25, settings.animationSpeed());
    }

    @Test
    void missingFields_takeTheirDefaults() throws CorruptSaveException {
        assertEquals(Settings.defaults(), Json.read(Settings.class, "{\"format\": 1}"));
        Settings settings = Json.read(Settings.class, "{\"format\": 1, \"projectorMode\": true}");
        assertEquals(Settings.defaults().withProjectorMode(true), settings);
        assertTrue(settings.sound(), "sound stays on when the file does not mention it");
    }

    @Test
    void unknownTheme_readsAsDark() throws CorruptSaveException {
        assertEquals(Theme.DARK, Json.read(Settings.class, "{\"format\": 1, \"theme\": \"solarized\"}").theme());
    }

    @Test
    void defaults_areDarkAtOneHundredPercentWithSound() {
        assertEquals(new Settings(Theme.DARK, 100, false, true, 1.0), Settings.defaults());
    }

    @Test
    void volumesAndReduceMotion_roundTrip_andVolumesAreClampedToPercent() throws CorruptSaveException {
        Settings settings = Settings.defaults().withMasterVolume(55).withMusicVolume(0).withEffectsVolume(100)
                .withReduceMotion(true);
        assertEquals(settings, Json.roundTrip(Settings.class, settings));
        assertEquals(100, Settings.defaults().withMasterVolume(140).masterVolume());
        assertEquals(0, Settings.defaults().withEffectsVolume(-3).effectsVolume());
        Settings old = Json.read(Settings.class, "{\"format\": 1, \"sound\": false}");
        assertEquals(Settings.defaults().masterVolume(), old.masterVolume(), "a file from before volumes keeps the defaults");
        assertEquals(false, old.reduceMotion());
    }

    @Test
    void effectsInProjectorMode_areOffByDefault_roundTrip_andAFileFromBeforeReadsThemOff() throws CorruptSaveException {
        assertEquals(false, Settings.defaults().projectorEffects());
        Settings on = Settings.defaults().withProjectorMode(true).withProjectorEffects(true);
        assertEquals(on, Json.roundTrip(Settings.class, on));
        assertEquals(false, Json.read(Settings.class, "{\"format\": 1, \"projectorMode\": true}").projectorEffects());
    }
}
