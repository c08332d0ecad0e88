package vn.tramyte.nutrition.growth;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads one bundled WHO table ({@code sex,key,L,M,S[,position]}). The files are ours and fixed,
 * so a plain split is enough; but a damaged or truncated resource must fail loudly at start-up,
 * so every row is checked to be the next key of its sex, with no gap and nothing left over.
 */
final class LmsTableReader {
    private final String resource;
    private final int unitsPerKey;
    private final int firstUnit;
    private final int rows;
    private int lineNumber = 1;

    private LmsTableReader(String resource, int unitsPerKey, int firstUnit, int lastUnit) {
        this.resource = resource;
        this.unitsPerKey = unitsPerKey;
        this.firstUnit = firstUnit;
        this.rows = lastUnit - firstUnit + 1;
    }

    /**
     * @param keyColumn   the header of the key column ({@code age_days}, {@code length_cm} ...)
     * @param unitsPerKey 1 for days, 10 for centimetres read as tenths
     * @param firstUnit   the first key of each sex, in units
     * @param lastUnit    the last key of each sex, in units
     */
    static LmsTable read(String resource, String keyColumn, int unitsPerKey, int firstUnit, int lastUnit) {
        return new LmsTableReader(resource, unitsPerKey, firstUnit, lastUnit).read(keyColumn);
    }

    private LmsTable read(String keyColumn) {
        InputStream in = LmsTableReader.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("WHO growth table missing from the class path: " + resource);
        }
        double[] lms = new double[2 * rows * 3];
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String header = reader.readLine();
            if (header == null || !header.startsWith("sex," + keyColumn + ",L,M,S")) {
                throw damaged("unexpected header " + header);
            }
            int row = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (row == 2 * rows) {
                    throw damaged("more rows than the " + 2 * rows + " expected");
                }
                readRow(line.split(","), row, lms);
                row++;
            }
            if (row != 2 * rows) {
                throw damaged("only " + row + " of " + 2 * rows + " rows");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return new LmsTable(resource, firstUnit, rows, lms);
    }

    private void readRow(String[] cells, int row, double[] lms) {
        if (cells.length < 5) {
            throw damaged("too few columns");
        }
        int sex = row / rows + 1;
        int unit = firstUnit + row % rows;
        if (number(cells[0]) != sex || Math.round(number(cells[1]) * unitsPerKey) != unit) {
            throw damaged("expected the row of sex " + sex + " at unit " + unit);
        }
        for (int i = 0; i < 3; i++) {
            lms[row * 3 + i] = number(cells[2 + i]);
        }
    }

    private double number(String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw damaged("not a number: " + text);
        }
    }

    private IllegalStateException damaged(String what) {
        return new IllegalStateException("WHO growth table " + resource + " is damaged at line " + lineNumber + ": " + what);
    }
}
