package org.interleave.app.audit;

import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The layout audit (see {@link LayoutAuditBase}) in the dark and light themes; figures in {@code target/layout-audit.txt}. */
class LayoutAuditTest extends LayoutAuditBase {
    static List<Arguments> combinations() {
        return combinations(false);
    }

    @Override
    @Start
    void start(Stage stage) {
        super.start(stage);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("combinations")
    void everyScreen_isWholeReadableAndInContrast(Size size, Look look, FxRobot robot) throws Exception {
        audit(size, look, robot);
    }

    @AfterAll
    static void report() throws java.io.IOException {
        report(Path.of("target", "layout-audit.txt"));
    }
}
