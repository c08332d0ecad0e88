package vn.tramyte.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import vn.tramyte.common.Messages;
import vn.tramyte.common.UserError;

/**
 * Decision 0018: during a write aside only the copy is written, so a failure H2 reports as a damaged file is
 * the copy's; the user is told that nothing was saved and the database is as it was, not that it is damaged.
 */
class AsideWriteMessageTest {
    @Test
    void aDamagedCopyIsToldAsAWriteThatChangedNothing() {
        RuntimeException told = AsideWrite.translate(new UserError("error.databaseDamagedNoBackup", "/tram-y-te/tramyte.mv.db",
                "/tram-y-te/backups"));
        UserError error = (UserError) told;
        assertEquals("error.bigWriteUnchecked", error.problems().get(0).key());
        assertEquals("The records were not saved: writing them into a copy of the database failed, so the database "
                + "was left as it was. Try again; if it happens again, make a backup (the Backups page) and ask the "
                + "health centre for help.", error.describe(new Messages(Messages.ENGLISH)));
        assertEquals("Chưa lưu được các bản ghi: ghi vào bản sao cơ sở dữ liệu bị lỗi, nên cơ sở dữ liệu vẫn giữ "
                + "nguyên như trước. Hãy thử lại; nếu vẫn lỗi, hãy sao lưu (trang Sao lưu) rồi nhờ trung tâm y tế giúp.",
                error.describe(new Messages(Messages.VIETNAMESE)));
    }

    @Test
    void otherSentencesStayAsTheyAre() {
        UserError full = new UserError("error.diskFull", "/tram-y-te");
        assertSame(full, AsideWrite.translate(full));
        IllegalStateException bug = new IllegalStateException("a bug");
        assertSame(bug, AsideWrite.translate(bug));
    }
}
