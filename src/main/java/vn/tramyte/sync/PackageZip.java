package vn.tramyte.sync;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The signed content of a package: a ZIP holding manifest.json first, then one file per table.
 * Reading is bounded (issue 14 item 4): a hostile or damaged package, even validly signed, can
 * unpack to gigabytes from a few kilobytes; the bytes are counted while unzipping and the
 * package is refused at the limit, never loaded whole to find out.
 */
final class PackageZip {
    /** The most one file of a package may unpack to: ten times a big commune's years of records. */
    static final long MAX_ENTRY_BYTES = 256L << 20;
    /** The most a whole package may unpack to. */
    static final long MAX_CONTENT_BYTES = 512L << 20;
    /** The most entries a package may hold (a manifest and one file per table). */
    static final int MAX_ENTRIES = 1_000;

    private PackageZip() {
    }

    /** A read package: its manifest and its other entries, every digest checked. */
    record Contents(Manifest manifest, Map<String, byte[]> entries) {
        byte[] entry(String name) {
            byte[] data = entries.get(name);
            if (data == null) {
                throw new PackageRefusal(PackageRefusal.Reason.CHANGED);
            }
            return data;
        }
    }

    /** Writes the ZIP; the manifest's digests are computed here from the entries. */
    static byte[] write(Manifest withoutDigests, Map<String, byte[]> entries) {
        Map<String, String> digests = new LinkedHashMap<>();
        entries.forEach((name, data) -> digests.put(name, Digests.sha256Hex(data)));
        Manifest m = new Manifest(withoutDigests.formatVersion(), withoutDigests.packageId(), withoutDigests.kind(),
                withoutDigests.source(), withoutDigests.destination(), withoutDigests.packageNo(),
                withoutDigests.createdAt(), withoutDigests.appVersion(), withoutDigests.schemaVersion(),
                withoutDigests.changeFrom(), withoutDigests.changeTo(), withoutDigests.acknowledged(),
                withoutDigests.tables(), withoutDigests.reference(), digests);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(java.util.zip.Deflater.BEST_SPEED);
            put(zip, Manifest.FILE, Json.manifest(m), m.createdAt().toInstant().toEpochMilli());
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                put(zip, e.getKey(), e.getValue(), m.createdAt().toInstant().toEpochMilli());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, byte[] data, long time) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(time);
        zip.putNextEntry(entry);
        zip.write(data);
        zip.closeEntry();
    }

    /** Reads the ZIP of a verified package: newer formats are refused before the rest is read. */
    static Contents read(byte[] zipBytes) {
        return read(zipBytes, MAX_ENTRY_BYTES, MAX_CONTENT_BYTES);
    }

    static Contents read(byte[] zipBytes, long maxEntryBytes, long maxContentBytes) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(zipBytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entries.size() >= MAX_ENTRIES) {
                    throw tooBig(maxContentBytes);
                }
                byte[] data = readBounded(zip, Math.min(maxEntryBytes, maxContentBytes - total), maxEntryBytes,
                        maxContentBytes);
                total += data.length;
                if (entries.put(entry.getName(), data) != null) {
                    throw new PackageRefusal(PackageRefusal.Reason.CHANGED);
                }
            }
        } catch (IOException e) {
            throw new PackageRefusal(PackageRefusal.Reason.CHANGED).because(e);
        }
        byte[] manifestBytes = entries.remove(Manifest.FILE);
        if (manifestBytes == null) {
            throw new PackageRefusal(PackageRefusal.Reason.NOT_A_PACKAGE);
        }
        Manifest manifest = Json.readManifest(manifestBytes);
        if (!manifest.digests().keySet().equals(entries.keySet())) {
            throw new PackageRefusal(PackageRefusal.Reason.CHANGED);
        }
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            if (!Digests.sha256Hex(e.getValue()).equals(manifest.digests().get(e.getKey()))) {
                throw new PackageRefusal(PackageRefusal.Reason.CHANGED);
            }
        }
        return new Contents(manifest, entries);
    }

    /**
     * One entry's bytes, refused as soon as it passes its share of the limits. Read in chunks of a
     * megabyte and joined once at the end: a growing array would hold one and a half times the limit
     * while it doubles, which on a station's small heap is the difference between a sentence and a
     * crash.
     */
    private static byte[] readBounded(ZipInputStream zip, long allowed, long maxEntryBytes, long maxContentBytes)
            throws IOException {
        java.util.List<byte[]> chunks = new java.util.ArrayList<>();
        byte[] chunk = new byte[1 << 20];
        int filled = 0;
        long read = 0;
        int n;
        while ((n = zip.read(chunk, filled, chunk.length - filled)) > 0) {
            read += n;
            if (read > allowed) {
                throw tooBig(read > maxEntryBytes ? maxEntryBytes : maxContentBytes);
            }
            filled += n;
            if (filled == chunk.length) {
                chunks.add(chunk);
                chunk = new byte[1 << 20];
                filled = 0;
            }
        }
        byte[] all = new byte[Math.toIntExact(read)];
        int at = 0;
        for (byte[] full : chunks) {
            System.arraycopy(full, 0, all, at, full.length);
            at += full.length;
        }
        System.arraycopy(chunk, 0, all, at, filled);
        return all;
    }

    private static PackageRefusal tooBig(long limit) {
        return new PackageRefusal(PackageRefusal.Reason.CONTENT_TOO_BIG, String.valueOf(limit >> 20));
    }
}
