package org.interleave.level.save;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A save as a JSON object that starts with {@code "format": 1}, mapped to a record by Jackson.
 *
 * <p>Reading is strict about what makes a file untrustworthy (not JSON, cut short, not an
 * object, another format version, duplicate keys, a value of the wrong type) and lenient about
 * fields it does not know, so a hand-edited file with an extra note still loads. Values out of
 * range are the records' business: they clamp or refuse in their constructors.
 *
 * @param <T> the record saved
 */
public final class JsonCodec<T> implements SaveCodec<T> {
    /** The version of every save format in this package. */
    public static final int FORMAT = 1;

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .build();

    private final Class<T> type;

    public JsonCodec(Class<T> type) {
        this.type = type;
    }

    @Override
    public void write(T value, OutputStream out) throws IOException {
        ObjectNode root = MAPPER.createObjectNode().put("format", FORMAT);
        root.setAll((ObjectNode) MAPPER.valueToTree(value));
        MAPPER.writeValue(out, root);
    }

    @Override
    public T read(byte[] bytes) throws CorruptSaveException {
        JsonNode root;
        try {
            root = MAPPER.readTree(bytes);
        } catch (JsonEOFException e) {
            throw new CorruptSaveException("the file is cut short", e);
        } catch (IOException e) {
            if (cutInLastToken(bytes, e)) {
                throw new CorruptSaveException("the file is cut short", e);
            }
            throw new CorruptSaveException("the file is not valid JSON" + at(e), e);
        }
        if (root == null || root.isMissingNode()) {
            throw new CorruptSaveException("the file is empty");
        }
        if (!root.isObject()) {
            throw new CorruptSaveException("the file holds " + kind(root) + " instead of an object");
        }
        JsonNode format = root.get("format");
        if (format == null || !format.isIntegralNumber()) {
            throw new CorruptSaveException("the file has no format version");
        }
        if (format.asLong() > FORMAT) {
            throw CorruptSaveException.newerFormat("the file was written by a newer version of Interleave (format "
                    + format + ")");
        }
        if (format.asLong() != FORMAT) {
            throw new CorruptSaveException("the file has an unknown format version " + format);
        }
        ((ObjectNode) root).remove("format");
        try {
            return MAPPER.treeToValue(root, type);
        } catch (DatabindException e) {
            throw new CorruptSaveException("the file holds a value Interleave cannot use" + where(e) + ": " + why(e), e);
        } catch (IllegalArgumentException e) {
            throw new CorruptSaveException("the file holds a value Interleave cannot use: " + e.getMessage(), e);
        } catch (JacksonException e) {
            throw new CorruptSaveException("the file holds a value Interleave cannot use", e);
        }
    }

    /**
     * True when the error is at a broken last token ({@code "cleared": tr}): a file cut off in
     * the middle of a word, which Jackson reports as a bad token rather than an early end.
     */
    private static boolean cutInLastToken(byte[] bytes, IOException e) {
        if (!(e instanceof JacksonException j) || j.getLocation() == null) {
            return false;
        }
        long offset = j.getLocation().getByteOffset();
        if (offset <= 0 || offset >= bytes.length) {
            return false;
        }
        String before = new String(bytes, 0, (int) offset, StandardCharsets.UTF_8).strip();
        String rest = new String(bytes, (int) offset, bytes.length - (int) offset, StandardCharsets.UTF_8).strip();
        return before.startsWith("{") && !rest.isEmpty()
                && rest.chars().noneMatch(c -> Character.isWhitespace(c) || "{}[],:\"".indexOf(c) >= 0);
    }

    private static String at(IOException e) {
        if (e instanceof JacksonException j && j.getLocation() != null && j.getLocation() != JsonLocation.NA) {
            return " (line " + j.getLocation().getLineNr() + ", column " + j.getLocation().getColumnNr() + ")";
        }
        return "";
    }

    private static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "a JSON array";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> "a " + node.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }

    /** The field path of a mapping error, like {@code at levels.intro.best.ticks}. */
    private static String where(DatabindException e) {
        if (!(e instanceof JsonMappingException m) || m.getPath().isEmpty()) {
            return "";
        }
        List<JsonMappingException.Reference> path = m.getPath();
        return " at " + path.stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    /**
     * Our own constructor checks say it best; otherwise what was expected, in JSON's words (never
     * Jackson's, which name Java types such as {@code java.lang.Integer} or our records).
     */
    private static String why(DatabindException e) {
        Throwable cause = e.getCause();
        if (cause instanceof IllegalArgumentException && cause.getMessage() != null) {
            return cause.getMessage();
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return "expected " + jsonKind(m.getTargetType());
        }
        return "a value of the wrong kind";
    }

    /** How a value of a Java type is written in JSON, for messages. */
    private static String jsonKind(Class<?> type) {
        if (type == int.class || type == long.class || type == Integer.class || type == Long.class
                || type == short.class || type == Short.class) {
            return "a whole number";
        }
        if (type == double.class || type == float.class || type == Double.class || type == Float.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class || type.isEnum()) {
            return "a string";
        }
        if (type.isArray() || java.util.Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "an object";
    }
}
