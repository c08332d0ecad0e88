package vn.tramyte.reliability;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Another program holding the database file, as a backup tool or an antivirus scanner does: it
 * opens the file and takes the operating system's lock on it (not TramYTe's folder lock), until
 * it is killed.
 */
public final class ForeignLockChild {
    private ForeignLockChild() {
    }

    public static void main(String[] args) throws Exception {
        FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock lock = channel.tryLock();
        System.out.println(lock == null ? "NOT LOCKED" : "LOCKED");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
