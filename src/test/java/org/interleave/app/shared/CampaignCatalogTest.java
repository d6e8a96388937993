package org.interleave.app.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The campaign as packaged on the class path: every level of {@code levels/}, in order, by chapter. */
class CampaignCatalogTest {
    private static final CampaignCatalog CATALOG = CampaignCatalog.fromClassPath();

    @Test
    void classPath_holdsEveryLevelOfTheCampaignFolder_inFileOrder() throws IOException {
        List<String> files;
        try (Stream<Path> list = Files.list(Path.of("levels"))) {
            files = list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".level.json")).sorted().toList();
        }
        assertEquals(List.of(), CATALOG.problems());
        assertEquals(files, CATALOG.entries().stream().map(CampaignCatalog.Entry::fileName).toList());
        for (int i = 0; i < CATALOG.entries().size(); i++) {
            assertEquals(i + 1, CATALOG.entries().get(i).number());
        }
    }

    @Test
    void chapters_groupConsecutiveLevels_andKeepTheirOrder() {
        List<CampaignCatalog.Chapter> chapters = CATALOG.chapters();
        assertEquals("Goroutines", chapters.get(0).title());
        assertEquals(CATALOG.entries(), chapters.stream().flatMap(c -> c.levels().stream()).toList());
        for (int i = 0; i < chapters.size(); i++) {
            CampaignCatalog.Chapter c = chapters.get(i);
            assertEquals(i + 1, c.number());
            assertTrue(c.levels().stream().allMatch(e -> e.level().chapter().equals(c.title())), c.title());
        }
        assertEquals(chapters.size(), chapters.stream().map(CampaignCatalog.Chapter::title).distinct().count(),
                "a chapter split in two");
    }

    @Test
    void entries_areFoundById_andLinkToTheNextLevel() {
        CampaignCatalog.Entry first = CATALOG.entries().get(0);
        assertEquals(first, CATALOG.byId(first.level().id()).orElseThrow());
        assertEquals(CATALOG.entries().get(1), CATALOG.next(first).orElseThrow());
        assertTrue(CATALOG.next(CATALOG.entries().get(CATALOG.entries().size() - 1)).isEmpty());
        assertEquals("01", first.label());
    }

    /**
     * The game lists the packaged campaign without building the level schema's validator, the
     * slowest part of a first level load (issue 17): every packaged level passed the schema when
     * the build checked it ({@code PackagedLevelsTest}). In a class loader of its own, so that
     * what other tests loaded does not count.
     */
    @Test
    void packagedCampaign_loadsWithoutTheLevelSchema() throws Exception {
        try (Fresh loader = new Fresh()) {
            Class<?> catalog = Class.forName(CampaignCatalog.class.getName(), true, loader);
            Object loaded = catalog.getMethod("fromClassPath").invoke(null);
            assertEquals(List.of(), catalog.getMethod("problems").invoke(loaded));
            assertEquals(CATALOG.entries().size(), ((List<?>) catalog.getMethod("entries").invoke(loaded)).size());
            assertNull(loader.loaded("org.interleave.level.SchemaCheck"));
            assertNull(loader.loaded("com.networknt.schema.Schema"));
        }
    }

    /**
     * The game starts loading the campaign on another thread as it starts, and the catalog it
     * asks for later is that one, the campaign the class path holds (issue 17). In a class loader of
     * its own, so that the early load stays out of the other tests.
     */
    @Test
    void catalogLoadedEarly_isTheOneFromClassPathGives_theCampaign() throws Exception {
        try (Fresh loader = new Fresh()) {
            Class<?> catalog = Class.forName(CampaignCatalog.class.getName(), true, loader);
            catalog.getMethod("loadEarly").invoke(null);
            Object loaded = catalog.getMethod("fromClassPath").invoke(null);
            assertSame(loaded, catalog.getMethod("fromClassPath").invoke(null), "loaded once, early");
            assertEquals(List.of(), catalog.getMethod("problems").invoke(loaded));
            List<String> names = new ArrayList<>();
            for (Object e : (List<?>) catalog.getMethod("entries").invoke(loaded)) {
                Object level = e.getClass().getMethod("level").invoke(e);
                names.add(e.getClass().getMethod("fileName").invoke(e) + " " + level.getClass().getMethod("id").invoke(level));
            }
            assertEquals(CATALOG.entries().stream().map(e -> e.fileName() + " " + e.level().id()).toList(), names);
        }
    }

    /** The test's class path but its own test classes, loaded anew: nothing asked of the parent but the JDK. */
    private static final class Fresh extends URLClassLoader {
        Fresh() throws Exception {
            super(classPath(), ClassLoader.getPlatformClassLoader());
        }

        private static URL[] classPath() throws Exception {
            Path tests = Path.of(CampaignCatalogTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            List<URL> urls = new ArrayList<>();
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                if (!entry.isEmpty() && !Path.of(entry).toAbsolutePath().equals(tests.toAbsolutePath())) {
                    urls.add(Path.of(entry).toUri().toURL());
                }
            }
            return urls.toArray(URL[]::new);
        }

        Class<?> loaded(String name) {
            return findLoadedClass(name);
        }
    }
}
