package vn.tramyte.testing;

import vn.tramyte.app.Services;

/** Leaves dead pages in a station's file, as big writes leave it: megabytes written in a table, then the table dropped. */
public final class DeadSpace {
    private DeadSpace() {
    }

    /** {@code megabytes} of text written row by row (one commit each) into a scratch table, which is then dropped. */
    public static void leave(Services s, int megabytes) {
        s.database().writeVoid("test", tx -> tx.dsl().execute(
                "create table scratch(id int primary key, filler varchar(2000000))"));
        String filler = "Bản Mường Kim ".repeat(1 << 17).substring(0, 1 << 20);
        for (int i = 0; i < megabytes; i++) {
            int id = i;
            s.database().writeVoid("test", tx -> tx.dsl().execute("insert into scratch values (?, ?)", id,
                    filler + id));
        }
        s.database().writeVoid("test", tx -> tx.dsl().execute("drop table scratch"));
    }
}
