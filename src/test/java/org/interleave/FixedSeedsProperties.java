package org.interleave;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Optional;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Group;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;
import org.junit.jupiter.api.Assumptions;

/** The seeds {@link FixedSeeds} gives jqwik properties. */
class FixedSeedsProperties {
    private static volatile Optional<String> seen = Optional.empty();

    /** Inside {@link FixedSeeds}: notes the seed the property is about to run with. */
    static final class SeenSeed implements AroundPropertyHook {
        @Override
        public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
            seen = context.attributes().seed();
            return property.execute();
        }
    }

    /** The seed FixedSeeds gives {@code name} (a property, or a class) under this run's setting; none for fresh seeds. */
    private static long fixedSeed(String name) {
        String setting = System.getProperty(FixedSeeds.SWITCH, "fixed");
        Assumptions.assumeFalse(setting.equals("random"), "fresh seeds were asked for");
        long base = setting.equals("fixed") ? FixedSeeds.DEFAULT_BASE : Long.parseLong(setting);
        return FixedSeeds.seed(base, name);
    }

    @Property(tries = 3)
    @AddLifecycleHook(SeenSeed.class)
    void aPropertyWithoutASeed_runsWithTheFixedSeedOfItsName(@ForAll int ignored) {
        assertEquals(Optional.of(Long.toString(fixedSeed(
                FixedSeedsProperties.class.getName() + "#aPropertyWithoutASeed_runsWithTheFixedSeedOfItsName"))), seen);
    }

    /** Properties that share the seed of their class, to share the work of the same cases. */
    @Group
    @FixedSeeds.OnePerClass
    class OneSeedPerClass {
        @Property(tries = 3)
        @AddLifecycleHook(SeenSeed.class)
        void aPropertyWithoutASeed_runsWithTheFixedSeedOfItsClass(@ForAll int ignored) {
            assertEquals(Optional.of(Long.toString(fixedSeed(OneSeedPerClass.class.getName()))), seen);
        }
    }

    @Property(tries = 3, seed = "42")
    @AddLifecycleHook(SeenSeed.class)
    void aPropertyWithItsOwnSeed_keepsIt(@ForAll int ignored) {
        assertEquals(Optional.of("42"), seen);
    }

    @Example
    void seeds_areTheSameForTheSamePropertyAndDifferForOthers() {
        assertEquals(FixedSeeds.seed(1, "a.B#c"), FixedSeeds.seed(1, "a.B#c"));
        assertNotEquals(FixedSeeds.seed(1, "a.B#c"), FixedSeeds.seed(1, "a.B#d"));
        assertNotEquals(FixedSeeds.seed(1, "a.B#c"), FixedSeeds.seed(2, "a.B#c"));
    }
}
