package vn.tramyte.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Every row of every table of a closed data folder's database, as text, in a stable order: for "every row back". */
public final class TableSnapshot {
    private TableSnapshot() {
    }

    /** A connection to a closed test folder's database, with its key (decision 0013). */
    public static Connection connect(Path dataDir) throws java.sql.SQLException {
        return connect(dataDir, vn.tramyte.testing.TestStation.key(dataDir));
    }

    public static Connection connect(Path dataDir, DatabaseKey key) throws java.sql.SQLException {
        return DriverManager.getConnection(BackupCopy.url(dataDir), "sa", key.h2Password());
    }

    public static Map<String, List<String>> of(Path dataDir) throws Exception {
        return of(dataDir, vn.tramyte.testing.TestStation.key(dataDir));
    }

    /** The same for a folder without a keyring (a backup's copy), with the key it is encrypted with. */
    public static Map<String, List<String>> of(Path dataDir, DatabaseKey key) throws Exception {
        Map<String, List<String>> tables = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(BackupCopy.url(dataDir), "sa", key.h2Password())) {
            List<String> names = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT TABLE_NAME FROM "
                    + "INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            for (String table : names) {
                List<String> rows = new ArrayList<>();
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM \"" + table + "\"")) {
                    ResultSetMetaData md = rs.getMetaData();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= md.getColumnCount(); i++) {
                            row.append(md.getColumnName(i)).append('=').append(rs.getString(i)).append('|');
                        }
                        rows.add(row.toString());
                    }
                }
                rows.sort(null);
                tables.put(table, rows);
            }
        }
        return tables;
    }
}
