import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes members of the design families that {@code bench} builds (DesignFamilies: worker pool,
 * counter, philosophers, pipeline) as level files, so that a whole process can check one as a
 * player would (issues 11 and 17: pool 5x10, counter 8 and philosophers 7 each under a second):
 *
 * <pre>java -cp target/interleave.jar scripts/FamilyLevels.java /tmp/levels pool:5x10 counter:8 philosophers:7
 * java -jar target/interleave.jar check /tmp/levels/pool-5x10.level.json</pre>
 *
 * <p>The level text is bench's own, taken from the jar through reflection (the families are not
 * public API), so a file checks exactly what bench checks.
 */
public final class FamilyLevels {
    private FamilyLevels() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        Class<?> families = Class.forName("org.interleave.cli.DesignFamilies");
        for (int i = 1; i < args.length; i++) {
            String family = args[i].substring(0, args[i].indexOf(':'));
            String size = args[i].substring(args[i].indexOf(':') + 1);
            Object member = switch (family) {
                case "pool" -> call(families, "workerPool", Integer.parseInt(size.split("x")[0]),
                        Integer.parseInt(size.split("x")[1]));
                case "counter" -> call(families, "counter", Integer.parseInt(size));
                case "philosophers" -> call(families, "philosophers", Integer.parseInt(size));
                case "pipeline" -> call(families, "pipeline", Integer.parseInt(size));
                default -> throw new IllegalArgumentException("no family " + family + " (pool, counter, philosophers, pipeline)");
            };
            Method json = member.getClass().getDeclaredMethod("json");
            json.setAccessible(true);
            Path file = dir.resolve(family + "-" + size + ".level.json");
            Files.writeString(file, (String) json.invoke(member));
            System.out.println(file);
        }
    }

    private static Object call(Class<?> families, String name, int... sizes) throws Exception {
        Class<?>[] types = new Class<?>[sizes.length];
        Object[] values = new Object[sizes.length];
        for (int i = 0; i < sizes.length; i++) {
            types[i] = int.class;
            values[i] = sizes[i];
        }
        Method m = families.getDeclaredMethod(name, types);
        m.setAccessible(true);
        return m.invoke(null, values);
    }
}
