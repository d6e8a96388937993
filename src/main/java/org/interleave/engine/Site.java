package org.interleave.engine;

/**
 * A place in a run: which goroutine instance did what to which part at which op path. Rendered as
 * {@code worker#0 ops[2] write hits}.
 */
public record Site(String goroutine, String path, String action, String part) {
    /** The goroutine's template: {@code worker} for {@code worker#3}. */
    public String template() {
        int i = goroutine.indexOf('#');
        return i < 0 ? goroutine : goroutine.substring(0, i);
    }

    /** The same place with the instance number dropped, to tell distinct problems apart. */
    public String placeKey() {
        return template() + " " + path + " " + action + (part == null ? "" : " " + part);
    }

    @Override
    public String toString() {
        return goroutine + " " + path + " " + action + (part == null ? "" : " " + part);
    }
}
