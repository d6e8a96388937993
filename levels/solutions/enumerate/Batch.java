import com.fasterxml.jackson.databind.node.*;
import java.io.*;
import java.nio.file.*;

/** Scores the designs of a file, one a line: a label, a tab, the parts as JSON. */
public class Batch {
    public static void main(String[] a) throws Exception {
        Harness h = new Harness(Path.of(a[0]));
        long t0 = System.nanoTime();
        try (BufferedReader r = Files.newBufferedReader(Path.of(a[1]))) {
            String line;
            while ((line = r.readLine()) != null) {
                int tab = line.indexOf('\t');
                h.score((ArrayNode) Harness.M.readTree(line.substring(tab + 1)), line.substring(0, tab));
            }
        }
        System.out.printf("scored in %d s%n", (System.nanoTime() - t0) / 1_000_000_000);
        h.report(a.length > 2 ? Path.of(a[2]) : null);
        System.out.printf("total %d s%n", (System.nanoTime() - t0) / 1_000_000_000);
    }
}
