package org.interleave.app.shared;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every symbol the UI can write is in the font the game ships ({@link Fonts}), so none draws as a
 * missing-glyph box on a system without it: every character past ASCII in the game's sources,
 * styles and levels is in DejaVu Sans, and every one in the levels and the code views (what shows
 * in monospace: Go snippets, ops, timeline lanes) is in DejaVu Sans Mono too.
 */
class FontCoverageTest {
    private static Font font(String file) throws Exception {
        try (InputStream in = Fonts.class.getResourceAsStream(file)) {
            assertTrue(in != null, file + " on the class path");
            return Font.createFont(Font.TRUETYPE_FONT, in);
        }
    }

    /** Each character past ASCII in the files under {@code roots} with one of {@code endings}, with a file it is in. */
    private static Map<Integer, Path> symbols(List<String> endings, String... roots) throws IOException {
        Map<Integer, Path> out = new TreeMap<>();
        for (String root : roots) {
            try (Stream<Path> files = Files.walk(Path.of(root))) {
                for (Path f : files.filter(Files::isRegularFile)
                        .filter(f -> endings.stream().anyMatch(e -> f.toString().endsWith(e))).toList()) {
                    Files.readString(f, StandardCharsets.UTF_8).codePoints()
                            .filter(c -> c > 0x7e && c != 0xfeff)
                            .forEach(c -> out.putIfAbsent(c, f));
                }
            }
        }
        return out;
    }

    private static List<String> missing(Font font, Map<Integer, Path> symbols) {
        List<String> out = new ArrayList<>();
        symbols.forEach((c, f) -> {
            if (!font.canDisplay(c)) {
                out.add(String.format("U+%04X %s (%s)", c, Character.toString(c), f));
            }
        });
        return out;
    }

    @Test
    void everySymbolInTheSourcesStylesAndLevels_isInTheShippedSansFont() throws Exception {
        Map<Integer, Path> used = symbols(List.of(".java", ".css", ".json", ".md", ".txt"),
                "src/main/java", "src/main/resources/org", "src/main/resources/assets/themes", "levels");
        assertTrue(used.size() > 30, "symbols found: " + used.size());
        assertTrue(used.containsKey((int) '⚡') && used.containsKey((int) '⊘'), "the race and blocked marks among them");
        List<String> missing = missing(font(Fonts.FILES.get(0)), used);
        assertTrue(missing.isEmpty(), "not in DejaVu Sans: " + missing);
        assertTrue(missing(font(Fonts.FILES.get(1)), used).isEmpty(), "not in DejaVu Sans Bold: "
                + missing(font(Fonts.FILES.get(1)), used));
    }

    @Test
    void everySymbolShownInMonospace_isInTheShippedMonoFont() throws Exception {
        Map<Integer, Path> used = symbols(List.of(".java", ".json"),
                "levels", "src/main/java/org/interleave/playback", "src/main/java/org/interleave/gobridge");
        assertTrue(used.size() > 10, "symbols found: " + used.size());
        for (String file : Fonts.FILES.subList(2, 4)) {
            List<String> missing = missing(font(file), used);
            assertTrue(missing.isEmpty(), "not in " + file + ": " + missing);
        }
    }

    @Test
    void aGlyphMissingFromTheFont_isReported() throws Exception {
        // the check itself can fail: a symbol DejaVu Sans lacks (⤢, which the fit button drew before) is named
        List<String> missing = missing(font(Fonts.FILES.get(0)), Map.of(0x2922, Path.of("example")));
        assertTrue(missing.size() == 1 && missing.get(0).startsWith("U+2922"), missing.toString());
    }

    @Test
    void theShippedFonts_liveInTheTopLevelAssetsFolder_withTheirLicence_andAreWhatTheClassPathHolds() throws Exception {
        // issue 14: assets in the top-level assets/ folder, packaged into the jar (pom.xml's resources)
        List<String> files = new ArrayList<>(Fonts.FILES);
        files.add("/assets/fonts/LICENSE.txt");
        for (String file : files) {
            Path source = Path.of(file.substring(1));
            assertTrue(Files.isRegularFile(source), source + " in the repository");
            try (InputStream in = Fonts.class.getResourceAsStream(file)) {
                assertTrue(in != null, file + " on the class path");
                assertTrue(java.util.Arrays.equals(Files.readAllBytes(source), in.readAllBytes()),
                        file + " on the class path is " + source);
            }
        }
        assertTrue(!Files.exists(Path.of("src/main/resources/assets/fonts")), "a second copy in src/main/resources");
    }

    @Test
    void everyFontFamilyTheUiNames_isAShippedOne() throws Exception {
        // a family named in code or a style ("System", "Arial") is whatever the system has, or a fallback
        java.util.regex.Pattern named = java.util.regex.Pattern.compile(
                "Font\\.font\\(\\s*\"([^\"]+)\"|-fx-font-family:\\s*\\\\?\"?([^\\\\\";]*)");
        List<String> foreign = new ArrayList<>();
        int seen = 0;
        for (String root : List.of("src/main/java", "src/main/resources")) {
            try (Stream<Path> files = Files.walk(Path.of(root))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".css")).toList()) {
                    java.util.regex.Matcher m = named.matcher(Files.readString(f, StandardCharsets.UTF_8));
                    while (m.find()) {
                        seen++;
                        String family = (m.group(1) != null ? m.group(1) : m.group(2)).strip();
                        if (!family.isEmpty() && !family.equals(Fonts.SANS) && !family.equals(Fonts.MONO)) {  // empty: a constant's
                            foreign.add(family + " (" + f + ")");
                        }
                    }
                }
            }
        }
        assertTrue(seen > 10, "font families named: " + seen);
        assertTrue(foreign.isEmpty(), "not a shipped family: " + foreign);
    }
}
