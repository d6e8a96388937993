package org.interleave.app.level;

import java.util.List;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * A level's brief, rendered from its Markdown: paragraphs with inline code, bold and italic, and
 * Go code blocks in a monospace box.
 */
public final class BriefView extends VBox {
    private final String markdown;

    /** Creates the view of a brief; null shows nothing. */
    public BriefView(String markdown) {
        this.markdown = markdown;
        createView();
    }

    private void createView() {
        getStyleClass().add("brief");
        setId("brief");
        for (Markdown.Block block : Markdown.parse(markdown)) {
            switch (block) {
                case Markdown.Paragraph p -> getChildren().add(paragraph(p));
                case Markdown.CodeBlock c -> getChildren().add(codeBlock(c));
            }
        }
    }

    private static TextFlow paragraph(Markdown.Paragraph p) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add(p.bullet() ? "brief-bullet" : "brief-paragraph");
        if (p.bullet()) {
            flow.getChildren().add(text("•  ", "brief-text"));
        }
        for (Markdown.Span s : p.spans()) {
            switch (s.style()) {
                case PLAIN -> flow.getChildren().add(text(s.text(), "brief-text"));
                case CODE -> code(flow, s.text());
                case BOLD -> flow.getChildren().add(text(s.text(), "brief-bold"));
                case ITALIC -> flow.getChildren().add(text(s.text(), "brief-italic"));
            }
        }
        return flow;
    }

    /**
     * Inline code, breakable where a block of code is ({@link org.interleave.app.shared.LineBreaks.Rule#CODE}: after a ( or ,
     * inside a longer word). A flow wraps Latin text at white space only, and cut
     * "context.WithTimeout(parent," inside "parent" in projector mode's narrow brief; a hair space
     * (a space, in the text's proportional font, too thin to see) between the pieces lets it break there.
     */
    private static void code(TextFlow flow, String code) {
        List<String> pieces = org.interleave.app.shared.LineBreaks.pieces(code, org.interleave.app.shared.LineBreaks.Rule.CODE);
        for (int i = 0; i < pieces.size(); i++) {
            String piece = pieces.get(i);
            flow.getChildren().add(text(piece, "brief-code"));
            if (i + 1 < pieces.size() && !piece.endsWith(" ")) {
                flow.getChildren().add(text(HAIR_SPACE, "brief-text"));
            }
        }
    }

    /** A break in inline code: white space to the flow, which wraps there, and next to no width. */
    static final String HAIR_SPACE = "\u200A";

    private static Text text(String s, String styleClass) {
        Text t = new Text(s);
        t.getStyleClass().add(styleClass);
        return t;
    }

    private static CodeBlock.Scroller codeBlock(Markdown.CodeBlock c) {
        return CodeBlock.scrolling(c.code());
    }
}
