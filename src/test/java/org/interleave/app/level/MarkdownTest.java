package org.interleave.app.level;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.interleave.app.level.Markdown.CodeBlock;
import org.interleave.app.level.Markdown.Paragraph;
import org.interleave.app.level.Markdown.Span;
import org.interleave.app.level.Markdown.Style;
import org.junit.jupiter.api.Test;

/** The Markdown of briefs: paragraphs, inline code, bold, italic, lists and fenced Go. */
class MarkdownTest {

    @Test
    void paragraphs_joinTheirLines_andSplitAtBlankLines() {
        assertEquals(List.of(
                        new Paragraph(List.of(new Span("one two", Style.PLAIN)), false),
                        new Paragraph(List.of(new Span("three", Style.PLAIN)), false)),
                Markdown.parse("one\ntwo\n\nthree\n"));
    }

    @Test
    void inlineCodeBoldAndItalic_becomeStyledSpans() {
        assertEquals(List.of(
                        new Span("call ", Style.PLAIN), new Span("wg.Wait()", Style.CODE),
                        new Span(" — ", Style.PLAIN), new Span("You are the scheduler.", Style.BOLD),
                        new Span(" ", Style.PLAIN), new Span("happens-before", Style.ITALIC),
                        new Span(" 2 * 3", Style.PLAIN)),
                Markdown.inline("call `wg.Wait()` — **You are the scheduler.** *happens-before* 2 * 3"));
    }

    @Test
    void fencedBlocks_keepTheirLinesAndLanguage() {
        assertEquals(List.of(
                        new Paragraph(List.of(new Span("Before:", Style.PLAIN)), false),
                        new CodeBlock("go", "for i := 0; i < 2; i++ {\n    go f()\n}"),
                        new Paragraph(List.of(new Span("After.", Style.PLAIN)), false)),
                Markdown.parse("Before:\n```go\nfor i := 0; i < 2; i++ {\n    go f()\n}\n```\nAfter."));
    }

    @Test
    void listItems_areBulletedParagraphs_andNullIsEmpty() {
        assertEquals(List.of(
                        new Paragraph(List.of(new Span("a", Style.PLAIN)), true),
                        new Paragraph(List.of(new Span("b", Style.CODE)), true)),
                Markdown.parse("- a\n- `b`"));
        assertEquals(List.of(), Markdown.parse(null));
    }
}
