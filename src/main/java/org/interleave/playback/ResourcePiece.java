package org.interleave.playback;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.interleave.engine.model.Part;

/** One shared resource of a design as a labelled piece: its Go type, its name and its setting. */
public final class ResourcePiece extends VBox {
    private final Part part;

    /** Creates the piece for a resource part (not a goroutine). */
    public ResourcePiece(Part part) {
        this.part = part;
        createView();
    }

    private void createView() {
        getStyleClass().addAll("resource", "resource-" + part.type());
        setId("resource-" + part.id());
        Label type = new Label(goType(part));
        type.getStyleClass().add("resource-type");
        Label name = new Label(part.id());
        name.getStyleClass().add("resource-name");
        getChildren().addAll(type, name);
        String detail = detail(part);
        if (!detail.isEmpty()) {
            Label d = new Label(detail);
            d.getStyleClass().add("resource-detail");
            getChildren().add(d);
        }
    }

    /** The Go type a resource stands for. */
    static String goType(Part p) {
        return switch (p) {
            case Part.Channel c -> "chan int";
            case Part.Mutex m -> "sync.Mutex";
            case Part.RwMutex m -> "sync.RWMutex";
            case Part.WaitGroup w -> "sync.WaitGroup";
            case Part.Once o -> "sync.Once";
            case Part.Var v -> "int (shared)";
            case Part.Atomic a -> "atomic.Int64";
            case Part.Context c -> "context.Context";
            case Part.Sink s -> "output";
            case Part.Goroutine g -> "goroutine";
        };
    }

    /** How the resource is set up: a channel's buffer, a variable's initial value, a timeout. */
    static String detail(Part p) {
        return switch (p) {
            case Part.Channel c -> c.nil() ? "nil channel" : c.cap() == 0 ? "unbuffered" : "buffer of " + c.cap();
            case Part.Var v -> "= " + v.init();
            case Part.Atomic a -> "= " + a.init();
            case Part.Context c -> {
                String parent = c.parent() == null ? "Background()" : c.parent();
                yield c.timeout() > 0 ? "WithTimeout(" + parent + ", " + c.timeout() + " ticks)"
                        : "WithCancel(" + parent + ")";
            }
            case Part.Sink s -> "fmt.Println";
            default -> "";
        };
    }

    public Part part() {
        return part;
    }
}
