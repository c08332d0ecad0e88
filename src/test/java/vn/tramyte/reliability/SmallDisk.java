package vn.tramyte.reliability;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A small disk for a test: a tmpfs mounted on a folder, unmounted at the close. Mounting needs Linux and
 * root; elsewhere the test is skipped (an assumption), as the tests that use it say.
 */
final class SmallDisk implements AutoCloseable {
    private final Path root;

    private SmallDisk(Path root) {
        this.root = root;
    }

    /** A tmpfs of {@code size} (mount's words: "12m") on {@code folder}, created if needed. */
    static SmallDisk mount(Path folder, String size) throws IOException, InterruptedException {
        assumeTrue(System.getProperty("os.name").startsWith("Linux") && "root".equals(System.getProperty("user.name")));
        Path root = Files.createDirectories(folder);
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", root.toString()), "tmpfs can be mounted");
        return new SmallDisk(root);
    }

    static boolean run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
    }

    Path root() {
        return root;
    }

    /** Remounts the disk read-only or writable again (the test is skipped where that is refused). */
    void remount(boolean readOnly) throws IOException, InterruptedException {
        assumeTrue(run("mount", "-o", readOnly ? "remount,ro" : "remount,rw", root.toString()),
                "the tmpfs can be remounted");
    }

    /** Fills the disk with the file {@code name} until no more than {@code leave} bytes are free; returns it. */
    Path fill(String name, long leave) throws IOException {
        Path filler = root.resolve(name);
        try (RandomAccessFile f = new RandomAccessFile(filler.toFile(), "rw")) {
            byte[] block = new byte[1 << 16];
            for (long left = Files.getFileStore(root).getUsableSpace() - leave; left > 0; left -= block.length) {
                f.write(block);
            }
        }
        return filler;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        run("umount", "-l", root.toString());
    }
}
