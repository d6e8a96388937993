package org.interleave.bench;

import java.util.StringJoiner;
import org.interleave.engine.model.Level;
import org.interleave.level.LevelException;
import org.interleave.level.LevelLoader;

/**
 * The worker pool the benchmarks run, written as level JSON so it goes through the same loader
 * as every level: main fills a buffered jobs channel (capacity = number of jobs) and closes it,
 * W spawned workers range over it and send {@code j * 2} on an unbuffered results channel, a
 * closer closes results after {@code wg.Wait()}, and main ranges over results, sums them and
 * emits the sum.
 */
final class Pools {
    private Pools() {}

    /** The pool with {@code workers} workers and {@code jobs} jobs; its goal is the right sum. */
    static Level pool(int workers, int jobs) {
        StringJoiner main = new StringJoiner(",");
        main.add(op("add", "\"wg\":\"wg\",\"n\":" + workers));
        for (int i = 0; i < workers; i++) {
            main.add(op("go", "\"g\":\"worker\""));
        }
        main.add(op("go", "\"g\":\"closer\""))
                .add("{\"op\":\"repeat\",\"times\":" + jobs + ",\"to\":\"i\",\"do\":["
                        + op("send", "\"ch\":\"jobs\",\"value\":\"i\"") + "]}")
                .add(op("close", "\"ch\":\"jobs\""))
                .add(op("let", "\"to\":\"sum\",\"value\":0"))
                .add("{\"op\":\"range\",\"ch\":\"results\",\"to\":\"r\",\"do\":["
                        + op("let", "\"to\":\"sum\",\"value\":\"sum + r\"") + "]}")
                .add(op("emit", "\"sink\":\"out\",\"value\":\"sum\""));
        String parts = String.join(",",
                "{\"id\":\"jobs\",\"type\":\"channel\",\"cap\":" + jobs + "}",
                "{\"id\":\"results\",\"type\":\"channel\",\"cap\":0}",
                "{\"id\":\"wg\",\"type\":\"waitgroup\"}",
                "{\"id\":\"out\",\"type\":\"sink\"}",
                "{\"id\":\"worker\",\"type\":\"goroutine\",\"start\":\"spawn\",\"ops\":["
                        + "{\"op\":\"range\",\"ch\":\"jobs\",\"to\":\"j\",\"do\":["
                        + op("send", "\"ch\":\"results\",\"value\":\"j * 2\"") + "]},"
                        + op("done", "\"wg\":\"wg\"") + "]}",
                "{\"id\":\"closer\",\"type\":\"goroutine\",\"start\":\"spawn\",\"ops\":["
                        + op("wait", "\"wg\":\"wg\"") + "," + op("close", "\"ch\":\"results\"") + "]}",
                "{\"id\":\"main\",\"type\":\"goroutine\",\"start\":\"main\",\"ops\":[" + main + "]}");
        String json = "{\"format\":1,\"id\":\"pool-" + workers + "x" + jobs + "\",\"title\":\"pool\","
                + "\"mode\":\"build\",\"design\":{\"parts\":[" + parts + "]},"
                + "\"goal\":{\"output\":{\"sink\":\"out\",\"expect\":[" + expectedSum(jobs) + "]}}}";
        try {
            return LevelLoader.parse("pool-" + workers + "x" + jobs + ".level.json", json);
        } catch (LevelException e) {
            throw new IllegalStateException("benchmark design is invalid: " + e.problems(), e);
        }
    }

    /** What main emits: the sum of {@code 2 * j} for j in 0..jobs-1. */
    static long expectedSum(int jobs) {
        return (long) jobs * (jobs - 1);
    }

    private static String op(String name, String fields) {
        return "{\"op\":\"" + name + "\"," + fields + "}";
    }
}
