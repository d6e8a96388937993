#!/usr/bin/env bash
# Measures the game's cold start on an X display: for each of RUNS starts of target/interleave.jar
# (each with a fresh data folder, so no saved profile helps), how long after the process started
# the splash was on the screen and the menu could be used.
#
#   scripts/cold-start.sh [DISPLAY] [RUNS]      e.g. scripts/cold-start.sh :92 5
#
# The splash: polled from outside, every 20 ms, as the first 520x220 window on the display (the
# StartSplash's size), timed from just before the java command. The menu: the game's own
# -Dinterleave.startupTiming=true line, which it prints once the menu is in the window and the FX
# thread is free for input, timed from the process's start as the OS records it; beside it the CPU
# time all the game's threads had used by then (from /proc, where there is one), which a busy machine
# changes far less than the wall time. Each game is then ended by its process id. With no display
# running there, it starts Xvfb on it and stops it after.
# Needs target/interleave.jar (mvn -B package), a JDK 21+, xwininfo and, for a virtual display, Xvfb.
set -euo pipefail
cd "$(dirname "$0")/.."
export DISPLAY=${1:-:92}
RUNS=${2:-5}
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
jar=target/interleave.jar
[ -f "$jar" ] || { echo "no $jar: run mvn -B package first" >&2; exit 2; }

XVFB=
if ! xwininfo -root >/dev/null 2>&1; then
    command -v Xvfb >/dev/null || { echo "no display $DISPLAY and no Xvfb to start one" >&2; exit 2; }
    Xvfb "$DISPLAY" -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
    XVFB=$!
    trap 'kill $XVFB' EXIT
    for _ in $(seq 50); do xwininfo -root >/dev/null 2>&1 && break; sleep 0.1; done
fi

echo "run  splash ms  menu ms  menu cpu ms   (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
for run in $(seq "$RUNS"); do
    data=$(mktemp -d)
    t0=$(date +%s%N)
    "$java" -Dinterleave.startupTiming=true -Dinterleave.dataDir="$data/profile" -jar "$jar" \
        >"$data/out" 2>"$data/err" &
    game=$!
    splash=-
    menu=
    cpu=-
    for _ in $(seq 6000); do  # at most two minutes
        if [ "$splash" = - ] && xwininfo -root -tree 2>/dev/null | grep -q ' 520x220+'; then
            splash=$(( ($(date +%s%N) - t0) / 1000000 ))
        fi
        menu=$(sed -n 's/.*the menu could be used \([0-9]*\) ms after.*/\1/p' "$data/err")
        if [ -n "$menu" ] && [ -r "/proc/$game/stat" ]; then
            # utime and stime, fields 14 and 15 (after the command's parentheses), in clock ticks
            cpu=$(sed 's/.*) //' "/proc/$game/stat" | awk -v hz="$(getconf CLK_TCK)" '{print int(($12 + $13) * 1000 / hz)}')
        fi
        [ -n "$menu" ] && break
        kill -0 "$game" 2>/dev/null || break
        sleep 0.02
    done
    kill "$game" 2>/dev/null || true
    wait "$game" 2>/dev/null || true
    printf '%3d  %9s  %7s  %11s\n' "$run" "$splash" "${menu:-none}" "$cpu"
    [ -n "$menu" ] || { echo "the game printed no start time:" >&2; tail -5 "$data/err" >&2; }
    rm -rf "$data"
done
