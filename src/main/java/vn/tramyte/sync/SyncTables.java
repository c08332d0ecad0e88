package vn.tramyte.sync;

import java.util.ArrayList;
import java.util.List;

/**
 * The travelling tables in dependency order (a table after every table it refers to:
 * village before person, person before measurement ...). Packages carry them in this order
 * and imports apply them in this order.
 */
public final class SyncTables {
    private final List<SyncTable> tables = new ArrayList<>();
    private final java.util.Map<String, String> otherLabels = new java.util.HashMap<>();

    public SyncTables register(SyncTable table) {
        if (tables.stream().anyMatch(t -> t.name().equals(table.name()))) {
            throw new IllegalArgumentException("table registered twice: " + table.name());
        }
        tables.add(table);
        return this;
    }

    public List<SyncTable> inOrder() {
        return List.copyOf(tables);
    }

    public java.util.Optional<SyncTable> named(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /**
     * The name a health worker reads for a table of a report ("Cân đo"); a table this program
     * does not know (a package from a newer version) or one registered without a label keeps
     * its name in the schema.
     */
    public String label(String name, vn.tramyte.common.Messages messages) {
        String key = named(name).map(SyncTable::labelKey).orElse(otherLabels.get(name));
        return key == null ? name : messages.get(key);
    }

    /** The name shown for a report line that is not a travelling table (the centre's reference data). */
    public SyncTables labelled(String name, String key) {
        otherLabels.put(name, key);
        return this;
    }
}
