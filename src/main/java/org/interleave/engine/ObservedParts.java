package org.interleave.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.interleave.engine.model.Op;
import org.interleave.engine.model.Part;

/**
 * For each goroutine template, the parts whose value a goroutine of it, or any goroutine it may
 * start, may still observe: vars and atomics it reads, channels whose values it receives into a
 * local. A value nobody alive can observe is left out of state keys (DESIGN §4: what can no
 * longer be read does not tell states apart), as dead locals are.
 */
final class ObservedParts {
    private final Program program;
    /** By part index: what a goroutine of that template and its spawns observe; null for other parts. */
    private final BitSet[] observes;
    /** The same sets as words ({@link BitSet#toLongArray}), for the state keys' inner loop. */
    private final long[][] words;

    ObservedParts(Program program) {
        this.program = program;
        List<Part> parts = program.parts();
        observes = new BitSet[parts.size()];
        BitSet[] direct = new BitSet[parts.size()];
        List<BitSet> spawns = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            spawns.add(new BitSet());
            if (parts.get(i) instanceof Part.Goroutine g) {
                direct[i] = new BitSet();
                observed(g.ops(), direct[i], spawns.get(i));
            }
        }
        for (int i = 0; i < parts.size(); i++) {
            if (direct[i] != null) {
                BitSet all = new BitSet();
                BitSet seen = new BitSet();
                ArrayDeque<Integer> work = new ArrayDeque<>(List.of(i));
                while (!work.isEmpty()) {
                    int t = work.poll();
                    if (seen.get(t)) {
                        continue;
                    }
                    seen.set(t);
                    all.or(direct[t]);
                    spawns.get(t).stream().forEach(work::add);
                }
                observes[i] = all;
            }
        }
        words = new long[parts.size()][];
        for (int i = 0; i < parts.size(); i++) {
            words[i] = observes[i] == null ? null : observes[i].toLongArray();
        }
    }

    /** {@link #of} as words: bit i of word i / 64 is part i. */
    long[] wordsOf(int templateIndex) {
        return words[templateIndex];
    }

    /** What a goroutine of this template (by part index), or any goroutine it may start, may observe. */
    BitSet of(int templateIndex) {
        return observes[templateIndex];
    }

    private void observed(List<Op> ops, BitSet out, BitSet spawns) {
        for (Op op : ops) {
            switch (op) {
                case Op.Read x -> out.set(program.indexOf(x.var()));
                case Op.Inc x -> out.set(program.indexOf(x.var()));
                case Op.AtomicLoad x -> out.set(program.indexOf(x.var()));
                case Op.AtomicCas x -> out.set(program.indexOf(x.var()));
                case Op.AtomicAdd x -> {
                    if (x.to() != null) {
                        out.set(program.indexOf(x.var()));
                    }
                }
                case Op.Recv x -> {
                    if (x.to() != null) {
                        out.set(program.indexOf(x.ch()));
                    }
                }
                case Op.Range x -> {
                    if (x.to() != null) {
                        out.set(program.indexOf(x.ch()));
                    }
                }
                case Op.Select x -> {
                    for (Op.Case c : x.cases()) {
                        if (c instanceof Op.RecvCase r && r.to() != null) {
                            out.set(program.indexOf(r.ch()));
                        }
                    }
                }
                case Op.Go x -> spawns.set(program.indexOf(x.g()));
                case Op.If unused -> { }
                case Op.While unused -> { }
                case Op.Repeat unused -> { }
                case Op.Loop unused -> { }
                case Op.OnceDo unused -> { }
                case Op.Send unused -> { }
                case Op.Close unused -> { }
                case Op.Lock unused -> { }
                case Op.Unlock unused -> { }
                case Op.RLock unused -> { }
                case Op.RUnlock unused -> { }
                case Op.Add unused -> { }
                case Op.Done unused -> { }
                case Op.Wait unused -> { }
                case Op.Write unused -> { }
                case Op.AtomicStore unused -> { }
                case Op.Cancel unused -> { }
                case Op.Sleep unused -> { }
                case Op.Work unused -> { }
                case Op.Emit unused -> { }
                case Op.Let unused -> { }
                case Op.Break unused -> { }
                case Op.Continue unused -> { }
                case Op.Return unused -> { }
                case Op.Assert unused -> { }
            }
            for (List<Op> body : Program.bodies(op)) {
                observed(body, out, spawns);
            }
        }
    }
}
