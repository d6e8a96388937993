package org.interleave.engine;

/**
 * How time behaves. VERIFY: a timer may fire at any point after it starts, so sleeps and timeouts
 * order nothing. TIMED: the virtual clock drives timers and work, for runs and scores.
 */
public enum Timing { VERIFY, TIMED }
