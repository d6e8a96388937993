package org.interleave.app.level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A brief's code in a narrow column (headless): a wrapped line goes on behind a ↪, hanging past its
 * own indentation, and breaks at a space before it breaks a name.
 */
@ExtendWith(ApplicationExtension.class)
class CodeBlockTest {
    private static final String CODE = "func worker(jobs <-chan int, results chan<- int) {\n"
            + "    // for j := range jobs { results <- process(j) }\n"
            + "    c.hits++          // a write, shared with every reader\n"
            + "    fmt.Println(r)\n"
            + "}";
    private VBox column;
    private CodeBlock block;

    @Start
    void start(Stage stage) {
        block = new CodeBlock(CODE);
        column = new VBox(block);
        column.setPrefWidth(190);
        column.setMaxWidth(190);
        stage.setScene(new Scene(new VBox(column), 400, 400));
        stage.show();
    }

    @Test
    void furtherLinesHangPastTheirLinesIndent_behindAMark_andNamesStayWhole(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        String report = WaitForAsyncUtils.asyncFx(() -> {
            StringBuilder out = new StringBuilder();
            CodeBlock.CodeLine comment = (CodeBlock.CodeLine) block.getChildren().get(1);
            List<String> lines = comment.laidOutLines();
            if (lines.size() < 2) {
                out.append("the comment does not wrap at 190 px: ").append(lines).append('\n');
            }
            double indent = comment.pieceLabels().get(1).getBoundsInParent().getMinX();  // after the 4 spaces
            for (Label l : comment.pieceLabels()) {
                Bounds b = l.getBoundsInParent();
                if (l.isVisible() && b.getMinY() > 1 && b.getMinX() <= indent + 1) {
                    out.append("\"").append(l.getText()).append("\" on a further line at x ").append(b.getMinX())
                            .append(", not past the line's indent ").append(indent).append('\n');
                }
            }
            long marks = comment.getChildrenUnmodifiable().stream().filter(Node::isVisible)
                    .filter(n -> n.getStyleClass().contains("brief-code-continued")).count();
            if (marks != lines.size() - 1) {
                out.append(marks).append(" ↪ for ").append(lines.size() - 1).append(" further lines\n");
            }
            for (Node n : block.getChildren()) {
                for (String line : ((CodeBlock.CodeLine) n).laidOutLines()) {
                    if (line.endsWith(".") || line.endsWith("(")) {
                        out.append("a line breaks a name: \"").append(line).append("\"\n");
                    }
                }
            }
            return out.toString();
        }).get();
        assertEquals("", report);
        assertTrue(WaitForAsyncUtils.asyncFx(() -> block.getHeight() >= block.prefHeight(block.getWidth()) - 0.5).get());
    }

    /** A scrolling block of {@code code} alone in a column {@code width} px wide, laid out. */
    private CodeBlock.Scroller scrollerIn(FxRobot robot, String code, double width) throws Exception {
        CodeBlock.Scroller scroller = CodeBlock.scrolling(code);
        robot.interact(() -> {
            column.setPrefWidth(width);
            column.setMaxWidth(width);
            column.getChildren().setAll(scroller);
        });
        WaitForAsyncUtils.waitForFxEvents();
        return scroller;
    }

    @Test
    void aSelectorWiderThanTheColumnBehindItsHang_staysWhole_andTheBlockScrollsSideways(FxRobot robot) throws Exception {
        // projector mode's brief broke defer c.mu.RUnlock() as "c.mu." / "↪ RUnlock()"
        CodeBlock.Scroller scroller = scrollerIn(robot, "func f() {\n    defer c.mu.RUnlock()\n}", 100);
        String seen = WaitForAsyncUtils.asyncFx(() -> {
            CodeBlock.CodeLine line = (CodeBlock.CodeLine) scroller.block().getChildren().get(1);
            javafx.scene.control.ScrollBar across = (javafx.scene.control.ScrollBar) scroller.getChildrenUnmodifiable().stream()
                    .filter(n -> n instanceof javafx.scene.control.ScrollBar b && b.getOrientation() == javafx.geometry.Orientation.HORIZONTAL)
                    .findFirst().orElseThrow();
            Bounds view = scroller.getViewportBounds();
            return line.laidOutLines() + " bar " + across.isVisible() + " view "
                    + (view.getHeight() + 0.5 >= scroller.block().getHeight()) + " width " + (scroller.getWidth() <= 100.5);
        }).get();
        assertEquals("[    defer , c.mu.RUnlock()] bar true view true width true", seen);
    }

    @Test
    void aBlockThatFitsItsColumn_showsNoBar_andIsAsTallAsItsLines(FxRobot robot) throws Exception {
        CodeBlock.Scroller scroller = scrollerIn(robot, "func f() {\n    defer c.mu.RUnlock()\n}", 390);
        String seen = WaitForAsyncUtils.asyncFx(() -> scroller.getChildrenUnmodifiable().stream()
                .anyMatch(n -> n instanceof javafx.scene.control.ScrollBar b && b.isVisible()) + " "
                + (Math.abs(scroller.getHeight() - scroller.getInsets().getTop() - scroller.getInsets().getBottom()
                        - scroller.block().prefHeight(scroller.block().getWidth())) < 1)).get();
        assertEquals("false true", seen);
    }
}
