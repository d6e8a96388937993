package org.interleave.app.level;

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
            flow.getChildren().add(text(s.text(), switch (s.style()) {
                case PLAIN -> "brief-text";
                case CODE -> "brief-code";
                case BOLD -> "brief-bold";
                case ITALIC -> "brief-italic";
            }));
        }
        return flow;
    }

    private static Text text(String s, String styleClass) {
        Text t = new Text(s);
        t.getStyleClass().add(styleClass);
        return t;
    }

    private static CodeBlock codeBlock(Markdown.CodeBlock c) {
        return new CodeBlock(c.code());
    }
}
