/**
 * An oracle for the exhaustive check that shares none of the engine's stepping code (issue 11).
 *
 * <h2>The reference explorer</h2>
 * {@link org.interleave.oracle.ReferenceExplorer} is written from DESIGN §4 alone: its own
 * interpreter ({@code ReferenceSteps} for what can happen, {@code ReferenceOps} for what a visible
 * op does, {@code ReferenceContinuation} for the invisible ops between, {@code ReferenceEval} for
 * expressions) and a breadth-first search over whole states, with no reductions. It reuses only
 * the loaded model records ({@code engine.model}, parsed {@code engine.expr} trees). Its rules,
 * each pinned by a hand-checked design in {@code ReferenceExplorerTest}:
 * <ul>
 *   <li>a move runs one goroutine's visible op and then its invisible ops; an unbuffered hand-off
 *       moves sender and receiver together, and each possible pairing (any waiting partner, any
 *       matching case of a waiting select) is a move of its own; two polling selects never meet;
 *       a select without default is waiting only if it may have parked (below) and none of its
 *       cases is ready by the resources' state now (whatever readies a case completes it);</li>
 *   <li>{@code default} is ruled out only by the resources' state (a buffered value or free slot,
 *       a closed channel, a cancelled context); an {@code after} case may fire only in a select
 *       without default that may have parked: one that, at some state since it was reached, had
 *       no case ready by the resources' state;</li>
 *   <li>main's return is a move of its own, and the output goal is checked at every return;</li>
 *   <li>a context's timeout may fire at any moment, a sleep is always possible;</li>
 *   <li>happens-before as <em>knowledge sets</em>: each goroutine and each synchronizing object
 *       carries the set of shared-var accesses ordered before it (one bit per access the race
 *       check can still need: a var's last write and each goroutine's last read since), joined
 *       along the edges of §4 — a vector clock cut down to what decides a race, so states stay
 *       finite and merging equal states loses nothing;</li>
 *   <li>deadlock: main has not returned and nothing can move; hang: a state from which no path
 *       reaches main's return, a crash, a stuck state or an unexplored one; leak: after main
 *       returned, a goroutine that no path lets finish (a crash counts as an end); a loop of
 *       invisible ops that comes back to a local state it was in spins forever.</li>
 * </ul>
 *
 * <h2>Random designs and the properties</h2>
 * {@link org.interleave.oracle.DesignGenerator} builds small levels with every construct of §3
 * ({@code DesignGeneratorTest} counts them) as JSON, loaded through the product's loader. Half
 * the designs declare every kind of part; the others only some ({@link org.interleave.oracle.DesignShape}:
 * only channels, no resource at all, no kind whose state names a goroutine, ...), since the
 * engine takes shortcuts by the kinds a design declares.
 * {@code OracleProperties} checks, on 2,000 designs from a fixed seed, that they are valid, that
 * every schedule the product reports replays, and that the product (reduced and
 * {@code --no-reduction}) reaches the reference's verdict and set of outcome kinds. Switches:
 * <pre>
 * mvn -B test -Dtest=OracleProperties -Dinterleave.oracle.strict=false  # without the agreement property
 * mvn -B test -Dtest=OracleProperties -Dinterleave.oracle.seed=random   # other designs (the seed is printed)
 * mvn -B test -Dtest=OracleProperties -Dinterleave.oracle.mix=full      # every kind of part in every design
 * mvn -B test -Dtest=ProductOnHandCheckedDesignsTest                   # the product on the hand-checked designs
 * scripts/oracle-soak.sh 100000 1                                       # agreement counts, shrunk examples
 * MIX=full scripts/oracle-soak.sh 100000 1                              # the same, every kind in every design
 * </pre>
 * A disagreement is shrunk ({@code Shrinker}) to a small design that still disagrees the same way.
 */
package org.interleave.oracle;
