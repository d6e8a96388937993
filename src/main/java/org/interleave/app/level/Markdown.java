package org.interleave.app.level;

import java.util.ArrayList;
import java.util.List;

/**
 * The little Markdown a level brief uses: paragraphs (lines joined, blank lines between),
 * {@code - } list items, fenced code blocks, and inline {@code `code`}, {@code **bold**} and
 * {@code *italic*}. Anything else is shown as plain text.
 */
public final class Markdown {
    private Markdown() {}

    /** A block of the text. */
    public sealed interface Block {}

    /** A paragraph (or a list item, when {@code bullet}) of inline spans. */
    public record Paragraph(List<Span> spans, boolean bullet) implements Block {
        public Paragraph {
            spans = List.copyOf(spans);
        }
    }

    /** A fenced code block with its language tag ({@code go}, or empty). */
    public record CodeBlock(String language, String code) implements Block {}

    /** A run of text in one style. */
    public record Span(String text, Style style) {}

    /** Inline styles. */
    public enum Style { PLAIN, CODE, BOLD, ITALIC }

    /** Splits {@code text} into blocks; null or blank text has none. */
    public static List<Block> parse(String text) {
        List<Block> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        StringBuilder para = new StringBuilder();
        boolean bullet = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String trimmed = line.strip();
            if (trimmed.startsWith("```")) {
                flush(para, bullet, out);
                bullet = false;
                String language = trimmed.substring(3).strip();
                StringBuilder code = new StringBuilder();
                int j = i + 1;
                while (j < lines.length && !lines[j].strip().startsWith("```")) {
                    if (code.length() > 0) {
                        code.append('\n');
                    }
                    code.append(lines[j]);
                    j++;
                }
                out.add(new CodeBlock(language, code.toString()));
                i = j;
            } else if (trimmed.isEmpty()) {
                flush(para, bullet, out);
                bullet = false;
            } else if (trimmed.startsWith("- ")) {
                flush(para, bullet, out);
                bullet = true;
                para.append(trimmed.substring(2).strip());
            } else {
                if (para.length() > 0) {
                    para.append(' ');
                }
                para.append(trimmed);
            }
        }
        flush(para, bullet, out);
        return out;
    }

    private static void flush(StringBuilder para, boolean bullet, List<Block> out) {
        if (para.length() > 0) {
            out.add(new Paragraph(inline(para.toString()), bullet));
            para.setLength(0);
        }
    }

    /** The inline spans of one paragraph's text. */
    public static List<Span> inline(String s) {
        List<Span> out = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int end;
            if (c == '`' && (end = s.indexOf('`', i + 1)) > i) {
                add(plain, out);
                out.add(new Span(s.substring(i + 1, end), Style.CODE));
                i = end + 1;
            } else if (s.startsWith("**", i) && (end = s.indexOf("**", i + 2)) > i + 2) {
                add(plain, out);
                out.add(new Span(s.substring(i + 2, end), Style.BOLD));
                i = end + 2;
            } else if (c == '*' && i + 1 < s.length() && s.charAt(i + 1) != ' '
                    && (end = s.indexOf('*', i + 1)) > i + 1) {
                add(plain, out);
                out.add(new Span(s.substring(i + 1, end), Style.ITALIC));
                i = end + 1;
            } else {
                plain.append(c);
                i++;
            }
        }
        add(plain, out);
        return out;
    }

    private static void add(StringBuilder plain, List<Span> out) {
        if (plain.length() > 0) {
            out.add(new Span(plain.toString(), Style.PLAIN));
            plain.setLength(0);
        }
    }
}
