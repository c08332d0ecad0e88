package vn.tramyte.audit;

import java.util.List;

/**
 * An audit line as a health worker reads it: the day and time (dd/MM/yyyy HH:mm), who, whose
 * record (a person's name, or what the record is), the kind of record, what was done, and each
 * field changed with its name translated and its codes shown as their labels.
 */
public record ReadableLine(String when, String who, String record, String kind, String action,
                           List<FieldChange> changes) {

    /** The changes on one line: "Họ và tên: A → B; Giới tính: Nam → Nữ". */
    public String what() {
        StringBuilder sb = new StringBuilder();
        for (FieldChange c : changes) {
            if (sb.length() > 0) {
                sb.append("; ");
            }
            sb.append(c.field());
            if (c.before().isEmpty()) {
                sb.append(": ").append(c.after());
            } else {
                sb.append(": ").append(c.before()).append(" → ").append(c.after());
            }
        }
        return sb.toString();
    }
}
