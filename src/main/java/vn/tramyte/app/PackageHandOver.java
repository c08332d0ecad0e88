package vn.tramyte.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tramyte.common.PrivateFiles;

/**
 * A second double-click on a sync package while the program is open (issue 15): instead of a second
 * program that ends on "folder in use", the open window takes the package. It listens on a loopback
 * port and writes the port and a random secret into the data folder ({@value #FILE_NAME}, readable by
 * the user alone); the second program reads them, passes the package's path and ends. Only a path is
 * passed, only by a program that could read the secret (the same user), only over loopback, and only
 * the absolute path of an existing {@code .tyt} file is taken: the import then checks the package as
 * for any other.
 */
final class PackageHandOver implements AutoCloseable {
    static final String FILE_NAME = "tramyte.handover";
    private static final Logger LOG = LoggerFactory.getLogger(PackageHandOver.class);
    private static final int TIMEOUT_MS = 5_000;
    private static final int MAX_BYTES = 8_192;
    private static final String ACCEPTED = "OK";

    private final ServerSocket server;
    private final Path file;
    private final String secret;
    private final Consumer<Path> receiver;

    private PackageHandOver(ServerSocket server, Path file, String secret, Consumer<Path> receiver) {
        this.server = server;
        this.file = file;
        this.secret = secret;
        this.receiver = receiver;
    }

    /**
     * Listens for packages handed over for the data folder; null when another program already answers
     * for it (that one keeps them) or when the folder cannot take the file (then there is no hand-over,
     * and a second program says "in use" as before). The receiver is called on the listening thread.
     */
    static PackageHandOver listen(Path dataDir, Consumer<Path> receiver) {
        if (answering(dataDir)) {
            return null;
        }
        ServerSocket server = null;
        try {
            server = new ServerSocket(0, 4, InetAddress.getLoopbackAddress());
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            String secret = HexFormat.of().formatHex(random);
            Path file = dataDir.resolve(FILE_NAME);
            PrivateFiles.createFolder(dataDir);
            Path tmp = dataDir.resolve(FILE_NAME + ".new");
            Files.deleteIfExists(tmp);
            Files.createFile(tmp);
            PrivateFiles.restrict(tmp); // empty until it is the user's alone
            Files.writeString(tmp, server.getLocalPort() + "\n" + secret + "\n", StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            PackageHandOver handOver = new PackageHandOver(server, file, secret, receiver);
            Thread thread = new Thread(handOver::serve, "tramyte-handover");
            thread.setDaemon(true);
            thread.start();
            return handOver;
        } catch (IOException | RuntimeException e) {
            LOG.warn("no hand-over of packages for {}", dataDir, e);
            closeQuietly(server);
            return null;
        }
    }

    /** True when an open program answers for the data folder. */
    static boolean answering(Path dataDir) {
        return send(dataDir, "");
    }

    /** Hands the package to the program open on the data folder: true when it took it (this program may end). */
    static boolean pass(Path dataDir, Path pkg) {
        return send(dataDir, pkg.toAbsolutePath().normalize().toString());
    }

    private static boolean send(Path dataDir, String path) {
        List<String> lines;
        try {
            lines = Files.readAllLines(dataDir.resolve(FILE_NAME), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return false; // no program has listened here, or not this user's
        }
        if (lines.size() < 2 || path.indexOf('\n') >= 0) {
            return false;
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(lines.get(0).strip())),
                    TIMEOUT_MS);
            socket.setSoTimeout(TIMEOUT_MS);
            OutputStream out = socket.getOutputStream();
            out.write((lines.get(1).strip() + "\n" + path + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            List<String> answer = readLines(socket.getInputStream(), 1);
            return answer.size() == 1 && answer.get(0).equals(ACCEPTED);
        } catch (IOException | RuntimeException e) {
            LOG.info("no program answers for {} ({})", dataDir, e.toString());
            return false; // a file left by a program that ended: this one opens the folder itself
        }
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                socket.setSoTimeout(TIMEOUT_MS);
                List<String> lines = readLines(socket.getInputStream(), 2);
                boolean sameUser = lines.size() == 2 && sameSecret(lines.get(0));
                Path taken = sameUser ? acceptable(lines.get(1)) : null;
                if (taken != null || (sameUser && lines.get(1).isEmpty())) { // a path taken, or "are you there?"
                    socket.getOutputStream().write((ACCEPTED + "\n").getBytes(StandardCharsets.UTF_8));
                    socket.getOutputStream().flush();
                }
                if (taken != null) {
                    LOG.info("package {} handed over by a second program", taken);
                    receiver.accept(taken);
                }
            } catch (IOException | RuntimeException e) {
                if (!server.isClosed()) {
                    LOG.warn("a hand-over failed", e);
                }
            }
        }
    }

    private boolean sameSecret(String given) {
        return MessageDigest.isEqual(secret.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    /** The path when it names an existing sync package by its full path, else null. */
    private static Path acceptable(String text) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            Path path = Path.of(text);
            boolean tyt = path.getFileName() != null && path.getFileName().toString().toLowerCase(Locale.ROOT)
                    .endsWith(vn.tramyte.sync.SyncService.EXTENSION);
            return path.isAbsolute() && tyt && Files.isRegularFile(path) ? path : null;
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }

    /** Up to {@code count} lines of UTF-8, at most {@value #MAX_BYTES} bytes in all. */
    private static List<String> readLines(InputStream in, int count) throws IOException {
        List<String> lines = new java.util.ArrayList<>();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int total = 0;
        int b;
        while (lines.size() < count && total++ < MAX_BYTES && (b = in.read()) >= 0) {
            if (b == '\n') {
                lines.add(line.toString(StandardCharsets.UTF_8));
                line.reset();
            } else {
                line.write(b);
            }
        }
        return lines;
    }

    /** Stops listening and removes the file, unless a later program has written its own meanwhile. */
    @Override
    public void close() {
        closeQuietly(server);
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.size() >= 2 && sameSecret(lines.get(1).strip())) {
                Files.deleteIfExists(file);
            }
        } catch (IOException | RuntimeException e) {
            // already gone
        }
    }

    private static void closeQuietly(ServerSocket server) {
        if (server != null) {
            try {
                server.close();
            } catch (IOException ignored) {
                // nothing left to release
            }
        }
    }
}
