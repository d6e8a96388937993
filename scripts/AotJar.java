import java.io.IOException;
import java.io.OutputStream;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassFileVersion;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.ClassModel;
import java.lang.classfile.ClassTransform;
import java.lang.classfile.CodeTransform;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * Writes the jar {@code scripts/interleave} runs with its ahead-of-time cache (issue 17):
 *
 * <pre>java scripts/AotJar.java target/interleave.jar target/interleave-aot.jar</pre>
 *
 * <p>The JDK's AOT cache (and CDS) holds no class file older than Java 6: those are checked by the
 * old verifier, at every start. picocli's are Java 5 class files, about 150 of which a command
 * loads. This jar holds them as Java 8 class files, the same bytecode with the stack maps the new
 * verifier reads, computed by the JDK's class-file API (JDK 24 or newer); its manifest is the
 * jar's with {@code Class-Path:} naming the jar, so {@code java -jar} on it runs the same entry
 * point on the same classes, picocli's taken from here. A class that cannot be rewritten is left
 * out, and then comes from the jar as before.
 */
public final class AotJar {
    private AotJar() {}

    public static void main(String[] args) throws IOException {
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int rewritten = 0;
        int skipped = 0;
        try (JarFile jar = new JarFile(in.toFile());
             URLClassLoader classes = new URLClassLoader(new URL[] {in.toUri().toURL()}, null);
             OutputStream file = Files.newOutputStream(out);
             JarOutputStream to = new JarOutputStream(file, manifest(jar, in))) {
            ClassFile cf = ClassFile.of(ClassFile.StackMapsOption.GENERATE_STACK_MAPS,
                    ClassFile.ClassHierarchyResolverOption.of(ClassHierarchyResolver.defaultResolver()
                            .orElse(ClassHierarchyResolver.ofResourceParsing(classes))));
            ClassTransform java8 = (builder, element) -> {
                if (element instanceof ClassFileVersion) {
                    builder.withVersion(ClassFile.JAVA_8_VERSION, 0);
                } else {
                    builder.with(element);
                }
            };
            // every method body rebuilt, so that each gets its stack maps
            ClassTransform rewrite = java8.andThen(ClassTransform.transformingMethodBodies(CodeTransform.ACCEPT_ALL));
            for (JarEntry entry : Collections.list(jar.entries())) {
                if (!entry.getName().endsWith(".class") || entry.getName().startsWith("META-INF/")) {
                    continue;
                }
                byte[] bytes;
                try (var stream = jar.getInputStream(entry)) {
                    bytes = stream.readAllBytes();
                }
                if (bytes.length < 8 || (((bytes[6] & 0xff) << 8) | (bytes[7] & 0xff)) >= ClassFile.JAVA_6_VERSION) {
                    continue;
                }
                byte[] java8Bytes;
                try {
                    ClassModel model = cf.parse(bytes);
                    java8Bytes = cf.transformClass(model, rewrite);
                } catch (RuntimeException e) {
                    skipped++;
                    continue;
                }
                to.putNextEntry(new JarEntry(entry.getName()));
                to.write(java8Bytes);
                to.closeEntry();
                rewritten++;
            }
        }
        System.out.println(out + ": " + rewritten + " class files rewritten as Java 8, " + skipped + " left as they were");
    }

    /** The jar's manifest, with {@code Class-Path:} naming the jar (beside this one). */
    private static Manifest manifest(JarFile jar, Path in) throws IOException {
        Manifest m = jar.getManifest() == null ? new Manifest() : new Manifest(jar.getManifest());
        m.getMainAttributes().putIfAbsent(Attributes.Name.MANIFEST_VERSION, "1.0");
        try {
            m.getMainAttributes().put(Attributes.Name.CLASS_PATH,
                    new URI(null, null, in.getFileName().toString(), null).toASCIIString());
        } catch (URISyntaxException e) {
            throw new IOException("cannot name " + in + " in a manifest", e);
        }
        return m;
    }
}
