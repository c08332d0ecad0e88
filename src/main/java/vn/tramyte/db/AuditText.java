package vn.tramyte.db;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** What a write changed, as one line for the audit log: {@code full_name: A → B; sex: M → F}. */
public final class AuditText {
    private static final Set<String> SYNC_COLUMNS = Set.of("change_seq", "origin_seq", "updated_at", "updated_by");

    private AuditText() {
    }

    public static String created(Map<String, Object> after) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, Object> e : after.entrySet()) {
            if (e.getValue() != null && !SYNC_COLUMNS.contains(e.getKey())) {
                append(sb, e.getKey() + "=" + e.getValue());
            }
        }
        return sb.toString();
    }

    public static String changed(Map<String, Object> before, Map<String, Object> after) {
        StringBuilder sb = new StringBuilder();
        Set<String> keys = new TreeSet<>(before.keySet());
        keys.addAll(after.keySet());
        for (String key : keys) {
            if (SYNC_COLUMNS.contains(key)) {
                continue;
            }
            Object a = before.get(key);
            Object b = after.get(key);
            if (!Objects.equals(a, b)) {
                append(sb, key + ": " + a + " → " + b);
            }
        }
        return sb.toString();
    }

    private static void append(StringBuilder sb, String part) {
        if (sb.length() > 0) {
            sb.append("; ");
        }
        sb.append(part);
    }
}
