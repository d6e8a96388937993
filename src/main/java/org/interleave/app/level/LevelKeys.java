package org.interleave.app.level;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The keys of a level screen: the scheduler's first; Ctrl+B and Ctrl+G fold the brief and the goal;
 * Ctrl+Enter verifies; Esc cancels what the canvas is doing, stops a run, or leaves (asking first
 * when that loses state); a run's keys ({@link RunKeys}); the canvas's keys; ← and → step a reveal.
 */
final class LevelKeys {
    private LevelKeys() {}

    static void pressed(LevelScreen screen, KeyEvent e) {
        if (screen.scheduler().handles(e)) {
            return;
        }
        if (e.isShortcutDown() && (e.getCode() == KeyCode.B || e.getCode() == KeyCode.G)) {
            if (e.getCode() == KeyCode.B) {
                screen.columns().chooseBrief(!screen.columns().briefOpenProperty().get());
            } else {
                screen.columns().chooseGoal(!screen.columns().goalOpenProperty().get());
            }
            e.consume();
            return;
        }
        if (e.isShortcutDown() && e.getCode() == KeyCode.ENTER) {
            if (!screen.goalColumn().verify.isDisabled()) {
                screen.goalColumn().verify.fire();
            }
            e.consume();
            return;
        }
        if (e.getCode() == KeyCode.ESCAPE) {
            if (screen.canvas().cancel()) {
                e.consume();
                return;
            }
            if (screen.run().loadedBinding().get()) {
                screen.stopRun();
            } else {
                screen.leave();
            }
            e.consume();
        } else if (screen.run().loadedBinding().get() && RunKeys.handle(screen.run(), e.getCode())) {
            e.consume();
        } else if (!screen.canvas().isFocusWithin() && screen.canvas().handleKey(e)) {
            e.consume();
        } else if (screen.reveal().traceProperty().get() != null
                && (e.getCode() == KeyCode.LEFT || e.getCode() == KeyCode.RIGHT)) {
            if (e.getCode() == KeyCode.LEFT) {
                screen.reveal().previous();
            } else {
                screen.reveal().next();
            }
            e.consume();
        }
    }
}
