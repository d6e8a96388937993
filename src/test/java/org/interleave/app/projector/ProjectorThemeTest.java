package org.interleave.app.projector;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The projector theme meets WCAG AAA: every text colour it declares has a contrast of at least
 * 7:1 against every background colour it declares, computed from the stylesheet itself with
 * WCAG 2's relative luminance — and so does every rule that sets both a text and a background.
 */
class ProjectorThemeTest {
    private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^}]*)}");
    private static final Pattern DECLARATION = Pattern.compile("(-[a-z-]+)\\s*:\\s*([^;]+);");
    private static final Pattern HEX = Pattern.compile("#([0-9a-fA-F]{6})");

    private static String css() throws IOException {
        try (InputStream in = ProjectorThemeTest.class.getResourceAsStream(ProjectorStyler.STYLESHEET)) {
            assertNotNull(in, ProjectorStyler.STYLESHEET);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "");
        }
    }

    /** The named colours of the theme's root rule, {@code .interleave.projector}. */
    private static Map<String, String> palette(String css) {
        Map<String, String> colours = new LinkedHashMap<>();
        Matcher rule = RULE.matcher(css);
        while (rule.find()) {
            if (rule.group(1).trim().equals(".interleave.projector")) {
                Matcher d = DECLARATION.matcher(rule.group(2));
                while (d.find()) {
                    if (d.group(1).startsWith("-color-") && HEX.matcher(d.group(2).trim()).matches()) {
                        colours.put(d.group(1), d.group(2).trim());
                    }
                }
            }
        }
        return colours;
    }

    /** WCAG 2 relative luminance of {@code #rrggbb}. */
    static double luminance(String hex) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static boolean isText(String name) {
        return name.startsWith("-color-fg-") || name.endsWith("-fg");
    }

    private static boolean isBackground(String name) {
        return name.startsWith("-color-bg-") || name.endsWith("-emphasis")
                || name.endsWith("-muted") && !name.startsWith("-color-fg-") && !name.startsWith("-color-border-");
    }

    @Test
    void luminance_matchesWcagReferenceValues() {
        assertTrue(Math.abs(contrast("#000000", "#ffffff") - 21.0) < 1e-9);
        assertTrue(Math.abs(contrast("#777777", "#ffffff") - 4.48) < 0.01, "grey #777 on white is 4.48:1");
    }

    @Test
    void everyTextColour_onEveryBackground_isAtLeast7to1() throws IOException {
        Map<String, String> colours = palette(css());
        List<String> texts = colours.keySet().stream().filter(ProjectorThemeTest::isText).toList();
        List<String> backgrounds = colours.keySet().stream().filter(ProjectorThemeTest::isBackground).toList();
        assertTrue(texts.size() >= 8, "text colours: " + texts);
        assertTrue(backgrounds.size() >= 8, "background colours: " + backgrounds);
        List<String> low = new ArrayList<>();
        for (String t : texts) {
            for (String b : backgrounds) {
                double ratio = contrast(colours.get(t), colours.get(b));
                if (ratio < 7.0) {
                    low.add(String.format("%s %s on %s %s: %.2f", t, colours.get(t), b, colours.get(b), ratio));
                }
            }
        }
        assertTrue(low.isEmpty(), "below 7:1: " + low);
    }

    @Test
    void everyRuleWithTextAndBackground_isAtLeast7to1() throws IOException {
        String css = css();
        Map<String, String> colours = palette(css);
        Matcher rule = RULE.matcher(css);
        int pairs = 0;
        List<String> low = new ArrayList<>();
        while (rule.find()) {
            Map<String, String> decl = new LinkedHashMap<>();
            Matcher d = DECLARATION.matcher(rule.group(2));
            while (d.find()) {
                decl.put(d.group(1), d.group(2).trim());
            }
            String fg = resolve(decl.get("-fx-text-fill"), colours);
            String bg = resolve(decl.get("-fx-background-color"), colours);
            if (fg != null && bg != null) {
                pairs++;
                if (contrast(fg, bg) < 7.0) {
                    low.add(rule.group(1).trim() + ": " + fg + " on " + bg);
                }
            }
        }
        assertTrue(pairs >= 2, "the theme sets text on a background somewhere: " + pairs);
        assertTrue(low.isEmpty(), "below 7:1: " + low);
    }

    /** A colour value as {@code #rrggbb}: a hex colour or a named colour of the palette; null otherwise. */
    private static String resolve(String value, Map<String, String> colours) {
        if (value == null) {
            return null;
        }
        if (HEX.matcher(value).matches()) {
            return value;
        }
        String named = colours.get(value);
        assertFalse(value.startsWith("-color-") && named == null, "unknown colour " + value);
        return named;
    }
}
