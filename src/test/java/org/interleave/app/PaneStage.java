package org.interleave.app;

import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * A stage that shows one empty {@link StackPane}, at a size of the test's choosing, into which a
 * test puts the nodes it looks at: the fixture of tests of one view or rule, without the game.
 */
public abstract class PaneStage {
    /** The stage the test runs in, once {@link #show} has shown it. */
    protected Stage stage;

    /**
     * Shows an empty pane of {@code width} × {@code height} in {@code stage}; each test class calls
     * it from its own {@code @Start} (TestFX looks only there).
     */
    protected void show(Stage stage, double width, double height) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), width, height));
        stage.show();
    }

    /** The pane the stage shows. */
    protected StackPane pane() {
        return (StackPane) stage.getScene().getRoot();
    }
}
