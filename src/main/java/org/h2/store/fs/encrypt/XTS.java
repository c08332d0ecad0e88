/*
 * Copyright 2004-2024 H2 Group. Multiple-Licensed under the MPL 2.0,
 * and the EPL 1.0 (https://h2database.com/html/license.html).
 * Initial Developer: H2 Group
 *
 * Modified for TramYTe (decision 0017): when the length is whole cipher blocks (every block H2's FileEncrypt
 * writes is 4,096 bytes), every block is XOR-ed with its tweak (worked out on two longs), the blocks go
 * through the cipher (the JDK's AES, org.h2.security.AES in this program) in one call instead of one call
 * per 16 bytes, and are XOR-ed again. The bytes are H2's own: H2CipherTest compares them with the H2
 * jar's classes.
 */
package org.h2.store.fs.encrypt;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import org.h2.security.BlockCipher;

/**
 * An XTS implementation as described in
 * IEEE P1619 (Standard Architecture for Encrypted Shared Storage Media).
 * See also
 * http://axelkenzo.ru/downloads/1619-2007-NIST-Submission.pdf
 */
class XTS {

    /**
     * Galois field feedback.
     */
    private static final int GF_128_FEEDBACK = 0x87;

    /**
     * The AES encryption block size.
     */
    private static final int CIPHER_BLOCK_SIZE = 16;

    /** Eight bytes of an array as a long, lowest byte first (the tweak's byte order). */
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final BlockCipher cipher;

    XTS(BlockCipher cipher) {
        this.cipher = cipher;
    }

    /**
     * Encrypt the data.
     *
     * @param id the (sector) id
     * @param len the number of bytes
     * @param data the data
     * @param offset the offset within the data
     */
    void encrypt(long id, int len, byte[] data, int offset) {
        if (len % CIPHER_BLOCK_SIZE == 0) {
            wholeBlocks(id, len, data, offset, true);
            return;
        }
        byte[] tweak = initTweak(id);
        int i = 0;
        for (; i + CIPHER_BLOCK_SIZE <= len; i += CIPHER_BLOCK_SIZE) {
            if (i > 0) {
                updateTweak(tweak);
            }
            xorTweak(data, i + offset, tweak);
            cipher.encrypt(data, i + offset, CIPHER_BLOCK_SIZE);
            xorTweak(data, i + offset, tweak);
        }
        if (i < len) {
            updateTweak(tweak);
            swap(data, i + offset, i - CIPHER_BLOCK_SIZE + offset, len - i);
            xorTweak(data, i - CIPHER_BLOCK_SIZE + offset, tweak);
            cipher.encrypt(data, i - CIPHER_BLOCK_SIZE + offset, CIPHER_BLOCK_SIZE);
            xorTweak(data, i - CIPHER_BLOCK_SIZE + offset, tweak);
        }
    }

    /**
     * Decrypt the data.
     *
     * @param id the (sector) id
     * @param len the number of bytes
     * @param data the data
     * @param offset the offset within the data
     */
    void decrypt(long id, int len, byte[] data, int offset) {
        if (len % CIPHER_BLOCK_SIZE == 0) {
            wholeBlocks(id, len, data, offset, false);
            return;
        }
        byte[] tweak = initTweak(id), tweakEnd = tweak;
        int i = 0;
        for (; i + CIPHER_BLOCK_SIZE <= len; i += CIPHER_BLOCK_SIZE) {
            if (i > 0) {
                updateTweak(tweak);
                if (i + CIPHER_BLOCK_SIZE + CIPHER_BLOCK_SIZE > len &&
                        i + CIPHER_BLOCK_SIZE < len) {
                    tweakEnd = tweak.clone();
                    updateTweak(tweak);
                }
            }
            xorTweak(data, i + offset, tweak);
            cipher.decrypt(data, i + offset, CIPHER_BLOCK_SIZE);
            xorTweak(data, i + offset, tweak);
        }
        if (i < len) {
            swap(data, i, i - CIPHER_BLOCK_SIZE + offset, len - i + offset);
            xorTweak(data, i - CIPHER_BLOCK_SIZE  + offset, tweakEnd);
            cipher.decrypt(data, i - CIPHER_BLOCK_SIZE + offset, CIPHER_BLOCK_SIZE);
            xorTweak(data, i - CIPHER_BLOCK_SIZE + offset, tweakEnd);
        }
    }

    /**
     * A whole-block length (every call of FileEncrypt): each block XOR-ed with its tweak, all of them through
     * the cipher in one call, and XOR-ed again; the same bytes as the loops give.
     */
    private void wholeBlocks(long id, int len, byte[] data, int offset, boolean encrypting) {
        byte[] tweak = initTweak(id);
        xorTweaks(data, offset, len, tweak);
        if (encrypting) {
            cipher.encrypt(data, offset, len);
        } else {
            cipher.decrypt(data, offset, len);
        }
        xorTweaks(data, offset, len, tweak);
    }

    /**
     * XORs each block of a whole-block length with its tweak: the first one given, each next one the one
     * before multiplied by x in GF(2^128) ({@link #updateTweak}: the 16 bytes as a little-endian number,
     * shifted left by one, 0x87 into the lowest byte when the top bit falls out), done on two longs.
     */
    private static void xorTweaks(byte[] data, int offset, int len, byte[] first) {
        long lo = (long) LONGS.get(first, 0);
        long hi = (long) LONGS.get(first, 8);
        for (int i = 0; i < len; i += CIPHER_BLOCK_SIZE) {
            if (i > 0) {
                long feedback = (hi >> 63) & GF_128_FEEDBACK;
                hi = (hi << 1) | (lo >>> 63);
                lo = (lo << 1) ^ feedback;
            }
            int at = offset + i;
            LONGS.set(data, at, (long) LONGS.get(data, at) ^ lo);
            LONGS.set(data, at + 8, (long) LONGS.get(data, at + 8) ^ hi);
        }
    }

    private byte[] initTweak(long id) {
        byte[] tweak = new byte[CIPHER_BLOCK_SIZE];
        for (int j = 0; j < CIPHER_BLOCK_SIZE; j++, id >>>= 8) {
            tweak[j] = (byte) (id & 0xff);
        }
        cipher.encrypt(tweak, 0, CIPHER_BLOCK_SIZE);
        return tweak;
    }

    private static void xorTweak(byte[] data, int pos, byte[] tweak) {
        for (int i = 0; i < CIPHER_BLOCK_SIZE; i++) {
            data[pos + i] ^= tweak[i];
        }
    }

    private static void updateTweak(byte[] tweak) {
        byte ci = 0, co = 0;
        for (int i = 0; i < CIPHER_BLOCK_SIZE; i++) {
            co = (byte) ((tweak[i] >> 7) & 1);
            tweak[i] = (byte) (((tweak[i] << 1) + ci) & 255);
            ci = co;
        }
        if (co != 0) {
            tweak[0] ^= GF_128_FEEDBACK;
        }
    }

    private static void swap(byte[] data, int source, int target, int len) {
        for (int i = 0; i < len; i++) {
            byte temp = data[source + i];
            data[source + i] = data[target + i];
            data[target + i] = temp;
        }
    }

}