package org.interleave.app.level;

import java.util.StringJoiner;

/** Level files of designs big enough that verifying them takes seconds, for tests of long checks. */
final class BigDesigns {
    private BigDesigns() {}

    /**
     * A build level whose design is a worker pool: {@code workers} spawned workers range over an
     * unbuffered jobs channel fed with {@code jobs} jobs and send results to main, which sums
     * them; a closer closes results after {@code wg.Wait}. 8 workers and 16 jobs take about ten
     * seconds to verify.
     */
    static String workerPool(int workers, int jobs) {
        StringJoiner main = new StringJoiner(",");
        main.add("{\"op\": \"add\", \"wg\": \"wg\", \"n\": " + workers + "}");
        for (int i = 0; i < workers; i++) {
            main.add("{\"op\": \"go\", \"g\": \"worker\"}");
        }
        main.add("{\"op\": \"go\", \"g\": \"feeder\"}").add("{\"op\": \"go\", \"g\": \"closer\"}")
                .add("{\"op\": \"let\", \"to\": \"sum\", \"value\": 0}")
                .add("{\"op\": \"range\", \"ch\": \"results\", \"to\": \"r\", \"do\": [{\"op\": \"let\", \"to\": \"sum\", \"value\": \"sum + r\"}]}")
                .add("{\"op\": \"emit\", \"sink\": \"out\", \"value\": \"sum\"}");
        return """
                {"format": 1, "id": "big-pool", "title": "A big worker pool", "chapter": "Tests", "mode": "build",
                 "concepts": ["worker pool"], "hints": ["It is big: verifying it takes a while."],
                 "design": {"parts": [
                   {"id": "jobs", "type": "channel", "cap": 0},
                   {"id": "results", "type": "channel", "cap": 0},
                   {"id": "wg", "type": "waitgroup"},
                   {"id": "out", "type": "sink"},
                   {"id": "worker", "type": "goroutine", "start": "spawn", "ops": [
                     {"op": "range", "ch": "jobs", "to": "j", "do": [{"op": "send", "ch": "results", "value": "j * 2"}]},
                     {"op": "done", "wg": "wg"}]},
                   {"id": "feeder", "type": "goroutine", "start": "spawn", "ops": [
                     {"op": "repeat", "times": %d, "to": "i", "do": [{"op": "send", "ch": "jobs", "value": "i"}]},
                     {"op": "close", "ch": "jobs"}]},
                   {"id": "closer", "type": "goroutine", "start": "spawn", "ops": [
                     {"op": "wait", "wg": "wg"}, {"op": "close", "ch": "results"}]},
                   {"id": "main", "type": "goroutine", "start": "main", "ops": [%s]}
                 ]},
                 "goal": {"output": {"sink": "out", "expect": [%d]}}}
                """.formatted(jobs, main, (long) jobs * (jobs - 1));
    }
}
