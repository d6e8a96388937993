"""balance-the-pipeline: every placement of the `go square`, one to three `go label`s, the four sends and
close(nums), in main (before its print loop, a label also inside the loop: at its start, middle or end)
or in a goroutine of the player's own (auto, or spawned by a `go feed` anywhere in main) that sends
the numbers or only starts stages, with nums of capacity 0 to 4."""
import json, itertools, sys
lvl = json.load(open('levels/31-balance-the-pipeline.level.json'))
base = lvl['design']['parts']
loop = [p for p in base if p['id'] == 'main'][0]['ops'][-1]
assert loop['op'] == 'repeat'
GS = {"op": "go", "g": "square"}; GL = {"op": "go", "g": "label"}; GF = {"op": "go", "g": "feed"}
SENDS = [{"op": "send", "ch": "nums", "value": v} for v in (1, 2, 3, 4)] + [{"op": "close", "ch": "nums"}]

def interleavings(fixed, items):
    """Distinct sequences of `fixed` (in order) with the items (strings) inserted anywhere."""
    n = len(fixed) + len(items)
    out = set()
    for pos in itertools.combinations(range(n), len(items)):
        for perm in set(itertools.permutations(items)):
            seq = []; it = iter(perm); fx = iter(fixed)
            for i in range(n):
                seq.append(next(it) if i in pos else next(fx))
            out.add(tuple(seq))
    return out

def ops(seq):
    return [dict(GS) if x == 'S' else dict(GL) if x == 'L' else dict(GF) if x == 'F' else dict(SENDS[x]) for x in seq]

seen = set(); count = 0
def emit(label, main_seq, loop_pos, feed_seq, feed_start, cap):
    global count
    key = (tuple(main_seq), loop_pos, tuple(feed_seq) if feed_seq is not None else None, feed_start, cap)
    if key in seen: return
    seen.add(key)
    parts = []
    for p in base:
        p = json.loads(json.dumps(p))
        if p['id'] == 'nums': p['cap'] = cap
        if p['id'] == 'main':
            lp = json.loads(json.dumps(loop))
            if loop_pos is not None: lp['do'].insert(loop_pos, dict(GL))
            p['ops'] = ops(main_seq) + [lp]
        parts.append(p)
    if feed_seq is not None:
        parts.append({"id": "feed", "type": "goroutine", "x": 300, "y": 520, "start": feed_start, "ops": ops(feed_seq)})
    sys.stdout.write(label + '\t' + json.dumps(parts, separators=(',', ':')) + '\n'); count += 1

FIX = [0, 1, 2, 3, 4]
for k in (1, 2, 3):
    items = ['S'] + ['L'] * k
    for cap in range(5):
        for inloop in (None, 0, 1, 2):
            its = items[:-1] if inloop is not None else items   # one label op inside the loop, if any
            # each remaining go in main (M) or the feed (F)
            for assign in itertools.product('MF', repeat=len(its)):
                m_items = [x for x, a in zip(its, assign) if a == 'M']; f_items = [x for x, a in zip(its, assign) if a == 'F']
                for sender in ('main', 'feed'):
                    if sender == 'main' and not f_items:
                        feeds = [None]          # no feed of the player's
                    else:
                        feeds = ['auto', 'spawn']
                    for feed in feeds:
                        mfix = FIX if sender == 'main' else []
                        ffix = FIX if sender == 'feed' else []
                        m_its = m_items + (['F'] if feed == 'spawn' else [])
                        for mseq in interleavings(mfix, m_its):
                            if feed is None:
                                emit('k%d main' % k, mseq, inloop, None, None, cap); continue
                            for fseq in interleavings(ffix, f_items):
                                if not fseq: continue
                                emit('k%d feed-%s sender-%s' % (k, feed, sender), mseq, inloop, fseq, feed, cap)
sys.stderr.write('%d designs\n' % count)
