package org.interleave.app.audit;

import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.params.provider.Arguments;
import org.testfx.framework.junit5.Start;

/** The layout audit (see {@link LayoutAuditBase}) in projector mode; figures in {@code target/layout-audit-projector.txt}. */
class ProjectorLayoutAuditTest extends LayoutAuditBase {
    /** The sizes and looks this class audits: the base's test asks for them by this name. */
    static List<Arguments> combinations() {
        return combinations(true);
    }

    @Override
    @Start
    void start(Stage stage) {
        super.start(stage);
    }
}
