#!/usr/bin/env python3
"""Feed hostile level and solution files to the built jar, each run its own process.

Writes a corpus (the campaign's levels and reference solutions mutated at random with a fixed
seed, plus hand-made hostile shapes: special files, huge names, deep nesting, huge counts,
control characters, invalid UTF-8, duplicate keys, numbers out of range, runaway designs), runs
`validate` and `check` on each file as separate processes (`java -jar`), and prints a table:

    command   tried  clean refusal  accepted  unclean  hang  trace  max RSS MB  max wall s

- clean refusal: exit 2 and every stderr line is `file:line:col: message`, no control character
- accepted:      exit 0, 1 or 3 (cleared, a finding, no verdict within the bounds)
- unclean:       exit 2 with a stderr line of another form
- hang:          still running after --timeout seconds (killed)
- trace:         any other exit code, or a Java exception or stack trace on stderr

Usage: scripts/hostile-files.py [--jar target/interleave.jar] [--count 520] [--jobs 2]
                                [--timeout 30] [--max-millis 20000] [--seed 15] [--keep DIR] [--java J]
Needs Python 3.8+ on Linux or macOS (max RSS comes from wait4).
"""
import argparse
import concurrent.futures
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

PROBLEM = re.compile(r"^[^\x00-\x1f\x7f]+:\d+:\d+: [^\x00-\x1f\x7f]+$")
TRACE = re.compile(r"Exception|Error:|^\s+at [\w.$]+\(|internal error", re.M)

HOSTILE_STRINGS = [
    "", "x\nother.level.json:1:1: cleared", "\x1b[31mred\x1b[0m\x07", "main\r\nfake:2:2: x",
    "a" * 70, "b" * 100_000, "\u202eevil", "'quoted'\\", "\x00nul", "((((((((((1",
    "(" * 900 + "1" + ")" * 900, "1+" * 600 + "1", "!" * 999 + "true", "main#0",
]
HOSTILE_NUMBERS = [
    "-1", "0", "64", "65", "1000", "1001", "1000000", "1000001", "2147483647", "2147483648",
    "9223372036854775807", "9223372036854775808", "-9223372036854775809", "1e308", "0.5", "9" * 1001,
]
STRING = re.compile(r'"(?:[^"\\]|\\.)*"')
NUMBER = re.compile(r'(?<=[:\[, ])-?\d+(?=[,\]} \n])')


def mutate(text, rnd):
    s = text
    for _ in range(rnd.randint(1, 3)):
        kind = rnd.randrange(10)
        if kind == 0:
            s = s[:rnd.randrange(len(s) + 1)]
        elif kind == 1 and s:
            a = rnd.randrange(len(s))
            s = s[:a] + s[a + 1 + rnd.randrange(40):]
        elif kind == 2 and s:
            a = rnd.randrange(len(s))
            b = min(len(s), a + 1 + rnd.randrange(200))
            s = s[:b] + s[a:b] + s[b:]
        elif kind == 3:
            s = replace_one(s, STRING, json.dumps(rnd.choice(HOSTILE_STRINGS)), rnd)
        elif kind in (4, 5):
            s = replace_one(s, NUMBER, rnd.choice(HOSTILE_NUMBERS), rnd)
        elif kind == 6:
            s = s.replace("{", '{"format": 1, ', 1)
        elif kind == 7:
            s = re.sub(r'"design"\s*:', '"verify": {"maxSteps": 1000000, "maxExecutions": 9223372036854775807}, "design":',
                       s, count=1)
        elif kind == 8:
            s = re.sub(r'"count"\s*:\s*\d+', '"count": 64', s)
            s = re.sub(r'"cap"\s*:\s*\d+', '"cap": 1000', s)
            s = re.sub(r'"times"\s*:\s*\d+', '"times": 1000000', s)
        else:
            s = "[" * rnd.choice([199, 5000]) + s + "]" * 199
    data = bytearray(s.encode("utf-8", "surrogatepass"))
    if data and rnd.randrange(12) == 0:
        data[rnd.randrange(len(data))] = 0x80 | rnd.randrange(0x40)  # invalid UTF-8
    return bytes(data)


def replace_one(s, pattern, new, rnd):
    spans = [m.span() for m in pattern.finditer(s)]
    if not spans:
        return s
    a, b = rnd.choice(spans)
    return s[:a] + new + s[b:]


def solution_of(level_text):
    try:
        level = json.loads(level_text)
    except ValueError:
        return None
    if "solution" not in level:
        return None
    return json.dumps({"format": 1, "level": level["id"], "design": level["solution"]}, indent=2)


def level(parts):
    return json.dumps({"format": 1, "id": "hostile", "title": "t", "mode": "fix", "design": {"parts": parts}})


def main_part(ops):
    return {"id": "main", "type": "goroutine", "start": "main", "ops": ops}


def shapes(d, a_level):
    """Hand-made hostile files: (name, level path, solution path or None)."""
    out = []

    def write(name, data):
        path = os.path.join(d, name + ".level.json")
        with open(path, "wb") as f:
            f.write(data if isinstance(data, bytes) else data.encode("utf-8", "surrogatepass"))
        out.append((name, path, None))

    write("empty", "")
    write("bom-only", "\ufeff")
    write("array", "[1, 2, 3]")
    write("deep", "[" * 100_000 + "]" * 100_000)
    write("deep-objects", '{"a":' * 50_000 + "1" + "}" * 50_000)
    write("long-number", '{"format": ' + "7" * 5000 + "}")
    write("duplicate-keys", '{"format": 1, "format": 1, "id": "x"}')
    write("invalid-utf8", b'{"\xc3\x28":1}')
    write("nul-bytes", b"\x00\x00\x00{}")
    write("utf16", '{"format": 1}'.encode("utf-16"))
    write("huge-name", level([{"id": "c" * 200_000, "type": "channel"},
                              main_part([{"op": "close", "ch": "c" * 200_000 + "d"}])]))
    write("huge-field-name", '{"' + "f" * 300_000 + '": 1, "format": 1}')
    many = [{"id": "p" + "x" * 2500 + str(i), "type": "mutex"} for i in range(190)]
    refs = [{"op": "lock", "mu": "q" + "x" * 2500 + str(i)} for i in range(200)]
    write("long-names-many-refs", level(many + [main_part(refs)]))
    many64 = [{"id": "p" + "x" * 60 + str(i), "type": "mutex"} for i in range(190)]
    refs64 = [{"op": "lock", "mu": "q" + "x" * 60 + str(i)} for i in range(200)]
    write("many-unknown-refs", level(many64 + [main_part(refs64)]))
    write("control-names", level([{"id": "a\x07b", "type": "mutex"}, main_part([{"op": "\x1b[2Jlock"}])]))
    write("forged-line", level([main_part([{"op": "x\nother.level.json:1:1: cleared"}])]))
    write("huge-counts", level([{"id": "w", "type": "goroutine", "count": 9223372036854775807, "ops": []}, main_part([])]))
    write("huge-sleep", level([main_part([{"op": "sleep", "ticks": 10 ** 30}])]))
    write("deep-expression", level([main_part([{"op": "let", "to": "v", "value": "(" * 100_000 + "1" + ")" * 100_000}])]))
    write("deep-ops", level([main_part([{"op": "loop", "do": [{"op": "loop", "do": []}]}] * 1)]).replace(
        '"do": []', '"do": [' + '{"op": "loop", "do": [' * 60 + "]}" * 60 + "]"))
    write("too-many-parts", level([{"id": "s%d" % i, "type": "sink"} for i in range(5000)] + [main_part([])]))
    write("too-many-ops", level([main_part([{"op": "return"}] * 50_000)]))
    for i, (count, times) in enumerate([(64, 30), (16, 200), (8, 100)]):
        write("runaway-%d" % i, json.dumps({
            "format": 1, "id": "runaway", "title": "t", "mode": "fix",
            "verify": {"maxSteps": 1000000, "maxExecutions": 9223372036854775807},
            "design": {"parts": [{"id": "v", "type": "var", "init": 0}, {"id": "a", "type": "atomic", "init": 0},
                                 {"id": "c", "type": "channel", "cap": 1000},
                                 {"id": "w", "type": "goroutine", "count": count, "ops": [
                                     {"op": "repeat", "times": times, "do": [
                                         {"op": "inc", "var": "v"}, {"op": "atomic.add", "var": "a", "n": 1},
                                         {"op": "send", "ch": "c", "value": 1}]}]},
                                 main_part([{"op": "loop", "do": [{"op": "recv", "ch": "c"}]}])]}}))
    vc = [{"id": "mu", "type": "mutex"}, {"id": "wg", "type": "waitgroup"}]
    vc.append({"id": "w", "type": "goroutine", "start": "spawn", "ops": [
        {"op": "repeat", "times": 24, "do": [{"op": "lock", "mu": "mu"}, {"op": "unlock", "mu": "mu"}]},
        {"op": "done", "wg": "wg"}]})
    vc.append(main_part([{"op": "add", "wg": "wg", "n": 10}] + [{"op": "go", "g": "w"}] * 10 + [{"op": "wait", "wg": "wg"}]))
    write("vector-clock-growth", json.dumps({"format": 1, "id": "vc", "title": "t", "mode": "fix", "goal": {"cores": 1},
                                             "design": {"parts": vc}}))
    big = os.path.join(d, "three-gib.level.json")
    with open(big, "wb") as f:
        f.truncate(3 << 30)  # sparse
    out.append(("three-gib", big, None))
    out.append(("missing", os.path.join(d, "absent.level.json"), None))
    folder = os.path.join(d, "folder.level.json")
    os.mkdir(folder)
    out.append(("folder", folder, None))
    for dev in ("/dev/zero", "/dev/urandom"):
        if os.path.exists(dev):
            link = os.path.join(d, os.path.basename(dev) + ".level.json")
            os.symlink(dev, link)
            out.append((os.path.basename(dev), link, None))
            out.append((os.path.basename(dev) + "-solution", a_level, link))
    fifo = os.path.join(d, "pipe.level.json")
    if hasattr(os, "mkfifo"):
        os.mkfifo(fifo)
        out.append(("fifo", fifo, None))
        out.append(("fifo-solution", a_level, fifo))
    return out


def corpus(d, campaign, count, rnd):
    levels = sorted(os.path.join(campaign, f) for f in os.listdir(campaign) if f.endswith(".level.json"))
    cases = shapes(d, levels[0])
    for lv in levels:
        base = os.path.basename(lv)[:-len(".level.json")]
        with open(lv, encoding="utf-8") as f:
            text = f.read()
        sol = solution_of(text)
        if sol:
            path = os.path.join(d, base + ".solution.json")
            with open(path, "w", encoding="utf-8") as f:
                f.write(sol)
            cases.append((base + " solution", lv, path))
    i = 0
    while len(cases) < count:
        lv = levels[i % len(levels)]
        base = os.path.basename(lv)[:-len(".level.json")]
        with open(lv, encoding="utf-8") as f:
            text = f.read()
        sol = solution_of(text)
        if sol and i % 3 == 2:
            path = os.path.join(d, "%s-s%d.solution.json" % (base, i))
            with open(path, "wb") as f:
                f.write(mutate(sol, rnd))
            cases.append((os.path.basename(path), lv, path))
        else:
            path = os.path.join(d, "%s-m%d.level.json" % (base, i))
            with open(path, "wb") as f:
                f.write(mutate(text, rnd))
            cases.append((os.path.basename(path), path, None))
        i += 1
    return cases


def run(cmd, timeout):
    """(exit or None on hang, stderr, seconds, max RSS in MiB) of one process."""
    t0 = time.monotonic()
    with tempfile.TemporaryFile() as err, tempfile.TemporaryFile() as out:
        p = subprocess.Popen(cmd, stdout=out, stderr=err, stdin=subprocess.DEVNULL, start_new_session=True)
        hung = False
        while True:
            pid, status, usage = os.wait4(p.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() - t0 > timeout:
                hung = True
                os.killpg(p.pid, signal.SIGKILL)
                pid, status, usage = os.wait4(p.pid, 0)
                break
            time.sleep(0.02)
        wall = time.monotonic() - t0
        p.returncode = 0  # reaped by wait4 above
        err.seek(0)
        rss = usage.ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)
        code = None if hung else (os.waitstatus_to_exitcode(status) if hasattr(os, "waitstatus_to_exitcode")
                                  else (status >> 8 if os.WIFEXITED(status) else -os.WTERMSIG(status)))
        return code, err.read().decode("utf-8", "replace"), wall, rss


def classify(code, err):
    if code is None:
        return "hang"
    if code not in (0, 1, 2, 3) or TRACE.search(err):
        return "trace"
    if code == 2:
        lines = err.splitlines()
        return "clean refusal" if lines and all(PROBLEM.match(l) for l in lines) else "unclean"
    return "accepted"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--jar", default="target/interleave.jar")
    ap.add_argument("--campaign", default="levels")
    ap.add_argument("--count", type=int, default=520)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=30)
    ap.add_argument("--max-millis", type=int, default=20000, help="check's time bound (its default is 60000)")
    ap.add_argument("--seed", type=int, default=15)
    ap.add_argument("--keep", help="write the corpus here and keep it")
    home = os.environ.get("JAVA_HOME")
    ap.add_argument("--java", default=os.path.join(home, "bin", "java") if home else (shutil.which("java") or "java"),
                    help="the java to run the jar with (default: $JAVA_HOME/bin/java, else java on the PATH)")
    a = ap.parse_args()
    if not os.path.isfile(a.jar):
        sys.exit("no %s: build it first with mvn -B package -DskipTests" % a.jar)
    d = a.keep or tempfile.mkdtemp(prefix="interleave-hostile-")
    os.makedirs(d, exist_ok=True)
    probe = subprocess.run([a.java, "-jar", a.jar, "--version"], capture_output=True, text=True)
    if probe.returncode != 0:
        sys.exit("%s cannot run %s (it needs Java 21 or newer):\n%s" % (a.java, a.jar, probe.stderr.strip()[:500]))
    cases = corpus(d, a.campaign, a.count, random.Random(a.seed))
    jobs = []
    for name, lv, sol in cases:
        if sol is None:
            jobs.append(("validate", name, [a.java, "-jar", a.jar, "validate", lv]))
            jobs.append(("check", name, [a.java, "-jar", a.jar, "check", lv, "--max-millis", str(a.max_millis)]))
        else:
            jobs.append(("check", name, [a.java, "-jar", a.jar, "check", lv, "--solution", sol,
                                         "--max-millis", str(a.max_millis)]))
    rows = {}
    bad = []
    t0 = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(a.jobs) as pool:
        futures = {pool.submit(run, cmd, a.timeout): (command, name) for command, name, cmd in jobs}
        for n, f in enumerate(concurrent.futures.as_completed(futures), 1):
            command, name = futures[f]
            code, err, wall, rss = f.result()
            kind = classify(code, err)
            for key in (command, "total"):
                r = rows.setdefault(key, {"tried": 0, "clean refusal": 0, "accepted": 0, "unclean": 0, "hang": 0,
                                          "trace": 0, "rss": 0.0, "wall": 0.0, "worst": ""})
                r["tried"] += 1
                r[kind] += 1
                r["rss"] = max(r["rss"], rss)
                if wall > r["wall"]:
                    r["wall"], r["worst"] = wall, name
            if kind in ("hang", "trace", "unclean"):
                bad.append("%s %s: %s exit %s: %s" % (command, name, kind, code, err.strip()[:300].replace("\n", " | ")))
            if n % 100 == 0:
                print("... %d of %d runs, %.0f s" % (n, len(jobs), time.monotonic() - t0), file=sys.stderr)
    print("%d files (%d level files, %d solutions) in %s, %d processes, %.0f s, --max-millis %d, timeout %g s"
          % (len(cases), sum(1 for c in cases if c[2] is None), sum(1 for c in cases if c[2] is not None), d,
             len(jobs), time.monotonic() - t0, a.max_millis, a.timeout))
    header = ("command", "tried", "clean refusal", "accepted", "unclean", "hang", "trace", "max RSS MB", "max wall s",
              "slowest")
    print("| " + " | ".join(header) + " |")
    print("|" + "|".join("-" * (len(h) + 2) for h in header) + "|")
    for key in ("validate", "check", "total"):
        r = rows.get(key)
        if r:
            print("| %s | %d | %d | %d | %d | %d | %d | %.0f | %.1f | %s |" % (
                key, r["tried"], r["clean refusal"], r["accepted"], r["unclean"], r["hang"], r["trace"], r["rss"],
                r["wall"], r["worst"]))
    for line in bad:
        print(line)
    if not a.keep:
        shutil.rmtree(d, ignore_errors=True)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
