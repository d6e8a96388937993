package org.interleave.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * Scalable design families for benchmarks, written as level JSON so they go through the same
 * loader as every level: a worker pool, a mutex-guarded counter, dining philosophers with
 * ordered forks, and a pipeline.
 */
final class DesignFamilies {
    private DesignFamilies() {}

    /** A family member: its name and its level file text. */
    record Member(String family, String size, String json) {}

    /**
     * W spawned workers ranging over an unbuffered jobs channel fed with J jobs; results go to
     * main, which sums them; a closer closes results after wg.Wait.
     */
    static Member workerPool(int workers, int jobs) {
        StringJoiner ops = new StringJoiner(",");
        ops.add(op("add", "\"wg\":\"wg\",\"n\":" + workers));
        for (int i = 0; i < workers; i++) {
            ops.add(op("go", "\"g\":\"worker\""));
        }
        ops.add(op("go", "\"g\":\"feeder\"")).add(op("go", "\"g\":\"closer\""))
                .add(op("let", "\"to\":\"sum\",\"value\":0"))
                .add("{\"op\":\"range\",\"ch\":\"results\",\"to\":\"r\",\"do\":[" + op("let", "\"to\":\"sum\",\"value\":\"sum + r\"") + "]}")
                .add(op("emit", "\"sink\":\"out\",\"value\":\"sum\""));
        long expect = (long) jobs * (jobs - 1);
        String parts = String.join(",",
                "{\"id\":\"jobs\",\"type\":\"channel\",\"cap\":0}",
                "{\"id\":\"results\",\"type\":\"channel\",\"cap\":0}",
                "{\"id\":\"wg\",\"type\":\"waitgroup\"}",
                "{\"id\":\"out\",\"type\":\"sink\"}",
                "{\"id\":\"worker\",\"type\":\"goroutine\",\"start\":\"spawn\",\"ops\":["
                        + "{\"op\":\"range\",\"ch\":\"jobs\",\"to\":\"j\",\"do\":[" + op("send", "\"ch\":\"results\",\"value\":\"j * 2\"") + "]},"
                        + op("done", "\"wg\":\"wg\"") + "]}",
                "{\"id\":\"feeder\",\"type\":\"goroutine\",\"start\":\"spawn\",\"ops\":["
                        + "{\"op\":\"repeat\",\"times\":" + jobs + ",\"to\":\"i\",\"do\":[" + op("send", "\"ch\":\"jobs\",\"value\":\"i\"") + "]},"
                        + op("close", "\"ch\":\"jobs\"") + "]}",
                "{\"id\":\"closer\",\"type\":\"goroutine\",\"start\":\"spawn\",\"ops\":["
                        + op("wait", "\"wg\":\"wg\"") + "," + op("close", "\"ch\":\"results\"") + "]}",
                "{\"id\":\"main\",\"type\":\"goroutine\",\"start\":\"main\",\"ops\":[" + ops + "]}");
        return member("pool", workers + "x" + jobs, parts,
                "{\"output\":{\"sink\":\"out\",\"expect\":[" + expect + "]}}");
    }

    /** N spawned goroutines each increment a mutex-guarded counter; main waits and prints it. */
    static Member counter(int n) {
        StringJoiner ops = new StringJoiner(",");
        ops.add(op("add", "\"wg\":\"wg\",\"n\":" + n));
        for (int i = 0; i < n; i++) {
            ops.add(op("go", "\"g\":\"inc\""));
        }
        ops.add(op("wait", "\"wg\":\"wg\"")).add(op("read", "\"var\":\"hits\",\"to\":\"h\""))
                .add(op("emit", "\"sink\":\"out\",\"value\":\"h\""));
        String parts = String.join(",",
                "{\"id\":\"hits\",\"type\":\"var\",\"init\":0}", "{\"id\":\"mu\",\"type\":\"mutex\"}",
                "{\"id\":\"wg\",\"type\":\"waitgroup\"}", "{\"id\":\"out\",\"type\":\"sink\"}",
                "{\"id\":\"inc\",\"type\":\"goroutine\",\"start\":\"spawn\",\"ops\":["
                        + op("lock", "\"mu\":\"mu\"") + "," + op("inc", "\"var\":\"hits\"") + ","
                        + op("unlock", "\"mu\":\"mu\"") + "," + op("done", "\"wg\":\"wg\"") + "]}",
                "{\"id\":\"main\",\"type\":\"goroutine\",\"start\":\"main\",\"ops\":[" + ops + "]}");
        return member("counter", Integer.toString(n), parts, "{\"output\":{\"sink\":\"out\",\"expect\":[" + n + "]}}");
    }

    /** N philosophers, each taking the lower-numbered fork first (so no deadlock), eating once. */
    static Member philosophers(int n) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            parts.add("{\"id\":\"fork" + i + "\",\"type\":\"mutex\"}");
        }
        parts.add("{\"id\":\"wg\",\"type\":\"waitgroup\"}");
        StringJoiner mainOps = new StringJoiner(",");
        mainOps.add(op("add", "\"wg\":\"wg\",\"n\":" + n));
        for (int i = 0; i < n; i++) {
            int a = Math.min(i, (i + 1) % n);
            int b = Math.max(i, (i + 1) % n);
            parts.add("{\"id\":\"phil" + i + "\",\"type\":\"goroutine\",\"start\":\"spawn\",\"ops\":["
                    + op("lock", "\"mu\":\"fork" + a + "\"") + "," + op("lock", "\"mu\":\"fork" + b + "\"") + ","
                    + op("work", "\"ticks\":3") + ","
                    + op("unlock", "\"mu\":\"fork" + b + "\"") + "," + op("unlock", "\"mu\":\"fork" + a + "\"") + ","
                    + op("done", "\"wg\":\"wg\"") + "]}");
            mainOps.add(op("go", "\"g\":\"phil" + i + "\""));
        }
        mainOps.add(op("wait", "\"wg\":\"wg\""));
        parts.add("{\"id\":\"main\",\"type\":\"goroutine\",\"start\":\"main\",\"ops\":[" + mainOps + "]}");
        return member("philosophers", Integer.toString(n), String.join(",", parts), null);
    }

    /** K stages connected by unbuffered channels; main feeds 3 values and prints what comes out. */
    static Member pipeline(int k) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i <= k; i++) {
            parts.add("{\"id\":\"c" + i + "\",\"type\":\"channel\",\"cap\":0}");
        }
        parts.add("{\"id\":\"out\",\"type\":\"sink\"}");
        for (int i = 0; i < k; i++) {
            parts.add("{\"id\":\"stage" + i + "\",\"type\":\"goroutine\",\"ops\":["
                    + "{\"op\":\"range\",\"ch\":\"c" + i + "\",\"to\":\"v\",\"do\":["
                    + op("send", "\"ch\":\"c" + (i + 1) + "\",\"value\":\"v + 1\"") + "]},"
                    + op("close", "\"ch\":\"c" + (i + 1) + "\"") + "]}");
        }
        parts.add("{\"id\":\"feeder\",\"type\":\"goroutine\",\"ops\":["
                + "{\"op\":\"repeat\",\"times\":3,\"to\":\"i\",\"do\":[" + op("send", "\"ch\":\"c0\",\"value\":\"i\"") + "]},"
                + op("close", "\"ch\":\"c0\"") + "]}");
        parts.add("{\"id\":\"main\",\"type\":\"goroutine\",\"start\":\"main\",\"ops\":["
                + "{\"op\":\"range\",\"ch\":\"c" + k + "\",\"to\":\"v\",\"do\":[" + op("emit", "\"sink\":\"out\",\"value\":\"v\"") + "]}]}");
        return member("pipeline", Integer.toString(k), String.join(",", parts),
                "{\"output\":{\"sink\":\"out\",\"expect\":[" + k + "," + (k + 1) + "," + (k + 2) + "]}}");
    }

    private static String op(String name, String fields) {
        return "{\"op\":\"" + name + "\"," + fields + "}";
    }

    private static Member member(String family, String size, String parts, String goal) {
        String json = "{\"format\":1,\"id\":\"" + family + "-" + size.toLowerCase(java.util.Locale.ROOT)
                + "\",\"title\":\"" + family + " " + size + "\",\"mode\":\"build\",\"design\":{\"parts\":[" + parts + "]}"
                + (goal == null ? "" : ",\"goal\":" + goal) + "}";
        return new Member(family, size, json);
    }
}
