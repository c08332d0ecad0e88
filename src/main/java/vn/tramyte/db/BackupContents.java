package vn.tramyte.db;

import java.time.LocalDateTime;
import java.util.Map;

/**
 * What a backup holds, read by opening it: when it was made, by which program, the schema
 * version, the change counter, the installation's mode (STATION, CENTRE, empty before setup) and the rows of every table (by lower-case table name).
 */
public record BackupContents(LocalDateTime madeAt, String appVersion, String schemaVersion, long changeSeq,
                             String mode, Map<String, Long> counts) {
    public BackupContents {
        counts = Map.copyOf(counts);
    }

    /** A station's records (not a centre's, nor a folder never set up). */
    public boolean station() {
        return "STATION".equals(mode);
    }

    /** Rows of a table, 0 for a table the backup does not have (an older schema). */
    public long count(String table) {
        return counts.getOrDefault(table, 0L);
    }

    /** People, doses, weighings, pregnancies, visits, deliveries, deaths: the counts a health worker recognises. */
    public long people() {
        return count("person");
    }

    public long doses() {
        return count("vaccination");
    }

    public long measurements() {
        return count("measurement");
    }

    public long pregnancies() {
        return count("pregnancy");
    }

    public long visits() {
        return count("anc_visit");
    }

    public long deliveries() {
        return count("delivery");
    }

    public long deaths() {
        return count("death");
    }
}
