package vn.tramyte.audit;

/** One field of an audit line in words: its name, the value before ("" for a new record) and after. */
public record FieldChange(String field, String before, String after) {
}
