#!/usr/bin/env bash
# Builds target/interleave.aot, the JDK's ahead-of-time class cache (JDK 25+, JEP 483/514) for the
# command line: the classes `check` loads, already parsed and linked, trained by checking the
# campaign's levels once. A `check` started with it skips most of its class loading:
#
#   java -XX:AOTCache=target/interleave.aot -jar target/interleave.jar check LEVEL.json
#
# The cache belongs to this jar and this JDK: rebuild it after `mvn package` or a JDK change (the
# JVM ignores a stale cache with a warning, it never runs with it). Needs target/interleave.jar.
set -euo pipefail
cd "$(dirname "$0")/.."
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
jar=target/interleave.jar
[ -f "$jar" ] || { echo "no $jar: run mvn -B package first" >&2; exit 2; }
if ! "$java" -XX:+PrintFlagsFinal -version 2>/dev/null | grep -q AOTCacheOutput; then
  echo "this JDK has no AOT cache (JDK 25 or newer has): $("$java" -version 2>&1 | head -1)" >&2
  exit 2
fi
# Training: one JVM that checks a level with its reference design, as a user does (the largest
# campaign check, so every class a check needs is loaded and linked).
"$java" -XX:AOTCacheOutput=target/interleave.aot -jar "$jar" check levels/35-fan-in.level.json \
  --solution levels/solutions/fan-in.ticks.solution.json > /dev/null
echo "wrote target/interleave.aot ($(du -h target/interleave.aot | cut -f1))"
