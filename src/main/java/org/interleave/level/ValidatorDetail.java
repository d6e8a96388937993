package org.interleave.level;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a problem the engine's design validator reports. The validator states its problems
 * in words only, so the loader reads back the three forms that have parts — an unknown part, an
 * undefined local, a value of the wrong type — where it turns them into {@link Problem}s. (Every
 * problem the loader finds itself carries its parts from the start; see {@link Report}.)
 */
final class ValidatorDetail {
    private static final Pattern SUGGESTION = Pattern.compile(" — did you mean '([^']*)'\\?$");
    private static final Pattern UNKNOWN_PART = Pattern.compile("^unknown part '([^']*)'");
    private static final Pattern UNDEFINED = Pattern.compile("^undefined: ([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern WRONG = Pattern.compile("^'([^']*)' must be (.+?), not (.+)$");

    private ValidatorDetail() {}

    /** The parts of a validator message, or null when it has none to tell. */
    static Problem.Detail of(String message) {
        Matcher s = SUGGESTION.matcher(message);
        String suggestion = s.find() ? s.group(1) : null;
        String plain = s.find(0) ? message.substring(0, s.start()) : message;
        Matcher m;
        if ((m = UNKNOWN_PART.matcher(plain)).find()) {
            return new Problem.Detail("the id of a part in the design", "'" + m.group(1) + "'", suggestion);
        }
        if ((m = UNDEFINED.matcher(plain)).find()) {
            return new Problem.Detail("a local this goroutine assigns", "'" + m.group(1) + "', never assigned here",
                    suggestion);
        }
        if ((m = WRONG.matcher(plain)).matches()) {
            return new Problem.Detail(m.group(2), m.group(3), suggestion);
        }
        return suggestion == null ? null : new Problem.Detail(null, null, suggestion);
    }
}
