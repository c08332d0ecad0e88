package vn.tramyte.sync;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The JSON of packages: manifest.json and the row files (JSON Lines: one object per row,
 * column name → value; UUIDs, dates and times as ISO text, decimals as JSON numbers,
 * binary as base64, absent values as null).
 */
final class Json {
    static final JsonFactory FACTORY = JsonFactory.builder().build();

    private Json() {
    }

    // ---- rows ---------------------------------------------------------------------------

    /** Writes rows as JSON Lines. */
    static final class RowWriter {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        private final JsonGenerator out;
        private final List<String> columns;
        private int count;

        RowWriter(List<String> columns) {
            this.columns = columns;
            try {
                this.out = FACTORY.createGenerator(bytes);
                out.setRootValueSeparator(new com.fasterxml.jackson.core.io.SerializedString("\n"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void row(Object[] values) {
            try {
                out.writeStartObject();
                for (int i = 0; i < values.length; i++) {
                    out.writeFieldName(columns.get(i));
                    writeValue(out, values[i]);
                }
                out.writeEndObject();
                count++;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        int count() {
            return count;
        }

        byte[] finish() {
            try {
                out.flush();
                if (count > 0) {
                    bytes.write('\n');
                }
                return bytes.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static void writeValue(JsonGenerator out, Object v) throws IOException {
        if (v == null) {
            out.writeNull();
        } else if (v instanceof String s) {
            out.writeString(s);
        } else if (v instanceof Boolean b) {
            out.writeBoolean(b);
        } else if (v instanceof Integer i) {
            out.writeNumber(i);
        } else if (v instanceof Long l) {
            out.writeNumber(l);
        } else if (v instanceof Short s) {
            out.writeNumber(s);
        } else if (v instanceof BigDecimal d) {
            out.writeNumber(d);
        } else if (v instanceof byte[] b) {
            out.writeString(Base64.getEncoder().encodeToString(b));
        } else {
            out.writeString(v.toString()); // UUID, LocalDate, OffsetDateTime, LocalDateTime: ISO text
        }
    }

    /** Reads JSON Lines into rows typed for the receiving table; columns the receiver lacks are skipped. */
    static List<Object[]> readRows(byte[] data, List<String> columns, List<Class<?>> types) {
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            index.put(columns.get(i), i);
        }
        List<Object[]> rows = new ArrayList<>();
        try (JsonParser in = FACTORY.createParser(data)) {
            JsonToken token;
            while ((token = in.nextToken()) != null) {
                if (token != JsonToken.START_OBJECT) {
                    throw new IllegalArgumentException("row is not an object");
                }
                Object[] row = new Object[columns.size()];
                while (in.nextToken() == JsonToken.FIELD_NAME) {
                    Integer at = index.get(in.currentName());
                    JsonToken value = in.nextToken();
                    if (at == null) {
                        in.skipChildren();
                        continue;
                    }
                    row[at] = value == JsonToken.VALUE_NULL ? null : convert(in, value, types.get(at));
                }
                rows.add(row);
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("rows unreadable", e);
        }
        return rows;
    }

    private static Object convert(JsonParser in, JsonToken token, Class<?> type) throws IOException {
        if (type == String.class) {
            return in.getText();
        } else if (type == Boolean.class) {
            return in.getBooleanValue();
        } else if (type == Integer.class) {
            return in.getIntValue();
        } else if (type == Long.class) {
            return in.getLongValue();
        } else if (type == Short.class) {
            return in.getShortValue();
        } else if (type == BigDecimal.class) {
            return token == JsonToken.VALUE_STRING ? new BigDecimal(in.getText()) : in.getDecimalValue();
        } else if (type == UUID.class) {
            return UUID.fromString(in.getText());
        } else if (type == LocalDate.class) {
            return LocalDate.parse(in.getText());
        } else if (type == OffsetDateTime.class) {
            return OffsetDateTime.parse(in.getText());
        } else if (type == LocalDateTime.class) {
            return LocalDateTime.parse(in.getText());
        } else if (type == byte[].class) {
            return Base64.getDecoder().decode(in.getText());
        }
        return in.getText();
    }

    // ---- manifest -----------------------------------------------------------------------

    static byte[] manifest(Manifest m) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator out = FACTORY.createGenerator(bytes).useDefaultPrettyPrinter()) {
            out.writeStartObject();
            out.writeStringField("format", "tramyte-sync");
            out.writeNumberField("formatVersion", m.formatVersion());
            out.writeStringField("packageId", m.packageId().toString());
            out.writeStringField("kind", m.kind().name());
            out.writeStringField("source", m.source());
            out.writeStringField("destination", m.destination());
            out.writeNumberField("packageNo", m.packageNo());
            out.writeStringField("createdAt", m.createdAt().toString());
            out.writeStringField("appVersion", m.appVersion());
            out.writeStringField("schemaVersion", m.schemaVersion());
            out.writeObjectFieldStart("changes");
            out.writeNumberField("from", m.changeFrom());
            out.writeNumberField("to", m.changeTo());
            out.writeEndObject();
            out.writeNumberField("acknowledged", m.acknowledged());
            out.writeArrayFieldStart("tables");
            for (Manifest.TableEntry t : m.tables()) {
                out.writeStartObject();
                out.writeStringField("name", t.name());
                out.writeStringField("file", t.file());
                out.writeNumberField("rows", t.rows());
                out.writeArrayFieldStart("columns");
                for (String c : t.columns()) {
                    out.writeString(c);
                }
                out.writeEndArray();
                out.writeEndObject();
            }
            out.writeEndArray();
            if (!m.reference().isEmpty()) {
                out.writeArrayFieldStart("reference");
                for (Manifest.ReferenceEntry r : m.reference()) {
                    out.writeStartObject();
                    out.writeStringField("name", r.name());
                    out.writeStringField("file", r.file());
                    out.writeNumberField("version", r.version());
                    out.writeEndObject();
                }
                out.writeEndArray();
            }
            out.writeObjectFieldStart("sha256");
            for (Map.Entry<String, String> e : m.digests().entrySet()) {
                out.writeStringField(e.getKey(), e.getValue());
            }
            out.writeEndObject();
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        bytes.write('\n');
        return bytes.toByteArray();
    }

    /** Reads manifest.json; the format version is checked by the caller before anything else is trusted. */
    static Manifest readManifest(byte[] data) {
        Map<String, Object> root;
        try (JsonParser in = FACTORY.createParser(data)) {
            in.nextToken();
            root = readObject(in);
        } catch (IOException | RuntimeException e) {
            throw new PackageRefusal(PackageRefusal.Reason.CHANGED).because(e);
        }
        int format = ((Number) root.getOrDefault("formatVersion", 0)).intValue();
        if (format > Manifest.FORMAT_VERSION) {
            throw new PackageRefusal(PackageRefusal.Reason.NEWER_FORMAT, String.valueOf(format),
                    String.valueOf(Manifest.FORMAT_VERSION));
        }
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> changes = (Map<String, Object>) root.get("changes");
            List<Manifest.TableEntry> tables = new ArrayList<>();
            for (Object o : (List<?>) root.get("tables")) {
                Map<?, ?> t = (Map<?, ?>) o;
                List<String> columns = new ArrayList<>();
                for (Object c : (List<?>) t.get("columns")) {
                    columns.add((String) c);
                }
                tables.add(new Manifest.TableEntry((String) t.get("name"), (String) t.get("file"),
                        ((Number) t.get("rows")).intValue(), columns));
            }
            List<Manifest.ReferenceEntry> reference = new ArrayList<>();
            for (Object o : (List<?>) root.getOrDefault("reference", List.of())) {
                Map<?, ?> r = (Map<?, ?>) o;
                reference.add(new Manifest.ReferenceEntry((String) r.get("name"), (String) r.get("file"),
                        ((Number) r.get("version")).intValue()));
            }
            Map<String, String> digests = new LinkedHashMap<>();
            ((Map<?, ?>) root.get("sha256")).forEach((k, v) -> digests.put((String) k, (String) v));
            return new Manifest(format, UUID.fromString((String) root.get("packageId")),
                    PackageKind.valueOf((String) root.get("kind")), (String) root.get("source"),
                    (String) root.get("destination"), ((Number) root.get("packageNo")).intValue(),
                    OffsetDateTime.parse((String) root.get("createdAt")), (String) root.get("appVersion"),
                    (String) root.get("schemaVersion"), ((Number) changes.get("from")).longValue(),
                    ((Number) changes.get("to")).longValue(), ((Number) root.get("acknowledged")).longValue(),
                    tables, reference, digests);
        } catch (RuntimeException e) {
            throw new PackageRefusal(PackageRefusal.Reason.CHANGED).because(e);
        }
    }

    private static Map<String, Object> readObject(JsonParser in) throws IOException {
        Map<String, Object> map = new LinkedHashMap<>();
        while (in.nextToken() == JsonToken.FIELD_NAME) {
            String name = in.currentName();
            map.put(name, readValue(in, in.nextToken()));
        }
        return map;
    }

    private static Object readValue(JsonParser in, JsonToken token) throws IOException {
        switch (token) {
            case START_OBJECT: return readObject(in);
            case START_ARRAY: {
                List<Object> list = new ArrayList<>();
                JsonToken t;
                while ((t = in.nextToken()) != JsonToken.END_ARRAY) {
                    list.add(readValue(in, t));
                }
                return list;
            }
            case VALUE_STRING: return in.getText();
            case VALUE_NUMBER_INT: return in.getLongValue();
            case VALUE_NUMBER_FLOAT: return in.getDecimalValue();
            case VALUE_TRUE: return Boolean.TRUE;
            case VALUE_FALSE: return Boolean.FALSE;
            default: return null;
        }
    }
}
