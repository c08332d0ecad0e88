package vn.tramyte.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The counts as a DHIS2 dataValueSet (POST to /api/dataValueSets?idScheme=CODE): the data set
 * and the period once, the org unit once when there is one, every value with its data element,
 * period, org unit and category option combo (left out for DHIS2's default).
 */
final class Dhis2Json {
    private Dhis2Json() {
    }

    static int write(Dhis2Values values, OutputStream out) throws IOException {
        Set<String> orgUnits = new LinkedHashSet<>();
        values.values().forEach(v -> orgUnits.add(v.orgUnit()));
        try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8).useDefaultPrettyPrinter()) {
            g.writeStartObject();
            g.writeStringField("dataSet", values.dataSet());
            g.writeStringField("period", values.period());
            if (orgUnits.size() == 1) {
                g.writeStringField("orgUnit", orgUnits.iterator().next());
            }
            g.writeStringField("idScheme", "CODE");
            g.writeArrayFieldStart("dataValues");
            for (Dhis2Values.Value v : values.values()) {
                g.writeStartObject();
                g.writeStringField("dataElement", v.dataElement());
                g.writeStringField("period", values.period());
                g.writeStringField("orgUnit", v.orgUnit());
                if (!v.categoryOptionCombo().isEmpty()) {
                    g.writeStringField("categoryOptionCombo", v.categoryOptionCombo());
                }
                g.writeStringField("value", Long.toString(v.value()));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return values.values().size();
    }
}
