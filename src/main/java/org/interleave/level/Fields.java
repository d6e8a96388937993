package org.interleave.level;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.interleave.engine.model.DesignValidator;
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
 * Typed access to the fields of one JSON object whose field names are known: unknown names and
 * missing required fields are reported once, on construction, and every getter reports a value of
 * the wrong type or out of range and then returns null (or the default), so callers go on.
 */
final class Fields {
    /** The longest id or name a file may use (DESIGN's limits). */
    static final int MAX_NAME = Quote.MAX_SHOWN;

    private final Obj obj;
    private final Report report;
    private final Set<String> suggested = new HashSet<>();

    /**
     * @param what     the object as named in messages: {@code part}, {@code op 'send'}, ...
     * @param known    every allowed field name, in the order suggestions prefer
     * @param required the fields that must be present
     */
    Fields(Obj obj, String what, Collection<String> known, Collection<String> required, Report report) {
        this.obj = obj;
        this.report = report;
        for (Member m : obj.members()) {
            if (!known.contains(m.name())) {
                String close = DesignValidator.closest(m.name(), known);
                if (close != null) {
                    suggested.add(close);
                }
                report.unknownField(m.namePos(), m.name(), what, known);
            }
        }
        for (String name : required) {
            if (obj.member(name) == null && !suggested.contains(name)) {
                report.missingField(obj.pos(), name, what);
            }
        }
    }

    /** {@code " — did you mean 'x'?"}, or nothing when there is no close name. */
    static String didYouMean(String close) {
        return close == null ? "" : " — did you mean '" + close + "'?";
    }

    /** The closest of {@code names} to {@code word} as a suggestion suffix, or nothing. */
    static String didYouMean(String word, Collection<String> names) {
        return didYouMean(DesignValidator.closest(word, names));
    }

    /** How a JSON value is named in type errors. */
    static String describe(Node n) {
        return switch (n) {
            case Obj o -> "an object";
            case Arr a -> "an array";
            case Str s -> "a string";
            case Num num -> num.integral() ? "a number" : num.text();
            case Bool b -> "a boolean";
            case Null x -> "null";
        };
    }

    /** The integer a JSON number stands for, or null if it has a fraction or is out of range. */
    static Long asLong(Num n) {
        if (!n.integral()) {
            return null;
        }
        try {
            return Long.parseLong(n.text());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    Report report() {
        return report;
    }

    boolean has(String name) {
        return obj.member(name) != null;
    }

    /** The value of a field, or null when absent. */
    Node node(String name) {
        Member m = obj.member(name);
        return m == null ? null : m.value();
    }

    /** Reports that {@code name} holds a value of the wrong JSON type. */
    void wrongType(String name, Node value, String expected) {
        report.wrongType(value.pos(), name, expected, describe(value));
    }

    void at(Pos pos, String message) {
        report.at(pos, message);
    }

    String string(String name) {
        Node n = node(name);
        if (n == null) {
            return null;
        }
        if (n instanceof Str s) {
            return s.value();
        }
        wrongType(name, n, "a string");
        return null;
    }

    /**
     * A string that names something (an id, a reference to a part, a local): at most
     * {@link #MAX_NAME} characters, or null (reported) when longer.
     */
    String name(String name) {
        String value = string(name);
        if (value != null && value.length() > MAX_NAME) {
            report.at(node(name).pos(), tooLong(name, value));
            return null;
        }
        return value;
    }

    /** The message for a name longer than {@link #MAX_NAME}. */
    static String tooLong(String field, String value) {
        return "'" + field + "' is too long: " + value.length() + " characters (names have at most " + MAX_NAME + ")";
    }

    /** A string that must be one of {@code options}; {@code what} names it in messages. */
    String choice(String name, String what, List<String> options) {
        String value = string(name);
        if (value != null && !options.contains(value)) {
            report.unknown(node(name).pos(), what, value, options);
            return null;
        }
        return value;
    }

    /** An integer in [min, max], or null when absent or invalid. */
    Long integer(String name, long min, long max) {
        Node n = node(name);
        if (n == null) {
            return null;
        }
        if (!(n instanceof Num num) || !num.integral()) {
            wrongType(name, n, "an integer");
            return null;
        }
        Long value = asLong(num);
        if (value == null && min == Long.MIN_VALUE && max == Long.MAX_VALUE) {
            report.at(n.pos(), "'" + name + "' is out of range for int");
            return null;
        }
        if (value == null || value < min || value > max) {
            report.at(n.pos(), "'" + name + "' must be " + range(min, max));
            return null;
        }
        return value;
    }

    long integer(String name, long min, long max, long absent) {
        Long value = integer(name, min, max);
        return value == null ? absent : value;
    }

    static String range(long min, long max) {
        if (min == Long.MIN_VALUE) {
            return "at most " + max;
        }
        if (max == Long.MAX_VALUE) {
            return "at least " + min;
        }
        return "between " + min + " and " + max;
    }

    boolean bool(String name, boolean absent) {
        Node n = node(name);
        if (n == null) {
            return absent;
        }
        if (n instanceof Bool b) {
            return b.value();
        }
        wrongType(name, n, "true or false");
        return absent;
    }

    double number(String name, double absent) {
        Node n = node(name);
        if (n == null) {
            return absent;
        }
        if (n instanceof Num num) {
            return Double.parseDouble(num.text());
        }
        wrongType(name, n, "a number");
        return absent;
    }

    Obj object(String name) {
        Node n = node(name);
        if (n == null || n instanceof Obj) {
            return (Obj) n;
        }
        wrongType(name, n, "an object");
        return null;
    }

    Arr array(String name) {
        Node n = node(name);
        if (n == null || n instanceof Arr) {
            return (Arr) n;
        }
        wrongType(name, n, "an array");
        return null;
    }

    /** A list of strings; wrong items are reported and left out. Empty when absent. */
    List<String> strings(String name) {
        List<String> out = new ArrayList<>();
        Arr a = array(name);
        if (a != null) {
            for (Node item : a.items()) {
                if (item instanceof Str s) {
                    out.add(s.value());
                } else {
                    report.at(item.pos(), "'" + name + "' must hold strings, not " + describe(item));
                }
            }
        }
        return out;
    }

    /** True when an unknown field was reported with {@code name} as the suggestion. */
    boolean suggested(String name) {
        return suggested.contains(name);
    }
}
