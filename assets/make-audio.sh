#!/usr/bin/env bash
# Makes every sound and music loop in assets/sounds and assets/music from nothing but SoX's
# synthesiser (Debian: apt-get install sox). Nothing is downloaded or sampled: each asset is a
# few tones, noise bursts and envelopes, listed below with what it stands for. Run it from any
# folder; it overwrites the files, and the same SoX version makes the same bytes.
#
#   assets/make-audio.sh
#
# Effects are 22,050 Hz mono 16-bit WAV (FXGL plays them as AudioClips); the music loops are
# 22,050 Hz mono WAV too, because JavaFX's MediaPlayer (FXGL's music) plays WAV but not Ogg.
set -euo pipefail
cd "$(dirname "$0")"
command -v sox >/dev/null || { echo "make-audio.sh needs SoX (apt-get install sox)" >&2; exit 2; }

RATE=22050
SFX=sounds
MUSIC=music
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
mkdir -p "$SFX" "$MUSIC"

# tone FILE LENGTH SYNTH... EFFECTS — one synthesised mono clip; the remaining words are sox's
# synth arguments followed by effects, e.g. tone x.wav 0.1 sine 440 fade 0 0.1 0.05
tone() {
    local out=$1 len=$2
    shift 2
    sox -q -R -D -n -r $RATE -c 1 -b 16 "$out" synth "$len" "$@"
}

# seq OUT IN... — clips one after another
seq_() {
    local out=$1
    shift
    sox -q -R -D "$@" "$out"
}

# mix OUT IN... — clips played together
mix() {
    local out=$1
    shift
    sox -q -R -D -m "$@" "$out"
}

# finish IN OUT GAIN — normalises to GAIN dBFS (so every effect is about as loud as the others) and
# leaves a short silence at the end so that nothing clicks
finish() {
    sox -q -R -D "$1" -r $RATE -c 1 -b 16 "$2" gain -n "$3" pad 0 0.02
}

# ------------------------------------------------------------------ effects

# place: a part set down on the canvas — a short wooden "tock" (a plucked string, damped fast)
tone "$TMP/place.wav" 0.12 pluck C5 fade 0 0.12 0.1 lowpass 2500
finish "$TMP/place.wav" "$SFX/place.wav" -6

# wire: a wire clicks into its port — a quick rising blip, two notes a fifth apart
tone "$TMP/w1.wav" 0.05 sine 660 fade 0 0.05 0.02
tone "$TMP/w2.wav" 0.08 sine 990 fade 0 0.08 0.06
seq_ "$TMP/wire.wav" "$TMP/w1.wav" "$TMP/w2.wav"
finish "$TMP/wire.wav" "$SFX/wire.wav" -8

# unwire: a wire let go or cancelled — the same blip falling, a fifth down, with a soft slide
tone "$TMP/unwire.wav" 0.14 sine 990-560 fade 0 0.14 0.08
finish "$TMP/unwire.wav" "$SFX/unwire.wav" -9

# remove: a part or an op taken away — a low, muffled thump of brown noise
tone "$TMP/remove.wav" 0.16 brownnoise fade 0 0.16 0.14 lowpass 500
finish "$TMP/remove.wav" "$SFX/remove.wav" -7

# undo: a change taken back — two quick notes going down, like a rewind
tone "$TMP/u1.wav" 0.06 triangle 784 fade 0 0.06 0.02
tone "$TMP/u2.wav" 0.09 triangle 587 fade 0 0.09 0.07
seq_ "$TMP/undo.wav" "$TMP/u1.wav" "$TMP/u2.wav"
finish "$TMP/undo.wav" "$SFX/undo.wav" -9

# step: one step of a run — a tiny, quiet tick (it repeats fast, so it must not tire the ear)
tone "$TMP/step.wav" 0.03 square 1400 fade 0 0.03 0.025 lowpass 3000
finish "$TMP/step.wav" "$SFX/step.wav" -16

# verify: verification starts — an upward arpeggio, "let's look at every schedule"
for n in C5 E5 G5; do tone "$TMP/v-$n.wav" 0.07 sine "$n" fade 0 0.07 0.03; done
seq_ "$TMP/verify.wav" "$TMP/v-C5.wav" "$TMP/v-E5.wav" "$TMP/v-G5.wav"
finish "$TMP/verify.wav" "$SFX/verify.wav" -8

# race: two accesses collide — two square waves a semitone apart (a clash) over a crackle of noise
tone "$TMP/r1.wav" 0.3 square 740 square mix 784 fade 0 0.3 0.2
tone "$TMP/r2.wav" 0.3 whitenoise fade 0 0.3 0.28 highpass 3000 tremolo 40 90
mix "$TMP/race.wav" "$TMP/r1.wav" "$TMP/r2.wav"
finish "$TMP/race.wav" "$SFX/race.wav" -8

# deadlock: everything stops — a heavy low clunk, then a beating low drone that dies away
tone "$TMP/d1.wav" 0.08 brownnoise fade 0 0.08 0.06 lowpass 300
tone "$TMP/d2.wav" 0.6 sine 98 sine mix 104 fade 0 0.6 0.5
seq_ "$TMP/deadlock.wav" "$TMP/d1.wav" "$TMP/d2.wav"
finish "$TMP/deadlock.wav" "$SFX/deadlock.wav" -5

# leak: a goroutine left behind — three drips, each a fast falling sine, fainter each time
tone "$TMP/l1.wav" 0.12 sine 1400-500 fade 0 0.12 0.08
sox -q -R -D "$TMP/l1.wav" "$TMP/l2.wav" vol 0.6 pitch -200
sox -q -R -D "$TMP/l1.wav" "$TMP/l3.wav" vol 0.35 pitch -400
tone "$TMP/gap.wav" 0.06 sine 0 vol 0
seq_ "$TMP/leak.wav" "$TMP/l1.wav" "$TMP/gap.wav" "$TMP/l2.wav" "$TMP/gap.wav" "$TMP/l3.wav"
finish "$TMP/leak.wav" "$SFX/leak.wav" -8

# panic: the program crashes — an alarm, two sawtooth notes alternating twice
tone "$TMP/p1.wav" 0.1 sawtooth 880 fade 0 0.1 0.01 lowpass 4000
tone "$TMP/p2.wav" 0.1 sawtooth 622 fade 0 0.1 0.01 lowpass 4000
seq_ "$TMP/panic.wav" "$TMP/p1.wav" "$TMP/p2.wav" "$TMP/p1.wav" "$TMP/p2.wav"
finish "$TMP/panic.wav" "$SFX/panic.wav" -9

# fail: any other unmet goal (an assert, a hang, wrong output, too slow) — a dull low buzz
tone "$TMP/fail.wav" 0.25 sawtooth 147 fade 0 0.25 0.15 lowpass 900
finish "$TMP/fail.wav" "$SFX/fail.wav" -8

# clear: the level is cleared — a plucked major arpeggio, C E G C
for n in C5 E5 G5 C6; do tone "$TMP/c-$n.wav" 0.11 pluck "$n" fade 0 0.11 0.02; done
tone "$TMP/c-end.wav" 0.45 pluck C6 pluck mix G5 fade 0 0.45 0.4
seq_ "$TMP/clear.wav" "$TMP/c-C5.wav" "$TMP/c-E5.wav" "$TMP/c-G5.wav" "$TMP/c-end.wav"
finish "$TMP/clear.wav" "$SFX/clear.wav" -5

# best: a new personal best — a bright chime (a high major chord) with a sparkle of fast notes
for n in G6 B6 D7 G7; do tone "$TMP/b-$n.wav" 0.05 sine "$n" fade 0 0.05 0.03; done
seq_ "$TMP/b-run.wav" "$TMP/b-G6.wav" "$TMP/b-B6.wav" "$TMP/b-D7.wav" "$TMP/b-G7.wav"
tone "$TMP/b-chord.wav" 0.7 sine G5 sine mix B5 sine mix D6 sine mix G6 fade 0 0.7 0.6
seq_ "$TMP/best.wav" "$TMP/b-run.wav" "$TMP/b-chord.wav"
finish "$TMP/best.wav" "$SFX/best.wav" -6

# ------------------------------------------------------------------ music

# chord OUT LENGTH WAVE NOTES... — a soft chord with a slow swell in and out (so chords
# join without clicks and the loop point is silent on both sides)
chord() {
    local out=$1 len=$2 wave=$3
    shift 3
    local args=("$wave" "$1")
    shift
    for n in "$@"; do args+=("$wave" mix "$n"); done
    tone "$out" "$len" "${args[@]}" fade q 0.6 "$len" 0.8
}

# menu: a calm pad, A minor – F – C – G, four seconds each, triangle waves with a touch of reverb
chord "$TMP/m1.wav" 4 triangle A3 C4 E4 A2
chord "$TMP/m2.wav" 4 triangle F3 A3 C4 F2
chord "$TMP/m3.wav" 4 triangle C4 E4 G4 C3
chord "$TMP/m4.wav" 4 triangle G3 B3 D4 G2
seq_ "$TMP/menu.wav" "$TMP/m1.wav" "$TMP/m2.wav" "$TMP/m3.wav" "$TMP/m4.wav"
sox -q -R -D "$TMP/menu.wav" -r $RATE -c 1 -b 16 "$MUSIC/menu.wav" lowpass 1800 reverb 40 gain -n -18

# level: a quiet thinking loop — a pentatonic pattern of soft plucks, eighth notes at 100 bpm,
# over a low drone; 16 bars of 8 notes, the last bar resolving to the first note
NOTES=(A4 C5 D5 E5 G5 E5 D5 C5  A4 E5 D5 C5 G4 C5 D5 E5  D5 E5 G5 A5 G5 E5 D5 C5  A4 G4 A4 C5 D5 C5 A4 A4)
files=()
i=0
for n in "${NOTES[@]}"; do
    tone "$TMP/n$i.wav" 0.3 pluck "$n" fade 0 0.3 0.25
    files+=("$TMP/n$i.wav")
    i=$((i + 1))
done
seq_ "$TMP/pattern.wav" "${files[@]}"
sox -q -R -D "$TMP/pattern.wav" "$TMP/pattern.wav" "$TMP/pattern2.wav"
len=$(soxi -D "$TMP/pattern2.wav")
tone "$TMP/drone.wav" "$len" sine A2 sine mix E3 fade q 1 "$len" 1 vol 0.35
mix "$TMP/level.wav" "$TMP/pattern2.wav" "$TMP/drone.wav"
sox -q -R -D "$TMP/level.wav" -r $RATE -c 1 -b 16 "$MUSIC/level.wav" lowpass 2200 reverb 30 gain -n -20

for f in "$SFX"/*.wav "$MUSIC"/*.wav; do
    printf '%-22s %6.2f s %8d bytes\n' "$f" "$(soxi -D "$f")" "$(stat -c %s "$f")"
done
