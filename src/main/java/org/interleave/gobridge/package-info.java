/**
 * The Go bridge: a design written out as the Go program it stands for ({@code interleave export-go}).
 *
 * <p>{@link org.interleave.gobridge.GoExporter} is the entry point. The program is one
 * {@code main.go} in {@code package main}, standard library only, in gofmt's layout and clean under
 * {@code go vet}; {@code go run -race main.go} runs it. Every part and op maps to the Go that
 * DESIGN §3 names: resources are package-level variables, goroutines are functions, a select is a
 * select, and {@code break}, {@code continue} and {@code return} mean what they mean in Go (the
 * engine follows Go's rules, so the control flow maps one to one). One tick is one millisecond;
 * {@code work n} keeps a core busy for n milliseconds.
 *
 * <p>How the pieces fit: {@link org.interleave.gobridge.Globals} names the package-level things and
 * knows each template's parameters, {@link org.interleave.gobridge.GoLocals} decides where each
 * local of a function is declared, {@link org.interleave.gobridge.GoStatements} writes the ops,
 * {@link org.interleave.gobridge.GoExpr} prints expressions as gofmt spaces them, and
 * {@link org.interleave.gobridge.OpWalk} knows which ops can run at all (vet rejects the others).
 *
 * <p>The way back, {@code interleave import-go}: {@link org.interleave.gobridge.GoImporter} parses
 * the file and has {@link org.interleave.gobridge.GoTranslator} translate it, with one translator
 * per kind of Go construct (declarations, statements, loops, channels and select, calls, inlined
 * functions, go statements, expressions) and {@link org.interleave.gobridge.NameResolver} for names
 * and constants; {@link org.interleave.gobridge.GoProgram} collects the parts as they are made.
 *
 * <p>What Go shows differently from the engine — by design, not by mistake of the export:
 * <ul>
 *   <li>A run is one interleaving. A bug that needs a rare schedule (an ABBA deadlock, a double
 *       close) may not show in many runs; the engine finds it by checking every schedule.
 *   <li>The program exits when {@code main} returns: a goroutine the engine reports as leaked is
 *       cut off silently, and an access made after main returned may escape the race detector.
 *   <li>Under {@code -race}, Go's deadlock detector is off (golang/go#20588): a deadlocked program
 *       hangs instead of printing "all goroutines are asleep". Run without {@code -race} to see it.
 *   <li>The race detector also reports a {@code close} that is not ordered with a {@code send} on
 *       the same channel; the engine reports the panic that ordering can cause instead.
 *   <li>Go rejects at compile time what the engine finds at run time when an expression divides by
 *       a constant zero or a constant expression overflows {@code int}.
 * </ul>
 */
package org.interleave.gobridge;
