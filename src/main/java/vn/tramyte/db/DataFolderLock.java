package vn.tramyte.db;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import vn.tramyte.common.UserError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One program per data folder. The lock is taken before the database is touched, so a
 * second program (window or command line) stops with a sentence and damages nothing.
 * The operating system releases it when the program ends, even after a power cut.
 */
public final class DataFolderLock implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DataFolderLock.class);
    public static final String FILE_NAME = "tramyte.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DataFolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    public static DataFolderLock acquire(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw new UserError("error.dataFolderInUse", dataDir.toString());
            }
            return new DataFolderLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw new UserError("error.dataFolderInUse", dataDir.toString());
        } catch (IOException e) {
            closeQuietly(channel);
            LOG.warn("cannot write in the data folder {}", dataDir, e);
            throw new UserError("error.dataFolderUnwritable", dataDir.toString(), vn.tramyte.common.IoReason.of(e));
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing to release
            }
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // the operating system releases the lock with the process anyway
        }
    }
}
