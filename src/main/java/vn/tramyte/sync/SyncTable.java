package vn.tramyte.sync;

/**
 * A table whose rows travel in packages (DESIGN.md §4): its name in the schema and, when its
 * rows belong to a person, the column naming that person (so a person moving to another
 * station takes the row along). Columns are read from jOOQ's generated schema, so a table
 * added by a later migration travels with one {@code register} line in {@code app/Services}.
 * {@code labelKey} is the message key of the name a health worker reads in import reports
 * ("Cân đo" for measurement); without one the report shows the table's name.
 */
public record SyncTable(String name, String personColumn, String labelKey) {

    public SyncTable(String name, String personColumn) {
        this(name, personColumn, null);
    }

    /** A table of records not tied to one person (e.g. villages). */
    public static SyncTable of(String name) {
        return new SyncTable(name, null);
    }

    /** A table of one person's records (measurements, doses, visits ...); the person table itself names "id". */
    public static SyncTable ofPerson(String name, String personColumn) {
        return new SyncTable(name, personColumn);
    }

    /**
     * A table whose rows belong to a person through another row (an antenatal visit through its
     * pregnancy): {@code personExpression} is an SQL expression of the row giving the person's id,
     * used in the {@code WHERE} clause that moves a person's rows to another station.
     */
    public static SyncTable ofPersonVia(String name, String personExpression) {
        return new SyncTable(name, personExpression);
    }

    /** The same table, shown in import reports under the message of {@code key}. */
    public SyncTable labelled(String key) {
        return new SyncTable(name, personColumn, key);
    }
}
