package org.interleave.playback;

import org.interleave.engine.OpText;
import org.interleave.engine.model.Op;

/**
 * What ops are called on screen in a few plain words, beside {@link OpText}, which writes an op
 * as the Go code it stands for. One table each, for every screen that names an op.
 */
public final class OpWords {
    private OpWords() {}

    /**
     * What the op does, as a verb: {@code send}, {@code Lock}, {@code once.Do} — in a timeline
     * edge ({@code send → receive on jobs}) or in what a goroutine is blocked on.
     */
    public static String verb(Op op) {
        return switch (op) {
            case Op.Send x -> "send";
            case Op.Recv x -> "receive";
            case Op.Range x -> "receive (range)";
            case Op.Select x -> "select";
            case Op.Close x -> "close";
            case Op.Lock x -> "Lock";
            case Op.RLock x -> "RLock";
            case Op.Unlock x -> "Unlock";
            case Op.RUnlock x -> "RUnlock";
            case Op.Done x -> "Done";
            case Op.Wait x -> "Wait";
            case Op.Add x -> "Add";
            case Op.Go x -> "go";
            case Op.OnceDo x -> "once.Do";
            case Op.Cancel x -> "cancel";
            default -> op.kind();
        };
    }

    /** The op as the subject of a sentence, as the canvas refuses an edit: {@code A lock}, {@code wg.Add}. */
    public static String noun(Op op) {
        return switch (op) {
            case Op.Lock l -> "A lock";
            case Op.Unlock l -> "An unlock";
            case Op.RLock l -> "A read lock";
            case Op.RUnlock l -> "A read unlock";
            case Op.Send s -> "A send";
            case Op.Recv r -> "A receive";
            case Op.Close c -> "close";
            case Op.Range r -> "range";
            case Op.Select s -> "A select case";
            case Op.Add a -> "wg.Add";
            case Op.Done a -> "wg.Done";
            case Op.Wait a -> "wg.Wait";
            case Op.OnceDo o -> "once.Do";
            case Op.Read r -> "A plain read";
            case Op.Write w -> "A plain write";
            case Op.Inc i -> "An increment";
            case Op.Cancel c -> "cancel";
            case Op.Emit e -> "fmt.Println";
            case Op.Go g -> "go";
            case Op.AtomicAdd a -> "An atomic op";
            case Op.AtomicLoad a -> "An atomic op";
            case Op.AtomicStore a -> "An atomic op";
            case Op.AtomicCas a -> "An atomic op";
            default -> OpText.of(op);
        };
    }
}
