package org.interleave.level;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import org.interleave.engine.model.DesignValidator.Locus;
import org.interleave.engine.model.Part;
import org.interleave.level.JsonTree.Node;
import org.interleave.level.JsonTree.Obj;
import org.interleave.level.JsonTree.Pos;
import org.interleave.level.JsonTree.Str;

/** Where each loaded part, op and field of a design is in its file. */
final class SourceMap {
    /** The JSON behind one part: its object, its fields, and its ops' objects and fields. */
    static final class PartSource {
        final Obj obj;
        final Map<String, Node> objects = new HashMap<>();
        final Map<String, Node> opFields = new HashMap<>();

        PartSource(Obj obj) {
            this.obj = obj;
        }

        /** Records the object at an op or case path and all its fields. */
        void object(String path, Obj o) {
            objects.put(path, o);
            o.members().forEach(m -> opFields.put(path + "#" + m.name(), m.value()));
        }

        /** Makes {@code field} of the op at {@code path} point at {@code node}. */
        void field(String path, String field, Node node) {
            opFields.put(path + "#" + field, node);
        }
    }

    private final Node design;
    private final Map<Part, PartSource> parts = new IdentityHashMap<>();

    SourceMap(Node design) {
        this.design = design;
    }

    void put(Part part, PartSource source) {
        parts.put(part, source);
    }

    /**
     * The position of a validator problem: a field's value, else its object; inside an expression
     * string without escapes, the very character ({@code column + 1 + offset}).
     */
    Pos locate(Locus l) {
        PartSource ps = l.part() == null ? null : parts.get(l.part());
        if (ps == null) {
            return design.pos();
        }
        Node node;
        if (l.path() == null) {
            Node field = l.field() == null || ps.obj.member(l.field()) == null
                    ? null : ps.obj.member(l.field()).value();
            node = field != null ? field : ps.obj;
        } else {
            node = l.field() == null ? null : ps.opFields.get(l.path() + "#" + l.field());
            if (node == null) {
                node = ps.objects.getOrDefault(l.path(), ps.obj);
            }
        }
        Pos pos = node.pos();
        if (l.offset() >= 0 && node instanceof Str s && s.plain()) {
            return new Pos(pos.line(), pos.column() + 1 + l.offset(), pos.offset() + 1 + l.offset());
        }
        return pos;
    }
}
