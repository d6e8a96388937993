package org.interleave.gobridge;

import java.util.List;

/**
 * Many exported programs as one Go program, so that one link serves them all (a link costs far more
 * than compiling a small package, and Go does not cache the links of {@code go build ./...}): each
 * program becomes a package {@code <module>/designs/<dir>} whose {@code main} is renamed
 * {@code Main}, and a driver, {@code driver <dir>}, runs the one its argument names.
 */
final class GoDriver {
    private GoDriver() {}

    /** The exported program as a package of the driver: {@code package main} and {@code func main} renamed. */
    static String asPackage(String program, String name) {
        String renamed = program.replaceFirst("(?m)^package main$", "package design")
                .replaceFirst("(?m)^func main\\(\\) \\{$", "func Main() {");
        if (!renamed.contains("\npackage design\n") || !renamed.contains("\nfunc Main() {\n")) {
            throw new IllegalStateException("no 'package main' with a 'func main() {' in the export of " + name);
        }
        return renamed;
    }

    /** The driver's source: {@code driver <dir>} runs the program exported to {@code designs/<dir>}, as its own main would. */
    static String source(String module, List<String> dirs) {
        StringBuilder b = new StringBuilder();
        b.append("// Command driver runs one exported design: driver <dir>.\n");
        b.append("package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n\n");
        for (int i = 0; i < dirs.size(); i++) {
            b.append("\td").append(i).append(" \"").append(module).append("/designs/").append(dirs.get(i)).append("\"\n");
        }
        b.append(")\n\nvar designs = map[string]func(){\n");
        for (int i = 0; i < dirs.size(); i++) {
            b.append("\t\"").append(dirs.get(i)).append("\": d").append(i).append(".Main,\n");
        }
        b.append("}\n\nfunc main() {\n");
        b.append("\trun, ok := designs[os.Args[len(os.Args)-1]]\n");
        b.append("\tif len(os.Args) != 2 || !ok {\n");
        b.append("\t\tfmt.Fprintln(os.Stderr, \"usage: driver <design dir>\")\n\t\tos.Exit(64)\n\t}\n");
        b.append("\trun()\n}\n");
        return b.toString();
    }
}
