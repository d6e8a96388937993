package org.interleave.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A schedule: the sequence of choices of one execution, as tokens. A token names the goroutine
 * instance that takes the step ({@code worker#1}), with {@code :k} when it picks case k of a
 * select that had several ready cases ({@code :default} for the default), or {@code @ctx} for the
 * firing of a context's timeout. Written as the tokens separated by spaces.
 */
public record Schedule(List<String> tokens) {
    public static final Schedule EMPTY = new Schedule(List.of());

    public Schedule {
        tokens = List.copyOf(tokens);
    }

    public static Schedule parse(String s) {
        String t = s.trim();
        if (t.isEmpty()) {
            return EMPTY;
        }
        return new Schedule(Arrays.asList(t.split("[\\s,]+")));
    }

    public int length() {
        return tokens.size();
    }

    public Schedule append(String token) {
        List<String> l = new ArrayList<>(tokens);
        l.add(token);
        return new Schedule(l);
    }

    public Schedule prefix(int n) {
        return new Schedule(tokens.subList(0, Math.min(n, tokens.size())));
    }

    @Override
    public String toString() {
        return String.join(" ", tokens);
    }
}
