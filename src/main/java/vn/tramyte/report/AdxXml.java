package vn.tramyte.report;

import java.io.IOException;
import java.io.OutputStream;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The counts as ADX (IHE QRPH Aggregate Data Exchange, namespace {@code urn:ihe:qrph:adx:2015}):
 * one group per org unit with the period as ISO 8601 start and duration (2024-01-01/P1Y), each
 * value with its data element and the population as a disaggregation attribute named by the
 * mapping (left out for DHIS2's default combo).
 */
final class AdxXml {
    static final String NAMESPACE = "urn:ihe:qrph:adx:2015";

    private AdxXml() {
    }

    static int write(Dhis2Values values, OffsetDateTime exported, OutputStream out) throws IOException {
        Map<String, List<Dhis2Values.Value>> groups = new LinkedHashMap<>();
        values.values().forEach(v -> groups.computeIfAbsent(v.orgUnit(), k -> new java.util.ArrayList<>()).add(v));
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("adx");
            x.writeDefaultNamespace(NAMESPACE);
            x.writeAttribute("exported", exported.truncatedTo(ChronoUnit.SECONDS)
                    .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            for (Map.Entry<String, List<Dhis2Values.Value>> group : groups.entrySet()) {
                x.writeCharacters("\n  ");
                x.writeStartElement("group");
                x.writeAttribute("orgUnit", group.getKey());
                x.writeAttribute("period", values.adxPeriod());
                x.writeAttribute("dataSet", values.dataSet());
                for (Dhis2Values.Value v : group.getValue()) {
                    x.writeCharacters("\n    ");
                    x.writeEmptyElement("dataValue");
                    x.writeAttribute("dataElement", v.dataElement());
                    if (!v.categoryOptionCombo().isEmpty()) {
                        x.writeAttribute(values.adxCategory(), v.categoryOptionCombo());
                    }
                    x.writeAttribute("value", Long.toString(v.value()));
                }
                x.writeCharacters("\n  ");
                x.writeEndElement();
            }
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IOException("ADX", e);
        }
        return values.values().size();
    }
}
