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

/** The signed content of a package: a ZIP holding manifest.json first, then one file per table. */
final class PackageZip {
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
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(zipBytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entries.put(entry.getName(), zip.readAllBytes()) != null) {
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
}
