package org.interleave.app.audit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.interleave.app.shared.CampaignCatalog;
import org.interleave.app.GameShell;
import org.interleave.app.PlayerProfile;
import org.interleave.app.Pulses;
import org.interleave.app.level.LevelScreen;
import org.interleave.level.save.Settings;
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
 * at several window sizes and looks, and fails with every violation {@link LayoutAudit} finds.
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
 */
@ExtendWith(ApplicationExtension.class)
abstract class LayoutAuditBase {
    private static final CampaignCatalog CATALOG = CampaignCatalog.fromClassPath();
    /** Where the visits keep the files they open; deleted after the class. */
    @TempDir
    static Path scratch;
    private static final ExecutorService VERIFIER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "audit-verifier");
        t.setDaemon(true);
        return t;
    });

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
        void go(FxRobot robot, LayoutAuditBase test) throws Exception;
    }

    static final Size S720 = new Size(1280, 720);
    static final Size S768 = new Size(1366, 768);
    static final Size S1080 = new Size(1920, 1080);

    private Stage stage;
    GameShell shell;

    static {
        ScreenPeek.useDisplayIfAsked();
    }

    /** The window the audit runs in (each subclass's {@code @Start}). */
    void start(Stage stage) {
        this.stage = stage;
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
                new Screen("campaign map", (r, t) -> t.fx(t.shell::showMap)),
                Screen.then("chapter scene", (r, t) -> r.clickOn("#chapter-1")),
                new Screen("build level · editing", (r, t) -> t.open(r, "worker-pool")).showingOps(),
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
                    r.type(KeyCode.RIGHT, 3);
                }).showingOps(),
                Screen.then("fix level · timeline", (r, t) -> r.clickOn("#show-timeline")),
                Screen.then("fix level · go code", (r, t) -> {
                    // the timeline closed again: the Go code beside the design alone, as a player opens it
                    var timeline = t.built("#show-timeline", javafx.scene.control.ToggleButton.class);
                    t.fx(() -> timeline.setSelected(false));
                    var go = t.built("#show-go", javafx.scene.control.ToggleButton.class);
                    t.fx(() -> go.setSelected(true));
                }),
                // the screen laid out 1134 px tall in the 1080 px window, the timeline's foot under the
                // window's: sleep-is-not-sync's timeline heading is taller than write-under-rlock's
                new Screen("fix level · timeline of a long summary", (r, t) -> {
                    t.open(r, "sleep-is-not-sync");
                    t.verifyAndWait(r);
                    r.clickOn("#brief-rail-open");
                    r.clickOn("#show-timeline");
                }).onlyAt(S1080, Look.PROJECTOR_200),
                // the brief folded, as it opens: the goal column's Verify and You schedule were wider than
                // its view beside its scroll bar, "You schedule" cut 32 px at the right
                new Screen("fix level · timeline of a long summary, brief folded", (r, t) -> {
                    t.open(r, "sleep-is-not-sync");
                    t.verifyAndWait(r);
                    r.clickOn("#show-timeline");
                }).onlyAt(S1080, Look.PROJECTOR_200),
                new Screen("break level · scheduling", (r, t) -> {
                    t.open(r, "transfer-deadlock");
                    r.clickOn("#you-schedule");
                    for (KeyCode k : new KeyCode[] {KeyCode.DIGIT1, KeyCode.DIGIT1, KeyCode.DIGIT1, KeyCode.DIGIT2}) {
                        r.type(k);
                    }
                }).showingOps(),
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
                }));
    }

    /**
     * A level screen's step or run bars cut short while they are below their most height and the
     * design under them is above its least: they may scroll only when capped or when the design has
     * given way (a short window, projector mode's large text), not because the design (the Go code
     * under the canvas) kept its room — a step bar's second line was cut in half.
     */
    private List<LayoutAudit.Violation> squeezedBars(String name) {
        List<LayoutAudit.Violation> out = new ArrayList<>();
        for (javafx.scene.Node n : stage.getScene().getRoot().lookupAll(".design-bars-scroll")) {
            if (n instanceof javafx.scene.control.ScrollPane scroll && scroll.isVisible() && scroll.getContent() != null) {
                double content = scroll.getContent().getLayoutBounds().getHeight();
                double viewport = scroll.getViewportBounds().getHeight();
                double room = scroll.getMaxHeight() - scroll.snappedTopInset() - scroll.snappedBottomInset();
                javafx.scene.Node design = stage.getScene().getRoot().lookup(".design-split");
                double spare = design == null ? 0 : design.getLayoutBounds().getHeight() - design.minHeight(-1);
                if (content > viewport + 0.5 && viewport + 1 < room && spare > 1) {
                    out.add(new LayoutAudit.Violation(name, "squeezed-bar", "the step and run bars",
                            Math.round(content) + " px of bars in " + Math.round(viewport) + " px, below their most "
                                    + Math.round(room) + " px, while the design keeps " + Math.round(spare) + " px over its least"));
                }
            }
        }
        return out;
    }

    /** What every combination saw, for the report and for the known list's upkeep. */
    private static final Map<String, String> FIGURES = java.util.Collections.synchronizedMap(new LinkedHashMap<>());
    private static final List<LayoutAudit.Violation> ALL = java.util.Collections.synchronizedList(new ArrayList<>());
    private static final java.util.Set<String> SEEN = java.util.Collections.synchronizedSet(new java.util.HashSet<>());
    private static int combinationsRun;

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
                launch(robot, size, look);
            }
            shown = -1;
            try {
                for (int j = from; j <= i; j++) {
                    screens.get(j).visit().go(robot, this);
                }
                shown = i;
            } catch (Exception | AssertionError e) {
                found.add(new LayoutAudit.Violation(name, "unreachable", "the way there",
                        e.toString().lines().findFirst().orElse("")));
            }
            fx(() -> { });  // the pulse that lays out what the visit's last step changed, and the tasks it queued
            tabsGrownIn();
            // the audit styles and lays the scene out itself again before it measures
            LayoutAudit audit = WaitForAsyncUtils.asyncFx(() -> LayoutAudit.of(name, stage,
                    look.projector() ? LayoutAudit.Rules.PROJECTOR : LayoutAudit.Rules.NORMAL)).get();
            visits++;
            found.addAll(audit.violations());
            if (screen.showsOps() && look != Look.PROJECTOR_200 && shown == i && audit.figures().stream().noneMatch(LayoutAudit.TextFigure::op)) {
                found.add(new LayoutAudit.Violation(name, "no-op-text", "the ops shown", "no text tagged "
                        + org.interleave.app.shared.Theme.OP_TEXT_CLASS + " was seen"));
            }
            found.addAll(WaitForAsyncUtils.asyncFx(() -> squeezedBars(name)).get());
            FIGURES.put(name, summary(audit));
            ScreenPeek.shoot(name, size);
            closePopups(robot);
        }
        ALL.addAll(found);
        java.util.Set<String> known = knownViolations();
        List<LayoutAudit.Violation> fresh = new ArrayList<>();
        for (LayoutAudit.Violation v : found) {
            if (known.contains(key(v)) || known.contains(canvasOverlapKey(v))) {
                SEEN.add(known.contains(key(v)) ? key(v) : canvasOverlapKey(v));
            } else {
                fresh.add(v);
            }
        }
        if (only.pattern().equals(".*")) {
            combinationsRun++;
        }
        StringBuilder msg = new StringBuilder(fresh.size() + " new violations (" + found.size() + " in all) in "
                + visits + " visits at " + size + " " + look + " (figures in target/layout-audit*.txt):\n");
        fresh.forEach(v -> msg.append("  ").append(v).append('\n'));
        assertTrue(fresh.isEmpty(), msg.toString());
    }

    /**
     * Writes what the audits run in this JVM saw to the class's report ({@code
     * target/layout-audit.txt}, or {@code target/layout-audit-projector.txt} for projector mode), and
     * the kinds of violation to {@code target/layout-audit-kinds.txt}; the verifier's thread is a
     * daemon and stays for the other class, should it run in this JVM too.
     */
    @org.junit.jupiter.api.AfterAll
    static void report(org.junit.jupiter.api.TestInfo test) throws java.io.IOException {
        boolean projector = test.getTestClass().filter(ProjectorLayoutAuditTest.class::equals).isPresent();
        Path report = Path.of("target", projector ? "layout-audit-projector.txt" : "layout-audit.txt");
        StringBuilder all = new StringBuilder();
        FIGURES.forEach((k, v) -> all.append(k).append(": ").append(v).append('\n'));
        ALL.forEach(v -> all.append(v).append('\n'));
        Files.createDirectories(report.getParent());
        Files.writeString(report, all.toString());
        java.util.Set<String> kinds = new java.util.TreeSet<>();
        ALL.forEach(v -> kinds.add(key(v)));
        // the kinds, as the known list names them, for its upkeep
        Files.writeString(Path.of("target", "layout-audit-kinds.txt"), String.join("\n", kinds) + "\n");
        System.out.println("layout audit: " + ALL.size() + " violations of " + kinds.size() + " kinds in "
                + FIGURES.size() + " visits (" + report + ", target/layout-audit-kinds.txt)");
        if (combinationsRun == combinationArrays().size()) {
            java.util.Set<String> gone = new java.util.TreeSet<>(knownViolations());
            gone.removeAll(SEEN);
            if (!gone.isEmpty()) {
                // reported, not failed: a faster or slower machine must not turn the list's upkeep into a red build
                System.out.println("layout audit: fixed, remove from layout-audit-known.txt:\n  " + String.join("\n  ", gone));
            }
        }
    }

    /**
     * A violation as the known list names it: the screen without size and look, the rule, and the
     * node without its text (a text may hold a temporary folder's name).
     */
    static String key(LayoutAudit.Violation v) {
        return v.screen().replaceAll(" @ .*", "") + " | " + v.rule() + " | "
                + v.node().replaceAll(" \".*\"( in #|$)", "$1");
    }

    /**
     * Two canvas cards overlapping, as the known list names the kind (any two cards of that screen):
     * which cards meet depends on the step a reveal or run shows when the audit looks.
     */
    static String canvasOverlapKey(LayoutAudit.Violation v) {
        return v.rule().equals("overlap") && v.node().matches("#part-\\S+ in #canvas × #part-\\S+ in #canvas")
                ? v.screen().replaceAll(" @ .*", "") + " | overlap | two cards in #canvas" : null;
    }

    private static java.util.Set<String> knownViolations() throws java.io.IOException {
        try (var in = LayoutAuditBase.class.getResourceAsStream("layout-audit-known.txt")) {
            if (in == null) {
                return java.util.Set.of();
            }
            java.util.Set<String> out = new java.util.LinkedHashSet<>();
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.strip());
                }
            }
            return out;
        }
    }

    /** The smallest op text and the worst contrast of a visit. */
    private static String summary(LayoutAudit audit) {
        var ops = audit.figures().stream().filter(LayoutAudit.TextFigure::op).mapToDouble(LayoutAudit.TextFigure::px).min();
        var worst = audit.figures().stream().min(Comparator.comparingDouble(LayoutAudit.TextFigure::contrast));
        return "smallest op text " + (ops.isPresent() ? Boxes.fmt(ops.getAsDouble()) + " px" : "—")
                + ", worst contrast " + worst.map(f -> String.format(Locale.ROOT, "%.2f:1 %s on %s (%s)", f.contrast(),
                        f.fg(), f.bg(), f.node())).orElse("—");
    }

    private void launch(FxRobot robot, Size size, Look look) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            GameShell old = shell;
            Settings settings = Settings.defaults().withTheme(look == Look.LIGHT ? Settings.Theme.LIGHT : Settings.Theme.DARK);
            shell = new GameShell(CATALOG, VERIFIER, PlayerProfile.inMemory(settings), () -> { });
            if (stage.getScene().getWidth() != size.width() || stage.getScene().getHeight() != size.height()) {
                stage.setScene(new Scene(new StackPane(), size.width(), size.height()));
            }
            ((StackPane) stage.getScene().getRoot()).getChildren().setAll(shell);
            if (old != null) {
                old.close();  // its level's runs and checks and its pack's watcher stop, so nothing keeps it alive
            }
            if (look.projector()) {
                // the scale first: set while the mode is off it restyles nothing, so the mode's look is worked out once
                shell.projector().setScale(look == Look.PROJECTOR_200 ? 200 : 100);
                shell.projector().enabledProperty().set(true);
            }
            // projector mode goes full screen; the audit holds the window at the size under test, at
            // once, before a pulse styles, lays out and draws the game in full screen for nothing
            stage.setFullScreen(false);
            stage.setWidth(size.width());
            stage.setHeight(size.height());
            stage.setX(0);
            stage.setY(0);
        }).get();
        fx(() -> { });  // the new scene's (the size may have changed it) first pulse
        double[] shown = WaitForAsyncUtils.asyncFx(() -> new double[] {stage.getScene().getWidth(),
                stage.getScene().getHeight(), stage.isFullScreen() ? 1 : 0}).get();
        if (shown[0] != size.width() || shown[1] != size.height() || shown[2] != 0) {
            throw new AssertionError("the window is not at " + size + " but " + shown[0] + "×" + shown[1]
                    + (shown[2] != 0 ? " in full screen" : ""));
        }
    }

    private void closePopups(FxRobot robot) {
        fx(() -> {
            for (javafx.stage.Window w : new ArrayList<>(javafx.stage.Window.getWindows())) {
                if (w instanceof javafx.stage.PopupWindow p) {
                    p.hide();
                }
            }
        });
    }

    LevelScreen level() {
        return shell.screen() instanceof LevelScreen l ? l : null;
    }

    void open(FxRobot robot, String id) {
        fx(() -> shell.openLevel(CATALOG.byId(id).orElseThrow()));
    }

    void verifyAndWait(FxRobot robot) throws Exception {
        robot.clickOn("#verify");
        waitUntil("the verification's trace or verdict", () -> level().reveal().traceProperty().get() != null
                || level().lookup("#verdict") instanceof Label verdict && verdict.isVisible() && !verdict.getText().isEmpty());
    }

    void openAddMenu(FxRobot robot) {
        Node main = robot.lookup(".goroutine-node").nth(0).query();
        Node title = main.lookup(".goroutine-title");
        Node canvas = robot.lookup("#canvas").query();
        javafx.geometry.Bounds seen = canvas.localToScene(canvas.getLayoutBounds());
        javafx.geometry.Bounds at = title.localToScene(title.getLayoutBounds());
        if (seen.contains(at.getCenterX(), at.getCenterY())) {
            robot.clickOn(title);
        } else {
            // out of view (projector mode at a large scale): a player selects it by keys, which pans it into view
            String id = main.getId().substring("part-".length());
            fx(canvas::requestFocus);
            for (int i = 0; i < 12 && !id.equals(level().canvas().selectedPart()); i++) {
                robot.type(KeyCode.RIGHT);
            }
        }
        Pulses.until("the card's \"+ Add op\" menu built", () -> robot.lookup(
                n -> n instanceof MenuButton m && m.getText().startsWith("+ Add op")).tryQuery().isPresent());
        MenuButton add = robot.lookup(n -> n instanceof MenuButton m && m.getText().startsWith("+ Add op")).queryAs(MenuButton.class);
        fx(add::show);
    }

    /**
     * In the level editor, as an author goes to the starting design: its tab (a narrow editor opens
     * on the form's), its locked ops unfolded, and on its canvas the goroutine {@code part},
     * selected by keys, which pans it into view.
     */
    void showStartingDesign(FxRobot robot, String part) {
        TabPane tabs = editorTabs();
        fx(() -> tabs.getTabs().stream().filter(tab -> "tab-design".equals(tab.getId())).findFirst()
                .ifPresent(tabs.getSelectionModel()::select));
        // a short editor (projector mode) moves the locks, in a layout pass, into a tab of its own,
        // into a scroll pane that a lookup sees into only once a pulse after that has skinned it
        TitledPane opLocks = built("#editor-op-locks-pane", TitledPane.class);
        fx(() -> opLocks.setExpanded(true));
        var canvas = built("#design-canvas", org.interleave.app.canvas.CanvasEditor.class);
        Pulses.until("the design canvas's #canvas built", () -> canvas.lookup("#canvas") != null);
        fx(() -> canvas.lookup("#canvas").requestFocus());
        for (int i = 0; i < 12 && !part.equals(canvas.selectedPart()); i++) {
            robot.type(KeyCode.RIGHT);
        }
    }

    /**
     * In the level editor, the locks of the starting design with its locked ops unfolded: a short
     * editor (projector mode at 200 %) shows them in a tab of their own; elsewhere they stand over
     * the design's JSON, as the visit before saw them.
     */
    void showLocks(FxRobot robot) {
        TabPane tabs = editorTabs();
        fx(() -> tabs.getTabs().stream().filter(tab -> "tab-locks".equals(tab.getId())).findFirst()
                .ifPresent(tabs.getSelectionModel()::select));
    }

    /**
     * The node {@code selector} finds in the game (its screen, dialog and overlay), once it is there:
     * waited for on pulses and bounded ({@link Pulses#until}, which names the selector when the bound
     * is reached). A node put in a layout pass into a scroll pane, tab or split pane not skinned yet
     * is out of a lookup's reach until a pulse has skinned its new parent, though the pulse that laid
     * it out is over.
     */
    <T extends Node> T built(String selector, Class<T> type) {
        Pulses.until(selector + " built in the game", () -> shell.lookup(selector) != null);
        return type.cast(Pulses.onFx(() -> shell.lookup(selector)));
    }

    /** The level editor's tab pane, once it is there ({@link #built}). */
    private TabPane editorTabs() {
        Pulses.until("the level editor's tab pane built", () -> shell.editor() != null && shell.editor().lookup(".tab-pane") != null);
        return Pulses.onFx(() -> (TabPane) shell.editor().lookup(".tab-pane"));
    }

    /**
     * Runs {@code change} on the FX thread and waits for the pulse that styles and lays out the
     * window's scene after it, and for the tasks queued meanwhile ({@link Pulses#interact}): what a
     * step needs, not {@code FxRobot.interact}'s fixed five round trips with 10 ms of sleep after each.
     */
    void fx(Runnable change) {
        Pulses.interact(stage.getScene(), change);
    }

    /**
     * Waits until {@code onFxThread}, read on the FX thread, holds: read at once and then after each
     * pulse, asked for, so none is read between pulses and none waits on a sleep. On a busy machine a
     * verification's search has taken over a minute, so the bound is long; past it the test fails
     * naming {@code what} it waited for.
     */
    void waitUntil(String what, java.util.concurrent.Callable<Boolean> onFxThread) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(WAIT_MINUTES);
        while (!WaitForAsyncUtils.asyncFx(onFxThread).get()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("waited " + WAIT_MINUTES + " min for " + what + " in vain");
            }
            nextPulse();
        }
    }

    /** Pulses a tab pane's new tabs are given to grow in (its open animation: 150 ms, some 9 pulses). */
    private static final int TAB_PULSES = 60;

    /**
     * Waits, for at most {@value #TAB_PULSES} pulses, until every tab's name shows whole within the
     * clips over it: a tab pane's new tabs grow in, and a tab half grown is no layout's fault. A name
     * cut for good (too many tabs) is left to the audit, which reports it.
     */
    private void tabsGrownIn() throws Exception {
        for (int i = 0; i < TAB_PULSES && !WaitForAsyncUtils.asyncFx(this::tabNamesWhole).get(); i++) {
            nextPulse();
        }
    }

    private boolean tabNamesWhole() {
        for (Node label : stage.getScene().getRoot().lookupAll(".tab-header-area .tab-label")) {
            javafx.geometry.Bounds b = label.localToScene(label.getLayoutBounds());
            for (Node n = label; n != null && !(n instanceof TabPane); n = n.getParent()) {
                if (n.getClip() != null) {
                    javafx.geometry.Bounds c = n.localToScene(n.getClip().getBoundsInParent());
                    if (b.getMinX() < c.getMinX() - 0.5 || b.getMaxX() > c.getMaxX() + 0.5) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private static final long WAIT_MINUTES = 5;

    /** Waits for the next pulse (asked for) to lay out the window's scene, or a second if none comes. */
    private void nextPulse() throws Exception {
        java.util.concurrent.CompletableFuture<Void> pulsed = new java.util.concurrent.CompletableFuture<>();
        javafx.application.Platform.runLater(() -> {
            Scene scene = stage.getScene();
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                // not removed while the scene runs its listeners
                javafx.application.Platform.runLater(() -> scene.removePostLayoutPulseListener(once[0]));
                pulsed.complete(null);
            };
            scene.addPostLayoutPulseListener(once[0]);
            javafx.application.Platform.requestNextPulse();
        });
        try {
            pulsed.get(1, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            // no pulse (the window hidden): read the condition again all the same
        }
    }
}
