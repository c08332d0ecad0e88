package vn.tramyte.audit;

import com.lowagie.text.PageSize;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import vn.tramyte.common.ListPdf;
import vn.tramyte.common.ListTable;
import vn.tramyte.common.Messages;

/** The audit lines shown on the page, printed: A4 landscape, the filter under the title, one line per change. */
public final class AuditPdf {
    private final Messages m;

    public AuditPdf(Messages messages) {
        this.m = messages;
    }

    /**
     * @param place   where it comes from ("Trạm Y tế Mường Kim")
     * @param filters the filter in words, one line each (whose record, which user, which days)
     */
    public void write(Path out, String place, List<String> filters, LocalDate printedOn, List<ReadableLine> lines) {
        ListPdf.Heading heading = new ListPdf.Heading(place, m.get("audit.page.title"), filters, printedOn);
        new ListPdf(m).write(out, PageSize.A4.rotate(), heading, (doc, fonts, width) -> {
            List<String> heads = List.of(m.get("audit.column.when"), m.get("audit.column.who"),
                    m.get("audit.column.record"), m.get("audit.column.kind"), m.get("audit.column.action"),
                    m.get("audit.column.what"));
            ListTable table = new ListTable(fonts, 8, heads, new float[] {10, 16, 14, 9, 8, 43});
            for (ReadableLine l : lines) {
                table.row(List.of(l.when(), l.who(), l.record(), l.kind(), l.action(), l.what()));
            }
            doc.add(table.build(width));
        });
    }
}
