package org.interleave.level;

/**
 * Puts names from files into messages safely: a file may hold any text in a name, and a message
 * must stay one line that cannot pass for another message ({@code other.json:1:1: ...}) nor send
 * terminal codes (ANSI escapes, BEL) to whoever reads it.
 */
public final class Quote {
    /** Longer names are shortened in messages (the limit for ids and names in files, too). */
    public static final int MAX_SHOWN = 64;

    private Quote() {}

    /**
     * {@code 'name'}, with backslashes, quotes and control characters escaped as in Java and
     * JSON (a newline as backslash-n, ESC as backslash-u001b), and a name longer than {@link #MAX_SHOWN} characters
     * shortened to its start and its length.
     */
    public static String quote(String name) {
        if (name.length() > MAX_SHOWN) {
            return "'" + escape(name.substring(0, MAX_SHOWN - 16), true) + "…' (" + name.length() + " characters)";
        }
        return "'" + escape(name, true) + "'";
    }

    /**
     * The text with every control character escaped (as backslash-n, backslash-t, backslash-u001b...),
     * so it prints as one line and sends no terminal codes. Backslashes are left alone, so text
     * already escaped stays as it is.
     */
    public static String oneLine(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isControl(text.charAt(i))) {
                return escape(text, false);
            }
        }
        return text;
    }

    private static String escape(String s, boolean quotes) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\\' -> out.append(quotes ? "\\\\" : "\\");
                case '\'' -> out.append(quotes ? "\\'" : "'");
                default -> {
                    if (isControl(c)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * C0 and C1 controls, DEL, the Unicode line and paragraph separators, the bidirectional
     * overrides and isolates (which can make text read in another order than it is).
     */
    static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029'
                || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
    }
}
