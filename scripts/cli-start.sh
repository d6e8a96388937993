#!/usr/bin/env bash
# Measures how fast the command line starts and checks (issue 17): for fan-in's and worker-pool's
# reference checks, a check of size-the-pool (the largest campaign level), of issue 11's pool 5x10,
# counter 8 and philosophers 7 (written by scripts/FamilyLevels.java to a temporary folder) and --version, the median wall-clock and CPU seconds of RUNS runs of
#
#   base   java -jar BASE.jar ...            (e.g. main's jar, copied aside before building)
#   head   java -jar target/interleave.jar ...
#   warm   scripts/interleave ...             (its cache made)
#   cold   scripts/interleave ...             (no cache for this jar: the run that starts making it;
#                                              each waits until that is done before the next)
#
# base, head and warm alternate run by run; the load average is printed beside each row.
#
#   scripts/cli-start.sh BASE.jar [RUNS] [COLD_RUNS]      e.g. scripts/cli-start.sh /tmp/main.jar 5 3
set -euo pipefail
cd "$(dirname "$0")/.."
base=$1
runs=${2:-5}
cold_runs=${3:-3}
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
jar=target/interleave.jar
[ -f "$jar" ] && [ -f "$base" ] || { echo "needs $base and $jar" >&2; exit 2; }

# "wall cpu" of one run, its output thrown away
timed() {
    /usr/bin/time -o "$times" -f '%e %U %S' "$@" > /dev/null 2>&1 || true
    awk 'END {printf "%.2f %.2f\n", $1, $2 + $3}' "$times"
}
times=$(mktemp)
fam=$(mktemp -d)
trap 'rm -rf "$times" "$fam"' EXIT
"$java" -cp "$jar" scripts/FamilyLevels.java "$fam" pool:5x10 counter:8 philosophers:7 > /dev/null

# "wall (cpu)" medians of the lines on stdin
median() {
    local lines
    lines=$(cat)
    printf '%s (%s)' "$(cut -d' ' -f1 <<< "$lines" | sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}')" \
        "$(cut -d' ' -f2 <<< "$lines" | sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}')"
}

wait_for_cache() {
    for _ in $(seq 600); do [ -d target/interleave.aot.lock ] || return 0; sleep 0.5; done
}

INTERLEAVE_AOT=sync scripts/interleave --version > /dev/null  # the cache for the warm runs
cases=("fan-in|check levels/35-fan-in.level.json --solution levels/solutions/fan-in.ticks.solution.json"
       "worker-pool|check levels/24-worker-pool.level.json --solution levels/solutions/worker-pool.ticks.solution.json"
       "size-the-pool|check levels/30-size-the-pool.level.json"
       "pool-5x10|check $fam/pool-5x10.level.json"
       "counter-8|check $fam/counter-8.level.json"
       "philos-7|check $fam/philosophers-7.level.json"
       "--version|--version")
printf '%-12s %-13s %-13s %-13s %-13s %s\n' command "base -jar" "head -jar" "cold" "warm" "load before / after"
for c in "${cases[@]}"; do
    name=${c%%|*}
    read -r -a args <<< "${c#*|}"
    before=$(cut -d' ' -f1-3 /proc/loadavg)
    b= h= w= k=
    for _ in $(seq "$runs"); do
        b+=$(timed "$java" -jar "$base" "${args[@]}")$'\n'
        h+=$(timed "$java" -jar "$jar" "${args[@]}")$'\n'
        w+=$(timed scripts/interleave "${args[@]}")$'\n'
    done
    for _ in $(seq "$cold_runs"); do
        rm -f target/interleave.aot.stamp
        k+=$(timed scripts/interleave "${args[@]}")$'\n'
        wait_for_cache
    done
    row=()
    for lines in "$b" "$h" "$k" "$w"; do
        lines=${lines%$'\n'}
        row+=("$(median <<< "$lines")")
    done
    printf '%-12s %-13s %-13s %-13s %-13s %s / %s\n' "$name" "${row[@]}" "$before" "$(cut -d' ' -f1-3 /proc/loadavg)"
done
echo "each cell: median wall-clock s (median CPU s, user + system)"
