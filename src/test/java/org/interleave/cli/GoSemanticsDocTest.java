package org.interleave.cli;

import static org.interleave.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code docs/go-semantics.md} states, under each of its example levels, the verdict
 * {@code check} gives: every such level gives exactly that verdict, those kinds of finding, that
 * exit code, (for {@code inconclusive}) that reason and (where the page quotes one on a
 * {@code message:} line) that first finding's message, so the page cannot drift from the checker.
 */
class GoSemanticsDocTest {
    private static final Path DOC = Path.of("docs", "go-semantics.md");
    /** A level, then the line under it: {@code `check` → **verdict** [kinds], exit N (reason)}. */
    private static final Pattern EXAMPLE = Pattern.compile(
            "```json\\n([^`]*)\\n```\\n`check` → \\*\\*([a-z]+)\\*\\*(?: \\[([a-z, ]+)\\])?, exit (\\d)(?: \\(([^\\n]+)\\))?\\n(?:message: `([^`\\n]+)`\\n)?");

    record Example(String id, String level, String verdict, Set<String> kinds, int exit, String reason, String message) {
        @Override
        public String toString() {
            return id;
        }
    }

    static List<Example> examples() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8).replace("\r\n", "\n");
        List<Example> out = new ArrayList<>();
        Matcher m = EXAMPLE.matcher(doc);
        while (m.find()) {
            Matcher id = Pattern.compile("\"id\": \"([a-z0-9-]+)\"").matcher(m.group(1));
            assertTrue(id.find(), () -> "an example level without an id: " + m.group(1));
            Set<String> kinds = new TreeSet<>();
            if (m.group(3) != null) {
                kinds.addAll(List.of(m.group(3).split(", ")));
            }
            out.add(new Example(id.group(1), m.group(1), m.group(2), kinds, Integer.parseInt(m.group(4)), m.group(5), m.group(6)));
        }
        return out;
    }

    @Test
    void everyExampleLevel_statesItsVerdict() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        int levels = doc.split("```json", -1).length - 1;
        assertEquals(levels, examples().size(), "every ```json level on the page is followed by its `check` line");
        assertTrue(levels >= 19, "the page has a level for each rule it describes: " + levels);
        assertTrue(examples().stream().filter(e -> e.message() != null).count() >= 2,
                "the hang section's messages are read from the page");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void check_givesTheVerdictThePageStates(Example e, @TempDir Path dir) throws IOException {
        Path file = dir.resolve(e.id() + ".level.json");
        Files.writeString(file, e.level(), StandardCharsets.UTF_8);
        CliTest.Run r = run("check", file.toString(), "--json");
        JsonNode o = r.json();
        assertEquals(e.verdict(), o.get("verdict").textValue(), r::toString);
        Set<String> kinds = new TreeSet<>();
        o.get("findings").forEach(f -> kinds.add(f.get("kind").textValue()));
        assertEquals(e.kinds(), kinds, r::toString);
        assertEquals(e.exit(), r.exit(), r::toString);
        if (e.reason() != null) {
            assertEquals(e.reason(), o.get("stopReason").textValue(), r::toString);
        }
        if (e.message() != null) {
            assertEquals(e.message(), o.get("findings").get(0).get("message").textValue(), r::toString);
        }
    }
}
