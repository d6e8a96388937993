#!/usr/bin/env bash
# Takes the screenshots of a tour (a TestFX class under src/test/java/org/interleave/app that
# plays through the real screens) on an X display at 1280x720 and writes them to docs/.
#
#   scripts/screenshots.sh [TOUR] [DISPLAY]     e.g. scripts/screenshots.sh GameTour :92
#
# With no display running there, it starts Xvfb on it for the tour and stops it afterwards.
# The build's own test runs stay headless (Monocle); this script runs the tour through the JUnit
# launcher with JavaFX's desktop pipeline on the display instead, as a player's screen shows it.
# Needs Maven, a JDK 21+ and, for a virtual display, Xvfb (Debian: apt-get install xvfb).
set -euo pipefail
cd "$(dirname "$0")/.."
TOUR=${1:-GameTour}
export DISPLAY=${2:-:92}
OUT=${SCREENSHOTS:-docs}

${MVN:-mvn} -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/tour-classpath.txt -Dmdep.includeScope=test
ENGINE=$(tr ':' '\n' < target/tour-classpath.txt | sed -n 's|.*/junit-platform-engine-\(.*\)\.jar$|\1|p' | head -1)
${MVN:-mvn} -B -q dependency:copy -Dartifact="org.junit.platform:junit-platform-launcher:$ENGINE" -DoutputDirectory=target/tour-lib

XVFB=
if ! xdpyinfo -display "$DISPLAY" >/dev/null 2>&1; then
    command -v Xvfb >/dev/null || { echo "no display $DISPLAY and no Xvfb to start one" >&2; exit 2; }
    Xvfb "$DISPLAY" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
    XVFB=$!
    trap 'kill $XVFB' EXIT
    sleep 2
fi

RUNNER=$(mktemp -d)/RunTour.java
cat > "$RUNNER" <<'JAVA'
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

public class RunTour {
    public static void main(String[] args) throws Exception {
        var summary = new SummaryGeneratingListener();
        LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(Class.forName("org.interleave.app." + args[0]))).build(), summary);
        summary.getSummary().printTo(new java.io.PrintWriter(System.out));
        summary.getSummary().printFailuresTo(new java.io.PrintWriter(System.err), 30);
        System.exit(summary.getSummary().getTotalFailureCount() == 0 ? 0 : 1);
    }
}
JAVA
CP="target/test-classes:target/classes:$(cat target/tour-classpath.txt):$(ls target/tour-lib/*.jar | tr '\n' ':')"
java -cp "$CP" -Dscreenshots="$OUT" -Dtestfx.robot=glass -Dtestfx.headless=false -Dprism.order=sw \
    -Dprism.lcdtext=false "$RUNNER" "$TOUR"
echo "screenshots in $OUT/"
