#!/usr/bin/env bash
# Soak test of issue 11's oracle: runs COUNT random designs (default 100000) through the product's
# exhaustive check (reduced and --no-reduction) and the independent reference explorer, and prints
# how many agree, how many the reference could not decide within its state cap, and each category
# of disagreement with a few shrunk designs. Seeds are reproducible: SEED (default 1) and, with
# JOBS=N, N processes on seeds SEED..SEED+N-1, each running COUNT/N designs. MINUTES=M stops each
# process after M minutes and reports what it ran; SHOW=K shrinks K examples per category.
# MIX=full draws every design with every kind of part (the generator before part shapes); the
# default mix also declares only some kinds (see DesignGenerator).
#
#   scripts/oracle-soak.sh [COUNT] [SEED]          e.g. JOBS=2 SHOW=1 scripts/oracle-soak.sh 100000 1
set -euo pipefail
cd "$(dirname "$0")/.."
COUNT=${1:-100000}
SEED=${2:-1}
JOBS=${JOBS:-1}
SHOW=${SHOW:-2}
MINUTES=${MINUTES:-0}
MIX=${MIX:-mixed}
mvn -B -q -o test-compile >/dev/null 2>&1 || mvn -B -q test-compile
CP_FILE=target/oracle-classpath.txt
mvn -B -q -o dependency:build-classpath -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=test >/dev/null 2>&1 \
    || mvn -B -q dependency:build-classpath -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=test >/dev/null
CP="target/classes:target/test-classes:$(cat "$CP_FILE")"
PER=$(( (COUNT + JOBS - 1) / JOBS ))
pids=()
for ((j = 0; j < JOBS; j++)); do
    java -Dinterleave.oracle.mix="$MIX" -cp "$CP" org.interleave.oracle.OracleSoak "$PER" $((SEED + j)) "$SHOW" $((MINUTES * 60)) >"target/oracle-soak-$j.txt" &
    pids+=($!)
done
for p in "${pids[@]}"; do wait "$p"; done
for ((j = 0; j < JOBS; j++)); do cat "target/oracle-soak-$j.txt"; done
if ((JOBS > 1)); then
    grep -h '^designs' target/oracle-soak-*.txt | tr -d ',' | awk '{d+=$2; a+=$4; u+=$7; x+=$9; r+=$12}
        END {printf "total: designs %d  agree %d  reference undecided %d  disagree %d  replay failures %d\n", d, a, u, x, r}'
fi
