package org.interleave.engine;

/**
 * A piece of a machine's state that copies share until one of them changes it (see
 * {@link CopyOnWrite}): a goroutine's state or a resource's. A search that keeps many machines
 * counts on it how many of them hold it, so that the heap of a piece they share is charged once
 * (see {@link KeptHeap}).
 */
abstract class SharedPart {
    /** How many machines a {@link KeptHeap} holds that hold this piece. */
    int keptBy;
    /** What this piece was charged when the first of them was kept. */
    int keptBytes;
}
