package org.interleave.app.canvas;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.SVGPath;
import org.interleave.engine.ResourceSnapshot;
import org.interleave.engine.model.Design;
import org.interleave.engine.model.Part;
import org.interleave.playback.Trace;

/**
 * A shared resource drawn as a recognisable piece: a channel as a pipe whose slots show the values
 * inside, a mutex as a padlock with its holder, a wait group as a counter, a var or atomic as a box
 * with its value, a context as a stop light, a sink as a tray of printed values. Each also says
 * its state in words, so shape and text carry it, not colour alone.
 */
final class ResourceNode extends PartNode {
    private static final int MAX_SLOTS = 8;

    private final StackPane body = new StackPane();
    private final Label state = new Label();
    private final ResourceMotion motion = new ResourceMotion();
    private ResourceSnapshot shown;
    private int shownStep = -1;

    ResourceNode(Part p) {
        super(p);
        getStyleClass().addAll("resource-node", "res-" + p.type());
        Label name = new Label(p.id());
        name.getStyleClass().add("resource-title");
        Label type = new Label(goType(p));
        type.getStyleClass().add("resource-sub");
        // the card widens to its name and type rather than cutting either short
        name.setMinWidth(Region.USE_PREF_SIZE);
        type.setMinWidth(Region.USE_PREF_SIZE);
        HBox head = new HBox(name, type);
        head.getStyleClass().add("resource-head");
        head.setAlignment(Pos.BASELINE_LEFT);
        if (locked()) {
            head.getChildren().add(part.layout().relay()
                    ? lockBadge("Locked and sealed by the level: it takes what its padlocked ops send, or what your ops"
                            + " pass on, unchanged, from a sealed channel")
                    : part.layout().sealed()
                    ? lockBadge("Locked and sealed by the level: only its padlocked ops send here; your ops may receive and close")
                    : lockBadge());
        }
        body.getStyleClass().add("resource-body");
        state.getStyleClass().add("resource-state");
        state.setId("state-" + p.id());
        state.setWrapText(true);
        getChildren().addAll(head, body, state);
        show(null, null, null);
    }

    static String goType(Part p) {
        return switch (p) {
            case Part.Channel c -> c.nil() ? "nil chan" : c.cap() == 0 ? "chan int" : "chan int, " + c.cap();
            case Part.Mutex m -> "sync.Mutex";
            case Part.RwMutex m -> "sync.RWMutex";
            case Part.WaitGroup w -> "sync.WaitGroup";
            case Part.Once o -> "sync.Once";
            case Part.Var v -> "int";
            case Part.Atomic a -> "atomic.Int64";
            case Part.Context c -> c.timeout() > 0 ? "ctx, timeout " + c.timeout() : "context";
            case Part.Sink s -> "output";
            case Part.Goroutine g -> "goroutine";
        };
    }

    /** Shows the state at a moment ({@code s} null: as a run starts). */
    void show(ResourceSnapshot s, Trace.Moment m, Design d) {
        ResourceSnapshot before = shown;
        // a step forward moves the piece into its new state; a jump (or the start) just shows it
        boolean oneStepOn = m != null && shownStep >= 0 && m.step().number() == shownStep + 1;
        shown = s;
        shownStep = m == null ? -1 : m.step().number();
        motion.stop();
        body.getChildren().setAll(graphic(s));
        if (oneStepOn && getScene() != null) {
            motion.changed(before, s, body, org.interleave.app.shared.cast.Motion.of(this));
        }
        String words = StateWords.state(part, s);
        state.setText(words);
        String all = StateWords.of(part, s, m, d);
        tooltip.setText(part.id() + " — " + describe(part) + "\n" + all);
    }

    /** What the part is, in a few words. */
    static String describe(Part p) {
        return switch (p) {
            case Part.Channel c -> c.nil() ? "a nil channel" : c.cap() == 0 ? "an unbuffered channel"
                    : "a channel with a buffer of " + c.cap();
            case Part.Mutex m -> "a mutex";
            case Part.RwMutex m -> "a read/write mutex";
            case Part.WaitGroup w -> "a wait group";
            case Part.Once o -> "a sync.Once";
            case Part.Var v -> "a shared int (plain: unsynchronized accesses race)";
            case Part.Atomic a -> "an atomic int";
            case Part.Context c -> c.timeout() > 0 ? "a context that times out after " + c.timeout() + " ticks"
                    : "a cancellable context";
            case Part.Sink s -> "the output (fmt.Println)";
            case Part.Goroutine g -> "a goroutine";
        };
    }

    private Node graphic(ResourceSnapshot s) {
        return switch (part) {
            case Part.Channel c -> pipe(c, s instanceof ResourceSnapshot.Channel sc ? sc : null);
            case Part.Mutex m -> padlock(s instanceof ResourceSnapshot.Mutex sm && sm.holder() != null,
                    s instanceof ResourceSnapshot.Mutex sm && sm.holder() != null ? sm.holder() : null);
            case Part.RwMutex m -> {
                ResourceSnapshot.RwMutex r = s instanceof ResourceSnapshot.RwMutex x ? x : null;
                boolean held = r != null && (r.writer() != null || !r.readers().isEmpty());
                String who = r == null ? null : r.writer() != null ? "W " + r.writer()
                        : r.readers().isEmpty() ? null : "R ×" + r.readers().size();
                yield padlock(held, who);
            }
            case Part.WaitGroup w -> counter(s instanceof ResourceSnapshot.WaitGroup sw ? sw.counter() : 0);
            case Part.Once o -> {
                boolean done = s instanceof ResourceSnapshot.Once so && so.done();
                Label l = new Label(done ? "✓ done" : "1×");
                l.getStyleClass().addAll("once-mark", done ? "on" : "off");
                yield l;
            }
            case Part.Var v -> valueBox(s instanceof ResourceSnapshot.Var sv ? sv.value() : v.init(), false);
            case Part.Atomic a -> valueBox(s instanceof ResourceSnapshot.Atomic sa ? sa.value() : a.init(), true);
            case Part.Context c -> stopLight(s instanceof ResourceSnapshot.Context sc && sc.cancelled());
            case Part.Sink k -> tray(s instanceof ResourceSnapshot.Sink ss ? ss.values() : List.of());
            case Part.Goroutine g -> new Label();
        };
    }

    private static Node pipe(Part.Channel c, ResourceSnapshot.Channel s) {
        HBox pipe = new HBox();
        pipe.getStyleClass().add("pipe");
        pipe.setAlignment(Pos.CENTER_LEFT);
        Label in = new Label("▸");
        in.getStyleClass().add("pipe-end");
        pipe.getChildren().add(in);
        List<Long> buffer = s == null ? List.of() : s.buffer();
        if (c.nil()) {
            Label l = new Label("nil");
            l.getStyleClass().add("pipe-nil");
            pipe.getChildren().add(l);
        } else if (c.cap() == 0) {
            Label l = new Label("⇢ hand-off ⇢");
            l.getStyleClass().add("pipe-unbuffered");
            pipe.getChildren().add(l);
        } else {
            int shown = Math.min(c.cap(), MAX_SLOTS);
            for (int i = 0; i < shown; i++) {
                StackPane slot = new StackPane();
                slot.getStyleClass().add("slot");
                if (i < buffer.size()) {
                    slot.getStyleClass().add("full");
                    Label v = new Label(Long.toString(buffer.get(i)));
                    v.getStyleClass().add("slot-value");
                    slot.getChildren().add(v);
                }
                pipe.getChildren().add(slot);
            }
            if (c.cap() > MAX_SLOTS) {
                Label more = new Label("+" + (c.cap() - MAX_SLOTS));
                more.getStyleClass().add("pipe-more");
                pipe.getChildren().add(more);
            }
        }
        Label out = new Label(s != null && s.closed() ? "▮" : "▸");
        out.getStyleClass().add(s != null && s.closed() ? "pipe-closed" : "pipe-end");
        pipe.getChildren().add(out);
        return pipe;
    }

    private static Node padlock(boolean held, String holder) {
        SVGPath shackle = new SVGPath();
        // closed: both legs in the body; open: the right leg lifted out
        shackle.setContent(held ? "M4 14 V8 A8 8 0 0 1 20 8 V14" : "M4 14 V8 A8 8 0 0 1 20 8 V4");
        shackle.getStyleClass().add("shackle");
        shackle.setTranslateY(held ? 0 : -4);
        Rectangle lockBody = new Rectangle(26, 20);
        lockBody.setArcWidth(6);
        lockBody.setArcHeight(6);
        lockBody.getStyleClass().addAll("lock-body", held ? "held" : "free");
        Circle keyhole = new Circle(2.5);
        keyhole.getStyleClass().add("keyhole");
        StackPane bodyPane = new StackPane(lockBody, keyhole);
        VBox lock = new VBox(-1, shackle, bodyPane);
        lock.setAlignment(Pos.CENTER);
        Label who = new Label(held ? holder : "free");
        who.getStyleClass().addAll("lock-holder", held ? "held" : "free");
        HBox box = new HBox(8, lock, who);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static Node counter(long n) {
        Label l = new Label(Long.toString(n));
        l.getStyleClass().add("counter-value");
        StackPane dial = new StackPane(new Circle(17), l);
        dial.getChildren().get(0).getStyleClass().addAll("counter-dial", n == 0 ? "zero" : "positive");
        return dial;
    }

    private static Node valueBox(long v, boolean atomic) {
        Label l = new Label(Long.toString(v));
        l.getStyleClass().add("value-text");
        StackPane box = new StackPane(l);
        box.getStyleClass().addAll("value-box", atomic ? "atomic" : "plain");
        return box;
    }

    private static Node stopLight(boolean cancelled) {
        Circle go = new Circle(6);
        go.getStyleClass().addAll("light", "light-go", cancelled ? "off" : "on");
        Circle stop = new Circle(6);
        stop.getStyleClass().addAll("light", "light-stop", cancelled ? "on" : "off");
        HBox lights = new HBox(4, stop, go);
        lights.getStyleClass().add("stop-light");
        lights.setAlignment(Pos.CENTER);
        Label word = new Label(cancelled ? "■ stop" : "▶ go");
        word.getStyleClass().add("light-word");
        HBox box = new HBox(8, lights, word);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static Node tray(List<Long> values) {
        FlowPane tray = new FlowPane(4, 4);
        tray.getStyleClass().add("tray");
        tray.setPrefWrapLength(170);
        if (values.isEmpty()) {
            Label l = new Label("empty");
            l.getStyleClass().add("tray-empty");
            tray.getChildren().add(l);
        }
        int from = Math.max(0, values.size() - 12);
        if (from > 0) {
            Label more = new Label("…");
            more.getStyleClass().add("tray-empty");
            tray.getChildren().add(more);
        }
        for (long v : values.subList(from, values.size())) {
            Label chip = new Label(Long.toString(v));
            chip.getStyleClass().add("tray-chip");
            tray.getChildren().add(chip);
        }
        return tray;
    }

    /** How the piece moved when steps changed it. */
    ResourceMotion motion() {
        return motion;
    }

    /** The slot a value enters at (for the step animation): the first empty slot's centre, or the body's. */
    Node body() {
        return body;
    }
}
