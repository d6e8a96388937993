#!/usr/bin/env bash
# Builds, now, the ahead-of-time cache that scripts/interleave otherwise builds in the background on
# its first run (issue 17): target/interleave.aot, the JDK's cache of the classes the commands load,
# already parsed, linked and profiled (JDK 25+, JEP 483/514/515; a CDS archive on JDK 21-24),
# trained by checking campaign levels once, with target/interleave-aot.jar beside it (picocli's
# classes as Java 8 class files, which the cache can hold) and target/interleave.aot.stamp (the jar
# and JDK it was made for). Then
#
#   scripts/interleave check LEVEL.json ...
#
# starts with it. scripts/interleave makes it anew by itself after `mvn package` or a JDK change.
# Needs target/interleave.jar.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=target/interleave.jar
[ -f "$jar" ] || { echo "no $jar: run mvn -B package first" >&2; exit 2; }
rm -f target/interleave.aot.stamp
INTERLEAVE_AOT=sync scripts/interleave --version > /dev/null
if [ -f target/interleave.aot.stamp ]; then
  echo "wrote target/interleave.aot ($(du -h target/interleave.aot | cut -f1))"
else
  echo "no cache made: this JDK has none, or the training run failed (scripts/interleave runs without)" >&2
  exit 2
fi
