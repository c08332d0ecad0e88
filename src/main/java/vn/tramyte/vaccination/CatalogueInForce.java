package vn.tramyte.vaccination;

import java.util.List;
import java.util.UUID;
import vn.tramyte.common.UserError;
import vn.tramyte.db.AuditAction;
import vn.tramyte.db.Database;
import vn.tramyte.db.Tx;
import vn.tramyte.place.PlaceService;
import vn.tramyte.security.Permission;
import vn.tramyte.security.Session;

/**
 * The vaccine catalogue in force: kept in the database (the shipped default put there at the
 * first start), replaced by a centre, received by its stations with the centre's version, and
 * read from memory once loaded.
 */
final class CatalogueInForce {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CatalogueInForce.class);
    static final String CATALOGUE_TABLE = "vaccine_catalogue";
    /** The audit log names the catalogue as a whole by this fixed id. */
    static final UUID CATALOGUE_ROW_ID = UUID.nameUUIDFromBytes(
            CATALOGUE_TABLE.getBytes(java.nio.charset.StandardCharsets.UTF_8));

    private final Database db;
    private final VaccinationRepository repository;
    private final PlaceService places;
    /** Who is logged in: every change asks it first (issue 13). */
    private final Session session;
    private volatile VaccineCatalogue catalogue;

    CatalogueInForce(Database db, VaccinationRepository repository, PlaceService places, Session session) {
        this.db = db;
        this.repository = repository;
        this.places = places;
        this.session = session;
    }

    /**
     * Puts the shipped catalogue into an empty table (version 1); a catalogue already there is kept.
     * The table is empty only on a first start: an empty catalogue is never stored (see store), since
     * its version would be lost with its rows and this start would put version 1 back in force.
     */
    void ensureCatalogue() {
        // on every open: a read; the write (forced to the disk) only on a first start (issue 12)
        if (db.read(repository::catalogueSize) == 0) {
            db.write("tramyte", tx -> {
                if (repository.catalogueSize(tx) == 0) {
                    repository.replaceCatalogue(tx, VaccineCatalogue.loadDefault().all(), 1);
                }
                return null;
            });
        }
        catalogue = null;
        catalogue(); // loaded now, so that no write transaction has to read it
    }

    /**
     * Replaces the catalogue (a centre's edit; sync brings it to stations). Doses already recorded
     * keep their verdicts. @throws UserError when the rows break a catalogue rule
     */
    int replaceCatalogue(String user, List<Vaccine> vaccines) {
        session.require(Permission.CATALOGUE);
        VaccineCatalogue checked = new VaccineCatalogue(vaccines);
        return db.write(user, tx -> {
            if (places.ownStationCode(tx) != null) {
                throw new UserError("vaccination.catalogue.centreOnly");
            }
            return store(tx, checked, repository.catalogueVersion(tx) + 1);
        });
    }

    /**
     * Puts in force at a station the catalogue its centre sent (the sync's feedback), with the
     * centre's version number. @throws UserError when the rows break a catalogue rule
     */
    int receiveCatalogue(String user, List<Vaccine> vaccines, int version) {
        session.require(Permission.IMPORT_PACKAGE);
        VaccineCatalogue checked = new VaccineCatalogue(vaccines);
        return db.write(user, tx -> store(tx, checked, version));
    }

    private int store(Tx tx, VaccineCatalogue checked, int version) {
        if (checked.all().isEmpty()) {
            throw new UserError("vaccination.catalogue.empty", CATALOGUE_TABLE);
        }
        int before = repository.catalogueVersion(tx);
        repository.replaceCatalogue(tx, checked.all(), version);
        long seq = tx.nextChangeSeq();
        tx.audit(CATALOGUE_TABLE, CATALOGUE_ROW_ID, AuditAction.UPDATE, seq,
                "catalogue_version: " + before + " → " + version + "; doses=" + checked.all().size());
        tx.afterCommit(() -> catalogue = checked);
        return version;
    }

    // ---- sync: the centre sends its catalogue, a station puts it in force in the import's transaction

    int catalogueVersion(Tx tx) {
        return repository.catalogueVersion(tx);
    }

    /** The catalogue in force as the catalogue file (UTF-8 CSV, the columns of the shipped one). */
    byte[] catalogueFile(Tx tx) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.Writer out = new java.io.OutputStreamWriter(bytes, java.nio.charset.StandardCharsets.UTF_8)) {
            CatalogueCsv.write(repository.catalogue(tx), out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * At a station: puts in force the catalogue file its centre sent, with the centre's version.
     * @return the number of doses @throws UserError when the file breaks a catalogue rule
     */
    int receiveCatalogue(Tx tx, byte[] file, int version) {
        List<Vaccine> rows = readCatalogue(new java.io.StringReader(new String(file,
                java.nio.charset.StandardCharsets.UTF_8)), CATALOGUE_TABLE);
        VaccineCatalogue checked = new VaccineCatalogue(rows);
        store(tx, checked, version);
        return rows.size();
    }

    /** Writes the catalogue in force as CSV (the columns of the shipped one), for a centre to edit. */
    void exportCatalogue(java.io.Writer out) throws java.io.IOException {
        CatalogueCsv.write(catalogue().all(), out);
    }

    /**
     * Reads an edited catalogue file and puts it in force at this centre; a file that cannot be
     * read or breaks a catalogue rule is refused with the line or the rule, and nothing changes.
     */
    int importCatalogue(String user, java.io.Reader in, String fileName) {
        session.require(Permission.CATALOGUE);
        return replaceCatalogue(user, readCatalogue(in, fileName));
    }

    /**
     * The rows of a catalogue file, every cell read strictly. A wrong cell is refused by line and
     * column; a file without a single dose is refused too: put in force, it would leave the
     * stations with no schedule at all.
     */
    private static List<Vaccine> readCatalogue(java.io.Reader in, String fileName) {
        List<Vaccine> rows;
        try {
            rows = CatalogueCsv.read(in, fileName);
        } catch (CatalogueCsv.BadCell bad) {
            throw new UserError(bad.key, fileName, String.valueOf(bad.line), bad.column, bad.value);
        } catch (IllegalStateException | IllegalArgumentException | java.io.UncheckedIOException e) {
            // the CSV library's words (a missing column, a quote left open) go to the log, what to do to the user
            LOG.warn("catalogue file {} refused", fileName, e);
            throw new UserError("vaccination.catalogue.unreadable", fileName);
        }
        if (rows.isEmpty()) {
            throw new UserError("vaccination.catalogue.empty", fileName);
        }
        return rows;
    }

    /** The catalogue in force (from the database; the shipped default when the table is still empty). */
    VaccineCatalogue catalogue() {
        VaccineCatalogue c = catalogue;
        if (c == null) {
            List<Vaccine> rows = db.read(repository::catalogue);
            c = rows.isEmpty() ? VaccineCatalogue.loadDefault() : new VaccineCatalogue(rows);
            catalogue = c;
        }
        return c;
    }

    int catalogueVersion() {
        return db.read(repository::catalogueVersion);
    }
}
