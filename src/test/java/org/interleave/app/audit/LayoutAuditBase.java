package org.interleave.app.audit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The layout audit: visits every screen and dialog of the game — the menu, the level select, a
 * level of each mode in each state (editing, running, revealing, scheduling, timeline, results),
 * the settings, a custom level with errors, the level editor, and the menus and popups over them —
 * at several window sizes and looks, and fails with every violation {@link LayoutAudit} finds. The
 * game's own dialogs and popups besides (a question, a message, the error that ends the game, the
 * file chooser, a tooltip, a choice box's list) are visited in every look at 1280×720 and in
 * projector mode at 1920×1080 ({@link #DIALOGS}).
 *
 * <p>What runs in the suite (CI on a 2-core machine): every screen at 1280×720, 1366×768 and
 * 1920×1080 in the dark theme; every screen at 1280×720 in the light theme; every screen in
 * projector mode at 100 % at 1280×720 and 1920×1080, and at 200 % at 1280×720 (where the window
 * caps the text at 32 px, 40 × 22.5 em: ProjectorMode) and 1920×1080 (48 px, uncapped). Set
 * {@code -Daudit.full=true} for every screen at every size in every look (light at all three sizes,
 * projector 100 % and 200 % at 1366×768 too).
 *
 * <p>Violations not fixed yet are listed, each with its reason, in {@code layout-audit-known.txt}
 * (as {@code screen | rule | node}, the size and look left out): they are reported but do not fail
 * the test; any other violation does. A listed one that no longer occurs is reported, to be
 * removed (the list only shrinks).
 *
 * <p>The audit is two test classes, {@link LayoutAuditTest} (the dark and light themes) and
 * {@link ProjectorLayoutAuditTest} (projector mode), so that the suite's two test JVMs can run
 * them side by side; each writes its figures to its own report in {@code target/}.
 *
 * <p>Its parts: this class (the sizes, looks and screens visited, and the test that visits them),
 * {@link AuditedGame} (the game driven in the audit's window, and the steps of a visit), {@link
 * LayoutAudit} (the rules a screen is held to) and {@link AuditReport} (what was seen, the reports,
 * the known violations).
 */
@ExtendWith(ApplicationExtension.class)
abstract class LayoutAuditBase {
    /** Where the visits keep the files they open; deleted after the class. */
    @TempDir
    static Path scratch;

    /** A window size. */
    record Size(int width, int height) {
        @Override
        public String toString() {
            return width + "×" + height;
        }
    }

    /** A look: a theme, or projector mode at a scale. */
    enum Look {
        DARK, LIGHT, PROJECTOR_100, PROJECTOR_200;

        boolean projector() {
            return this == PROJECTOR_100 || this == PROJECTOR_200;
        }
    }

    /**
     * A screen to visit: how to get there from a new game, or ({@code follows}) from the screen
     * listed before it, as a player goes on from there — a reveal's timeline from the reveal, a run
     * from the design it runs — so that a level is opened and verified once for all its states.
     */
    record Screen(String name, boolean follows, boolean showsOps, java.util.function.BiPredicate<Size, Look> at, Visit visit) {
        Screen(String name, Visit visit) {
            this(name, false, false, (s, l) -> true, visit);
        }

        /** A screen reached from the one listed before it. */
        static Screen then(String name, Visit visit) {
            return new Screen(name, true, false, (s, l) -> true, visit);
        }

        /**
         * This screen, visited only at {@code size} in {@code look}: a case one size and look
         * brought to light, whose visit would only cost time elsewhere. No screen may follow it.
         */
        Screen onlyAt(Size size, Look look) {
            return new Screen(name, follows, showsOps, (s, l) -> s.equals(size) && l == look, visit);
        }

        /** This screen, visited only at the sizes and in the looks {@code where} picks. No screen may follow it. */
        Screen onlyWhere(java.util.function.BiPredicate<Size, Look> where) {
            return new Screen(name, follows, showsOps, where, visit);
        }

        /**
         * This screen, where ops show as Go lines (on a canvas, in "You schedule"): the audit must
         * find op text there, so op text that loses its tag is not silently judged as any text. Not
         * in projector mode at 200 %: there a canvas opens at its readable zoom on the design's top
         * left, and the goroutines' cards may lie out of view until the class pans to them.
         */
        Screen showingOps() {
            return new Screen(name, follows, true, at, visit);
        }
    }

    interface Visit {
        void go(FxRobot robot, AuditedGame game) throws Exception;
    }

    static final Size S720 = new Size(1280, 720);
    static final Size S768 = new Size(1366, 768);
    static final Size S1080 = new Size(1920, 1080);

    /**
     * Where the game's own dialogs and popups beyond those the screens open are audited: every look
     * at 1280×720 (dark, light, projector at 100 % and 200 %), and projector mode at 1920×1080 too —
     * the dark theme at the larger sizes only gives them more room.
     */
    static final java.util.function.BiPredicate<Size, Look> DIALOGS = (s, l) -> s.equals(S720) || l.projector();

    /** The game in the audit's window. */
    final AuditedGame game = new AuditedGame();

    static {
        ScreenPeek.useDisplayIfAsked();
    }

    /** The window the audit runs in (each subclass's {@code @Start}). */
    void start(Stage stage) {
        game.stage = stage;
        stage.setScene(new Scene(new StackPane(), S720.width(), S720.height()));
        stage.show();
    }

    /** The combinations the suite runs (see the class comment) in projector mode, or in a theme. */
    static List<org.junit.jupiter.params.provider.Arguments> combinations(boolean projector) {
        return combinationArrays().stream().filter(c -> ((Look) c[1]).projector() == projector)
                .map(org.junit.jupiter.params.provider.Arguments::of).toList();
    }

    static List<Object[]> combinationArrays() {
        boolean full = Boolean.getBoolean("audit.full");
        List<Object[]> out = new ArrayList<>();
        for (Size s : List.of(S720, S768, S1080)) {
            out.add(new Object[] {s, Look.DARK});
        }
        out.add(new Object[] {S720, Look.LIGHT});
        out.add(new Object[] {S720, Look.PROJECTOR_100});
        out.add(new Object[] {S1080, Look.PROJECTOR_100});
        out.add(new Object[] {S720, Look.PROJECTOR_200});
        out.add(new Object[] {S1080, Look.PROJECTOR_200});
        if (full) {
            out.add(new Object[] {S768, Look.LIGHT});
            out.add(new Object[] {S1080, Look.LIGHT});
            out.add(new Object[] {S768, Look.PROJECTOR_100});
            out.add(new Object[] {S768, Look.PROJECTOR_200});
        }
        return out;
    }

    static List<Screen> screens() {
        return List.of(
                new Screen("menu", (r, t) -> { }),
                Screen.then("menu · custom level menu", (r, t) -> r.clickOn("#custom-level")),
                new Screen("level select", (r, t) -> t.fx(t.shell::showLevelSelect)),
                // the game's own dialogs over a screen: a question, a message, the error that ends the game
                Screen.then("level select · a locked level asks", (r, t) -> {
                    var locked = t.built(".level-card.locked", javafx.scene.control.Button.class);
                    t.fx(locked::fire);
                    t.waitUntil("the locked level's question", () -> t.shell.dialog().isPresent());
                }).onlyWhere(DIALOGS),
                Screen.then("level select · a message", (r, t) -> t.fx(() -> {
                    t.shell.closeDialog();
                    t.shell.tell("Could not save /home/a-student/interleave/designs/worker-pool-design.png: "
                            + "the folder is read-only (AccessDeniedException)");
                })).onlyWhere(DIALOGS),
                Screen.then("level select · the error that ends the game", (r, t) -> t.fx(() ->
                        org.interleave.app.FatalError.show(t.shell, AuditedGame.escapedError(), () -> { }))).onlyWhere(DIALOGS),
                new Screen("campaign map", (r, t) -> t.fx(t.shell::showMap)),
                Screen.then("chapter scene", (r, t) -> r.clickOn("#chapter-1")),
                new Screen("build level · editing", (r, t) -> t.open(r, "worker-pool")).showingOps(),
                Screen.then("build level · a tooltip", (r, t) -> t.showTooltip(r, "#verify", "#rail-verify")).onlyWhere(DIALOGS),
                new Screen("build level · add op menu", (r, t) -> {
                    t.open(r, "add-inside-goroutine");
                    t.openAddMenu(r);
                }).showingOps(),
                Screen.then("build level · running", (r, t) -> {
                    r.clickOn("#show-solution");
                    r.clickOn("#run");
                    t.fx(() -> {
                        t.level().run().pause();
                        t.level().run().go(t.level().run().length() / 3);
                    });
                }),
                new Screen("fix level · revealing", (r, t) -> {
                    t.open(r, "write-under-rlock");
                    t.verifyAndWait(r);
                    for (int i = 0; i < 3; i++) {
                        t.press(KeyCode.RIGHT);
                    }
                }).showingOps(),
                Screen.then("fix level · timeline", (r, t) -> r.clickOn("#show-timeline")),
                Screen.then("fix level · go code", (r, t) -> {
                    // the timeline closed again: the Go code beside the design alone, as a player opens it
                    var timeline = t.built("#show-timeline", javafx.scene.control.ToggleButton.class);
                    t.fx(() -> timeline.setSelected(false));
                    var go = t.built("#show-go", javafx.scene.control.ToggleButton.class);
                    t.fx(() -> go.setSelected(true));
                }),
                Screen.then("fix level · leaving asks", (r, t) -> {
                    var back = t.built("#back", javafx.scene.control.Button.class);
                    t.fx(back::fire);
                    t.waitUntil("the question before leaving", () -> t.shell.dialog().isPresent());
                }).onlyWhere(DIALOGS),
                // the brief folded, as it opens: the goal column's Verify and You schedule were wider than
                // its view beside its scroll bar, "You schedule" cut 32 px at the right
                new Screen("fix level · timeline of a long summary, brief folded", (r, t) -> {
                    t.open(r, "sleep-is-not-sync");
                    t.verifyAndWait(r);
                    r.clickOn("#show-timeline");
                }).onlyAt(S1080, Look.PROJECTOR_200),
                // the same, the brief opened (one level opened and verified for both): the screen laid out
                // 1134 px tall in the 1080 px window, the timeline's foot under the window's:
                // sleep-is-not-sync's timeline heading is taller than write-under-rlock's
                Screen.then("fix level · timeline of a long summary", (r, t) -> r.clickOn("#brief-rail-open"))
                        .onlyAt(S1080, Look.PROJECTOR_200),
                new Screen("break level · scheduling", (r, t) -> {
                    t.open(r, "transfer-deadlock");
                    r.clickOn("#you-schedule");
                    for (KeyCode k : new KeyCode[] {KeyCode.DIGIT1, KeyCode.DIGIT1, KeyCode.DIGIT1, KeyCode.DIGIT2}) {
                        t.press(k);
                    }
                }).showingOps(),
                // a verification under way: Verify waiting beside You schedule, the progress and Cancel
                // under them, in the goal column at its narrowest and in projector mode's large text
                new Screen("break level · verifying", (r, t) -> {
                    t.open(r, "transfer-deadlock");
                    t.verifyHeld(r);
                }).onlyWhere((s, l) -> s.equals(S720) || l.projector()),
                new Screen("results", (r, t) -> {
                    t.open(r, "guard-the-counter");
                    t.fx(() -> t.level().canvas().load(t.level().entry().level().solution(),
                            org.interleave.app.canvas.LevelRules.of(t.level().entry().level())));
                    r.clickOn("#verify");
                    t.waitUntil("the results dialog", () -> t.shell.dialog().isPresent());
                }),
                new Screen("settings", (r, t) -> t.fx(t.shell::showSettings)),
                Screen.then("settings · speed menu", (r, t) -> {
                    ComboBox<?> speed = t.built("#animation-speed", ComboBox.class);
                    t.fx(speed::show);
                }),
                new Screen("file chooser", (r, t) -> {
                    // Save as… and PNG export ask here, in a folder of the audit's own (the home folder's list varies)
                    Path dir = Files.createDirectories(Files.createTempDirectory(scratch, "audit-chooser").resolve("designs"));
                    Files.writeString(dir.resolve("worker-pool.level.json"), "{}");
                    Files.createDirectories(dir.resolve("older-designs-from-the-lesson-on-mutexes"));
                    t.fx(() -> org.interleave.playback.SaveDialog.of(t.shell).ask("Export as PNG", dir,
                            "worker-pool-design.png", chosen -> { }));
                }).onlyWhere(DIALOGS),
                new Screen("custom level with errors", (r, t) -> {
                    // deep, as a pack on a class's shared drive may be: its path must not widen the level
                    // select, and its name (the pack's title) is longer than a line in projector mode
                    Path dir = Files.createDirectories(Files.createTempDirectory(scratch, "audit-custom")
                            .resolve("a-rather-long-folder-name/".repeat(8)
                                    + "the-levels-our-class-wrote-this-term-about-mutexes-channels-and-the-select-statement"));
                    Path file = dir.resolve("broken.level.json");
                    Files.writeString(file, "{\"format\": 1, \"id\": \"broken\", \"title\": \"Broken\", \"mode\": \"bild\","
                            + " \"design\": {\"parts\": [{\"id\": \"m\", \"type\": \"goroutine\", \"start\": \"main\","
                            + " \"ops\": [{\"op\": \"lock\", \"mu\": \"nothing-by-this-name-at-all-in-this-design\"}]}]}}");
                    t.fx(() -> t.shell.openCustom(dir));
                }),
                new Screen("level editor", (r, t) -> t.fx(() -> t.shell.openEditor(null))),
                Screen.then("level editor · a level with locked ops", (r, t) -> {
                    Path dir = Files.createTempDirectory(scratch, "audit-editor");
                    Path file = dir.resolve("short-critical-sections.level.json");
                    Files.copy(Path.of("levels/32-short-critical-sections.level.json"), file);
                    t.fx(() -> t.shell.openEditor(file));
                    t.showStartingDesign(r, "update");
                }).showingOps(),
                Screen.then("level editor · its locks", (r, t) -> t.showLocks(r)).showingOps(),
                new Screen("level editor · both sides checked", (r, t) -> {
                    // the footer grows a line a side: the form over it was cut at its "Output sink" row
                    Path dir = Files.createTempDirectory(scratch, "audit-checked");
                    Path file = dir.resolve("forgot-to-unlock.level.json");
                    Files.copy(Path.of("levels/06-forgot-to-unlock.level.json"), file);
                    t.fx(() -> t.shell.openEditor(file));
                    var checkBoth = t.built("#check-both", javafx.scene.control.Button.class);
                    t.fx(checkBoth::fire);
                    t.waitUntil("both sides checked", () -> t.shell.editor().lookupAll(".check-result").size() >= 3);
                }),
                Screen.then("level editor · the goal's mode choice", (r, t) -> {
                    var mode = t.built("#editor-mode", javafx.scene.control.ChoiceBox.class);
                    t.fx(mode::show);
                }).onlyWhere(DIALOGS));
    }

    /**
     * Audits every screen at one size and look: one test per size and look of the subclass's
     * {@code combinations()} (JUnit looks the factory up in the class under test), so that each is a
     * test of its own that a busy machine finishes well within the per-test timeout, and a failure
     * names the size and look.
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0} {1}")
    @org.junit.jupiter.params.provider.MethodSource("combinations")
    void everyScreen_isWholeReadableAndInContrast(Size size, Look look, FxRobot robot) throws Exception {
        java.util.regex.Pattern only = java.util.regex.Pattern.compile(System.getProperty("audit.only", ".*"));
        List<LayoutAudit.Violation> found = new ArrayList<>();
        int visits = 0;
        List<Screen> screens = screens();
        int shown = -1;  // the screen the game shows now, or -1 (a new game is needed)
        for (int i = 0; i < screens.size(); i++) {
            Screen screen = screens.get(i);
            String name = screen.name() + " @ " + size + " " + look.name().toLowerCase(Locale.ROOT);
            if (!only.matcher(name).find() || !screen.at().test(size, look)) {
                continue;
            }
            // from a new game, through the screens this one follows that were not just visited
            int from = i;
            while (screens.get(from).follows() && from - 1 != shown) {
                from--;
            }
            if (!screens.get(from).follows() || shown < 0) {
                game.launch(robot, size, look);
            }
            shown = -1;
            try {
                for (int j = from; j <= i; j++) {
                    screens.get(j).visit().go(robot, game);
                }
                shown = i;
            } catch (Exception | AssertionError e) {
                found.add(new LayoutAudit.Violation(name, "unreachable", "the way there",
                        e.toString().lines().findFirst().orElse("")));
            }
            game.fx(() -> { });  // the pulse that lays out what the visit's last step changed, and the tasks it queued
            game.tabsGrownIn();
            // the audit styles and lays the scene out itself again before it measures
            LayoutAudit audit = WaitForAsyncUtils.asyncFx(() -> LayoutAudit.of(name, game.stage,
                    look.projector() ? LayoutAudit.Rules.PROJECTOR : LayoutAudit.Rules.NORMAL)).get();
            visits++;
            found.addAll(audit.violations());
            if (screen.showsOps() && look != Look.PROJECTOR_200 && shown == i && audit.figures().stream().noneMatch(LayoutAudit.TextFigure::op)) {
                found.add(new LayoutAudit.Violation(name, "no-op-text", "the ops shown", "no text tagged "
                        + org.interleave.app.shared.Theme.OP_TEXT_CLASS + " was seen"));
            }
            found.addAll(WaitForAsyncUtils.asyncFx(() -> game.squeezedBars(name)).get());
            AuditReport.FIGURES.put(name, AuditReport.summary(audit));
            ScreenPeek.shoot(name, size, game.stage.getScene());
            game.closePopups(robot);
            game.releaseVerifier();
        }
        AuditReport.ALL.addAll(found);
        java.util.Set<String> known = AuditReport.knownViolations();
        List<LayoutAudit.Violation> fresh = new ArrayList<>();
        for (LayoutAudit.Violation v : found) {
            String key = AuditReport.key(v);
            String overlap = AuditReport.canvasOverlapKey(v);
            if (known.contains(key) || known.contains(overlap)) {
                AuditReport.SEEN.add(known.contains(key) ? key : overlap);
            } else {
                fresh.add(v);
            }
        }
        if (only.pattern().equals(".*")) {
            AuditReport.combinationsRun++;
        }
        StringBuilder msg = new StringBuilder(fresh.size() + " new violations (" + found.size() + " in all) in "
                + visits + " visits at " + size + " " + look + " (figures in target/layout-audit*.txt):\n");
        fresh.forEach(v -> msg.append("  ").append(v).append('\n'));
        assertTrue(fresh.isEmpty(), msg.toString());
    }

    /**
     * Writes what the audits run in this JVM saw to the class's report ({@link AuditReport#write});
     * the verifier's thread is a daemon and stays for the other class, should it run in this JVM too.
     */
    @org.junit.jupiter.api.AfterAll
    static void report(org.junit.jupiter.api.TestInfo test) throws java.io.IOException {
        AuditReport.write(test.getTestClass().filter(ProjectorLayoutAuditTest.class::equals).isPresent(),
                combinationArrays().size());
    }
}
