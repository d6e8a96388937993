package org.interleave.level;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.DialectId;
import com.networknt.schema.keyword.KeywordType;
import com.networknt.schema.keyword.NonValidationKeyword;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.interleave.level.JsonTree.Arr;
import org.interleave.level.JsonTree.Bool;
import org.interleave.level.JsonTree.Member;
import org.interleave.level.JsonTree.Node;
import org.interleave.level.JsonTree.Null;
import org.interleave.level.JsonTree.Num;
import org.interleave.level.JsonTree.Obj;
import org.interleave.level.JsonTree.Pos;
import org.interleave.level.JsonTree.Str;

/**
 * Checks a level against {@code levels/level.schema.json}, the JSON Schema (draft 2020-12) that
 * authors' editors use, packaged in the jar as {@value #RESOURCE}.
 *
 * <p>The loader runs it only on files it has accepted, so a mistake the loader reports is not
 * reported again; what the schema still finds is where the two disagree (a preset missing a field
 * that {@link Presets} needs, say), reported like the loader's problems, at the offending value.
 */
final class SchemaCheck {
    /** Where the build puts {@code levels/level.schema.json}. */
    static final String RESOURCE = "/schema/level.schema.json";

    private static final List<String> OP_LISTS = List.of("ops", "do", "then", "else", "default");

    /**
     * Draft 2020-12 as the validator's own {@code Draft202012} defines it (its keywords, vocabularies
     * and {@code $id}), without the formats: the schema checks none ({@code LevelSchemaTest} keeps it
     * so), and making the library's format checkers (date-times, e-mail addresses with their lists of
     * domains, IRIs, ...) cost ~0.1 s of CPU on the way to every first load (issue 17).
     */
    static final Dialect DIALECT = Dialect.builder(DialectId.DRAFT_2020_12)
            .specificationVersion(SpecificationVersion.DRAFT_2020_12)
            .idKeyword("$id")
            .keywords(KeywordType.getKeywords(SpecificationVersion.DRAFT_2020_12))
            .keyword(new NonValidationKeyword("definitions"))
            .vocabularies(Map.of(
                    "https://json-schema.org/draft/2020-12/vocab/core", true,
                    "https://json-schema.org/draft/2020-12/vocab/applicator", true,
                    "https://json-schema.org/draft/2020-12/vocab/unevaluated", true,
                    "https://json-schema.org/draft/2020-12/vocab/validation", true,
                    "https://json-schema.org/draft/2020-12/vocab/meta-data", true,
                    "https://json-schema.org/draft/2020-12/vocab/format-annotation", true,
                    "https://json-schema.org/draft/2020-12/vocab/content", true))
            .build();

    private SchemaCheck() {}

    /** Loaded on first use: only a file the loader accepted needs it. */
    private static final class Holder {
        static final JsonNode RAW = read();
        static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(DIALECT).getSchema(RAW);

        private static JsonNode read() {
            try (InputStream in = SchemaCheck.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the level schema " + RESOURCE + " is not on the class path");
                }
                return SchemaJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the level schema " + RESOURCE, e);
            } catch (JsonTree.SyntaxError e) {
                throw new IllegalStateException("the level schema " + RESOURCE + " is not JSON: " + e.getMessage(), e);
            }
        }
    }

    /** Builds the validator now, if no thread has yet; it is the slowest part of a first load. */
    static void prepare() {
        Objects.requireNonNull(Holder.SCHEMA);
    }

    /** The schema as JSON, for tests that check it against the 2020-12 meta-schema. */
    static JsonNode schemaJson() {
        return Holder.RAW;
    }

    /** Reports every place where {@code level} breaks the schema; one problem per place and message. */
    static void check(Obj level, Report r) {
        Set<String> seen = new HashSet<>();
        for (Error e : Holder.SCHEMA.validate(toJackson(level))) {
            Node at = find(level, e.getInstanceLocation());
            Member named = e.getProperty() != null && at instanceof Obj o ? o.member(e.getProperty()) : null;
            Pos pos = named != null && e.getKeyword().equals("additionalProperties") ? named.namePos() : at.pos();
            String message = message(e, level);
            if (seen.add(pos.line() + ":" + pos.column() + ":" + message)) {
                switch (e.getKeyword()) {
                    case "required" -> r.missingField(pos, e.getProperty(), what(level, e.getInstanceLocation()));
                    case "additionalProperties" ->
                            r.unknownField(pos, e.getProperty(), what(level, e.getInstanceLocation()), allowed(e));
                    default -> r.at(pos, message);
                }
            }
        }
    }

    private static String message(Error e, Obj level) {
        NodePath path = e.getInstanceLocation();
        String property = e.getProperty();
        return switch (e.getKeyword()) {
            case "required" -> "missing field '" + property + "' in " + what(level, path);
            case "additionalProperties" -> "unknown field '" + property + "' in " + what(level, path)
                    + Fields.didYouMean(property, allowed(e));
            default -> "'" + field(path) + "': " + SchemaJson.message(e);
        };
    }

    /** The field names the schema allows beside an {@code additionalProperties} that failed. */
    private static List<String> allowed(Error e) {
        JsonNode schema = Holder.RAW;
        NodePath fragment = e.getSchemaLocation().getFragment();
        for (int i = 0; i < fragment.getNameCount() - 1 && schema != null; i++) {
            schema = fragment.getElement(i) instanceof Integer index ? schema.get(index) : schema.get(fragment.getName(i));
        }
        List<String> names = new ArrayList<>();
        if (schema != null && schema.get("properties") != null) {
            schema.get("properties").fieldNames().forEachRemaining(names::add);
        }
        return names;
    }

    /** How the object at {@code path} is named in messages, as the loader names it. */
    private static String what(Obj level, NodePath path) {
        int n = path.getNameCount();
        if (n == 0) {
            return "level";
        }
        String last = path.getName(n - 1);
        String parent = n > 1 ? path.getName(n - 2) : "";
        if (n == 1 && (last.equals("design") || last.equals("solution"))) {
            return "design";
        }
        if (path.getElement(n - 1) instanceof Integer) {
            if (parent.equals("parts")) {
                return "part";
            }
            if (OP_LISTS.contains(parent) && find(level, path) instanceof Obj op
                    && op.member("op") != null && op.member("op").value() instanceof Str s) {
                return "op '" + s.value() + "'";
            }
            if (parent.equals("cases")) {
                return "select case";
            }
        }
        return switch (last) {
            case "output" -> "output goal";
            case "goal", "verify", "par", "palette", "args" -> last;
            default -> "'" + last + "'";
        };
    }

    /** The nearest field name on the path, with the index of an array item. */
    private static String field(NodePath path) {
        int n = path.getNameCount();
        if (n == 0) {
            return "level";
        }
        if (path.getElement(n - 1) instanceof Integer i && n > 1) {
            return path.getName(n - 2) + "[" + i + "]";
        }
        return path.getName(n - 1);
    }

    /** The value at a validator's instance location; the nearest one that exists if it does not. */
    private static Node find(Obj level, NodePath path) {
        Node node = level;
        for (int i = 0; i < path.getNameCount(); i++) {
            Object step = path.getElement(i);
            Node next = null;
            if (node instanceof Obj o && step instanceof String name && o.member(name) != null) {
                next = o.member(name).value();
            } else if (node instanceof Arr a && step instanceof Integer index && index < a.items().size()) {
                next = a.items().get(index);
            }
            if (next == null) {
                return node;
            }
            node = next;
        }
        return node;
    }

    private static JsonNode number(Num n) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (!n.integral()) {
            return f.numberNode(new BigDecimal(n.text()));
        }
        Long value = Fields.asLong(n);
        return value != null ? f.numberNode(value.longValue()) : f.numberNode(new BigInteger(n.text()));
    }

    /** The same document as Jackson nodes, for the validator. */
    static JsonNode toJackson(Node n) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        return switch (n) {
            case Obj o -> {
                ObjectNode out = f.objectNode();
                o.members().forEach(m -> out.set(m.name(), toJackson(m.value())));
                yield out;
            }
            case Arr a -> {
                ArrayNode out = f.arrayNode();
                a.items().forEach(item -> out.add(toJackson(item)));
                yield out;
            }
            case Str s -> f.textNode(s.value());
            case Num num -> number(num);
            case Bool b -> f.booleanNode(b.value());
            case Null x -> f.nullNode();
        };
    }
}
