package org.interleave;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Keeps the architecture of DESIGN.md §1: the engine is pure Java and owns the truth, and
 * dependencies point one way, {@code app → {editor, playback} → level → explore → engine}.
 *
 * <p>Each rule allows an empty subject because packages appear as the game grows (editor and
 * playback do not exist yet); a package with no classes has nothing to break.
 */
@AnalyzeClasses(packages = "org.interleave", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule engineAndExplore_importNoUiOrJsonLibraries =
            noClasses().that().resideInAnyPackage("org.interleave.engine..", "org.interleave.explore..")
                    .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.almasb..", "com.fasterxml..")
                    .because("the engine and the search run headless, in the CLI and in tests, and own the truth")
                    .allowEmptyShould(true);

    @ArchTest
    static final ArchRule onlyAppAndLauncher_dependOnApp =
            noClasses().that().resideOutsideOfPackage("org.interleave.app..")
                    .and().doNotHaveFullyQualifiedName(Launcher.class.getName())
                    .should().dependOnClassesThat().resideInAPackage("org.interleave.app..")
                    .because("the app sits on top: nothing below it may reach up into the UI")
                    .allowEmptyShould(true);

    @ArchTest
    static final ArchRule engine_dependsOnNoHigherLayer =
            noClasses().that().resideInAPackage("org.interleave.engine..")
                    .should().dependOnClassesThat().resideInAnyPackage(
                            "org.interleave.explore..", "org.interleave.level..", "org.interleave.cli..",
                            "org.interleave.app..", "org.interleave.editor..", "org.interleave.playback..")
                    .allowEmptyShould(true);

    @ArchTest
    static final ArchRule explore_dependsOnlyOnEngine =
            noClasses().that().resideInAPackage("org.interleave.explore..")
                    .should().dependOnClassesThat().resideInAnyPackage(
                            "org.interleave.level..", "org.interleave.cli..",
                            "org.interleave.app..", "org.interleave.editor..", "org.interleave.playback..")
                    .allowEmptyShould(true);

    @ArchTest
    static final ArchRule level_dependsOnNoCliOrUi =
            noClasses().that().resideInAPackage("org.interleave.level..")
                    .should().dependOnClassesThat().resideInAnyPackage(
                            "org.interleave.cli..", "org.interleave.app..",
                            "org.interleave.editor..", "org.interleave.playback..")
                    .allowEmptyShould(true);

    @ArchTest
    static final ArchRule engineAndExplore_readNoWallClockAndUseNoUnseededRandomness =
            noClasses().that().resideInAnyPackage("org.interleave.engine..", "org.interleave.explore..")
                    .should().callMethod(System.class, "nanoTime")
                    .orShould().callMethod(System.class, "currentTimeMillis")
                    .orShould().callConstructor(java.util.Random.class)
                    .orShould().dependOnClassesThat().haveFullyQualifiedName("java.time.Clock")
                    .orShould().dependOnClassesThat().haveFullyQualifiedName("java.time.Instant")
                    .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.ThreadLocalRandom")
                    .because("runs must be deterministic: clocks and seeds are passed in")
                    .allowEmptyShould(true);
}
