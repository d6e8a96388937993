package org.interleave;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Keeps the architecture of DESIGN.md §1: the engine is pure Java and owns the truth, and
 * dependencies point one way,
 * {@code app → {playback, gobridge} → level → explore → engine}, with {@code cli} beside
 * {@code app} as the headless front end.
 *
 * <p>Inside {@code app}, the root package holds only the shell that wires the screens together
 * ({@code GameShell}, {@code InterleaveApp}); what the screens share ({@code Theme},
 * {@code CampaignCatalog}, {@code OffThreadJob}) lives in {@code app.shared}, and {@code app.canvas}
 * is a widget the level screen and the editor both use. No two packages may depend on each
 * other, directly or around a cycle.
 *
 * <p>Every rule names packages that exist, and none allows an empty subject: a rule whose
 * packages were renamed away fails instead of passing silently.
 */
@AnalyzeClasses(packages = "org.interleave", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String APP = "org.interleave.app..";

    /** Classes of {@code app} outside the given packages. */
    private static DescribedPredicate<JavaClass> appPackagesOtherThan(String... packages) {
        return resideInAPackage(APP).and(not(resideInAnyPackage(packages)))
                .as("classes in app outside " + String.join(", ", packages));
    }

    @ArchTest
    static final ArchRule packages_areFreeOfCycles =
            slices().matching("org.interleave.(**)").should().beFreeOfCycles()
                    .because("a cycle makes two packages one: neither can change, be tested or be read alone");

    @ArchTest
    static final ArchRule engineAndExplore_importNoUiOrJsonLibraries =
            noClasses().that().resideInAnyPackage("org.interleave.engine..", "org.interleave.explore..")
                    .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.almasb..", "com.fasterxml..")
                    .because("the engine and the search run headless, in the CLI and in tests, and own the truth");

    @ArchTest
    static final ArchRule cliAndGobridge_importNoUi =
            noClasses().that().resideInAnyPackage("org.interleave.cli..", "org.interleave.gobridge..")
                    .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.almasb..")
                    .because("the commands run without a display and never start JavaFX");

    @ArchTest
    static final ArchRule onlyAppAndLauncher_dependOnApp =
            noClasses().that().resideOutsideOfPackage(APP)
                    .and().doNotHaveFullyQualifiedName(Launcher.class.getName())
                    .should().dependOnClassesThat().resideInAPackage(APP)
                    .because("the app sits on top: nothing below it may reach up into the UI");

    @ArchTest
    static final ArchRule engine_dependsOnNoHigherLayer =
            noClasses().that().resideInAPackage("org.interleave.engine..")
                    .should().dependOnClassesThat().resideInAnyPackage(
                            "org.interleave.explore..", "org.interleave.level..", "org.interleave.cli..",
                            "org.interleave.gobridge..", "org.interleave.playback..", APP);

    @ArchTest
    static final ArchRule explore_dependsOnlyOnEngine =
            noClasses().that().resideInAPackage("org.interleave.explore..")
                    .should().dependOnClassesThat().resideInAnyPackage(
                            "org.interleave.level..", "org.interleave.cli..",
                            "org.interleave.gobridge..", "org.interleave.playback..", APP);

    @ArchTest
    static final ArchRule level_dependsOnNoCliOrUi =
            noClasses().that().resideInAPackage("org.interleave.level..")
                    .should().dependOnClassesThat().resideInAnyPackage(
                            "org.interleave.cli..", "org.interleave.gobridge..", "org.interleave.playback..", APP);

    @ArchTest
    static final ArchRule gobridge_dependsOnNoCliOrUi =
            noClasses().that().resideInAPackage("org.interleave.gobridge..")
                    .should().dependOnClassesThat().resideInAnyPackage(
                            "org.interleave.cli..", "org.interleave.playback..", APP)
                    .because("the Go bridge serves both the CLI and the game");

    @ArchTest
    static final ArchRule playback_dependsOnNoCliOrApp =
            noClasses().that().resideInAPackage("org.interleave.playback..")
                    .should().dependOnClassesThat().resideInAnyPackage("org.interleave.cli..", APP)
                    .because("the reveal and the timeline are views the screens embed, not screens");

    @ArchTest
    static final ArchRule appFeatures_dependNotOnTheShell =
            noClasses().that().resideInAPackage(APP)
                    .and().resideOutsideOfPackage("org.interleave.app")
                    .should().dependOnClassesThat().resideInAPackage("org.interleave.app")
                    .because("the shell wires every screen; a screen that reached back into it would close a cycle"
                            + " (what screens share lives in app.shared)");

    @ArchTest
    static final ArchRule appShared_dependsOnNoOtherAppPackage =
            noClasses().that().resideInAPackage("org.interleave.app.shared..")
                    .should().dependOnClassesThat(appPackagesOtherThan("org.interleave.app.shared.."))
                    .because("every screen uses it, so it can use none of them");

    @ArchTest
    static final ArchRule appCanvas_dependsOnNoOtherAppPackageThanShared =
            noClasses().that().resideInAPackage("org.interleave.app.canvas..")
                    .should().dependOnClassesThat(
                            appPackagesOtherThan("org.interleave.app.canvas..", "org.interleave.app.shared.."))
                    .because("the canvas is one widget the level screen and the level editor both embed");

    @ArchTest
    static final ArchRule engineAndExplore_readNoWallClockAndUseNoUnseededRandomness =
            noClasses().that().resideInAnyPackage("org.interleave.engine..", "org.interleave.explore..")
                    .should().callMethod(System.class, "nanoTime")
                    .orShould().callMethod(System.class, "currentTimeMillis")
                    .orShould().callConstructor(java.util.Random.class)
                    .orShould().dependOnClassesThat().haveFullyQualifiedName("java.time.Clock")
                    .orShould().dependOnClassesThat().haveFullyQualifiedName("java.time.Instant")
                    .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.ThreadLocalRandom")
                    .because("runs must be deterministic: clocks and seeds are passed in");
}
