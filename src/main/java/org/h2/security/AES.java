/*
 * TramYTe's replacement for H2's org.h2.security.AES (decision 0017). H2 is multiple-licensed under the
 * MPL 2.0 and the EPL 1.0 (https://h2database.com/html/license.html); this class is new code, under the
 * same terms as the program.
 */
package org.h2.security;

import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.concurrent.ConcurrentLinkedQueue;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-128 as H2 defines it (the first 16 bytes of the key; blocks of 16 bytes encrypted in place, each on
 * its own: ECB), done by the JDK's cipher, which uses the processor's AES instructions: five times faster
 * than H2's own Java code on a station PC, with the same bytes out (H2CipherTest compares them with the
 * H2 jar's class). H2 encrypts every page of the database file with this class (through {@link
 * org.h2.store.fs.encrypt.XTS}), so it must come before the H2 jar on the class path: our jar is first in
 * every launcher, and {@link #JDK} says which class was loaded.
 *
 * <p>Thread-safe like H2's (which keeps no state but the key): H2 reads pages from several threads with the
 * same instance, so each call borrows an initialised JDK cipher from a small pool.
 */
public class AES implements BlockCipher {

    /** True in this class; absent from H2's, so a check can tell which one was loaded. */
    public static final boolean JDK = true;

    private static final int KEY_LENGTH = 16;

    /** The key with the ciphers initialised with it, replaced whole when the key is set. */
    private record Keyed(SecretKeySpec key, ConcurrentLinkedQueue<Cipher> encrypting,
                         ConcurrentLinkedQueue<Cipher> decrypting) {
    }

    private volatile Keyed keyed;

    @Override
    public void setKey(byte[] key) {
        byte[] first = Arrays.copyOf(key, KEY_LENGTH);
        keyed = new Keyed(new SecretKeySpec(first, "AES"), new ConcurrentLinkedQueue<>(), new ConcurrentLinkedQueue<>());
        Arrays.fill(first, (byte) 0);
    }

    @Override
    public void encrypt(byte[] bytes, int off, int len) {
        Keyed k = keyed;
        crypt(k.key(), k.encrypting(), Cipher.ENCRYPT_MODE, bytes, off, len);
    }

    @Override
    public void decrypt(byte[] bytes, int off, int len) {
        Keyed k = keyed;
        crypt(k.key(), k.decrypting(), Cipher.DECRYPT_MODE, bytes, off, len);
    }

    @Override
    public int getKeyLength() {
        return KEY_LENGTH;
    }

    private static void crypt(SecretKeySpec key, ConcurrentLinkedQueue<Cipher> pool, int mode, byte[] bytes, int off,
                              int len) {
        if (len % ALIGN != 0) {
            throw new IllegalArgumentException("AES works on whole blocks of " + ALIGN + " bytes, not " + len);
        }
        Cipher cipher = pool.poll();
        try {
            if (cipher == null) {
                cipher = Cipher.getInstance("AES/ECB/NoPadding");
                cipher.init(mode, key);
            }
            // ECB without padding keeps no state between calls: update() needs no doFinal() after it
            int done = cipher.update(bytes, off, len, bytes, off);
            if (done != len) {
                throw new IllegalStateException("AES returned " + done + " of " + len + " bytes");
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/ECB/NoPadding is part of every Java 17", e);
        }
        pool.offer(cipher);
    }
}
