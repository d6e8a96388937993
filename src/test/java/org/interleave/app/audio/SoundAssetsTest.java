package org.interleave.app.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;
import org.interleave.engine.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sound files behind {@link Effect} and {@link Tune}: each is packaged where FXGL's asset
 * loader looks ({@code /assets/sounds}, {@code /assets/music}), is a WAV that decodes, sounds
 * unlike every other effect (a race, a deadlock, a leak and a panic each their own), is documented
 * in {@code assets/README.md}, and is made by {@code assets/make-audio.sh}, which remakes the
 * checked-in bytes exactly.
 */
class SoundAssetsTest {
    private static final Path ASSETS = Path.of("assets");

    /** The samples of a packaged asset, after checking that it decodes as 22,050 Hz mono 16-bit PCM. */
    private static byte[] samples(String resource) throws IOException, UnsupportedAudioFileException {
        InputStream in = SoundAssetsTest.class.getResourceAsStream(resource);
        assertNotNull(in, resource + " is not packaged: FXGL's asset loader would not find it");
        try (AudioInputStream audio = AudioSystem.getAudioInputStream(new BufferedInputStream(in))) {
            AudioFormat f = audio.getFormat();
            assertEquals(AudioFormat.Encoding.PCM_SIGNED, f.getEncoding(), resource);
            assertEquals(22_050f, f.getSampleRate(), resource);
            assertEquals(1, f.getChannels(), resource);
            assertEquals(16, f.getSampleSizeInBits(), resource);
            byte[] data = audio.readAllBytes();
            assertTrue(data.length > 0, resource + " is empty");
            return data;
        }
    }

    /** The largest sample of a clip, 0–32768. */
    private static int peak(byte[] pcm) {
        int peak = 0;
        for (int i = 0; i + 1 < pcm.length; i += 2) {
            peak = Math.max(peak, Math.abs((short) ((pcm[i] & 0xff) | (pcm[i + 1] << 8))));
        }
        return peak;
    }

    @Test
    void everyEffect_isPackagedForFxgl_decodes_andIsAudible() throws Exception {
        for (Effect e : Effect.values()) {
            byte[] pcm = samples("/assets/sounds/" + e.file());
            assertTrue(peak(pcm) > 3000, e + " is (nearly) silent: peak " + peak(pcm));
        }
    }

    @Test
    void everyTune_isPackagedForFxgl_decodes_andLastsLongEnoughToLoopQuietly() throws Exception {
        for (Tune t : Tune.values()) {
            byte[] pcm = samples("/assets/music/" + t.file());
            double seconds = pcm.length / 2.0 / 22_050;
            assertTrue(seconds >= 10, t + " lasts only " + seconds + " s: a loop that short repeats itself audibly");
            assertTrue(peak(pcm) > 1000 && peak(pcm) < 16_384,
                    t + " peaks at " + peak(pcm) + ": music sits audible but well under the effects");
        }
    }

    @Test
    void everyEffect_soundsUnlikeEveryOther() throws Exception {
        Map<Effect, byte[]> clips = new HashMap<>();
        for (Effect e : Effect.values()) {
            clips.put(e, samples("/assets/sounds/" + e.file()));
        }
        for (Effect a : Effect.values()) {
            for (Effect b : Effect.values()) {
                if (a.ordinal() < b.ordinal()) {
                    assertTrue(!a.file().equals(b.file()) && !Arrays.equals(clips.get(a), clips.get(b)),
                            a + " and " + b + " sound the same");
                }
            }
        }
    }

    @Test
    void aRaceADeadlockALeakAndAPanic_eachHaveTheirOwnEffect() {
        Set<Effect> findings = EnumSet.noneOf(Effect.class);
        for (Kind k : List.of(Kind.RACE, Kind.DEADLOCK, Kind.LEAK, Kind.PANIC)) {
            findings.add(Effect.of(k));
        }
        assertEquals(4, findings.size(), findings.toString());
        assertTrue(!findings.contains(Effect.FAIL), "none of the four falls back to the generic failure");
    }

    private static Set<String> wavs(String folder) throws IOException {
        try (Stream<Path> files = Files.list(ASSETS.resolve(folder))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".wav"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    @Test
    void theAssetsFolder_holdsExactlyTheGamesSounds_eachDocumentedAndMadeByTheScript() throws IOException {
        assertEquals(Arrays.stream(Effect.values()).map(Effect::file).collect(Collectors.toCollection(TreeSet::new)),
                wavs("sounds"), "assets/sounds: a file no effect plays, or an effect without its file");
        assertEquals(Arrays.stream(Tune.values()).map(Tune::file).collect(Collectors.toCollection(TreeSet::new)),
                wavs("music"), "assets/music");
        String readme = Files.readString(ASSETS.resolve("README.md"));
        String script = Files.readString(ASSETS.resolve("make-audio.sh"));
        assertTrue(readme.contains("licensed with the game itself"), "the README states the assets' licence");
        for (String f : wavs("sounds")) {
            assertTrue(readme.contains("| `" + f + "` |"), f + " has no row in assets/README.md");
            assertTrue(script.contains("\"$SFX/" + f + "\""), f + " is not made by assets/make-audio.sh");
        }
        for (String f : wavs("music")) {
            assertTrue(readme.contains("| `" + f + "`"), f + " has no row in assets/README.md");
            assertTrue(script.contains("\"$MUSIC/" + f + "\""), f + " is not made by assets/make-audio.sh");
        }
    }

    /**
     * Anyone can remake the sounds: the script, run on a copy of the folder, writes the very bytes
     * checked in (SoX runs in repeatable mode without dither). Skipped where SoX is not installed.
     */
    @Test
    void makeAudio_remakesEveryCheckedInFile_byteForByte(@TempDir Path copy) throws Exception {
        assumeTrue(Stream.of(System.getenv("PATH").split(java.io.File.pathSeparator))
                .anyMatch(d -> Files.isExecutable(Path.of(d, "sox"))), "SoX is not installed");
        Files.copy(ASSETS.resolve("make-audio.sh"), copy.resolve("make-audio.sh"));
        Process p = new ProcessBuilder("bash", copy.resolve("make-audio.sh").toString()).redirectErrorStream(true)
                .redirectOutput(copy.resolve("make-audio.log").toFile()).start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "make-audio.sh did not finish");
        assertEquals(0, p.exitValue(), () -> {
            try {
                return Files.readString(copy.resolve("make-audio.log"));
            } catch (IOException e) {
                return e.toString();
            }
        });
        List<String> made = new ArrayList<>();
        for (String folder : List.of("sounds", "music")) {
            for (String f : wavs(folder)) {
                Path remade = copy.resolve(folder).resolve(f);
                assertTrue(Files.exists(remade), folder + "/" + f + " was not made");
                assertArrayEquals(Files.readAllBytes(ASSETS.resolve(folder).resolve(f)), Files.readAllBytes(remade),
                        folder + "/" + f + " differs from what the script makes");
                made.add(f);
            }
        }
        assertEquals(Effect.values().length + Tune.values().length, made.size());
    }
}
