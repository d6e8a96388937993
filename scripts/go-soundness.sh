#!/usr/bin/env bash
# Go as an oracle for the soundness of `check` (issue 11): COUNT random designs from the oracle's
# generator (SEED, reproducible), and with CORPUS=1 the real-world corpus and the campaign's
# solutions and starting designs, are checked by the engine, exported with export-go into one Go
# module, built once plain and once with -race, and each binary is run RUNS times. Prints how many
# designs the engine cleared that a Go run broke, and every outcome a Go run showed (race report,
# "all goroutines are asleep", panic, no exit, output that breaks the goal) that the engine's
# exhaustive check did not report. Exit 1 if there is one. Needs `go` on the PATH (stdlib only,
# nothing is downloaded; the race detector needs a C compiler before Go 1.20).
#
#   scripts/go-soundness.sh [COUNT] [SEED] [RUNS]      e.g. CORPUS=1 scripts/go-soundness.sh 300 1 10
#   TIMEOUT_MS (default 5000) bounds one run; THREADS (default 2) runs at once.
set -euo pipefail
cd "$(dirname "$0")/.."
COUNT=${1:-200}
SEED=${2:-1}
RUNS=${3:-10}
CORPUS=${CORPUS:-0}
TIMEOUT_MS=${TIMEOUT_MS:-5000}
THREADS=${THREADS:-2}
command -v go >/dev/null || { echo "go-soundness: no 'go' command on the PATH" >&2; exit 2; }
mvn -B -q -o test-compile >/dev/null 2>&1 || mvn -B -q test-compile
CP_FILE=target/oracle-classpath.txt
mvn -B -q -o dependency:build-classpath -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=test >/dev/null 2>&1 \
    || mvn -B -q dependency:build-classpath -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=test >/dev/null
CP="target/classes:target/test-classes:$(cat "$CP_FILE")"
java -cp "$CP" org.interleave.gobridge.GoSoundness "$COUNT" "$SEED" "$RUNS" \
    "$([[ $CORPUS == 1 ]] && echo corpus || echo random)" "$TIMEOUT_MS" "$THREADS"
