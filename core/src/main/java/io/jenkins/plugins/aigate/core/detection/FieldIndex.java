package io.jenkins.plugins.aigate.core.detection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Numbers the fields a detector's rules read, so per-commit values live in an array rather than a map. */
final class FieldIndex {
    private final Map<Field, Integer> ids = new HashMap<>();
    private final List<Field> fields = new ArrayList<>();

    /** @return the field's number, assigning the next one on first sight (only while the detector is built) */
    int idOf(Field field) {
        Integer id = ids.get(field);
        if (id == null) {
            id = fields.size();
            ids.put(field, id);
            fields.add(field);
        }
        return id;
    }

    Field field(int id) {
        return fields.get(id);
    }

    int size() {
        return fields.size();
    }
}
