package vn.tramyte.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second double-click on a sync package while the program is open (issue 15): the open program
 * listens on a loopback socket, the second one hands it the package's path. Real sockets, real files.
 */
class PackageHandOverTest {
    @TempDir
    Path dir;

    private final BlockingQueue<Path> received = new LinkedBlockingQueue<>();

    private Path dataDir() throws IOException {
        return Files.createDirectories(dir.resolve("tramyte"));
    }

    private Path pkg(String name) throws IOException {
        return Files.writeString(Files.createDirectories(dir.resolve("Tải về")).resolve(name), "PK");
    }

    private Path next() throws InterruptedException {
        Path p = received.poll(120, TimeUnit.SECONDS);
        assertNotNull(p, "nothing was handed over");
        return p;
    }

    @Test
    void theOpenProgramReceivesThePackageTheSecondOneWasStartedOn() throws Exception {
        Path data = dataDir();
        Path pkg = pkg("03637-MuongKim-2026-11-22.tyt");
        try (PackageHandOver open = PackageHandOver.listen(data, received::add)) {
            assertNotNull(open);
            assertTrue(PackageHandOver.pass(data, pkg), "the open program took the package");
            assertEquals(pkg.toAbsolutePath(), next());
            Path again = pkg("03637-MuongKim-2026-11-29.TYT");
            assertTrue(PackageHandOver.pass(data, again), "and the next one too");
            assertEquals(again.toAbsolutePath(), next());
        }
    }

    @Test
    void thePortAndSecretAreReadableByTheUserAlone() throws Exception {
        Assumptions.assumeTrue(java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path data = dataDir();
        try (PackageHandOver open = PackageHandOver.listen(data, received::add)) {
            Path file = data.resolve(PackageHandOver.FILE_NAME);
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
            List<String> lines = Files.readAllLines(file);
            assertTrue(lines.get(0).matches("[0-9]+"), lines.toString());
            assertTrue(lines.get(1).matches("[0-9a-f]{64}"), "a 256-bit random secret: " + lines);
        }
    }

    @Test
    void aCallerWithoutTheSecretOrWithAnythingButAFullPathToAPackageIsRefused() throws Exception {
        Path data = dataDir();
        Path pkg = pkg("03637-MuongKim-2026-11-22.tyt");
        try (PackageHandOver open = PackageHandOver.listen(data, received::add)) {
            List<String> file = Files.readAllLines(data.resolve(PackageHandOver.FILE_NAME));
            int port = Integer.parseInt(file.get(0));
            String secret = file.get(1);
            assertEquals("", talk(port, "0".repeat(64) + "\n" + pkg.toAbsolutePath() + "\n"), "a wrong secret");
            assertEquals("", talk(port, pkg.toAbsolutePath() + "\n"), "no secret");
            assertEquals("", talk(port, secret + "\n" + pkg.getFileName() + "\n"), "a path not from the root");
            assertEquals("", talk(port, secret + "\n" + dir.resolve("nowhere.tyt") + "\n"), "a package not there");
            Path csv = Files.writeString(dir.resolve("persons.csv"), "ref,full_name\n");
            assertFalse(PackageHandOver.pass(data, csv), "a file that is not a package");
            assertFalse(PackageHandOver.pass(data, dir), "a folder");
            assertEquals("", talk(port, "x".repeat(20_000)), "a stream of bytes");
            // the refused ones reached nobody: the first path received is the one rightly handed over
            assertTrue(PackageHandOver.pass(data, pkg));
            assertEquals(pkg.toAbsolutePath(), next());
            assertTrue(received.isEmpty(), received.toString());
        }
    }

    @Test
    void withNoProgramOpenTheSecondProgramOpensTheFolderItself() throws Exception {
        Path data = dataDir();
        Path pkg = pkg("03637-MuongKim-2026-11-22.tyt");
        assertFalse(PackageHandOver.pass(data, pkg), "nobody listens in a folder never opened");
        PackageHandOver open = PackageHandOver.listen(data, received::add);
        assertNotNull(open);
        open.close();
        assertFalse(Files.exists(data.resolve(PackageHandOver.FILE_NAME)), "the closed program removed its file");
        assertFalse(PackageHandOver.pass(data, pkg));
        // a program that ended without removing it (a power cut): its port answers no more
        int deadPort;
        try (ServerSocket gone = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            deadPort = gone.getLocalPort();
        }
        Files.writeString(data.resolve(PackageHandOver.FILE_NAME), deadPort + "\n" + "a".repeat(64) + "\n");
        assertFalse(PackageHandOver.pass(data, pkg));
        try (PackageHandOver next = PackageHandOver.listen(data, received::add)) {
            assertNotNull(next, "the next program listens in its place");
            assertTrue(PackageHandOver.pass(data, pkg));
            assertEquals(pkg.toAbsolutePath(), next());
        }
    }

    @Test
    void aSecondWindowOnTheFolderLeavesTheHandOverToTheFirst() throws Exception {
        Path data = dataDir();
        Path pkg = pkg("03637-MuongKim-2026-11-22.tyt");
        BlockingQueue<Path> second = new LinkedBlockingQueue<>();
        try (PackageHandOver first = PackageHandOver.listen(data, received::add)) {
            String before = Files.readString(data.resolve(PackageHandOver.FILE_NAME));
            assertNull(PackageHandOver.listen(data, second::add), "the first program answers for the folder");
            assertEquals(before, Files.readString(data.resolve(PackageHandOver.FILE_NAME)));
            assertTrue(PackageHandOver.pass(data, pkg));
            assertEquals(pkg.toAbsolutePath(), next());
            assertTrue(second.isEmpty());
        }
    }

    /** Sends raw bytes to the port and returns what came back before the program closed the connection. */
    private static String talk(int port, String text) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(120_000);
            try {
                socket.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
                socket.getOutputStream().flush();
                socket.shutdownOutput();
                return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (java.net.SocketException e) {
                return ""; // the program closed the connection before reading it all (a reset)
            }
        }
    }
}
