#!/bin/sh
# Copies the game's fonts into assets/fonts (packaged into the jar under /assets/fonts) from Debian's fonts-dejavu-core
# package (apt-get install fonts-dejavu-core), with their licence. DejaVu is free to use, change
# and redistribute (the Bitstream Vera licence, and public domain for DejaVu's changes): see
# assets/fonts/LICENSE.txt. Run it from the repository's root; it downloads nothing.
set -eu
from=${DEJAVU_DIR:-/usr/share/fonts/truetype/dejavu}
to=assets/fonts
mkdir -p "$to"
for f in DejaVuSans.ttf DejaVuSans-Bold.ttf DejaVuSansMono.ttf DejaVuSansMono-Bold.ttf; do
    cp "$from/$f" "$to/$f"
done
cp /usr/share/doc/fonts-dejavu-core/copyright "$to/LICENSE.txt"
ls -l "$to"
