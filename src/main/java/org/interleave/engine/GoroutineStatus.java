package org.interleave.engine;

/**
 * Where a goroutine instance is: at a visible op it may or may not be able to take (RUNNABLE —
 * whether it is blocked depends on the rest of the state), finished, or spinning in a loop that
 * never reaches a visible op again.
 */
public enum GoroutineStatus { RUNNABLE, DONE, SPINNING }
