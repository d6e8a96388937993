package org.interleave.explore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Schedule tokens by number: a search takes the same few tokens over and over. */
final class Tokens {
    private final Map<String, Integer> numbers = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private long bytes;

    int number(String token) {
        Integer n = numbers.get(token);
        if (n == null) {
            n = names.size();
            numbers.put(token, n);
            names.add(token);
            bytes += 96 + 2L * token.length();
        }
        return n;
    }

    String token(int n) {
        return names.get(n);
    }

    long bytes() {
        return bytes;
    }
}
