package vn.tramyte.csvimport;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The parts of an .xlsx file (a zip of XML documents, ECMA-376), opened so that a hostile file
 * cannot exhaust the machine: every part is inflated as a stream and counted as it is read, a
 * part that inflates to more than {@link #MAX_PART_BYTES}, or more than {@link #MAX_RATIO}
 * times its packed size (a zip bomb), stops the reading with {@link Refused}; the XML parser
 * reads no DTD and resolves no entity. The limits are the instance's, not a library's global
 * setting (POI's ZipSecureFile is static).
 */
final class XlsxPackage implements AutoCloseable {
    /** A sheet of 150,000 rows of twelve columns is about 100 MB of XML; twice that is refused. */
    static final long MAX_PART_BYTES = 256L * 1024 * 1024;
    /** Real sheets pack 5 to 30 times; a zip bomb a thousand times and more (POI refuses beyond 100 too). */
    static final long MAX_RATIO = 100;
    /** Small parts (styles, an empty sheet) may pack better than the ratio: below this size it is not checked. */
    static final long RATIO_FREE_BYTES = 4L * 1024 * 1024;

    /** The file unpacks to more than it may: a zip bomb, or a workbook far beyond an import's limits. */
    static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    private final ZipFile zip;
    private final XMLInputFactory xml;
    private final long maxPartBytes;

    XlsxPackage(Path path, long maxPartBytes) throws IOException {
        this.zip = new ZipFile(path.toFile());
        this.maxPartBytes = maxPartBytes;
        // the JDK's own parser, whatever StAX provider a library brings; no DTD, so no entity expansion
        this.xml = XMLInputFactory.newDefaultFactory();
        xml.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        xml.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        // not coalescing: a text of a hundred megabytes comes in pieces, and only the first 2,001 characters are kept
        xml.setProperty(XMLInputFactory.IS_COALESCING, false);
    }

    boolean has(String part) {
        return zip.getEntry(part) != null;
    }

    /** The XML of a part (a path inside the zip, without a leading slash); the reader must be closed. */
    XMLStreamReader open(String part) throws IOException, XMLStreamException {
        ZipEntry entry = zip.getEntry(part);
        if (entry == null) {
            throw new IOException("no part " + part);
        }
        InputStream in = new Counted(zip.getInputStream(entry), part, entry.getCompressedSize(), maxPartBytes);
        return new ClosingReader(xml.createXMLStreamReader(in), in);
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    /** Counts the inflated bytes of one part and stops at its limits. */
    private static final class Counted extends FilterInputStream {
        private final String part;
        private final long packed;
        private final long max;
        private long read;

        Counted(InputStream in, String part, long packed, long max) {
            super(in);
            this.part = part;
            this.packed = Math.max(packed, 1);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > max) {
                throw new Refused(part + " inflates to more than " + max + " bytes");
            }
            if (read > RATIO_FREE_BYTES && read > packed * MAX_RATIO) {
                throw new Refused(part + " inflates more than " + MAX_RATIO + " times its " + packed + " packed bytes");
            }
        }
    }

    /** Closing the XML reader closes the part's stream too (StAX leaves it open). */
    private static final class ClosingReader extends javax.xml.stream.util.StreamReaderDelegate {
        private final InputStream in;

        ClosingReader(XMLStreamReader reader, InputStream in) {
            super(reader);
            this.in = in;
        }

        @Override
        public void close() throws XMLStreamException {
            try {
                super.close();
            } finally {
                try {
                    in.close();
                } catch (IOException e) {
                    // the part was read or abandoned: nothing is lost by a failed close
                }
            }
        }
    }
}
