package vn.tramyte.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.common.Messages;
import vn.tramyte.common.UserError;

class UnwritableFolderTest {
    @Test
    void aPackageThatCannotBeWrittenSaysWhatToDoNotWhatTheSystemSaid(@TempDir Path dir) throws Exception {
        try (SyncWorld w = SyncWorld.enrolled(dir)) {
            // a file where the USB stick's folder should be: the folder cannot be made
            Path stick = Files.writeString(dir.resolve("usb"), "not a folder");
            Path out = stick.resolve("tramyte");
            UserError e = assertThrows(UserError.class, () -> w.station.sync().export(out));
            assertEquals("sync.error.unwritable", e.problems().get(0).key());
            String sentence = e.describe(Messages.forLanguage("en"));
            assertTrue(sentence.startsWith("Cannot write to folder " + out + ". Choose another folder"), sentence);
            assertFalse(sentence.contains("Exception") || sentence.contains("Not a directory")
                    || sentence.contains("already exists"), sentence);
            assertEquals(0, w.station.sync().ownStatus().lastPackageNo(), "nothing was counted as sent");
        }
    }
}
