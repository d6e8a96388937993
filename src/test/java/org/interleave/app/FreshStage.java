package org.interleave.app;

import java.util.ArrayList;
import java.util.Arrays;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Gives each UI test class the same stage, whatever the class before it left: TestFX keeps one
 * primary stage for all the classes a JVM runs, and a class that resized it, moved it or put it in
 * full screen left that to the next (a 1280×720 scene shown 1920×1080, a 400×300 one as large as
 * the window before), which passed or failed by the order surefire chose.
 *
 * <p>Before each class that runs in TestFX's stage (the first one too: it starts the toolkit), every
 * other window (menus, dialogs) is closed, and the stage leaves full screen and maximised, takes the
 * size of a scene again rather than one set by hand ({@link Stage#sizeToScene}), and stands at the
 * screen's top left corner, where a class that makes it as large as the screen keeps it on the
 * screen: the class's own {@code @Start} then shows its scene at the scene's size. Its scene is
 * new, so no theme, projector style or stylesheet of the class before stays. Registered for every
 * class (src/test/resources/META-INF/services), it does nothing in the others.
 */
public final class FreshStage implements BeforeAllCallback {
    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        Class<?> testClass = context.getRequiredTestClass();
        if (runsInTestFx(testClass)) {
            // the class's static set-up first: a tour that shows itself on a real display (SelectScreensTour)
            // chooses the toolkit's platform there, and the toolkit starts here
            Class.forName(testClass.getName(), true, testClass.getClassLoader());
            Stage stage = FxToolkit.registerPrimaryStage();  // the toolkit starts with the JVM's first UI class
            Pulses.onFx(() -> {
                reset(stage);
                return null;
            });
        }
    }

    /** Puts {@code stage} back: no other window, no size set by hand, at the screen's corner, hidden. */
    static void reset(Stage stage) {
        for (Window w : new ArrayList<>(Window.getWindows())) {
            if (w != stage) {
                w.hide();
            }
        }
        stage.setFullScreen(false);
        stage.setMaximized(false);
        stage.setIconified(false);
        stage.setScene(new Scene(new Pane(), InterleaveApp.WIDTH, InterleaveApp.HEIGHT));
        stage.show();  // sizeToScene only takes effect on a shown stage: its size follows its scene again
        stage.sizeToScene();
        stage.setX(0);
        stage.setY(0);
        stage.hide();
    }

    /** Whether a class, or one it is nested in, runs in TestFX's stage. */
    private static boolean runsInTestFx(Class<?> testClass) {
        for (Class<?> c = testClass; c != null; c = c.getEnclosingClass()) {
            if (AnnotationSupport.findRepeatableAnnotations(c, ExtendWith.class).stream()
                    .anyMatch(with -> Arrays.asList(with.value()).contains(ApplicationExtension.class))) {
                return true;
            }
        }
        return false;
    }
}
