package org.interleave.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.interleave.engine.Choice;
import org.interleave.engine.Limits;
import org.interleave.engine.Machine;
import org.interleave.engine.Program;
import org.interleave.engine.RandomDesigns;
import org.interleave.engine.StateWriter;
import org.interleave.engine.StateWriter.StateKey;
import org.interleave.engine.Timing;
import org.interleave.engine.model.Design;

/**
 * The state table stores a state as the numbers of its parts (collapse compression): it must
 * number states exactly as a map keyed by their whole encodings does — the same state, the same
 * number; another state, a new number — whatever parts states share.
 */
class StateTableProperties {
    @Provide
    Arbitrary<Design> designs() {
        return RandomDesigns.designs();
    }

    @Property(tries = 120)
    void stateTable_numbersStatesAsAMapOfWholeKeysDoes(@ForAll("designs") Design d) {
        for (boolean reduce : new boolean[] {true, false}) {
            StateTable table = new StateTable();
            Map<StateKey, Integer> whole = new HashMap<>();
            Machine start = new Machine(new Program(d), Timing.VERIFY, new Limits(100, 2_000));
            start.drainFaults();
            ArrayDeque<Machine> queue = new ArrayDeque<>();
            queue.add(start);
            int visited = 0;
            while (!queue.isEmpty() && visited++ < 3_000) {
                Machine m = queue.poll();
                StateKey key = m.key(reduce);
                Integer expected = whole.get(key);
                assertEquals(expected == null ? -1 : expected, table.find(key), "find before put");
                int got = table.put(key);
                if (expected != null) {
                    assertEquals((int) expected, got, "a known state keeps its number");
                    continue;
                }
                assertEquals(~whole.size(), got, "a new state gets the next number");
                whole.put(key, whole.size());
                for (Choice c : m.enabled()) {
                    Machine next = m.copy();
                    next.step(c);
                    next.drainFaults();
                    queue.add(next);
                }
            }
            assertEquals(whole.size(), table.size());
        }
    }

    @Example
    void byteTable_tellsApartStringsWhoseHashesCollide() {
        ByteTable t = new ByteTable();
        byte[] a = {1, 2, 3};
        byte[] b = {1, 2, 4};
        int na = t.add(a, 0, 3, 42);
        int nb = t.add(b, 0, 3, 42);
        assertNotEquals(na, nb);
        assertEquals(na, t.find(a, 0, 3, 42));
        assertEquals(nb, t.find(b, 0, 3, 42));
        assertEquals(-1, t.find(new byte[] {1, 2, 5}, 0, 3, 42));
        assertEquals(-1, t.find(new byte[] {1, 2}, 0, 2, 42), "a prefix is another string");
    }

    @Example
    void byteTable_findsEveryStringAfterGrowing() {
        ByteTable t = new ByteTable();
        for (int i = 0; i < 10_000; i++) {
            byte[] s = Integer.toString(i).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            assertEquals(i, t.add(s, 0, s.length, StateWriter.hash(s, 0, s.length)));
        }
        for (int i = 0; i < 10_000; i++) {
            byte[] s = Integer.toString(i).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            assertEquals(i, t.find(s, 0, s.length, StateWriter.hash(s, 0, s.length)));
        }
    }
}
