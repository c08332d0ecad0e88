package vn.tramyte.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.tramyte.common.Messages;
import vn.tramyte.db.AuditAction;
import vn.tramyte.death.CauseGroup;
import vn.tramyte.death.DeathPlace;

/** The codes of a death and a delivery, as the demo writes them, read as their labels on the audit page. */
class AuditWordsTest {
    private static final Messages VI = new Messages(Messages.VIETNAMESE);

    private static String label(String code, java.util.function.Function<String, String> keyOf) {
        return VI.get(keyOf.apply(code));
    }

    @Test
    void codedFieldsOfADeathAreShownByTheirLabelsAndALinkNumberIsLeftOut() {
        AuditLine line = new AuditLine(1, OffsetDateTime.of(2026, 11, 22, 3, 0, 0, 0, ZoneOffset.UTC), "Lò Thị Hương (huong)",
                "death", UUID.randomUUID(), AuditAction.INSERT,
                "death_date=2025-04-27; place=on_the_way; cause_group=maternal; pregnancy_related=true; "
                        + "pregnancy_id=" + UUID.randomUUID(), null, null);
        ReadableLine read = new AuditWords(VI, ZoneOffset.ofHours(7)).read(line, id -> null, code -> null);
        String onTheWay = label("on_the_way", c -> java.util.Arrays.stream(DeathPlace.values())
                .filter(p -> p.code().equals(c)).findFirst().orElseThrow().messageKey());
        String maternal = label("maternal", c -> java.util.Arrays.stream(CauseGroup.values())
                .filter(g -> g.code().equals(c)).findFirst().orElseThrow().messageKey());
        assertEquals("22/11/2026 10:00", read.when());
        assertEquals("Tử vong", read.record());
        assertEquals("Ngày tử vong: 27/04/2025; Nơi: " + onTheWay + "; Nhóm nguyên nhân: " + maternal
                + "; Liên quan thai sản: Có", read.what());
    }
}
