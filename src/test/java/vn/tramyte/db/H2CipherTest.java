package vn.tramyte.db;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database file's cipher (decision 0017): our {@code org.h2.security.AES} (the JDK's AES) and {@code XTS}
 * (whole blocks in one call) are the ones loaded, and they write exactly the bytes H2's own classes write,
 * compared with the H2 jar's classes loaded on their own: a file either one wrote, the other reads.
 */
class H2CipherTest {
    private static URLClassLoader h2Alone;
    private static Class<?> h2Aes;
    private static Class<?> h2Xts;
    private static Class<?> h2FileEncrypt;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadH2Alone() throws Exception {
        URL h2Jar = org.h2.Driver.class.getProtectionDomain().getCodeSource().getLocation();
        h2Alone = new URLClassLoader(new URL[] {h2Jar}, ClassLoader.getPlatformClassLoader());
        h2Aes = h2Alone.loadClass("org.h2.security.AES");
        h2Xts = h2Alone.loadClass("org.h2.store.fs.encrypt.XTS");
        h2FileEncrypt = h2Alone.loadClass("org.h2.store.fs.encrypt.FileEncrypt");
    }

    @AfterAll
    static void close() throws IOException {
        h2Alone.close();
    }

    @Test
    void ourClassesAreTheOnesLoadedBeforeH2s() throws Exception {
        // the program's classes come first (target/classes here, the program's jar first in every launcher)
        assertTrue(org.h2.security.AES.JDK);
        assertNotSame(h2Aes, org.h2.security.AES.class);
        assertTrue(Arrays.stream(h2Aes.getFields()).noneMatch(f -> f.getName().equals("JDK")),
                "the class compared with must be H2's own");
        URL ours = org.h2.security.AES.class.getProtectionDomain().getCodeSource().getLocation();
        assertNotEquals(org.h2.Driver.class.getProtectionDomain().getCodeSource().getLocation(), ours);
        URL xts = Class.forName("org.h2.store.fs.encrypt.XTS").getProtectionDomain().getCodeSource().getLocation();
        assertEquals(ours, xts);
        assertTrue(DatabaseKey.jdkCipher());
    }

    @Test
    void aesGivesH2sBytesForEveryKeyAndLength() throws Exception {
        Random random = new Random(20261205L);
        for (int round = 0; round < 200; round++) {
            byte[] key = bytes(random, round % 2 == 0 ? 16 : 32); // H2 uses the first 16 bytes
            byte[] plain = bytes(random, 16 * (1 + random.nextInt(300)));
            Object theirs = h2Aes.getConstructor().newInstance();
            h2Aes.getMethod("setKey", byte[].class).invoke(theirs, (Object) key);
            org.h2.security.AES ours = new org.h2.security.AES();
            ours.setKey(key);

            byte[] expected = plain.clone();
            h2Aes.getMethod("encrypt", byte[].class, int.class, int.class).invoke(theirs, expected, 0, expected.length);
            byte[] actual = plain.clone();
            ours.encrypt(actual, 0, actual.length);
            assertArrayEquals(expected, actual, "round " + round);
            assertNotEquals(Arrays.toString(plain), Arrays.toString(actual));

            ours.decrypt(actual, 0, actual.length);
            assertArrayEquals(plain, actual, "round " + round);
        }
    }

    @Test
    void xtsGivesH2sBytesForWholeBlocksAndStolenEnds() throws Exception {
        Random random = new Random(5122026L);
        int[] lengths = {4096, 16, 32, 8192, 17, 33, 4100, 4095, 100};
        for (int round = 0; round < 90; round++) {
            byte[] key = bytes(random, 16);
            int len = lengths[round % lengths.length];
            // (H2's decryption of a stolen end is wrong at any offset but 0, so those lengths are tried at 0:
            // its FileEncrypt only ever asks for whole 4,096-byte blocks at offset 0)
            int offset = len % 16 == 0 ? random.nextInt(40) : 0;
            long id = round < 10 ? round : random.nextLong() >>> 1;
            byte[] plain = bytes(random, offset + len + 7);

            Object theirAes = h2Aes.getConstructor().newInstance();
            h2Aes.getMethod("setKey", byte[].class).invoke(theirAes, (Object) key);
            Object theirXts = construct(h2Xts, h2Alone.loadClass("org.h2.security.BlockCipher"), theirAes);
            org.h2.security.AES ourAes = new org.h2.security.AES();
            ourAes.setKey(key);
            Class<?> ourXtsClass = Class.forName("org.h2.store.fs.encrypt.XTS");
            Object ourXts = construct(ourXtsClass, org.h2.security.BlockCipher.class, ourAes);

            byte[] expected = plain.clone();
            xts(h2Xts, "encrypt").invoke(theirXts, id, len, expected, offset);
            byte[] actual = plain.clone();
            xts(ourXtsClass, "encrypt").invoke(ourXts, id, len, actual, offset);
            assertArrayEquals(expected, actual, "encrypt, length " + len + ", round " + round);

            xts(h2Xts, "decrypt").invoke(theirXts, id, len, expected, offset);
            xts(ourXtsClass, "decrypt").invoke(ourXts, id, len, actual, offset);
            assertArrayEquals(expected, actual, "decrypt as H2, length " + len + ", round " + round);
            if (len % 16 == 0 || len > 32) {
                // (nor does H2's decryption give back a stolen end of 17 to 31 bytes)
                assertArrayEquals(plain, actual, "decrypted back, length " + len + ", round " + round);
            }
        }
    }

    /** A file written by H2's own FileEncrypt is read by ours (the program's), and the other way round. */
    @Test
    void filesWrittenByEitherAreReadByTheOther() throws Exception {
        Random random = new Random(1997L);
        byte[] password = bytes(random, 64);
        byte[] content = bytes(random, 3 * 4096 + 1234);

        Path byH2 = dir.resolve("by-h2.bin");
        try (FileChannel base = FileChannel.open(byH2, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
             FileChannel encrypted = (FileChannel) h2FileEncrypt.getConstructor(String.class, byte[].class,
                     FileChannel.class).newInstance("by-h2", password.clone(), base)) {
            write(encrypted, content);
        }
        try (FileChannel base = FileChannel.open(byH2, StandardOpenOption.READ);
             FileChannel encrypted = new org.h2.store.fs.encrypt.FileEncrypt("ours", password.clone(), base)) {
            assertArrayEquals(content, read(encrypted, content.length));
        }

        Path byUs = dir.resolve("by-us.bin");
        try (FileChannel base = FileChannel.open(byUs, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
             FileChannel encrypted = new org.h2.store.fs.encrypt.FileEncrypt("ours", password.clone(), base)) {
            write(encrypted, content);
        }
        try (FileChannel base = FileChannel.open(byUs, StandardOpenOption.READ);
             FileChannel encrypted = (FileChannel) h2FileEncrypt.getConstructor(String.class, byte[].class,
                     FileChannel.class).newInstance("by-h2", password.clone(), base)) {
            assertArrayEquals(content, read(encrypted, content.length));
        }
        byte[] raw = Files.readAllBytes(byUs);
        assertTrue(indexOf(raw, Arrays.copyOfRange(content, 5000, 5032)) < 0, "the content is not on disk in clear");
    }

    /** H2 reads pages from several threads through one cipher: each gets its own bytes back. */
    @Test
    void oneCipherUsedByManyThreadsAtOnce() throws Exception {
        Random random = new Random(7L);
        byte[] key = bytes(random, 16);
        org.h2.security.AES ours = new org.h2.security.AES();
        ours.setKey(key);
        Object theirs = h2Aes.getConstructor().newInstance();
        h2Aes.getMethod("setKey", byte[].class).invoke(theirs, (Object) key);
        byte[][] plain = new byte[64][];
        byte[][] expected = new byte[64][];
        for (int i = 0; i < plain.length; i++) {
            plain[i] = bytes(random, 4096);
            expected[i] = plain[i].clone();
            h2Aes.getMethod("encrypt", byte[].class, int.class, int.class).invoke(theirs, expected[i], 0, 4096);
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Future<?>[] done = new Future<?>[plain.length];
            for (int i = 0; i < plain.length; i++) {
                int n = i;
                done[i] = pool.submit(() -> {
                    for (int repeat = 0; repeat < 50; repeat++) {
                        byte[] b = plain[n].clone();
                        ours.encrypt(b, 0, b.length);
                        assertArrayEquals(expected[n], b);
                        ours.decrypt(b, 0, b.length);
                        assertArrayEquals(plain[n], b);
                    }
                    return null;
                });
            }
            for (Future<?> f : done) {
                f.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Object construct(Class<?> xts, Class<?> blockCipher, Object cipher) throws Exception {
        Constructor<?> c = xts.getDeclaredConstructor(blockCipher);
        c.setAccessible(true);
        return c.newInstance(cipher);
    }

    private static Method xts(Class<?> xts, String name) throws Exception {
        Method m = xts.getDeclaredMethod(name, long.class, int.class, byte[].class, int.class);
        m.setAccessible(true);
        return m;
    }

    private static byte[] bytes(Random random, int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    private static void write(FileChannel channel, byte[] content) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(content);
        long pos = 0;
        while (buffer.hasRemaining()) {
            pos += channel.write(buffer, pos);
        }
    }

    private static byte[] read(FileChannel channel, int length) throws IOException {
        assertEquals(length, channel.size());
        ByteBuffer buffer = ByteBuffer.allocate(length);
        long pos = 0;
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, pos);
            assertTrue(n > 0);
            pos += n;
        }
        return buffer.array();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
